#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace fd::calendar {

// A half-open span of time [start, end) in seconds since the epoch (UTC). The rules work on
// these: comparing integers is what makes find-first-available fast.
struct Interval
{
    qint64 start = 0;
    qint64 end = 0;

    bool isEmpty() const { return end <= start; }
    bool overlaps(const Interval& o) const { return start < o.end && o.start < end; }
    bool contains(const Interval& o) const { return start <= o.start && o.end <= end; }
    qint64 seconds() const { return end - start; }
    bool operator==(const Interval&) const = default;
};

Interval intervalOf(const QDateTime& start, const QDateTime& end);
QDateTime utcFromSecs(qint64 secs);

// Parts of a day by the local time a slot starts: morning before 12:00, afternoon before
// 17:00, evening after. As flags so a waitlist entry or a search can ask for several.
enum DayPart : int { kMorning = 1, kAfternoon = 2, kEvening = 4, kAnyDayPart = 7 };
DayPart dayPartOf(const QTime& localStart);
QString dayPartsId(int parts);                      // "morning,evening"; "" for any
std::optional<int> dayPartsFromId(const QString&);  // inverse; nullopt on an unknown word

// What breaks a provider's working hours.
enum class BlockKind { Lunch, Admin };
QString blockKindId(BlockKind kind);  // lunch | admin
std::optional<BlockKind> blockKindFromId(const QString& id);

// Which weeks of an alternating template a line applies to.
enum class WeekParity { Every, WeekA, WeekB };
QString weekParityId(WeekParity parity);  // every | a | b
std::optional<WeekParity> weekParityFromId(const QString& id);

// Working hours on one weekday, local time of the template's location.
struct WeeklyHours
{
    int weekday = 1;  // Qt::DayOfWeek, 1 Monday .. 7 Sunday
    WeekParity weeks = WeekParity::Every;
    QTime start;
    QTime end;
    bool operator==(const WeeklyHours&) const = default;
};

// A lunch or admin block inside the hours, local time.
struct WeeklyBlock
{
    int weekday = 1;
    WeekParity weeks = WeekParity::Every;
    QTime start;
    QTime end;
    BlockKind kind = BlockKind::Lunch;
    QString label;
    bool operator==(const WeeklyBlock&) const = default;
};

// When a provider works at a location, week by week, between effectiveFrom and effectiveTo
// (open-ended when null). Alternating templates count weeks from the Monday of the anchor
// date's week: that week is week A, the next week B, and so on.
struct ScheduleTemplate
{
    QString id;
    qint64 rowVersion = 0;
    QString providerId;
    QString locationId;
    QString name;
    QDate effectiveFrom;
    QDate effectiveTo;
    QDate anchorDate;  // only for alternating templates
    int slotMinutes = 15;
    std::vector<WeeklyHours> hours;
    std::vector<WeeklyBlock> blocks;

    bool alternating() const;
    bool appliesOn(const QDate& date) const;
};

// A day the practice (or one location) is closed.
struct Holiday
{
    QString id;
    qint64 rowVersion = 0;
    QDate date;
    QString name;
    QString locationId;  // empty: every location
};

// A one-off change to one provider's day: extra hours, or hours closed (a whole day when
// start and end are null).
enum class ChangeKind { ExtraHours, Closed };
QString changeKindId(ChangeKind kind);  // extra | closed
std::optional<ChangeKind> changeKindFromId(const QString& id);

struct ScheduleChange
{
    QString id;
    qint64 rowVersion = 0;
    QString providerId;
    QString locationId;  // where the extra hours are; for Closed, empty means everywhere
    QDate date;
    ChangeKind kind = ChangeKind::Closed;
    QTime start;
    QTime end;
    QString reason;

    bool wholeDay() const { return !start.isValid() && !end.isValid(); }
};

// Rooms and equipment an appointment type needs: a kind (room, equipment) and, when one
// particular item is needed, its name ("ECG cart"); an empty name takes any of the kind.
struct ResourceNeed
{
    QString kind;
    QString name;
    bool operator==(const ResourceNeed&) const = default;
};

enum class PatientRule { Any, NewOnly, EstablishedOnly };
QString patientRuleId(PatientRule rule);  // any | new | established
std::optional<PatientRule> patientRuleFromId(const QString& id);

struct AppointmentType
{
    QString id;
    qint64 rowVersion = 0;
    QString code;  // short, typed by people and the CLI: "NP60", "FU15"
    QString name;
    int durationMinutes = 15;
    QString color = QStringLiteral("#4a90d9");
    QStringList allowedProviderIds;  // empty: any provider
    std::vector<ResourceNeed> resources;
    PatientRule patientRule = PatientRule::Any;
    int leadTimeMinutes = 0;  // booking at least this long before the start
    int maxPerDay = 0;        // per provider and day; 0: no limit
    QString visitReason;      // the reason a booking of this type gets by default
    bool active = true;

    bool allowsProvider(const QString& providerId) const
    {
        return allowedProviderIds.isEmpty() || allowedProviderIds.contains(providerId);
    }
};

// The front desk's day, in order, then the two ends that free the slot.
enum class AppointmentStatus {
    Scheduled,
    Confirmed,
    Arrived,
    Roomed,
    WithProvider,
    CheckedOut,
    Cancelled,
    NoShow
};
QString statusId(AppointmentStatus status);  // scheduled, confirmed, arrived, roomed,
                                             // with_provider, checked_out, cancelled, no_show
std::optional<AppointmentStatus> statusFromId(const QString& id);
// Whether the appointment holds its time (cancelled and no-show ones do not).
bool holdsTime(AppointmentStatus status);

struct Appointment
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;
    QString providerId;
    QString locationId;
    QString typeId;
    QDateTime start;  // UTC
    QDateTime end;    // UTC
    AppointmentStatus status = AppointmentStatus::Scheduled;
    QString reason;  // the visit reason
    QStringList resourceIds;
    bool overbooked = false;
    QString overbookReason;
    QString seriesId;
    QDate occurrenceDate;  // in a series: the date the rule gave this occurrence
    bool seriesException = false;  // changed on its own: edits of the series leave it be
    QString cancelReason;
    QString rescheduledFrom;  // the appointment this one replaced
    QString rescheduledTo;    // the one that replaced this one
    QString note;
    QDateTime statusAt;  // when the status last changed (wait times on the flow board)
    QDateTime createdAt;
    QString createdBy;

    Interval interval() const { return intervalOf(start, end); }
};

}  // namespace fd::calendar
