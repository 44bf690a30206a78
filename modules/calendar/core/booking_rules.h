#pragma once

#include "calendar/core/busy_index.h"
#include "calendar/core/calendar_types.h"
#include "calendar/core/schedule_rules.h"
#include "practice/core/practice_types.h"

#include <QList>
#include <QTimeZone>

#include <vector>

namespace fd::calendar {

// A bound on an appointment's length that range reads rely on: an appointment overlapping
// [from, to) starts after from minus this, so a read scans only the range's index entries,
// not every appointment before it. The services allow 5 to 720 minutes; the booking engine
// refuses anything beyond this bound whatever the path (series, sync).
inline constexpr qint64 kMaxAppointmentSecs = 24 * 3600;

// Why a time cannot be booked. Each has a stable id (the CLI's JSON, the audit trail) and a
// translated message; docs/CALENDAR.md lists them.
enum class ConflictCode {
    OutsideHours,           // outside_hours: not in the provider's hours at the location
    InBlock,                // in_block: in a lunch or admin block
    Holiday,                // holiday: the practice or location is closed that day
    ProviderClosed,         // provider_closed: a one-off change closed those hours
    ProviderBusy,           // provider_busy: overlaps another appointment of the provider
    ResourceBusy,           // resource_busy: a room or equipment is booked then
    ResourceMissing,        // resource_missing: the location has no such room or equipment
    MaxPerDay,              // max_per_day: the type's daily maximum for the provider is reached
    LeadTime,               // lead_time: too close to now (or in the past)
    NotNewPatient,          // not_new_patient: the type is for new patients
    NotEstablishedPatient,  // not_established_patient: the type is for established patients
    ProviderNotAllowed,     // provider_not_allowed: the provider does not do this type
};

QString conflictId(ConflictCode code);
QString conflictMessage(ConflictCode code);  // translated
// Whether an explicit overbook (permission and reason) may book over it. The type's own
// rules (who does it, for which patients) and a missing resource are never overbooked.
bool overbookable(ConflictCode code);

struct Conflict
{
    ConflictCode code = ConflictCode::OutsideHours;
    QString message;
    QString otherAppointmentId;  // provider_busy, resource_busy
    QString resourceId;          // resource_busy, resource_missing (the need's kind/name)
};

// Everything the rules look at for one candidate booking.
struct BookingCheck
{
    const AppointmentType* type = nullptr;
    QString providerId;
    QString appointmentId;  // when moving or resizing: the appointment itself is not in the way
    Interval span;
    QDate localDate;
    const DaySchedule* day = nullptr;
    QTimeZone zone;
    const BusyIndex* busy = nullptr;
    QList<practice::LocationResource> locationResources;
    QStringList requestedResourceIds;  // empty: chosen from the type's needs
    std::optional<bool> patientEstablished;  // unknown: the new/established rule is skipped
    qint64 now = 0;
    bool checkLeadTime = true;
    bool checkSchedule = true;  // false for candidates taken from the day's own slots
};

struct BookingVerdict
{
    std::vector<Conflict> conflicts;
    QStringList resourceIds;  // the rooms and equipment the booking takes

    bool clear() const { return conflicts.empty(); }
    bool canOverbook() const;
    bool has(ConflictCode code) const;
    QStringList codes() const;
};

// Applies every rule; lists each conflict once, in the order of ConflictCode.
BookingVerdict checkBooking(const BookingCheck& check);

// The schedule rules alone: whether `span` lies in the day's open hours, and if not, why.
std::vector<Conflict> scheduleConflicts(const DaySchedule& day, const QTimeZone& zone,
                                        const Interval& span);

// Rooms and equipment for the type's needs (or the ones requested): free ones first; a need
// no free item meets takes a busy one and adds resource_busy; one nothing at the location
// meets adds resource_missing.
BookingVerdict chooseResources(const std::vector<ResourceNeed>& needs,
                               const QList<practice::LocationResource>& available,
                               const QStringList& requested, const BusyIndex& busy,
                               const QDate& localDate, const Interval& span,
                               const QString& ignoreId);

}  // namespace fd::calendar
