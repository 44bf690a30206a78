// The booking rules: schedule, overlaps, resources, daily maximum, lead time, patient rule.
#include "calendar/core/booking_rules.h"

#include "calendar/core/calendar_text.h"

#include <QSet>

#include <algorithm>

namespace fd::calendar {

namespace {

bool overlapsAny(const std::vector<Interval>& list, const Interval& span)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const Interval& i) { return i.overlaps(span); });
}

// Whether `span` is covered by the union of the (sorted, possibly touching) intervals.
bool covered(std::vector<Interval> list, const Interval& span)
{
    std::sort(list.begin(), list.end(),
              [](const Interval& a, const Interval& b) { return a.start < b.start; });
    qint64 reached = span.start;
    for (const Interval& i : list) {
        if (i.start > reached)
            break;
        reached = std::max(reached, i.end);
        if (reached >= span.end)
            return true;
    }
    return reached >= span.end;
}

Conflict conflict(ConflictCode code)
{
    return {code, conflictMessage(code), {}, {}};
}

bool resourceMatches(const practice::LocationResource& r, const ResourceNeed& need)
{
    return r.active && r.kind.compare(need.kind, Qt::CaseInsensitive) == 0 &&
           (need.name.isEmpty() || r.name.compare(need.name, Qt::CaseInsensitive) == 0);
}

}  // namespace

QString conflictId(ConflictCode code)
{
    switch (code) {
        case ConflictCode::OutsideHours:
            return QStringLiteral("outside_hours");
        case ConflictCode::InBlock:
            return QStringLiteral("in_block");
        case ConflictCode::Holiday:
            return QStringLiteral("holiday");
        case ConflictCode::ProviderClosed:
            return QStringLiteral("provider_closed");
        case ConflictCode::ProviderBusy:
            return QStringLiteral("provider_busy");
        case ConflictCode::ResourceBusy:
            return QStringLiteral("resource_busy");
        case ConflictCode::ResourceMissing:
            return QStringLiteral("resource_missing");
        case ConflictCode::MaxPerDay:
            return QStringLiteral("max_per_day");
        case ConflictCode::LeadTime:
            return QStringLiteral("lead_time");
        case ConflictCode::NotNewPatient:
            return QStringLiteral("not_new_patient");
        case ConflictCode::NotEstablishedPatient:
            return QStringLiteral("not_established_patient");
        case ConflictCode::ProviderNotAllowed:
            return QStringLiteral("provider_not_allowed");
    }
    return {};
}

QString conflictMessage(ConflictCode code)
{
    switch (code) {
        case ConflictCode::OutsideHours:
            return tr("The time is outside the provider's working hours at this location.");
        case ConflictCode::InBlock:
            return tr("The time falls in a lunch or admin block of the provider's schedule.");
        case ConflictCode::Holiday:
            return tr("The practice is closed that day (holiday).");
        case ConflictCode::ProviderClosed:
            return tr("The provider's schedule is closed at that time that day.");
        case ConflictCode::ProviderBusy:
            return tr("The provider has another appointment at that time.");
        case ConflictCode::ResourceBusy:
            return tr("A room or piece of equipment the visit needs is booked at that time.");
        case ConflictCode::ResourceMissing:
            return tr("The location has no room or equipment of the kind the visit needs.");
        case ConflictCode::MaxPerDay:
            return tr("The provider already has the most appointments of this type allowed "
                      "that day.");
        case ConflictCode::LeadTime:
            return tr("The appointment starts too soon: this type must be booked further "
                      "ahead.");
        case ConflictCode::NotNewPatient:
            return tr("This appointment type is for new patients, and the patient has been "
                      "seen before.");
        case ConflictCode::NotEstablishedPatient:
            return tr("This appointment type is for established patients, and the patient "
                      "has not been seen yet.");
        case ConflictCode::ProviderNotAllowed:
            return tr("The provider does not see patients for this appointment type.");
    }
    return {};
}

bool overbookable(ConflictCode code)
{
    switch (code) {
        case ConflictCode::ResourceMissing:
        case ConflictCode::NotNewPatient:
        case ConflictCode::NotEstablishedPatient:
        case ConflictCode::ProviderNotAllowed:
            return false;
        default:
            return true;
    }
}

bool BookingVerdict::canOverbook() const
{
    return std::all_of(conflicts.begin(), conflicts.end(),
                       [](const Conflict& c) { return overbookable(c.code); });
}

bool BookingVerdict::has(ConflictCode code) const
{
    return std::any_of(conflicts.begin(), conflicts.end(),
                       [code](const Conflict& c) { return c.code == code; });
}

QStringList BookingVerdict::codes() const
{
    QStringList ids;
    for (const Conflict& c : conflicts)
        ids << conflictId(c.code);
    return ids;
}

