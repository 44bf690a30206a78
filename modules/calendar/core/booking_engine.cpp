// Evaluating, admitting and writing bookings against the stored schedule.
#include "calendar/core/booking_engine.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

#include <QJsonArray>

namespace fd::calendar {

QString conflictText(const BookingVerdict& verdict)
{
    QStringList lines;
    for (const Conflict& c : verdict.conflicts)
        lines << c.message;
    return lines.join(QLatin1Char('\n'));
}

Result<AppointmentType> BookingEngine::resolveType(QSqlDatabase db, const QString& idOrCode) const
{
    auto type = loadType(db, idOrCode);
    FD_TRY(type);
    if (!type->has_value())
        return makeError(ErrorCode::InvalidInput, tr("No appointment type %1.").arg(idOrCode),
                         QStringLiteral("type"));
    if (!(*type)->active)
        return makeError(ErrorCode::InvalidInput,
                         tr("The appointment type %1 is no longer in use.").arg((*type)->code),
                         QStringLiteral("type"));
    return **type;
}

Result<QString> BookingEngine::resolveLocation(QSqlDatabase db, const QString& providerId,
                                               const QString& locationId) const
{
    if (!locationId.isEmpty())
        return locationId;
    auto templates = loadTemplates(db, providerId);
    FD_TRY(templates);
    QStringList locations;
    for (const ScheduleTemplate& t : templates.value())
        if (!locations.contains(t.locationId))
            locations << t.locationId;
    if (locations.size() == 1)
        return locations.front();
    return makeError(ErrorCode::InvalidInput,
                     locations.isEmpty()
                         ? tr("The provider has no schedule template: choose the location.")
                         : tr("The provider works at several locations: choose one."),
                     QStringLiteral("location_id"));
}

Result<QTimeZone> BookingEngine::zoneOf(const QString& locationId) const
{
    auto location = m_ctx.locations->find(locationId);
    if (!location)
        return makeError(ErrorCode::InvalidInput, tr("No location %1.").arg(locationId),
                         QStringLiteral("location_id"));
    const QTimeZone zone(location->timeZone.toUtf8());
    if (!zone.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("The location's time zone %1 is not known.").arg(location->timeZone),
                         QStringLiteral("location_id"));
    return zone;
}

Result<Placement> BookingEngine::evaluate(QSqlDatabase db, const Appointment& candidate,
                                          const AppointmentType& type,
                                          const QStringList& requestedResources,
                                          bool checkLeadTime) const
{
    if (!candidate.start.isValid() || !candidate.end.isValid() || candidate.end <= candidate.start)
        return makeError(ErrorCode::InvalidInput, tr("The appointment needs a start before its end."),
                         QStringLiteral("start"));
    if (candidate.start.secsTo(candidate.end) > kMaxAppointmentSecs)
        return makeError(ErrorCode::InvalidInput,
                         tr("An appointment can last at most %1 hours.")
                             .arg(kMaxAppointmentSecs / 3600),
                         QStringLiteral("end"));
    if (!m_ctx.providers->find(candidate.providerId))
        return makeError(ErrorCode::InvalidInput, tr("No provider %1.").arg(candidate.providerId),
                         QStringLiteral("provider_id"));
    Placement p;
    p.appointment = candidate;
    p.type = type;
    auto zone = zoneOf(candidate.locationId);
    FD_TRY(zone);
    p.zone = zone.value();
    p.localDate = candidate.start.toTimeZone(p.zone).date();
    auto location = m_ctx.locations->find(candidate.locationId);
    FD_TRY(location);
    auto templates = loadTemplates(db, candidate.providerId);
    FD_TRY(templates);
    auto holidays = loadHolidays(db, p.localDate, p.localDate);
    FD_TRY(holidays);
    auto changes = loadChanges(db, p.localDate, p.localDate);
    FD_TRY(changes);
    const DaySchedule day = daySchedule(templates.value(), holidays.value(), changes.value(),
                                        candidate.providerId, candidate.locationId, p.localDate);
    BusyIndex busy;
    FD_TRY(loadBusy(db, p.localDate, p.localDate, busy));
    BookingCheck check;
    check.type = &p.type;
    check.providerId = candidate.providerId;
    check.appointmentId = candidate.id;
    check.span = candidate.interval();
    check.localDate = p.localDate;
    check.day = &day;
    check.zone = p.zone;
    check.busy = &busy;
    check.locationResources = location->resources;
    check.requestedResourceIds = requestedResources;
    check.now = m_ctx.now().toSecsSinceEpoch();
    check.checkLeadTime = checkLeadTime;
    if (type.patientRule != PatientRule::Any && !candidate.patientId.isEmpty()) {
        auto established = isEstablished(db, candidate.patientId, candidate.start);
        FD_TRY(established);
        check.patientEstablished = established.value();
    }
    p.verdict = checkBooking(check);
    p.appointment.resourceIds = p.verdict.resourceIds;
    return p;
}

Status BookingEngine::admit(Placement& p, const Overbook& overbook)
{
    p.appointment.overbooked = false;
    p.appointment.overbookReason.clear();
    if (p.verdict.clear())
        return {};
    if (!overbook.requested)
        return makeError(ErrorCode::Conflict, conflictText(p.verdict),
                         p.verdict.codes().join(QLatin1Char(',')));
    FD_TRY(m_ctx.access->require(perm::kOverbook));
    if (overbook.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An overbook needs its reason."),
                         QStringLiteral("overbook_reason"));
    if (!p.verdict.canOverbook())
        return makeError(ErrorCode::Conflict,
                         tr("This cannot be overbooked:\n%1").arg(conflictText(p.verdict)),
                         p.verdict.codes().join(QLatin1Char(',')));
    p.appointment.overbooked = true;
    p.appointment.overbookReason = overbook.reason.trimmed();
    return {};
}

Result<Appointment> BookingEngine::writeFields(storage::Transaction& tx, const Appointment& a,
                                               const QDate& localDate)
{
    auto base = m_ctx.base();
    auto id = practice::writeAudited(base, tx, table::kAppointments, a.id, a.rowVersion,
                                     appointmentFields(a, localDate), a.patientId);
    FD_TRY(id);
    auto stored = loadAppointment(tx.connection(), id.value());
    FD_TRY(stored);
    if (!stored->has_value())
        return makeError(ErrorCode::Internal, tr("The appointment could not be read back."));
    return **stored;
}

Result<Appointment> BookingEngine::write(storage::Transaction& tx, Placement& p)
{
    auto written = writeFields(tx, p.appointment, p.localDate);
    FD_TRY(written);
    if (written->overbooked) {
        security::AuditRecord record;
        record.action = audit::kOverbook;
        record.patientId = written->patientId;
        record.entity = table::kAppointments;
        record.entityId = written->id;
        QJsonArray codes;
        for (const QString& c : p.verdict.codes())
            codes.append(c);
        record.details = {{QStringLiteral("reason"), written->overbookReason},
                          {QStringLiteral("conflicts"), codes},
                          {QStringLiteral("start_at"), instantText(written->start)},
                          {QStringLiteral("provider_id"), written->providerId}};
        FD_TRY(m_ctx.audit->record(record));
    }
    return written;
}

HistoryEntry BookingEngine::historyOf(const QString& action, const Appointment& before,
                                      const Appointment& after, const QString& reason) const
{
    HistoryEntry h;
    h.appointmentId = after.id.isEmpty() ? before.id : after.id;
    h.at = m_ctx.now();
    h.userId = m_ctx.userId();
    h.action = action;
    h.fromStart = before.start;
    h.fromEnd = before.end;
    h.fromProviderId = before.providerId;
    h.fromStatus = before.id.isEmpty() ? QString() : statusId(before.status);
    h.toStart = after.start;
    h.toEnd = after.end;
    h.toProviderId = after.providerId;
    h.toStatus = statusId(after.status);
    h.reason = reason;
    return h;
}

Status BookingEngine::addHistory(storage::Transaction& tx, const HistoryEntry& h)
{
    auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    const QVariantMap fields{{QStringLiteral("appointment_id"), h.appointmentId},
                             {QStringLiteral("at"), instantText(h.at)},
                             {QStringLiteral("user_id"), text(h.userId)},
                             {QStringLiteral("action"), h.action},
                             {QStringLiteral("from_start"), instantText(h.fromStart)},
                             {QStringLiteral("from_end"), instantText(h.fromEnd)},
                             {QStringLiteral("from_provider_id"), text(h.fromProviderId)},
                             {QStringLiteral("from_status"), text(h.fromStatus)},
                             {QStringLiteral("to_start"), instantText(h.toStart)},
                             {QStringLiteral("to_end"), instantText(h.toEnd)},
                             {QStringLiteral("to_provider_id"), text(h.toProviderId)},
                             {QStringLiteral("to_status"), text(h.toStatus)},
                             {QStringLiteral("reason"), text(h.reason)},
                             {QStringLiteral("related_appointment_id"), text(h.relatedAppointmentId)}};
    FD_TRY(storage::SyncedRows::insert(tx, table::kHistory, fields));
    return {};
}

}  // namespace fd::calendar
