#pragma once

#include "calendar/core/booking_rules.h"
#include "calendar/core/recurrence.h"
#include "calendar/core/slot_finder.h"
#include "calendar/core/waitlist_matcher.h"
#include "common/result.h"

#include <vector>

namespace fd::calendar {

// Templates, holidays, one-off changes and appointment types. Reads need calendar.view,
// changes calendar.templates; every change is one transaction, synced and audited with the
// prior values.
class IScheduleAdmin
{
public:
    virtual ~IScheduleAdmin() = default;
    virtual Result<std::vector<AppointmentType>> types(bool includeInactive = false) = 0;
    virtual Result<AppointmentType> type(const QString& idOrCode) = 0;
    virtual Result<AppointmentType> saveType(const AppointmentType& type) = 0;

    virtual Result<std::vector<ScheduleTemplate>> templates(const QString& providerId = {}) = 0;
    virtual Result<ScheduleTemplate> saveTemplate(const ScheduleTemplate& schedule) = 0;
    virtual Status removeTemplate(const QString& id, qint64 rowVersion) = 0;

    virtual Result<std::vector<Holiday>> holidays(const QDate& from, const QDate& to) = 0;
    virtual Result<Holiday> saveHoliday(const Holiday& holiday) = 0;
    virtual Status removeHoliday(const QString& id, qint64 rowVersion) = 0;

    virtual Result<std::vector<ScheduleChange>> changes(const QDate& from, const QDate& to) = 0;
    virtual Result<ScheduleChange> saveChange(const ScheduleChange& change) = 0;
    virtual Status removeChange(const QString& id, qint64 rowVersion) = 0;

