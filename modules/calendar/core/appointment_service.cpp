// Booking, moving, resizing, cancelling, no-shows, the day's flow and reschedules.
#include "calendar/core/appointment_service.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"

#include <algorithm>

namespace fd::calendar {

namespace {

// The order of the front desk's day; a status only moves forward along it.
int flowRank(AppointmentStatus s)
{
    switch (s) {
        case AppointmentStatus::Scheduled:
            return 0;
        case AppointmentStatus::Confirmed:
            return 1;
        case AppointmentStatus::Arrived:
            return 2;
        case AppointmentStatus::Roomed:
            return 3;
        case AppointmentStatus::WithProvider:
            return 4;
        case AppointmentStatus::CheckedOut:
            return 5;
        case AppointmentStatus::Cancelled:
        case AppointmentStatus::NoShow:
            return -1;
    }
    return -1;
}

bool stillMovable(AppointmentStatus s)
{
    return s == AppointmentStatus::Scheduled || s == AppointmentStatus::Confirmed;
}

}  // namespace

Result<std::pair<Appointment, AppointmentType>> AppointmentService::candidateOf(
    QSqlDatabase db, const BookingRequest& r)
{
    if (r.patientId.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose the patient."),
                         QStringLiteral("patient_id"));
    if (r.providerId.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose the provider."),
                         QStringLiteral("provider_id"));
    if (!r.start.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose the start time."),
                         QStringLiteral("start"));
    auto type = m_engine.resolveType(db, r.typeId);
    FD_TRY(type);
    const int minutes = r.durationMinutes > 0 ? r.durationMinutes : type->durationMinutes;
    if (minutes < 5 || minutes > 720)
        return makeError(ErrorCode::InvalidInput,
                         tr("The length must be 5 to 720 minutes (got %1).").arg(minutes),
                         QStringLiteral("duration_minutes"));
    auto location = m_engine.resolveLocation(db, r.providerId, r.locationId);
    FD_TRY(location);
    Appointment a;
    a.patientId = r.patientId;
    a.providerId = r.providerId;
    a.locationId = location.value();
    a.typeId = type->id;
    a.start = r.start.toUTC();
    a.end = a.start.addSecs(qint64(minutes) * 60);
    a.reason = r.reason.trimmed().isEmpty() ? type->visitReason : r.reason.trimmed();
    a.note = r.note;
    return std::pair{a, type.value()};
}

Result<BookingVerdict> AppointmentService::check(const BookingRequest& r)
{
    FD_TRY(m_engine.context().access->require(perm::kView));
    const QSqlDatabase db = m_engine.context().db.connection();
    auto candidate = candidateOf(db, r);
    FD_TRY(candidate);
    auto placed = m_engine.evaluate(db, candidate->first, candidate->second, r.resourceIds, true);
    FD_TRY(placed);
    return placed->verdict;
}

Result<Appointment> AppointmentService::bookIn(storage::Transaction& tx, const BookingRequest& r,
                                               const QString& ignoreId, const QString& relatedId)
{
    const CalendarContext& ctx = m_engine.context();
    auto candidate = candidateOf(tx.connection(), r);
    FD_TRY(candidate);
    // Checks access to the patient (restricted, merged away) and audits the read.
    auto patient = ctx.patients->get(r.patientId);
    FD_TRY(patient);
    Appointment a = candidate->first;
    a.id = ignoreId;  // a reschedule's replacement does not collide with the old appointment
    auto placed = m_engine.evaluate(tx.connection(), a, candidate->second, r.resourceIds, true);
    FD_TRY(placed);
    FD_TRY(m_engine.admit(placed.value(), r.overbook));
    Placement& p = placed.value();
    p.appointment.id.clear();
    p.appointment.status = AppointmentStatus::Scheduled;
    p.appointment.statusAt = ctx.now();
    p.appointment.createdAt = ctx.now();
    p.appointment.createdBy = ctx.userId();
    p.appointment.rescheduledFrom = relatedId;
    auto written = m_engine.write(tx, p);
    FD_TRY(written);
    HistoryEntry h = m_engine.historyOf(QStringLiteral("booked"), Appointment(), written.value(),
                                        written->overbookReason);
    h.relatedAppointmentId = relatedId;
    FD_TRY(m_engine.addHistory(tx, h));
    return written;
}

Result<Appointment> AppointmentService::book(const BookingRequest& r)
{
    FD_TRY(m_engine.context().access->require(perm::kBook));
    auto tx = m_engine.context().db.beginNestable();
    FD_TRY(tx);
    auto booked = bookIn(*tx.value(), r, {}, {});
    FD_TRY(booked);
    FD_TRY(tx.value()->commit());
    return booked;
}

Result<Appointment> AppointmentService::get(const QString& id)
{
    FD_TRY(m_engine.context().access->require(perm::kView));
    auto found = loadAppointment(m_engine.context().db.connection(), id);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No appointment %1.").arg(id),
                         QStringLiteral("appointment_id"));
    return **found;
}

