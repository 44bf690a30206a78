// The flow board, status moves and check-out with the follow-up booking.
#include "calendar/core/frontdesk_service.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/frontdesk_permissions.h"

#include <QHash>

#include <algorithm>

namespace fd::calendar {

Result<QDate> FrontDeskService::localDay(const Appointment& a, const QDateTime& at) const
{
    auto zone = m_ctx.locations->timeZoneOf(a.locationId);
    FD_TRY(zone);
    return at.toTimeZone(zone.value()).date();
}

QHash<QString, patients::PatientName> FrontDeskService::namesOf(const QStringList& ids) const
{
    // One read of the day's names; the registry decides who may see a restricted patient's
    // and audits each patient named. Without patients.read every patient is hidden.
    QHash<QString, patients::PatientName> out;
    if (auto named = m_ctx.patients->names(ids))
        for (patients::PatientName& n : named.value())
            out.insert(n.id, std::move(n));
    return out;
}

void FrontDeskService::setPatient(FlowRow& row, const patients::PatientName& name)
{
    if (name.id.isEmpty() || name.hidden) {
        row.patientHidden = true;
        row.patientName = tr("(not available to you)");
    } else {
        row.patientName = name.displayName;
        row.accountNumber = name.accountNumber;
    }
}

Result<std::vector<FlowRow>> FrontDeskService::board(const FlowQuery& query)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    if (!query.date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The flow board needs a date."),
                         QStringLiteral("date"));
    auto locations = m_ctx.locations->list();
    FD_TRY(locations);
    QHash<QString, practice::Location> byId;
    for (const practice::Location& l : locations.value())
        byId.insert(l.id, l);
    if (!query.locationId.isEmpty() && !byId.contains(query.locationId))
        return makeError(ErrorCode::InvalidInput, tr("No location %1.").arg(query.locationId),
                         QStringLiteral("location"));
    if (!query.providerId.isEmpty() && !m_ctx.providers->find(query.providerId))
        return makeError(ErrorCode::InvalidInput, tr("No provider %1.").arg(query.providerId),
                         QStringLiteral("provider"));
    // A local day's appointments start within 14 hours of its UTC midnight.
    AppointmentFilter filter;
    filter.from = QDateTime(query.date, QTime(0, 0), Qt::UTC).addSecs(-14 * 3600);
    filter.to = QDateTime(query.date.addDays(1), QTime(0, 0), Qt::UTC).addSecs(14 * 3600);
    filter.providerId = query.providerId;
    filter.locationId = query.locationId;
    filter.includeCancelled = query.includeCancelled;
    auto list = m_src.appointments->list(filter);
    FD_TRY(list);
    auto types = m_src.admin->types(true);
    FD_TRY(types);
    QHash<QString, AppointmentType> typeById;
    for (const AppointmentType& t : types.value())
        typeById.insert(t.id, t);

    QHash<QString, QString> providerNames;
    std::vector<const Appointment*> today;
    QStringList patientIds;
    for (const Appointment& a : list.value()) {
        const QTimeZone zone(byId.value(a.locationId).timeZone.toUtf8());
        if (a.start.toTimeZone(zone).date() != query.date)
            continue;
        today.push_back(&a);
        patientIds << a.patientId;
    }
    const QHash<QString, patients::PatientName> patientNames = namesOf(patientIds);
    const QDateTime now = m_ctx.now();
    std::vector<FlowRow> rows;
    for (const Appointment* appointment : today) {
        const Appointment& a = *appointment;
        const QTimeZone zone(byId.value(a.locationId).timeZone.toUtf8());
        FlowRow row;
        row.appointment = a;
        row.localStart = a.start.toTimeZone(zone);
        row.localEnd = a.end.toTimeZone(zone);
        row.locationName = byId.value(a.locationId).name;
        const AppointmentType type = typeById.value(a.typeId);
        row.typeCode = type.code;
        row.typeName = type.name;
        row.typeColor = type.color;
        if (!providerNames.contains(a.providerId)) {
            auto p = m_ctx.providers->find(a.providerId);
            providerNames.insert(a.providerId, p ? p->displayName() : a.providerId);
        }
        row.providerName = providerNames.value(a.providerId);
        setPatient(row, patientNames.value(a.patientId));
        auto history = m_src.appointments->history(a.id);
        FD_TRY(history);
        row.times = statusTimesOf(a, history.value());
        row.wait = waitFiguresOf(a, row.times, now);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const FlowRow& x, const FlowRow& y) {
        if (x.appointment.start != y.appointment.start)
            return x.appointment.start < y.appointment.start;
        return x.providerName < y.providerName;
    });
    return rows;
}

