#include "practice/core/fee_schedule_service.h"

#include "practice/core/practice_permissions.h"
#include "practice/core/practice_validation.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd::practice {

namespace {

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariantMap itemFields(const QString& scheduleId, const FeeItem& item)
{
    return {{QStringLiteral("schedule_id"), scheduleId},
            {QStringLiteral("code_system"), item.codeSystem},
            {QStringLiteral("code"), item.code},
            {QStringLiteral("modifier"), sqlText(item.modifier)},
            {QStringLiteral("description"), item.description},
            {QStringLiteral("amount_cents"), qint64(item.amount.cents())}};
}

}  // namespace

Result<std::vector<FeeSchedule>> FeeScheduleService::load(const QString& where, const QVariantList& binds) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT s.id, s.row_version, s.name, s.payer_id, s.effective_from, "
                                          "s.effective_to, (SELECT COUNT(*) FROM fee_schedule_items i "
                                          "WHERE i.schedule_id = s.id AND i.deleted = 0) "
                                          "FROM fee_schedules s WHERE s.deleted = 0 AND %1 "
                                          "ORDER BY s.payer_id, s.effective_from")
                               .arg(where),
                           binds);
    FD_TRY(q);
    std::vector<FeeSchedule> list;
    while (q->next())
        list.push_back({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
                        q->value(3).toString(), dateOf(q->value(4)), dateOf(q->value(5)), q->value(6).toInt()});
    return list;
}

Result<std::vector<FeeSchedule>> FeeScheduleService::list(const std::optional<QString>& payerId) const
{
    if (payerId)
        return load(QStringLiteral("s.payer_id = ?"), {sqlText(*payerId)});
    return load(QStringLiteral("1 = 1"), {});
}

Result<std::vector<FeeItem>> FeeScheduleService::items(const QString& scheduleId) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT code_system, code, modifier, description, amount_cents "
                                          "FROM fee_schedule_items WHERE schedule_id = ? AND deleted = 0 "
                                          "ORDER BY code, modifier"),
                           {scheduleId});
    FD_TRY(q);
    std::vector<FeeItem> list;
    while (q->next())
        list.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), Money::fromCents(q->value(4).toLongLong())});
    return list;
}

// Ends the schedule in effect on the new start date the day before, and ends the new one
// the day before the next schedule of the same payer starts.
Status FeeScheduleService::fitDates(storage::Transaction& tx, const FeeSchedule& s, QDate* effectiveTo)
{
    auto q = storage::exec(tx.connection(),
                           QStringLiteral("SELECT id, row_version, effective_from, effective_to FROM fee_schedules "
                                          "WHERE deleted = 0 AND payer_id = ? ORDER BY effective_from"),
                           {sqlText(s.payerId)});
    FD_TRY(q);
    *effectiveTo = s.effectiveTo;
    while (q->next()) {
        const QDate from = dateOf(q->value(2));
        const QDate to = dateOf(q->value(3));
        if (from == s.effectiveFrom)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("fd::practice", "A fee schedule for the same payer already starts on %1.").arg(iso(from)),
                             QStringLiteral("effective_from"));
        if (from < s.effectiveFrom && (!to.isValid() || to >= s.effectiveFrom)) {
            FD_TRY(writeAudited(m_ctx, tx, QStringLiteral("fee_schedules"), q->value(0).toString(),
                                q->value(1).toLongLong(),
                                {{QStringLiteral("effective_to"), iso(s.effectiveFrom.addDays(-1))}}));
        } else if (from > s.effectiveFrom && (!effectiveTo->isValid() || *effectiveTo >= from)) {
            *effectiveTo = from.addDays(-1);
        }
    }
    return {};
}

Result<FeeSchedule> FeeScheduleService::addSchedule(const FeeSchedule& schedule, const std::vector<FeeItem>& items)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    if (schedule.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The fee schedule needs a name."), QStringLiteral("name"));
    if (!schedule.effectiveFrom.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The fee schedule needs an effective date."),
                         QStringLiteral("effective_from"));
    if (schedule.effectiveTo.isValid() && schedule.effectiveTo < schedule.effectiveFrom)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The fee schedule ends before it starts."),
                         QStringLiteral("effective_to"));
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    if (!tx)
        return tx.error();
    if (!schedule.payerId.isEmpty()) {
        auto payer = storage::exec((*tx)->connection(),
                                   QStringLiteral("SELECT 1 FROM payers WHERE id = ? AND deleted = 0"), {schedule.payerId});
        FD_TRY(payer);
        if (!payer->next())
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No payer %1.").arg(schedule.payerId), QStringLiteral("payer"));
    }
    QDate effectiveTo;
    FD_TRY(fitDates(**tx, schedule, &effectiveTo));
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("fee_schedules"), {}, 0,
                           {{QStringLiteral("name"), schedule.name.trimmed()},
                            {QStringLiteral("payer_id"), sqlText(schedule.payerId)},
                            {QStringLiteral("effective_from"), iso(schedule.effectiveFrom)},
                            {QStringLiteral("effective_to"), iso(effectiveTo)}});
    FD_TRY(id);
    // Items are audited as one import record rather than one entry per line.
    for (const FeeItem& item : items)
        FD_TRY(storage::SyncedRows::insert(**tx, QStringLiteral("fee_schedule_items"), itemFields(id.value(), item)));
    FD_TRY((*tx)->commit());
    auto saved = load(QStringLiteral("s.id = ?"), {id.value()});
    FD_TRY(saved);
    return saved->front();
}

