// Row mapping and the reads the recall services share.
#include "calendar/core/recall_store.h"

#include "calendar/core/calendar_store.h"
#include "common/result.h"
#include "storage/database.h"

namespace fd::calendar {

namespace {

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

}  // namespace

QString reasonColumns()
{
    return QStringLiteral("id, row_version, name, interval_months, type_ids, active");
}

RecallReason reasonFromRow(const QSqlQuery& q)
{
    RecallReason r;
    r.id = q.value(0).toString();
    r.rowVersion = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.intervalMonths = q.value(3).toInt();
    r.typeIds = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.active = q.value(5).toInt() != 0;
    return r;
}

QVariantMap reasonFields(const RecallReason& r)
{
    return {{QStringLiteral("name"), text(r.name)},
            {QStringLiteral("interval_months"), r.intervalMonths},
            {QStringLiteral("type_ids"), text(r.typeIds.join(QLatin1Char(',')))},
            {QStringLiteral("active"), r.active ? 1 : 0}};
}

QString triggerColumns()
{
    return QStringLiteral("id, row_version, type_id, reason_id");
}

RecallTrigger triggerFromRow(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString()};
}

QString recallColumns()
{
    return QStringLiteral(
        "id, row_version, patient_id, reason_id, due_date, status, provider_id, appointment_id, "
        "source_appointment_id, dismiss_reason, note, created_at, created_by, closed_at, "
        "last_contact_at");
}

Recall recallFromRow(const QSqlQuery& q, int f)
{
    Recall r;
    r.id = q.value(f + 0).toString();
    r.rowVersion = q.value(f + 1).toLongLong();
    r.patientId = q.value(f + 2).toString();
    r.reasonId = q.value(f + 3).toString();
    r.dueDate = dateFromText(q.value(f + 4).toString());
    r.status = recallStatusFromId(q.value(f + 5).toString()).value_or(RecallStatus::Open);
    r.providerId = q.value(f + 6).toString();
    r.appointmentId = q.value(f + 7).toString();
    r.sourceAppointmentId = q.value(f + 8).toString();
    r.dismissReason = q.value(f + 9).toString();
    r.note = q.value(f + 10).toString();
    r.createdAt = instantFromText(q.value(f + 11).toString());
    r.createdBy = q.value(f + 12).toString();
    r.closedAt = instantFromText(q.value(f + 13).toString());
    r.lastContactAt = instantFromText(q.value(f + 14).toString());
    return r;
}

QVariantMap recallFields(const Recall& r)
{
    return {{QStringLiteral("patient_id"), text(r.patientId)},
            {QStringLiteral("reason_id"), text(r.reasonId)},
            {QStringLiteral("due_date"), dateText(r.dueDate)},
            {QStringLiteral("status"), recallStatusId(r.status)},
            {QStringLiteral("provider_id"), text(r.providerId)},
            {QStringLiteral("appointment_id"), text(r.appointmentId)},
            {QStringLiteral("source_appointment_id"), text(r.sourceAppointmentId)},
            {QStringLiteral("dismiss_reason"), text(r.dismissReason)},
            {QStringLiteral("note"), text(r.note)},
            {QStringLiteral("created_at"), instantText(r.createdAt)},
            {QStringLiteral("created_by"), text(r.createdBy)},
            {QStringLiteral("closed_at"), instantText(r.closedAt)},
            {QStringLiteral("last_contact_at"), instantText(r.lastContactAt)}};
}

QString contactColumns()
{
    return QStringLiteral("id, recall_id, patient_id, at, user_id, method, outcome, note, campaign");
}

ContactAttempt contactFromRow(const QSqlQuery& q)
{
    ContactAttempt c;
    c.id = q.value(0).toString();
    c.recallId = q.value(1).toString();
    c.patientId = q.value(2).toString();
    c.at = instantFromText(q.value(3).toString());
    c.userId = q.value(4).toString();
    c.method = contactMethodFromId(q.value(5).toString()).value_or(ContactMethod::Phone);
    c.outcome = contactOutcomeFromId(q.value(6).toString()).value_or(ContactOutcome::Reached);
    c.note = q.value(7).toString();
    c.campaign = q.value(8).toInt() != 0;
    return c;
}

QVariantMap contactFields(const ContactAttempt& c)
{
    return {{QStringLiteral("recall_id"), text(c.recallId)},
            {QStringLiteral("patient_id"), text(c.patientId)},
            {QStringLiteral("at"), instantText(c.at)},
            {QStringLiteral("user_id"), text(c.userId)},
            {QStringLiteral("method"), contactMethodId(c.method)},
            {QStringLiteral("outcome"), contactOutcomeId(c.outcome)},
            {QStringLiteral("note"), text(c.note)},
            {QStringLiteral("campaign"), c.campaign ? 1 : 0}};
}

Result<std::vector<RecallReason>> loadReasons(QSqlDatabase db, bool includeInactive)
{
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM calendar_recall_reasons WHERE "
                                              "deleted = 0%2 ORDER BY name COLLATE NOCASE, id")
                                   .arg(reasonColumns(), includeInactive
                                                             ? QString()
                                                             : QStringLiteral(" AND active = 1")));
    FD_TRY(q);
    std::vector<RecallReason> out;
    while (q->next())
        out.push_back(reasonFromRow(q.value()));
    return out;
}

Result<std::optional<RecallReason>> loadReason(QSqlDatabase db, const QString& idOrName)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT %1 FROM calendar_recall_reasons WHERE deleted = "
                                          "0 AND (id = ? OR name = ? COLLATE NOCASE) LIMIT 1")
                               .arg(reasonColumns()),
                           {text(idOrName), text(idOrName)});
    FD_TRY(q);
    if (!q->next())
        return std::optional<RecallReason>();
    return std::optional<RecallReason>(reasonFromRow(q.value()));
}

Result<std::optional<Recall>> loadRecall(QSqlDatabase db, const QString& id)
{
    auto q = storage::exec(
        db, QStringLiteral("SELECT %1 FROM calendar_recalls WHERE id = ? AND deleted = 0")
                .arg(recallColumns()),
        {text(id)});
    FD_TRY(q);
    if (!q->next())
        return std::optional<Recall>();
    return std::optional<Recall>(recallFromRow(q.value()));
}

}  // namespace fd::calendar