Result<std::vector<Appointment>> AppointmentService::list(const AppointmentFilter& filter)
{
    FD_TRY(m_engine.context().access->require(perm::kView));
    return loadAppointments(m_engine.context().db.connection(), filter);
}

Result<Appointment> AppointmentService::forChange(QSqlDatabase db, const QString& id,
                                                  qint64 rowVersion)
{
    auto found = loadAppointment(db, id);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No appointment %1.").arg(id),
                         QStringLiteral("appointment_id"));
    if ((*found)->rowVersion != rowVersion)
        return makeError(ErrorCode::Conflict,
                         tr("The appointment was changed by someone else: reload it."),
                         QStringLiteral("row_version"));
    return **found;
}

Result<Appointment> AppointmentService::replace(const QString& id, qint64 rowVersion,
                                                const QString& action,
                                                const std::function<void(Appointment&)>& change,
                                                const Overbook& overbook)
{
    FD_TRY(m_engine.context().access->require(perm::kBook));
    auto tx = m_engine.context().db.beginNestable();
    FD_TRY(tx);
    auto before = forChange(tx.value()->connection(), id, rowVersion);
    FD_TRY(before);
    if (!stillMovable(before->status))
        return makeError(ErrorCode::InvalidInput,
                         tr("Only scheduled or confirmed appointments can be moved or resized."),
                         QStringLiteral("status"));
    Appointment after = before.value();
    change(after);
    auto type = loadType(tx.value()->connection(), after.typeId);
    FD_TRY(type);
    if (!type->has_value())
        return makeError(ErrorCode::NotFound, tr("No appointment type %1.").arg(after.typeId));
    // Rooms are chosen again for the new time, unless the provider and time stay.
    auto placed = m_engine.evaluate(tx.value()->connection(), after, **type, {}, true);
    FD_TRY(placed);
    FD_TRY(m_engine.admit(placed.value(), overbook));
    auto written = m_engine.write(*tx.value(), placed.value());
    FD_TRY(written);
    FD_TRY(m_engine.addHistory(*tx.value(), m_engine.historyOf(action, before.value(),
                                                               written.value(),
                                                               written->overbookReason)));
    FD_TRY(tx.value()->commit());
    return written;
}

Result<Appointment> AppointmentService::move(const QString& id, qint64 rowVersion,
                                             const QDateTime& start, const QString& providerId,
                                             const QString& locationId, const Overbook& overbook)
{
    if (!start.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Choose the new start time."),
                         QStringLiteral("start"));
    return replace(
        id, rowVersion, QStringLiteral("moved"),
        [&](Appointment& a) {
            const qint64 length = a.start.secsTo(a.end);
            a.start = start.toUTC();
            a.end = a.start.addSecs(length);
            if (!providerId.isEmpty())
                a.providerId = providerId;
            if (!locationId.isEmpty())
                a.locationId = locationId;
        },
        overbook);
}

Result<Appointment> AppointmentService::resize(const QString& id, qint64 rowVersion, int minutes,
                                               const Overbook& overbook)
{
    if (minutes < 5 || minutes > 720)
        return makeError(ErrorCode::InvalidInput,
                         tr("The length must be 5 to 720 minutes (got %1).").arg(minutes),
                         QStringLiteral("duration_minutes"));
    return replace(
        id, rowVersion, QStringLiteral("resized"),
        [&](Appointment& a) { a.end = a.start.addSecs(qint64(minutes) * 60); }, overbook);
}