    // A provider's day at a location as the rules see it.
    virtual Result<DaySchedule> day(const QString& providerId, const QString& locationId,
                                    const QDate& date) = 0;
};

// An explicit overbook: books over the conflicts that allow it (booking_rules.h), needs
// calendar.overbook and a reason; the appointment is flagged and the audit entry lists what
// it was booked over.
struct Overbook
{
    bool requested = false;
    QString reason;
};

struct BookingRequest
{
    QString patientId;
    QString providerId;
    QString locationId;  // empty: the provider's only location with a template
    QString typeId;      // id or code
    QDateTime start;     // UTC
    int durationMinutes = 0;  // 0: the type's
    QString reason;           // empty: the type's visit reason
    QString note;
    QStringList resourceIds;  // empty: chosen from the type's needs
    Overbook overbook;
};

struct AppointmentFilter
{
    QDateTime from;  // UTC, inclusive
    QDateTime to;    // UTC, exclusive
    QString providerId;
    QString locationId;
    QString patientId;
    bool includeCancelled = true;  // cancelled and no-show
};

struct HistoryEntry
{
    QString id;
    QString appointmentId;
    QDateTime at;
    QString userId;
    QString action;  // booked, moved, resized, cancelled, no_show, status, rescheduled, merged
    QDateTime fromStart;
    QDateTime fromEnd;
    QString fromProviderId;
    QString fromStatus;
    QDateTime toStart;
    QDateTime toEnd;
    QString toProviderId;
    QString toStatus;
    QString reason;
    QString relatedAppointmentId;
};

struct SlotSearch
{
    QString typeId;  // id or code
    SlotQuery query;
    QString patientId;  // when set, the type's new/established rule is applied
};

// Booking and the day's flow. Reads need calendar.view; book, move, resize and reschedule
// calendar.book; cancel and no-show calendar.cancel; the flow statuses calendar.flow. A
// conflict refuses the change with ErrorCode::Conflict, the reason codes comma-separated in
// Error::details. Each change is one transaction with its history row, outbox and audit.
class IAppointmentService
{
public:
    virtual ~IAppointmentService() = default;
    // What booking would meet, without booking (no permission beyond calendar.view).
    virtual Result<BookingVerdict> check(const BookingRequest& request) = 0;
    virtual Result<Appointment> book(const BookingRequest& request) = 0;
    virtual Result<Appointment> get(const QString& id) = 0;
    virtual Result<std::vector<Appointment>> list(const AppointmentFilter& filter) = 0;
    // Another time, provider and/or location (empty: unchanged); the length stays.
    virtual Result<Appointment> move(const QString& id, qint64 rowVersion, const QDateTime& start,
                                     const QString& providerId = {},
                                     const QString& locationId = {},
                                     const Overbook& overbook = {}) = 0;
    virtual Result<Appointment> resize(const QString& id, qint64 rowVersion, int minutes,
                                       const Overbook& overbook = {}) = 0;
    virtual Result<Appointment> cancel(const QString& id, qint64 rowVersion,
                                       const QString& reason) = 0;
    virtual Result<Appointment> markNoShow(const QString& id, qint64 rowVersion) = 0;
    // scheduled -> confirmed -> arrived -> roomed -> with_provider -> checked_out, forward
    // only (a step may be skipped); cancelled and no-show have their own calls.
    virtual Result<Appointment> setStatus(const QString& id, qint64 rowVersion,
                                          AppointmentStatus status) = 0;
    // Books `replacement` and cancels the old appointment as rescheduled, the two linked in
    // their history; returns the new appointment.
    virtual Result<Appointment> reschedule(const QString& id, qint64 rowVersion,
                                           const BookingRequest& replacement) = 0;
    virtual Result<std::vector<HistoryEntry>> history(const QString& appointmentId) = 0;
    // Find first available over the stored schedules and appointments.
    virtual Result<std::vector<FoundSlot>> findSlots(const SlotSearch& search) = 0;
};

struct SeriesRequest
{
    BookingRequest first;  // the first occurrence
    RecurrenceRule rule;
    // Occurrences that meet a conflict are left out (and listed) instead of refusing the
    // whole series.
    bool skipConflicts = false;
};

enum class SeriesScope { One, ThisAndFollowing, All };

struct SeriesChange
{
    std::optional<QTime> localStart;  // a new wall-clock start
    std::optional<int> dayShift;      // days to move each occurrence by
    QString providerId;               // empty: unchanged
    std::optional<int> durationMinutes;
    bool cancel = false;
    QString cancelReason;
};

struct SeriesResult
{
    QString seriesId;
    std::vector<Appointment> booked;   // made or changed
    std::vector<QDate> skipped;        // left out for a conflict
    std::vector<QStringList> skippedCodes;
};

// Recurring appointments. Needs calendar.book (calendar.cancel to cancel occurrences).
// Occurrences are booked as appointments of the series; editing one makes it an exception,
// "this and following" ends the series before the occurrence and starts a new one from it,
// "all" changes every occurrence from today on that has not been checked in.
class ISeriesService
{
public:
    virtual ~ISeriesService() = default;
    virtual Result<SeriesResult> create(const SeriesRequest& request) = 0;
    virtual Result<SeriesResult> edit(const QString& seriesId, const QDate& occurrenceDate,
                                      SeriesScope scope, const SeriesChange& change) = 0;
    virtual Result<std::vector<Appointment>> occurrences(const QString& seriesId) = 0;
};

// The ASAP list. Needs calendar.waitlist (matching: calendar.view).
class IWaitlistService
{
public:
    virtual ~IWaitlistService() = default;
    virtual Result<WaitlistEntry> add(const WaitlistEntry& entry) = 0;
    virtual Status remove(const QString& id, qint64 rowVersion, const QString& reason) = 0;
    // Takes the entry off the list as booked into `appointmentId`.
    virtual Status markBooked(const QString& id, qint64 rowVersion,
                              const QString& appointmentId) = 0;
    virtual Result<std::vector<WaitlistEntry>> waiting() = 0;
    virtual Result<std::vector<WaitlistMatch>> match(const OpenedSlot& slot) = 0;
    // The slot a cancelled or no-show appointment left, matched.
    virtual Result<std::vector<WaitlistMatch>> matchFreed(const QString& appointmentId) = 0;
};

}  // namespace fd::calendar
