// Recall reasons, triggers, recalls, contact attempts and the recall list.
#include "calendar/core/recall_service.h"

#include "calendar/core/calendar_store.h"
#include "calendar/core/recall_permissions.h"
#include "calendar/core/recall_reconciler.h"
#include "calendar/core/recall_store.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"

#include <QHash>
#include <QJsonObject>

namespace fd::calendar {

namespace {

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

}  // namespace

QDate RecallService::today() const
{
    const QDateTime now = m_ctx.now();
    auto locations = m_ctx.locations->list();
    if (locations && !locations->empty()) {
        const QTimeZone zone(locations->front().timeZone.toUtf8());
        if (zone.isValid())
            return now.toTimeZone(zone).date();
    }
    return now.toUTC().date();
}

Result<std::vector<RecallReason>> RecallService::reasons(bool includeInactive)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsView));
    return loadReasons(m_ctx.db.connection(), includeInactive);
}

Result<RecallReason> RecallService::reason(const QString& idOrName)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsView));
    auto found = loadReason(m_ctx.db.connection(), idOrName.trimmed());
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No recall reason %1.").arg(idOrName),
                         QStringLiteral("reason"));
    return **found;
}

Result<QString> RecallService::typeId(const QString& idOrCode)
{
    auto type = loadType(m_ctx.db.connection(), idOrCode.trimmed());
    FD_TRY(type);
    if (!type->has_value())
        return invalid(tr("No appointment type %1.").arg(idOrCode), QStringLiteral("type"));
    return (*type)->id;
}

Result<RecallReason> RecallService::saveReason(const RecallReason& input)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsSetup));
    RecallReason r = input;
    r.name = r.name.simplified();
    if (r.name.isEmpty())
        return invalid(tr("A recall reason needs a name."), QStringLiteral("name"));
    if (r.intervalMonths < 1 || r.intervalMonths > 120)
        return invalid(tr("The recall interval must be 1 to 120 months (not %1).")
                           .arg(r.intervalMonths),
                       QStringLiteral("interval_months"));
    QStringList types;
    for (int i = 0; i < r.typeIds.size(); ++i) {
        auto id = loadType(m_ctx.db.connection(), r.typeIds[i].trimmed());
        FD_TRY(id);
        if (!id->has_value())
            return invalid(tr("No appointment type %1.").arg(r.typeIds[i]),
                           QStringLiteral("type_ids[%1]").arg(i));
        if (!types.contains((*id)->id))
            types << (*id)->id;
    }
    r.typeIds = types;
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto same = loadReason(tx.value()->connection(), r.name);
    FD_TRY(same);
    if (same->has_value() && (*same)->id != r.id)
        return makeError(ErrorCode::Conflict, tr("A recall reason named %1 exists.").arg(r.name),
                         QStringLiteral("name"));
    auto base = m_ctx.base();
    auto id = practice::writeAudited(base, *tx.value(), table::kRecallReasons, r.id, r.rowVersion,
                                     reasonFields(r));
    FD_TRY(id);
    FD_TRY(tx.value()->commit());
    auto saved = loadReason(m_ctx.db.connection(), id.value());
    FD_TRY(saved);
    return **saved;
}

Result<std::vector<RecallTrigger>> RecallService::triggers()
{
    FD_TRY(m_ctx.access->require(perm::kRecallsView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM calendar_recall_triggers WHERE deleted = "
                                          "0 ORDER BY type_id")
                               .arg(triggerColumns()));
    FD_TRY(q);
    std::vector<RecallTrigger> out;
    while (q->next())
        out.push_back(triggerFromRow(q.value()));
    return out;
}

Result<RecallTrigger> RecallService::setTrigger(const QString& type, const QString& reasonName)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsSetup));
    auto type_ = typeId(type);
    FD_TRY(type_);
    auto r = loadReason(m_ctx.db.connection(), reasonName.trimmed());
    FD_TRY(r);
    if (!r->has_value())
        return invalid(tr("No recall reason %1.").arg(reasonName), QStringLiteral("reason"));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto q = storage::exec(tx.value()->connection(),
                           QStringLiteral("SELECT id, row_version FROM calendar_recall_triggers "
                                          "WHERE type_id = ? AND deleted = 0"),
                           {type_.value()});
    FD_TRY(q);
    QString id;
    qint64 version = 0;
    if (q->next()) {
        id = q->value(0).toString();
        version = q->value(1).toLongLong();
    }
    auto base = m_ctx.base();
    auto written = practice::writeAudited(base, *tx.value(), table::kRecallTriggers, id, version,
                                          {{QStringLiteral("type_id"), type_.value()},
                                           {QStringLiteral("reason_id"), (*r)->id}});
    FD_TRY(written);
    FD_TRY(tx.value()->commit());
    return RecallTrigger{written.value(), version + 1, type_.value(), (*r)->id};
}