Result<Appointment> AppointmentService::changeStatus(const QString& permission, const QString& id,
                                                     qint64 rowVersion, AppointmentStatus status,
                                                     const QString& action,
                                                     const QString& reason)
{
    const CalendarContext& ctx = m_engine.context();
    FD_TRY(ctx.access->require(permission));
    auto tx = ctx.db.beginNestable();
    FD_TRY(tx);
    auto before = forChange(tx.value()->connection(), id, rowVersion);
    FD_TRY(before);
    const AppointmentStatus from = before->status;
    if (!holdsTime(from))
        return makeError(ErrorCode::InvalidInput,
                         tr("The appointment is already %1.").arg(statusId(from)),
                         QStringLiteral("status"));
    if (from == AppointmentStatus::CheckedOut)
        return makeError(ErrorCode::InvalidInput, tr("The patient has already checked out."),
                         QStringLiteral("status"));
    if (holdsTime(status) && flowRank(status) <= flowRank(from))
        return makeError(ErrorCode::InvalidInput,
                         tr("The status goes forward only: %1 cannot become %2.")
                             .arg(statusId(from), statusId(status)),
                         QStringLiteral("status"));
    if (status == AppointmentStatus::NoShow) {
        if (flowRank(from) >= flowRank(AppointmentStatus::Arrived))
            return makeError(ErrorCode::InvalidInput, tr("The patient has arrived."),
                             QStringLiteral("status"));
        if (before->start > ctx.now())
            return makeError(ErrorCode::InvalidInput,
                             tr("An appointment that has not started cannot be a no-show."),
                             QStringLiteral("status"));
    }
    Appointment after = before.value();
    after.status = status;
    after.statusAt = ctx.now();
    if (status == AppointmentStatus::Cancelled)
        after.cancelReason = reason;
    auto zone = m_engine.zoneOf(after.locationId);
    FD_TRY(zone);
    auto written =
        m_engine.writeFields(*tx.value(), after, after.start.toTimeZone(zone.value()).date());
    FD_TRY(written);
    FD_TRY(m_engine.addHistory(*tx.value(),
                               m_engine.historyOf(action, before.value(), written.value(), reason)));
    FD_TRY(tx.value()->commit());
    return written;
}

Result<Appointment> AppointmentService::cancel(const QString& id, qint64 rowVersion,
                                               const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A cancellation needs its reason."),
                         QStringLiteral("reason"));
    return changeStatus(perm::kCancel, id, rowVersion, AppointmentStatus::Cancelled,
                        QStringLiteral("cancelled"), reason.trimmed());
}

Result<Appointment> AppointmentService::markNoShow(const QString& id, qint64 rowVersion)
{
    return changeStatus(perm::kCancel, id, rowVersion, AppointmentStatus::NoShow,
                        QStringLiteral("no_show"), {});
}

Result<Appointment> AppointmentService::setStatus(const QString& id, qint64 rowVersion,
                                                  AppointmentStatus status)
{
    if (!holdsTime(status))
        return makeError(ErrorCode::InvalidInput,
                         tr("Use cancel or no-show for %1.").arg(statusId(status)),
                         QStringLiteral("status"));
    return changeStatus(perm::kFlow, id, rowVersion, status, QStringLiteral("status"), {});
}

