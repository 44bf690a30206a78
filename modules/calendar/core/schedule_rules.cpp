// Working days from templates, holidays and one-off changes; found in wall-clock time.
#include "calendar/core/schedule_rules.h"

#include <algorithm>

namespace fd::calendar {

namespace {

constexpr qint64 kHalfDay = 12 * 3600;
constexpr int kDayMinutes = 24 * 60;

qint64 naiveSecs(const QDate& date, int minute)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(minute) * 60;
}

int offsetAt(const QTimeZone& zone, qint64 utcSecs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

// Local minutes of one date to UTC. Days without a change of offset (all but two a year)
// take one subtraction per minute; the two others test both offsets around the change.
class DayClock
{
public:
    DayClock(const QDate& date, const QTimeZone& zone) : m_date(date), m_zone(zone)
    {
        const qint64 midnight = naiveSecs(date, 0);
        m_before = offsetAt(zone, midnight - kHalfDay);
        m_after = offsetAt(zone, midnight + kDayMinutes * 60 + kHalfDay);
    }

    std::optional<qint64> at(int minute) const
    {
        const qint64 naive = naiveSecs(m_date, minute);
        if (m_before == m_after)
            return naive - m_before;
        std::optional<qint64> first;
        for (int offset : {m_before, m_after}) {
            const qint64 utc = naive - offset;
            if (offsetAt(m_zone, utc) == offset && (!first || utc < *first))
                first = utc;
        }
        return first;
    }

    qint64 atOrAfter(int minute) const
    {
        for (int m = minute; m < minute + 24 * 60; ++m)
            if (auto utc = at(m))
                return *utc;
        return naiveSecs(m_date, minute) - m_after;  // unreachable for real zones
    }

private:
    QDate m_date;
    const QTimeZone& m_zone;
    int m_before = 0;
    int m_after = 0;
};

bool parityMatches(WeekParity lineWeeks, const ScheduleTemplate& t, const QDate& date)
{
    if (lineWeeks == WeekParity::Every)
        return true;
    const QDate anchor = t.anchorDate.isValid() ? t.anchorDate : t.effectiveFrom;
    return anchor.isValid() && weekOf(anchor, date) == lineWeeks;
}

std::vector<Interval> toUtc(const QDate& date, const std::vector<MinuteRange>& ranges,
                            const QTimeZone& zone)
{
    const DayClock clock(date, zone);
    std::vector<Interval> out;
    out.reserve(ranges.size());
    for (const MinuteRange& r : ranges) {
        Interval i{clock.atOrAfter(r.start), clock.atOrAfter(r.end)};
        if (!i.isEmpty())
            out.push_back(i);
    }
    return out;
}

}  // namespace

int minuteOf(const QTime& time)
{
    return time.isValid() ? time.hour() * 60 + time.minute() : 0;
}

std::optional<qint64> localToUtc(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    return DayClock(date, zone).at(minuteOf(time));
}

qint64 localMinuteToUtc(const QDate& date, int minute, const QTimeZone& zone)
{
    return DayClock(date, zone).atOrAfter(minute);
}

WeekParity weekOf(const QDate& anchor, const QDate& date)
{
    const QDate mondayA = anchor.addDays(1 - anchor.dayOfWeek());
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    const qint64 weeks = mondayA.daysTo(monday) / 7;
    return (weeks % 2 == 0) ? WeekParity::WeekA : WeekParity::WeekB;
}

std::vector<MinuteRange> unite(std::vector<MinuteRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const MinuteRange& a, const MinuteRange& b) { return a.start < b.start; });
    std::vector<MinuteRange> out;
    for (const MinuteRange& r : ranges) {
        if (r.end <= r.start)
            continue;
        if (!out.empty() && r.start <= out.back().end)
            out.back().end = std::max(out.back().end, r.end);
        else
            out.push_back(r);
    }
    return out;
}

std::vector<MinuteRange> subtract(const std::vector<MinuteRange>& ranges, const MinuteRange& cut)
{
    std::vector<MinuteRange> out;
    for (const MinuteRange& r : ranges) {
        if (cut.end <= r.start || r.end <= cut.start) {
            out.push_back(r);
            continue;
        }
        if (r.start < cut.start)
            out.push_back({r.start, cut.start});
        if (cut.end < r.end)
            out.push_back({cut.end, r.end});
    }
    return out;
}

