#include "calendar/core/recall_reconciler.h"

#include "calendar/core/calendar_store.h"
#include "calendar/core/recall_store.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

#include <QUuid>

namespace fd::calendar {

namespace {

// The namespace of the derived ids of recalls set by a visit (UUID v5 of visit and reason).
const QUuid kRecallNamespace(QStringLiteral("{6f1c2b8e-2d4a-5c1e-9b7a-3e5d4c2b1a09}"));

struct Candidate
{
    QString appointmentId;
    QString typeId;
    QDateTime start;
    AppointmentStatus status = AppointmentStatus::Scheduled;
    QDateTime statusAt;
};

}  // namespace

Result<int> RecallReconciler::run()
{
    auto tx = m_ctx.db.beginNestable();
    FD_TRY(tx);
    auto created = createFromVisits(*tx.value());
    FD_TRY(created);
    auto followed = followAppointments(*tx.value());
    FD_TRY(followed);
    FD_TRY(tx.value()->commit());
    return created.value() + followed.value();
}

Result<QTimeZone> RecallReconciler::zoneOf(const QString& locationId)
{
    auto it = m_zones.constFind(locationId);
    if (it != m_zones.constEnd())
        return *it;
    auto zone = m_ctx.locations->timeZoneOf(locationId);
    FD_TRY(zone);
    m_zones.insert(locationId, zone.value());
    return zone.value();
}

Result<int> RecallReconciler::createFromVisits(storage::Transaction& tx)
{
    auto q = storage::exec(
        tx.connection(),
        QStringLiteral(
            "SELECT a.id, a.patient_id, a.provider_id, a.location_id, a.start_at, t.reason_id, "
            "n.interval_months FROM calendar_recall_triggers t JOIN calendar_recall_reasons n ON "
            "n.id = t.reason_id AND n.deleted = 0 AND n.active = 1 JOIN calendar_appointments a "
            "ON a.type_id = t.type_id AND a.deleted = 0 AND a.status = 'checked_out' WHERE "
            "t.deleted = 0 AND NOT EXISTS (SELECT 1 FROM calendar_recalls r WHERE "
            "r.source_appointment_id = a.id AND r.reason_id = t.reason_id) ORDER BY a.start_at"));
    FD_TRY(q);
    struct Visit
    {
        QString id, patientId, providerId, locationId;
        QDateTime start;
        QString reasonId;
        int months = 12;
    };
    std::vector<Visit> visits;
    while (q->next())
        visits.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), instantFromText(q->value(4).toString()),
                          q->value(5).toString(), q->value(6).toInt()});
    const QDateTime now = m_ctx.now();
    for (const Visit& v : visits) {
        auto zone = zoneOf(v.locationId);
        FD_TRY(zone);
        Recall r;
        r.patientId = v.patientId;
        r.reasonId = v.reasonId;
        r.dueDate = recallDueDate(v.start.toTimeZone(zone.value()).date(), v.months);
        r.providerId = v.providerId;
        r.sourceAppointmentId = v.id;
        r.createdAt = now;
        r.createdBy = m_ctx.userId();
        const QVariantMap fields = recallFields(r);
        const QString id =
            QUuid::createUuidV5(kRecallNamespace, v.id + QLatin1Char('/') + v.reasonId)
                .toString(QUuid::WithoutBraces);
        FD_TRY(storage::SyncedRows::insert(tx, table::kRecalls, fields, id));
        security::AuditRecord record;
        record.action = security::audit::kCreate;
        record.entity = table::kRecalls;
        record.entityId = id;
        record.patientId = v.patientId;
        record.detailsJson = practice::auditDetailsJson(&fields);
        FD_TRY(m_ctx.audit->record(record));
    }
    return int(visits.size());
}

Result<int> RecallReconciler::followAppointments(storage::Transaction& tx)
{
    auto reasons = loadReasons(tx.connection(), true);
    FD_TRY(reasons);
    QHash<QString, QStringList> satisfying;
    for (const RecallReason& r : reasons.value())
        satisfying.insert(r.id, r.typeIds);
    // Every appointment of the patients with open recalls that starts after the recall was
    // made by hand, or after the visit that set it.
    auto q = storage::exec(
        tx.connection(),
        QStringLiteral("SELECT %1, a.id, a.type_id, a.start_at, a.status, a.status_at FROM "
                       "calendar_recalls r LEFT JOIN calendar_appointments a ON a.patient_id = "
                       "r.patient_id AND a.deleted = 0 AND a.id <> r.source_appointment_id AND "
                       "CASE WHEN r.source_appointment_id = '' THEN a.start_at >= r.created_at "
                       "ELSE a.start_at > (SELECT s.start_at FROM calendar_appointments s WHERE "
                       "s.id = r.source_appointment_id) END WHERE r.deleted = 0 AND r.status IN ('open', "
                       "'scheduled') ORDER BY r.id, a.start_at")
            .arg(recallColumns().replace(QStringLiteral(", "), QStringLiteral(", r."))
                     .prepend(QStringLiteral("r."))));
    FD_TRY(q);
    std::vector<std::pair<Recall, std::vector<Candidate>>> recalls;
    while (q->next()) {
        Recall r = recallFromRow(q.value());
        if (recalls.empty() || recalls.back().first.id != r.id)
            recalls.emplace_back(r, std::vector<Candidate>());
        if (q->value(15).isNull() || q->value(15).toString().isEmpty())
            continue;
        const QString type = q->value(16).toString();
        if (!satisfying.value(r.reasonId).contains(type))
            continue;
        recalls.back().second.push_back(
            {q->value(15).toString(), type, instantFromText(q->value(17).toString()),
             statusFromId(q->value(18).toString()).value_or(AppointmentStatus::Scheduled),
             instantFromText(q->value(19).toString())});
    }
    int changed = 0;
    auto base = m_ctx.base();
    for (const auto& [r, candidates] : recalls) {
        const Candidate* done = nullptr;
        const Candidate* booked = nullptr;
        for (const Candidate& c : candidates) {
            if (c.status == AppointmentStatus::CheckedOut && !done)
                done = &c;
            else if (holdsTime(c.status) && c.status != AppointmentStatus::CheckedOut && !booked)
                booked = &c;
        }
        QVariantMap fields;
        if (done) {
            fields = {{QStringLiteral("status"), recallStatusId(RecallStatus::Done)},
                      {QStringLiteral("appointment_id"), done->appointmentId},
                      {QStringLiteral("closed_at"), instantText(done->statusAt)}};
        } else if (booked) {
            if (r.status != RecallStatus::Scheduled || r.appointmentId != booked->appointmentId)
                fields = {{QStringLiteral("status"), recallStatusId(RecallStatus::Scheduled)},
                          {QStringLiteral("appointment_id"), booked->appointmentId}};
        } else if (r.status == RecallStatus::Scheduled) {
            fields = {{QStringLiteral("status"), recallStatusId(RecallStatus::Open)},
                      {QStringLiteral("appointment_id"), QStringLiteral("")}};
        }
        if (fields.isEmpty())
            continue;
        FD_TRY(practice::writeAudited(base, tx, table::kRecalls, r.id, r.rowVersion, fields,
                                      r.patientId));
        ++changed;
    }
    return changed;
}

}  // namespace fd::calendar