Result<FeeSchedule> FeeScheduleService::importCsv(const FeeSchedule& schedule, const QByteArray& csv)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    auto items = parseFeeCsv(csv);
    FD_TRY(items);
    return addSchedule(schedule, items.value());
}

Status FeeScheduleService::setItem(const QString& scheduleId, const FeeItem& item)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    FeeItem wanted = item;
    wanted.code = item.code.trimmed().toUpper();
    wanted.modifier = item.modifier.trimmed().toUpper();
    wanted.codeSystem = codeSystemOf(wanted.code);
    if (wanted.codeSystem.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "\"%1\" is not a CPT or HCPCS code.").arg(item.code),
                         QStringLiteral("code"));
    if (wanted.amount.isNegative())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "A fee cannot be negative."), QStringLiteral("amount"));
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    if (!tx)
        return tx.error();
    auto q = storage::exec((*tx)->connection(),
                           QStringLiteral("SELECT id, row_version FROM fee_schedule_items WHERE schedule_id = ? "
                                          "AND code = ? AND modifier = ? AND deleted = 0"),
                           {scheduleId, wanted.code, sqlText(wanted.modifier)});
    FD_TRY(q);
    QString id;
    qint64 version = 0;
    if (q->next()) {
        id = q->value(0).toString();
        version = q->value(1).toLongLong();
    }
    FD_TRY(writeAudited(m_ctx, **tx, QStringLiteral("fee_schedule_items"), id, version, itemFields(scheduleId, wanted)));
    return (*tx)->commit();
}

Result<std::pair<QString, FeeItem>> FeeScheduleService::lookup(const QString& payerId, const QString& code,
                                                               const QString& modifier, const QDate& date) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    // The exact modifier first, then the plain code.
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT s.id, i.code_system, i.code, i.modifier, i.description, i.amount_cents "
                                          "FROM fee_schedules s JOIN fee_schedule_items i ON i.schedule_id = s.id "
                                          "WHERE s.deleted = 0 AND i.deleted = 0 AND s.payer_id = ? "
                                          "AND s.effective_from <= ? AND (s.effective_to IS NULL OR s.effective_to >= ?) "
                                          "AND i.code = ? AND (i.modifier = ? OR i.modifier = '') "
                                          "ORDER BY i.modifier = ? DESC LIMIT 1"),
                           {sqlText(payerId), iso(date), iso(date), code.trimmed().toUpper(),
                            sqlText(modifier.trimmed().toUpper()), sqlText(modifier.trimmed().toUpper())});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("fd::practice", "No fee for %1 on %2 in the %3.")
                             .arg(code, iso(date),
                                  payerId.isEmpty() ? QCoreApplication::translate("fd::practice", "charge master") : QCoreApplication::translate("fd::practice", "payer's fee schedule")),
                         QStringLiteral("code"));
    FeeItem item{q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                 Money::fromCents(q->value(5).toLongLong())};
    return std::make_pair(q->value(0).toString(), item);
}

Result<FeeItem> FeeScheduleService::chargeFor(const QString& code, const QString& modifier, const QDate& date) const
{
    auto found = lookup(QString(), code, modifier, date);
    FD_TRY(found);
    return found->second;
}

Result<FeeItem> FeeScheduleService::allowedFor(const QString& payerId, const QString& code, const QString& modifier,
                                               const QDate& date) const
{
    if (payerId.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "Which payer?"), QStringLiteral("payer"));
    auto found = lookup(payerId, code, modifier, date);
    FD_TRY(found);
    return found->second;
}

Result<FeeQuote> FeeScheduleService::quote(const QString& payerId, const QString& code, const QString& modifier,
                                           const QDate& date) const
{
    auto charge = lookup(QString(), code, modifier, date);
    FD_TRY(charge);
    FeeQuote quote;
    quote.code = charge->second.code;
    quote.modifier = modifier.trimmed().toUpper();
    quote.dateOfService = date;
    quote.charge = charge->second.amount;
    quote.chargeScheduleId = charge->first;
    if (!payerId.isEmpty()) {
        auto allowed = lookup(payerId, code, modifier, date);
        if (allowed) {
            quote.hasAllowed = true;
            quote.allowed = allowed->second.amount;
            quote.allowedScheduleId = allowed->first;
        } else if (allowed.error().code != ErrorCode::NotFound) {
            return allowed.error();
        }
    }
    return quote;
}

}  // namespace fd::practice