void FrontDeskService::refreshWaits(std::vector<FlowRow>& rows) const
{
    const QDateTime now = m_ctx.now();
    for (FlowRow& row : rows)
        row.wait = waitFiguresOf(row.appointment, row.times, now);
}

Result<Appointment> FrontDeskService::advance(const QString& appointmentId,
                                              AppointmentStatus status)
{
    auto a = m_src.appointments->get(appointmentId);
    FD_TRY(a);
    if (status == AppointmentStatus::NoShow)
        return m_src.appointments->markNoShow(a->id, a->rowVersion);
    if (status == AppointmentStatus::Cancelled)
        return makeError(ErrorCode::InvalidInput,
                         tr("Cancelling needs a reason: cancel the appointment in the calendar."),
                         QStringLiteral("status"));
    return m_src.appointments->setStatus(a->id, a->rowVersion, status);
}

Result<AppointmentType> FrontDeskService::followUpType(const Appointment& visit,
                                                       const FollowUpRequest& request) const
{
    const QString wanted = request.typeId.isEmpty() ? visit.typeId : request.typeId;
    auto type = m_src.admin->type(wanted);
    if (!type)
        return makeError(ErrorCode::InvalidInput,
                         tr("No appointment type %1 for the follow-up.").arg(wanted),
                         QStringLiteral("type"));
    return type;
}

Result<FollowUpProposal> FrontDeskService::proposeFollowUp(const QString& appointmentId,
                                                           const FollowUpRequest& request)
{
    FD_TRY(m_ctx.access->require(perm::kCheckOut));
    if (!request.interval.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("The follow-up interval must be a number of days, weeks or months "
                            "(for example 2w or 3m)."),
                         QStringLiteral("interval"));
    if (request.limit < 1 || request.limit > 50 || request.searchDays < 0 ||
        request.searchDays > 366)
        return makeError(ErrorCode::InvalidInput,
                         tr("Ask for 1 to 50 slots within a year of the target date."),
                         QStringLiteral("limit"));
    auto visit = m_src.appointments->get(appointmentId);
    FD_TRY(visit);
    auto type = followUpType(visit.value(), request);
    FD_TRY(type);
    auto day = localDay(visit.value(), visit->start);
    FD_TRY(day);
    FollowUpProposal out;
    out.target = request.interval.after(day.value());
    out.typeId = type->id;
    SlotSearch search;
    search.typeId = type->id;
    search.patientId = visit->patientId;
    search.query.providerIds = {request.providerId.isEmpty() ? visit->providerId
                                                             : request.providerId};
    search.query.locationId = request.locationId.isEmpty() ? visit->locationId : request.locationId;
    search.query.dayParts = request.dayParts;
    search.query.from = out.target;
    search.query.to = out.target.addDays(request.searchDays);
    search.query.limit = request.limit;
    auto found = m_src.appointments->findSlots(search);
    FD_TRY(found);
    out.found = std::move(found.value());
    return out;
}

Result<CheckOutResult> FrontDeskService::checkOut(const QString& appointmentId,
                                                  const FollowUpRequest& request,
                                                  const std::optional<FoundSlot>& slot)
{
    FD_TRY(m_ctx.access->require(perm::kCheckOut));
    FD_TRY(m_ctx.access->require(perm::kFlow));
    if (slot)
        FD_TRY(m_ctx.access->require(perm::kBook));
    auto visit = m_src.appointments->get(appointmentId);
    FD_TRY(visit);
    if (!holdsTime(visit->status))
        return makeError(ErrorCode::InvalidInput,
                         tr("A cancelled or missed appointment cannot be checked out."),
                         QStringLiteral("status"));
    CheckOutResult out;
    // The follow-up and the check-out in one transaction: when the slot was taken meanwhile,
    // or the visit changed, nothing changes.
    auto tx = m_ctx.db.beginNestable();
    FD_TRY(tx);
    if (slot) {
        auto type = followUpType(visit.value(), request);
        FD_TRY(type);
        BookingRequest booking;
        booking.patientId = visit->patientId;
        booking.providerId = slot->providerId;
        booking.locationId = slot->locationId;
        booking.typeId = type->id;
        booking.start = utcFromSecs(slot->utc.start);
        booking.resourceIds = slot->resourceIds;
        auto booked = m_src.appointments->book(booking);
        FD_TRY(booked);
        out.followUp = booked.value();
    }
    if (visit->status == AppointmentStatus::CheckedOut) {
        out.visit = visit.value();
    } else {
        auto done = m_src.appointments->setStatus(visit->id, visit->rowVersion,
                                                  AppointmentStatus::CheckedOut);
        FD_TRY(done);
        out.visit = done.value();
    }
    FD_TRY(tx.value()->commit());
    return out;
}

}  // namespace fd::calendar