Status RecallService::removeTrigger(const QString& type)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsSetup));
    auto type_ = typeId(type);
    FD_TRY(type_);
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto q = storage::exec(tx.value()->connection(),
                           QStringLiteral("SELECT id, row_version FROM calendar_recall_triggers "
                                          "WHERE type_id = ? AND deleted = 0"),
                           {type_.value()});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         tr("Appointment type %1 sets no recall.").arg(type), QStringLiteral("type"));
    auto base = m_ctx.base();
    FD_TRY(practice::removeAudited(base, *tx.value(), table::kRecallTriggers,
                                   q->value(0).toString(), q->value(1).toLongLong()));
    return tx.value()->commit();
}

Result<Recall> RecallService::add(const Recall& input)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsWork));
    Recall r = input;
    if (r.patientId.isEmpty())
        return invalid(tr("A recall needs a patient."), QStringLiteral("patient_id"));
    if (!r.dueDate.isValid())
        return invalid(tr("A recall needs a due date."), QStringLiteral("due_date"));
    auto reason_ = loadReason(m_ctx.db.connection(), r.reasonId.trimmed());
    FD_TRY(reason_);
    if (!reason_->has_value())
        return invalid(tr("No recall reason %1.").arg(r.reasonId), QStringLiteral("reason_id"));
    r.reasonId = (*reason_)->id;
    if (!r.providerId.isEmpty() && !m_ctx.providers->find(r.providerId))
        return invalid(tr("No provider %1.").arg(r.providerId), QStringLiteral("provider_id"));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    FD_TRY(m_ctx.patients->get(r.patientId));  // access to the patient; audited as a read
    r.status = RecallStatus::Open;
    r.appointmentId.clear();
    r.sourceAppointmentId.clear();
    r.dismissReason.clear();
    r.createdAt = m_ctx.now();
    r.createdBy = m_ctx.userId();
    r.closedAt = {};
    r.lastContactAt = {};
    auto base = m_ctx.base();
    auto id = practice::writeAudited(base, *tx.value(), table::kRecalls, {}, 0, recallFields(r),
                                     r.patientId);
    FD_TRY(id);
    FD_TRY(tx.value()->commit());
    r.id = id.value();
    r.rowVersion = 1;
    return r;
}

Result<Recall> RecallService::get(const QString& id)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsView));
    auto found = loadRecall(m_ctx.db.connection(), id);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No recall %1.").arg(id), QStringLiteral("id"));
    FD_TRY(m_ctx.patients->get((*found)->patientId));  // the patient's access rules apply
    return **found;
}

Result<Recall> RecallService::dismiss(const QString& id, qint64 rowVersion, const QString& reason)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsWork));
    const QString why = reason.simplified();
    if (why.isEmpty())
        return invalid(tr("Say why the recall is dismissed."), QStringLiteral("reason"));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto found = loadRecall(tx.value()->connection(), id);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No recall %1.").arg(id), QStringLiteral("id"));
    Recall r = **found;
    if (r.status == RecallStatus::Done || r.status == RecallStatus::Dismissed)
        return invalid(tr("The recall is already %1.").arg(recallStatusId(r.status)),
                       QStringLiteral("status"));
    FD_TRY(m_ctx.patients->get(r.patientId));
    r.status = RecallStatus::Dismissed;
    r.dismissReason = why;
    r.closedAt = m_ctx.now();
    auto base = m_ctx.base();
    FD_TRY(practice::writeAudited(base, *tx.value(), table::kRecalls, id, rowVersion,
                                  {{QStringLiteral("status"), recallStatusId(r.status)},
                                   {QStringLiteral("dismiss_reason"), r.dismissReason},
                                   {QStringLiteral("closed_at"), instantText(r.closedAt)}},
                                  r.patientId));
    FD_TRY(tx.value()->commit());
    r.rowVersion = rowVersion + 1;
    return r;
}

Result<ContactAttempt> RecallService::logContact(const ContactAttempt& input)
{
    FD_TRY(m_ctx.access->require(perm::kRecallsWork));
    ContactAttempt c = input;
    c.note = c.note.trimmed();
    auto tx = m_ctx.db.beginNestable();
    FD_TRY(tx);
    auto found = loadRecall(tx.value()->connection(), c.recallId);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No recall %1.").arg(c.recallId),
                         QStringLiteral("recall_id"));
    const Recall& r = **found;
    FD_TRY(m_ctx.patients->get(r.patientId));
    c.patientId = r.patientId;
    c.at = m_ctx.now();
    c.userId = m_ctx.userId();
    auto base = m_ctx.base();
    auto id = practice::writeAudited(base, *tx.value(), table::kRecallContacts, {}, 0,
                                     contactFields(c), c.patientId);
    FD_TRY(id);
    FD_TRY(practice::writeAudited(base, *tx.value(), table::kRecalls, r.id, r.rowVersion,
                                  {{QStringLiteral("last_contact_at"), instantText(c.at)}},
                                  r.patientId));
    FD_TRY(tx.value()->commit());
    c.id = id.value();
    return c;
}

