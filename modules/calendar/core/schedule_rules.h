#pragma once

#include "calendar/core/calendar_types.h"

#include <QTimeZone>

#include <optional>
#include <vector>

namespace fd::calendar {

// The UTC instant (seconds since the epoch) of a wall-clock time at a location. nullopt when
// the time does not exist there (the hour skipped by a spring-forward change); a time that
// happens twice (the hour repeated by a fall-back change) gives its first occurrence.
std::optional<qint64> localToUtc(const QDate& date, const QTime& time, const QTimeZone& zone);
// The same for minutes after local midnight (1440 is the next midnight); a time that does
// not exist gives the first minute after it that does.
qint64 localMinuteToUtc(const QDate& date, int minute, const QTimeZone& zone);

// Which week of an alternating template `date` is in: the week (Monday to Sunday) of
// `anchor` is week A, the next one B, and so on in both directions.
WeekParity weekOf(const QDate& anchor, const QDate& date);

// Minutes after local midnight, [start, end).
struct MinuteRange
{
    int start = 0;
    int end = 0;
    bool operator==(const MinuteRange&) const = default;
};

struct DayBlock
{
    MinuteRange minutes;
    BlockKind kind = BlockKind::Lunch;
    QString label;
};

// One provider's day at one location, in the location's wall-clock time: what is open for
// booking after lunch and admin blocks, holidays and one-off changes.
struct DaySchedule
{
    QDate date;
    std::vector<MinuteRange> open;  // sorted, disjoint
    std::vector<DayBlock> blocks;   // the template's blocks that applied
    std::vector<MinuteRange> closed;  // hours a one-off change closed
    bool holiday = false;
    QString holidayName;
    int slotMinutes = 15;

    bool isOpen() const { return !open.empty(); }
};

// The day of `providerId` at `locationId` on `date` from the inputs (which may hold other
// providers' and locations' rows: they are skipped). Templates give the hours of the weekday
// (and week A/B) minus their blocks; a holiday of the practice or the location closes them;
// extra hours are added (also on a holiday: they are explicit); closed hours win over all.
DaySchedule daySchedule(const std::vector<ScheduleTemplate>& templates,
                        const std::vector<Holiday>& holidays,
                        const std::vector<ScheduleChange>& changes, const QString& providerId,
                        const QString& locationId, const QDate& date);

// The open hours of a day as UTC intervals.
std::vector<Interval> openIntervals(const DaySchedule& day, const QTimeZone& zone);
std::vector<Interval> blockIntervals(const DaySchedule& day, const QTimeZone& zone);
std::vector<Interval> closedIntervals(const DaySchedule& day, const QTimeZone& zone);

// A bookable start: the UTC interval and the wall-clock start it was made from.
struct Slot
{
    Interval utc;
    QDate date;
    QTime localStart;
    DayPart part = kMorning;
};

// Slots of `durationMinutes` every `stepMinutes` (the template's slot length when 0) from
// the start of each open range, in wall-clock time: a start in the hour a spring-forward
// skips is left out, and the hour a fall-back repeats gives each start once.
std::vector<Slot> generateSlots(const DaySchedule& day, const QTimeZone& zone,
                                int durationMinutes, int stepMinutes = 0);

// Slots over [from, to] (dates inclusive), day by day.
std::vector<Slot> generateSlots(const std::vector<ScheduleTemplate>& templates,
                                const std::vector<Holiday>& holidays,
                                const std::vector<ScheduleChange>& changes,
                                const QString& providerId, const QString& locationId,
                                const QTimeZone& zone, const QDate& from, const QDate& to,
                                int durationMinutes);

// Range arithmetic on sorted, disjoint minute ranges.
std::vector<MinuteRange> unite(std::vector<MinuteRange> ranges);
std::vector<MinuteRange> subtract(const std::vector<MinuteRange>& ranges, const MinuteRange& cut);

int minuteOf(const QTime& time);

}  // namespace fd::calendar