Result<Appointment> AppointmentService::reschedule(const QString& id, qint64 rowVersion,
                                                   const BookingRequest& replacement)
{
    const CalendarContext& ctx = m_engine.context();
    FD_TRY(ctx.access->require(perm::kBook));
    FD_TRY(ctx.access->require(perm::kCancel));
    auto tx = ctx.db.beginNestable();
    FD_TRY(tx);
    auto before = forChange(tx.value()->connection(), id, rowVersion);
    FD_TRY(before);
    if (!stillMovable(before->status))
        return makeError(ErrorCode::InvalidInput,
                         tr("Only scheduled or confirmed appointments can be rescheduled."),
                         QStringLiteral("status"));
    BookingRequest r = replacement;
    if (r.patientId.isEmpty())
        r.patientId = before->patientId;
    if (r.patientId != before->patientId)
        return makeError(ErrorCode::InvalidInput,
                         tr("A reschedule keeps the patient of the appointment."),
                         QStringLiteral("patient_id"));
    if (r.typeId.isEmpty())
        r.typeId = before->typeId;
    if (r.providerId.isEmpty())
        r.providerId = before->providerId;
    if (r.locationId.isEmpty())
        r.locationId = before->locationId;
    auto booked = bookIn(*tx.value(), r, before->id, before->id);
    FD_TRY(booked);
    Appointment old = before.value();
    old.status = AppointmentStatus::Cancelled;
    old.statusAt = ctx.now();
    old.cancelReason = tr("Rescheduled");
    old.rescheduledTo = booked->id;
    auto zone = m_engine.zoneOf(old.locationId);
    FD_TRY(zone);
    auto written =
        m_engine.writeFields(*tx.value(), old, old.start.toTimeZone(zone.value()).date());
    FD_TRY(written);
    HistoryEntry h = m_engine.historyOf(QStringLiteral("rescheduled"), before.value(), written.value());
    h.relatedAppointmentId = booked->id;
    FD_TRY(m_engine.addHistory(*tx.value(), h));
    FD_TRY(tx.value()->commit());
    return booked;
}

Result<std::vector<HistoryEntry>> AppointmentService::history(const QString& appointmentId)
{
    FD_TRY(m_engine.context().access->require(perm::kView));
    auto q = storage::exec(
        m_engine.context().db.connection(),
        QStringLiteral("SELECT id, appointment_id, at, user_id, action, from_start, from_end, "
                       "from_provider_id, from_status, to_start, to_end, to_provider_id, "
                       "to_status, reason, related_appointment_id FROM "
                       "calendar_appointment_history WHERE appointment_id = ? ORDER BY at, "
                       "rowid"),
        {appointmentId});
    FD_TRY(q);
    std::vector<HistoryEntry> out;
    while (q->next()) {
        HistoryEntry h;
        h.id = q->value(0).toString();
        h.appointmentId = q->value(1).toString();
        h.at = instantFromText(q->value(2).toString());
        h.userId = q->value(3).toString();
        h.action = q->value(4).toString();
        h.fromStart = instantFromText(q->value(5).toString());
        h.fromEnd = instantFromText(q->value(6).toString());
        h.fromProviderId = q->value(7).toString();
        h.fromStatus = q->value(8).toString();
        h.toStart = instantFromText(q->value(9).toString());
        h.toEnd = instantFromText(q->value(10).toString());
        h.toProviderId = q->value(11).toString();
        h.toStatus = q->value(12).toString();
        h.reason = q->value(13).toString();
        h.relatedAppointmentId = q->value(14).toString();
        out.push_back(h);
    }
    return out;
}

Result<std::vector<FoundSlot>> AppointmentService::findSlots(const SlotSearch& search)
{
    CalendarContext ctx = m_engine.context();
    FD_TRY(ctx.access->require(perm::kView));
    const SlotQuery& q = search.query;
    if (!q.from.isValid() || !q.to.isValid() || q.to < q.from)
        return makeError(ErrorCode::InvalidInput, tr("Give the search a date range (from before to)."),
                         QStringLiteral("from"));
    if (q.from.daysTo(q.to) > 366)
        return makeError(ErrorCode::InvalidInput, tr("Search at most a year at a time."),
                         QStringLiteral("to"));
    const QSqlDatabase db = ctx.db.connection();
    auto type = m_engine.resolveType(db, search.typeId);
    FD_TRY(type);
    auto data = loadScheduleData(ctx, db, q.from, q.to);
    FD_TRY(data);
    BusyIndex busy;
    FD_TRY(loadBusy(db, q.from, q.to, busy));
    SlotQuery query = q;
    if (!search.patientId.isEmpty() && type->patientRule != PatientRule::Any) {
        auto established = isEstablished(db, search.patientId, ctx.now());
        FD_TRY(established);
        query.patientEstablished = established.value();
    }
    return SlotFinder(data.value(), busy).find(type.value(), query, ctx.now().toSecsSinceEpoch());
}

}  // namespace fd::calendar