DaySchedule daySchedule(const std::vector<ScheduleTemplate>& templates,
                        const std::vector<Holiday>& holidays,
                        const std::vector<ScheduleChange>& changes, const QString& providerId,
                        const QString& locationId, const QDate& date)
{
    DaySchedule day;
    day.date = date;
    for (const Holiday& h : holidays)
        if (h.date == date && (h.locationId.isEmpty() || h.locationId == locationId)) {
            day.holiday = true;
            day.holidayName = h.name;
        }
    std::vector<MinuteRange> open;
    bool slotSet = false;
    for (const ScheduleTemplate& t : templates) {
        if (t.providerId != providerId || t.locationId != locationId || !t.appliesOn(date))
            continue;
        if (!slotSet && t.slotMinutes > 0) {
            day.slotMinutes = t.slotMinutes;
            slotSet = true;
        }
        for (const WeeklyHours& h : t.hours)
            if (h.weekday == date.dayOfWeek() && parityMatches(h.weeks, t, date))
                open.push_back({minuteOf(h.start), minuteOf(h.end)});
        for (const WeeklyBlock& b : t.blocks)
            if (b.weekday == date.dayOfWeek() && parityMatches(b.weeks, t, date))
                day.blocks.push_back({{minuteOf(b.start), minuteOf(b.end)}, b.kind, b.label});
    }
    open = unite(std::move(open));
    for (const DayBlock& b : day.blocks)
        open = subtract(open, b.minutes);
    if (day.holiday)
        open.clear();
    for (const ScheduleChange& c : changes)
        if (c.providerId == providerId && c.date == date && c.kind == ChangeKind::ExtraHours &&
            c.locationId == locationId)
            open.push_back({minuteOf(c.start), minuteOf(c.end)});
    open = unite(std::move(open));
    for (const ScheduleChange& c : changes) {
        if (c.providerId != providerId || c.date != date || c.kind != ChangeKind::Closed)
            continue;
        if (!c.locationId.isEmpty() && c.locationId != locationId)
            continue;
        const MinuteRange cut =
            c.wholeDay() ? MinuteRange{0, kDayMinutes} : MinuteRange{minuteOf(c.start), minuteOf(c.end)};
        day.closed.push_back(cut);
        open = subtract(open, cut);
    }
    day.open = std::move(open);
    return day;
}

std::vector<Interval> openIntervals(const DaySchedule& day, const QTimeZone& zone)
{
    return toUtc(day.date, day.open, zone);
}

std::vector<Interval> blockIntervals(const DaySchedule& day, const QTimeZone& zone)
{
    std::vector<MinuteRange> ranges;
    for (const DayBlock& b : day.blocks)
        ranges.push_back(b.minutes);
    return toUtc(day.date, ranges, zone);
}

std::vector<Interval> closedIntervals(const DaySchedule& day, const QTimeZone& zone)
{
    return toUtc(day.date, day.closed, zone);
}

std::vector<Slot> generateSlots(const DaySchedule& day, const QTimeZone& zone,
                                int durationMinutes, int stepMinutes)
{
    std::vector<Slot> found;
    const int step = stepMinutes > 0 ? stepMinutes : std::max(day.slotMinutes, 5);
    if (durationMinutes <= 0)
        return found;
    const DayClock clock(day.date, zone);
    for (const MinuteRange& r : day.open) {
        const qint64 rangeEnd = clock.atOrAfter(r.end);
        for (int m = r.start; m + durationMinutes <= r.end; m += step) {
            const auto start = clock.at(m);
            if (!start)
                continue;  // the skipped hour
            const qint64 end = *start + qint64(durationMinutes) * 60;
            if (end > rangeEnd)
                continue;
            const QTime local(m / 60, m % 60);
            found.push_back({{*start, end}, day.date, local, dayPartOf(local)});
        }
    }
    return found;
}

std::vector<Slot> generateSlots(const std::vector<ScheduleTemplate>& templates,
                                const std::vector<Holiday>& holidays,
                                const std::vector<ScheduleChange>& changes,
                                const QString& providerId, const QString& locationId,
                                const QTimeZone& zone, const QDate& from, const QDate& to,
                                int durationMinutes)
{
    std::vector<Slot> found;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const DaySchedule day =
            daySchedule(templates, holidays, changes, providerId, locationId, d);
        auto some = generateSlots(day, zone, durationMinutes);
        found.insert(found.end(), some.begin(), some.end());
    }
    return found;
}

}  // namespace fd::calendar
