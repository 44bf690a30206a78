#include "practice/core/payer_service.h"

#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile_service.h"
#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fd::practice {

const QList<QPair<QString, QString>>& claimFilingIndicators()
{
    static const QList<QPair<QString, QString>> codes = {
        {QStringLiteral("CI"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Commercial insurance"))},
        {QStringLiteral("MB"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Medicare Part B"))},
        {QStringLiteral("MA"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Medicare Part A"))},
        {QStringLiteral("MC"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Medicaid"))},
        {QStringLiteral("BL"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Blue Cross/Blue Shield"))},
        {QStringLiteral("HM"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Health maintenance organization"))},
        {QStringLiteral("12"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Preferred provider organization"))},
        {QStringLiteral("13"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Point of service"))},
        {QStringLiteral("14"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Exclusive provider organization"))},
        {QStringLiteral("15"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Indemnity insurance"))},
        {QStringLiteral("16"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "HMO Medicare risk"))},
        {QStringLiteral("CH"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "TRICARE"))},
        {QStringLiteral("VA"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Veterans Affairs plan"))},
        {QStringLiteral("WC"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Workers' compensation"))},
        {QStringLiteral("AM"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Automobile medical"))},
        {QStringLiteral("LM"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Liability medical"))},
        {QStringLiteral("FI"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Federal Employees Program"))},
        {QStringLiteral("OF"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Other federal program"))},
        {QStringLiteral("11"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Other non-federal program"))},
        {QStringLiteral("ZZ"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Mutually defined"))},
        {QStringLiteral("09"), QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Self-pay"))},
    };
    return codes;
}

QStringList eligibilityChannels()
{
    return {QStringLiteral("x12_270"), QStringLiteral("portal"), QStringLiteral("phone"), QStringLiteral("none")};
}

QStringList claimChannels()
{
    return {QStringLiteral("x12_837"), QStringLiteral("paper"), QStringLiteral("portal")};
}

QString Payer::payerIdFor(const QString& clearinghouse) const
{
    return payerIds.value(clearinghouse, payerIds.value(QStringLiteral("default")));
}

namespace {

QString idsJson(const QMap<QString, QString>& ids)
{
    QJsonObject o;
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> idsFrom(const QString& json)
{
    QMap<QString, QString> ids;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        ids.insert(it.key(), it.value().toString());
    return ids;
}

const QString kColumns = QStringLiteral(
    "id, row_version, name, payer_ids, claim_filing_indicator, timely_filing_days, appeal_days, crossover, "
    "eligibility_channel, claim_channel, line1, line2, city, state, zip, phone, active");

Payer payerFrom(const QSqlQuery& q)
{
    Payer p;
    p.id = q.value(0).toString();
    p.rowVersion = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.payerIds = idsFrom(q.value(3).toString());
    p.claimFilingIndicator = q.value(4).toString();
    p.timelyFilingDays = q.value(5).toInt();
    p.appealDays = q.value(6).toInt();
    p.crossover = q.value(7).toInt() != 0;
    p.eligibilityChannel = q.value(8).toString();
    p.claimChannel = q.value(9).toString();
    p.address = addressFromRow(q, 10);
    p.phone = q.value(15).toString();
    p.active = q.value(16).toInt() != 0;
    return p;
}

}  // namespace

Status PayerService::check(const Payer& p) const
{
    const auto invalid = [](const QString& message, const char* field) {
        return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(field));
    };
    if (p.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("fd::practice", "The payer needs a name."), "name");
    const bool known = std::any_of(claimFilingIndicators().begin(), claimFilingIndicators().end(),
                                   [&](const auto& c) { return c.first == p.claimFilingIndicator; });
    if (!known)
        return invalid(QCoreApplication::translate("fd::practice", "\"%1\" is not a claim filing indicator code (as CI, MB, MC, BL).")
                           .arg(p.claimFilingIndicator),
                       "claim_filing_indicator");
    const bool selfPay = p.claimFilingIndicator == QLatin1String("09");
    static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9]{2,80}$"));
    if (!selfPay && p.payerIds.isEmpty() && p.claimChannel == QLatin1String("x12_837"))
        return invalid(QCoreApplication::translate("fd::practice", "Electronic claims need the payer id the clearinghouse uses."), "payer_ids");
    for (auto it = p.payerIds.constBegin(); it != p.payerIds.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty() || !idForm.match(it.value()).hasMatch())
            return invalid(QCoreApplication::translate("fd::practice", "Payer id \"%1\" for \"%2\" must be 2 to 80 letters and digits.")
                               .arg(it.value(), it.key()),
                           "payer_ids");
    }
    if (p.timelyFilingDays < 1 || p.timelyFilingDays > 3650)
        return invalid(QCoreApplication::translate("fd::practice", "The timely filing limit must be between 1 and 3650 days."), "timely_filing_days");
    if (p.appealDays < 1 || p.appealDays > 3650)
        return invalid(QCoreApplication::translate("fd::practice", "The appeal window must be between 1 and 3650 days."), "appeal_days");
    if (!eligibilityChannels().contains(p.eligibilityChannel))
        return invalid(QCoreApplication::translate("fd::practice", "Unknown eligibility channel \"%1\".").arg(p.eligibilityChannel), "eligibility_channel");
    if (!claimChannels().contains(p.claimChannel))
        return invalid(QCoreApplication::translate("fd::practice", "Unknown claim channel \"%1\".").arg(p.claimChannel), "claim_channel");
    return checkAddress(p.address, QStringLiteral("address"), p.claimChannel == QLatin1String("paper"));
}

Result<std::vector<Payer>> PayerService::load(const QString& where, const QVariantList& binds) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM payers WHERE deleted = 0 AND %2 ORDER BY name COLLATE NOCASE")
                               .arg(kColumns, where),
                           binds);
    FD_TRY(q);
    std::vector<Payer> list;
    while (q->next())
        list.push_back(payerFrom(q.value()));
    return list;
}

Result<std::vector<Payer>> PayerService::list(bool includeInactive) const
{
    return load(includeInactive ? QStringLiteral("1 = 1") : QStringLiteral("active = 1"), {});
}

Result<Payer> PayerService::find(const QString& id) const
{
    auto found = load(QStringLiteral("id = ?"), {id});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No payer %1.").arg(id));
    return found->front();
}

Result<Payer> PayerService::findByPayerId(const QString& clearinghouse, const QString& payerId) const
{
    auto all = load(QStringLiteral("1 = 1"), {});
    FD_TRY(all);
    for (const Payer& p : all.value())
        if (p.payerIdFor(clearinghouse) == payerId)
            return p;
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No payer has the id %1 at %2.").arg(payerId, clearinghouse));
}

Result<Payer> PayerService::save(const Payer& payer)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    FD_TRY(check(payer));
    auto tx = m_ctx.db.begin();
    if (!tx)
        return tx.error();
    QVariantMap fields{{QStringLiteral("name"), payer.name.trimmed()},
                       {QStringLiteral("payer_ids"), idsJson(payer.payerIds)},
                       {QStringLiteral("claim_filing_indicator"), payer.claimFilingIndicator},
                       {QStringLiteral("timely_filing_days"), payer.timelyFilingDays},
                       {QStringLiteral("appeal_days"), payer.appealDays},
                       {QStringLiteral("crossover"), payer.crossover ? 1 : 0},
                       {QStringLiteral("eligibility_channel"), payer.eligibilityChannel},
                       {QStringLiteral("claim_channel"), payer.claimChannel},
                       {QStringLiteral("phone"), payer.phone},
                       {QStringLiteral("active"), payer.active ? 1 : 0}};
    fields.insert(addressColumns(QString(), payer.address));
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("payers"), payer.id, payer.rowVersion, fields);
    FD_TRY(id);
    FD_TRY((*tx)->commit());
    return find(id.value());
}

Status PayerService::remove(const QString& id, qint64 rowVersion)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    auto tx = m_ctx.db.begin();
    if (!tx)
        return tx.error();
    FD_TRY(removeAudited(m_ctx, **tx, QStringLiteral("payers"), id, rowVersion));
    return (*tx)->commit();
}

Result<QDate> PayerService::timelyFilingDeadline(const QString& payerId, const QDate& dateOfService) const
{
    auto p = find(payerId);
    FD_TRY(p);
    return dateOfService.addDays(p->timelyFilingDays);
}

}  // namespace fd::practice