Result<std::vector<ContactAttempt>> RecallService::contacts(const QString& recallId)
{
    auto recall = get(recallId);
    FD_TRY(recall);
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM calendar_recall_contacts WHERE "
                                          "recall_id = ? AND deleted = 0 ORDER BY at, id")
                               .arg(contactColumns()),
                           {recallId});
    FD_TRY(q);
    std::vector<ContactAttempt> out;
    while (q->next())
        out.push_back(contactFromRow(q.value()));
    return out;
}

Result<int> RecallService::reconcile()
{
    FD_TRY(m_ctx.access->require(perm::kRecallsView));
    RecallReconciler reconciler(m_ctx);
    return reconciler.run();
}

Result<std::vector<RecallRow>> RecallService::list(const RecallFilter& filter)
{
    FD_TRY(reconcile());
    const QDate day = today();
    QStringList where{QStringLiteral("r.deleted = 0")};
    QVariantList binds;
    if (!filter.includeClosed)
        where << QStringLiteral("r.status IN ('open', 'scheduled')");
    if (filter.overdueOnly) {
        where << QStringLiteral("r.status = 'open' AND r.due_date < ?");
        binds << dateText(day);
    }
    if (filter.dueFrom.isValid()) {
        where << QStringLiteral("r.due_date >= ?");
        binds << dateText(filter.dueFrom);
    }
    if (filter.dueTo.isValid()) {
        where << QStringLiteral("r.due_date <= ?");
        binds << dateText(filter.dueTo);
    }
    for (const auto& [column, value] : {std::pair{QStringLiteral("r.reason_id"), filter.reasonId},
                                        std::pair{QStringLiteral("r.provider_id"), filter.providerId},
                                        std::pair{QStringLiteral("r.patient_id"), filter.patientId}})
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            binds << value;
        }
    if (filter.notContactedDays > 0) {
        where << QStringLiteral("(r.last_contact_at = '' OR r.last_contact_at < ?)");
        binds << instantText(m_ctx.now().addDays(-filter.notContactedDays));
    }
    binds << std::clamp(filter.limit, 1, 5000) << std::max(0, filter.offset);
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT %1, COALESCE(n.name, '') FROM calendar_recalls r LEFT JOIN "
                       "calendar_recall_reasons n ON n.id = r.reason_id WHERE %2 ORDER BY "
                       "r.due_date, r.id LIMIT ? OFFSET ?")
            .arg(recallColumns().replace(QStringLiteral(", "), QStringLiteral(", r."))
                     .prepend(QStringLiteral("r.")),
                 where.join(QStringLiteral(" AND "))),
        binds);
    FD_TRY(q);
    std::vector<RecallRow> rows;
    while (q->next()) {
        RecallRow row;
        row.recall = recallFromRow(q.value());
        row.state = recallState(row.recall, day);
        row.reasonName = q->value(15).toString();
        rows.push_back(std::move(row));
    }
    // One read of the list (what was asked and how many came back); the patients are opened
    // below, each audited by the registry.
    security::AuditRecord record;
    record.action = security::audit::kRead;
    record.entity = table::kRecalls;
    record.details = {{QStringLiteral("list"), true},
                      {QStringLiteral("overdue_only"), filter.overdueOnly},
                      {QStringLiteral("due_from"), dateText(filter.dueFrom)},
                      {QStringLiteral("due_to"), dateText(filter.dueTo)},
                      {QStringLiteral("reason_id"), filter.reasonId},
                      {QStringLiteral("provider_id"), filter.providerId},
                      {QStringLiteral("rows"), qint64(rows.size())}};
    FD_TRY(m_ctx.audit->record(record));
    FD_TRY(fillPatients(rows));
    return rows;
}

Status RecallService::fillPatients(std::vector<RecallRow>& rows)
{
    // One read of the names; the registry audits each patient named and hides a restricted
    // patient this user may not open.
    QStringList ids;
    for (const RecallRow& row : rows)
        ids << row.recall.patientId;
    auto named = m_ctx.patients->names(ids);
    if (!named && named.error().code != ErrorCode::PermissionDenied)
        return named.error();
    QHash<QString, patients::PatientName> byId;
    if (named)
        for (patients::PatientName& n : named.value())
            byId.insert(n.id, std::move(n));
    for (RecallRow& row : rows) {
        const auto it = byId.constFind(row.recall.patientId);
        if (it == byId.cend() || it->hidden) {
            row.restricted = true;
            continue;
        }
        row.patientName = it->displayName;
        row.accountNumber = it->accountNumber;
    }
    return {};
}

}  // namespace fd::calendar