std::vector<Conflict> scheduleConflicts(const DaySchedule& day, const QTimeZone& zone,
                                        const Interval& span)
{
    const auto open = openIntervals(day, zone);
    for (const Interval& i : open)
        if (i.contains(span))
            return {};
    std::vector<Conflict> out;
    const auto blocks = blockIntervals(day, zone);
    const auto closed = closedIntervals(day, zone);
    if (day.holiday)
        out.push_back(conflict(ConflictCode::Holiday));
    if (overlapsAny(closed, span))
        out.push_back(conflict(ConflictCode::ProviderClosed));
    if (overlapsAny(blocks, span) && !day.holiday)
        out.push_back(conflict(ConflictCode::InBlock));
    std::vector<Interval> known = open;
    known.insert(known.end(), blocks.begin(), blocks.end());
    known.insert(known.end(), closed.begin(), closed.end());
    if (!day.holiday && (out.empty() || !covered(known, span)))
        out.insert(out.begin(), conflict(ConflictCode::OutsideHours));
    return out;
}

BookingVerdict chooseResources(const std::vector<ResourceNeed>& needs,
                               const QList<practice::LocationResource>& available,
                               const QStringList& requested, const BusyIndex& busy,
                               const QDate& localDate, const Interval& span,
                               const QString& ignoreId)
{
    BookingVerdict verdict;
    auto busyWith = [&](const QString& id) {
        return busy.resourceOverlap(id, localDate, span, ignoreId);
    };
    if (!requested.isEmpty()) {
        for (const QString& id : requested) {
            const bool known = std::any_of(available.begin(), available.end(),
                                           [&](const auto& r) { return r.id == id && r.active; });
            Conflict c = conflict(known ? ConflictCode::ResourceBusy : ConflictCode::ResourceMissing);
            c.resourceId = id;
            if (!known) {
                verdict.conflicts.push_back(c);
                continue;
            }
            if (const BusyEntry* other = busyWith(id)) {
                c.otherAppointmentId = other->appointmentId;
                verdict.conflicts.push_back(c);
            }
            verdict.resourceIds << id;
        }
        return verdict;
    }
    QSet<QString> taken;
    for (const ResourceNeed& need : needs) {
        const practice::LocationResource* firstBusy = nullptr;
        const BusyEntry* firstBusyWith = nullptr;
        const practice::LocationResource* chosen = nullptr;
        for (const auto& r : available) {
            if (!resourceMatches(r, need) || taken.contains(r.id))
                continue;
            if (const BusyEntry* other = busyWith(r.id)) {
                if (!firstBusy) {
                    firstBusy = &r;
                    firstBusyWith = other;
                }
                continue;
            }
            chosen = &r;
            break;
        }
        if (!chosen && firstBusy) {
            chosen = firstBusy;
            Conflict c = conflict(ConflictCode::ResourceBusy);
            c.resourceId = firstBusy->id;
            c.otherAppointmentId = firstBusyWith->appointmentId;
            verdict.conflicts.push_back(c);
        }
        if (!chosen) {
            Conflict c = conflict(ConflictCode::ResourceMissing);
            c.resourceId = need.name.isEmpty() ? need.kind : need.kind + QLatin1Char(':') + need.name;
            verdict.conflicts.push_back(c);
            continue;
        }
        taken.insert(chosen->id);
        verdict.resourceIds << chosen->id;
    }
    return verdict;
}

BookingVerdict checkBooking(const BookingCheck& check)
{
    Q_ASSERT(check.type && check.busy && (check.day || !check.checkSchedule));
    const AppointmentType& type = *check.type;
    std::vector<Conflict> found;
    if (check.checkSchedule)
        found = scheduleConflicts(*check.day, check.zone, check.span);
    if (const BusyEntry* other = check.busy->providerOverlap(check.providerId, check.localDate,
                                                             check.span, check.appointmentId)) {
        Conflict c = conflict(ConflictCode::ProviderBusy);
        c.otherAppointmentId = other->appointmentId;
        found.push_back(c);
    }
    BookingVerdict resources =
        chooseResources(type.resources, check.locationResources, check.requestedResourceIds,
                        *check.busy, check.localDate, check.span, check.appointmentId);
    found.insert(found.end(), resources.conflicts.begin(), resources.conflicts.end());
    if (type.maxPerDay > 0 &&
        check.busy->countOfType(check.providerId, check.localDate, type.id,
                                check.appointmentId) >= type.maxPerDay)
        found.push_back(conflict(ConflictCode::MaxPerDay));
    if (check.checkLeadTime && check.span.start < check.now + qint64(type.leadTimeMinutes) * 60)
        found.push_back(conflict(ConflictCode::LeadTime));
    if (check.patientEstablished.has_value()) {
        if (type.patientRule == PatientRule::NewOnly && *check.patientEstablished)
            found.push_back(conflict(ConflictCode::NotNewPatient));
        if (type.patientRule == PatientRule::EstablishedOnly && !*check.patientEstablished)
            found.push_back(conflict(ConflictCode::NotEstablishedPatient));
    }
    if (!type.allowsProvider(check.providerId))
        found.push_back(conflict(ConflictCode::ProviderNotAllowed));
    std::stable_sort(found.begin(), found.end(),
                     [](const Conflict& a, const Conflict& b) { return a.code < b.code; });
    BookingVerdict verdict;
    verdict.resourceIds = resources.resourceIds;
    for (const Conflict& c : found)
        if (!verdict.has(c.code))
            verdict.conflicts.push_back(c);
    return verdict;
}

}  // namespace fd::calendar
