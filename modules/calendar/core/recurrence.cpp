// Recurring appointments: weekly, every N weeks, monthly by n-th weekday; exceptions.
#include "calendar/core/recurrence.h"

#include "calendar/core/calendar_text.h"

#include <algorithm>

namespace fd::calendar {

namespace {

// A series longer than this is refused: it would be booked years ahead.
constexpr int kMaxOccurrences = 520;

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

int monthlyWeek(const RecurrenceRule& rule, const QDate& first)
{
    if (rule.weekOfMonth != 0)
        return rule.weekOfMonth;
    const int n = (first.day() - 1) / 7 + 1;
    return n == 5 ? -1 : n;
}

// Calls `take` with each date of the rule from the first date on, until it returns false.
template <typename Take>
void eachDate(const RecurrenceRule& rule, const QDate& first, Take take)
{
    int produced = 0;
    auto offer = [&](const QDate& d) {
        if (d < first || (rule.until.isValid() && d > rule.until))
            return rule.until.isValid() && d > rule.until ? false : true;
        if (rule.count > 0 && produced >= rule.count)
            return false;
        ++produced;
        return take(d) && produced < kMaxOccurrences;
    };
    const int interval = std::max(rule.interval, 1);
    if (rule.kind == RecurrenceKind::Weekly) {
        QList<int> days = rule.weekdays.isEmpty() ? QList<int>{first.dayOfWeek()} : rule.weekdays;
        std::sort(days.begin(), days.end());
        const QDate monday = first.addDays(1 - first.dayOfWeek());
        for (int week = 0; week < kMaxOccurrences * interval; week += interval)
            for (int wd : days)
                if (!offer(monday.addDays(qint64(week) * 7 + wd - 1)))
                    return;
        return;
    }
    const int weekday = rule.weekday != 0 ? rule.weekday : first.dayOfWeek();
    const int n = monthlyWeek(rule, first);
    for (int k = 0; k < kMaxOccurrences * interval; k += interval) {
        const QDate month = QDate(first.year(), first.month(), 1).addMonths(k);
        const QDate d = nthWeekday(month.year(), month.month(), weekday, n);
        if (d.isValid() && !offer(d))
            return;
    }
}

}  // namespace

QString recurrenceKindId(RecurrenceKind kind)
{
    return kind == RecurrenceKind::Weekly ? QStringLiteral("weekly") : QStringLiteral("monthly");
}

std::optional<RecurrenceKind> recurrenceKindFromId(const QString& id)
{
    if (id == QLatin1String("weekly"))
        return RecurrenceKind::Weekly;
    if (id == QLatin1String("monthly"))
        return RecurrenceKind::MonthlyByWeekday;
    return std::nullopt;
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || weekday < 1 || weekday > 7 || n == 0 || n < -1 || n > 5)
        return {};
    if (n == -1) {
        const QDate last(year, month, first.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const int day = 1 + (weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1);
    return day <= first.daysInMonth() ? QDate(year, month, day) : QDate();
}

Status validateRule(const RecurrenceRule& rule, const QDate& firstDate)
{
    if (!firstDate.isValid())
        return invalid(tr("A recurring appointment needs its first date."),
                       QStringLiteral("start"));
    if (rule.interval < 1 || rule.interval > 52)
        return invalid(tr("The repeat interval must be from 1 to 52 (got %1).").arg(rule.interval),
                       QStringLiteral("interval"));
    for (int wd : rule.weekdays)
        if (wd < 1 || wd > 7)
            return invalid(tr("Weekdays are 1 (Monday) to 7 (Sunday); got %1.").arg(wd),
                           QStringLiteral("weekdays"));
    if (rule.kind == RecurrenceKind::MonthlyByWeekday) {
        if (rule.weekOfMonth < -1 || rule.weekOfMonth > 5)
            return invalid(tr("The week of the month must be 1 to 5, or -1 for the last "
                              "(got %1).")
                               .arg(rule.weekOfMonth),
                           QStringLiteral("week_of_month"));
        if (rule.weekday < 0 || rule.weekday > 7)
            return invalid(tr("Weekdays are 1 (Monday) to 7 (Sunday); got %1.").arg(rule.weekday),
                           QStringLiteral("weekday"));
    }
    if (rule.until.isValid() && rule.until < firstDate)
        return invalid(tr("The series ends (%1) before its first date (%2).")
                           .arg(rule.until.toString(Qt::ISODate),
                                firstDate.toString(Qt::ISODate)),
                       QStringLiteral("until"));
    if (rule.count < 0 || rule.count > kMaxOccurrences)
        return invalid(tr("A series has from 1 to %1 occurrences (got %2).")
                           .arg(kMaxOccurrences)
                           .arg(rule.count),
                       QStringLiteral("count"));
    if (rule.count == 0 && !rule.until.isValid())
        return invalid(tr("A series needs an end: a last date or a number of occurrences."),
                       QStringLiteral("until"));
    return {};
}

std::vector<QDate> ruleDates(const RecurrenceRule& rule, const QDate& firstDate,
                             const QDate& from, const QDate& to)
{
    std::vector<QDate> out;
    eachDate(rule, firstDate, [&](const QDate& d) {
        if (d > to)
            return false;
        if (d >= from)
            out.push_back(d);
        return true;
    });
    return out;
}

std::vector<Occurrence> expand(const RecurrenceRule& rule, const QDate& firstDate,
                               const QTime& time,
                               const std::vector<OccurrenceException>& exceptions,
                               const QDate& from, const QDate& to)
{
    auto exceptionOf = [&](const QDate& d) -> const OccurrenceException* {
        for (const auto& e : exceptions)
            if (e.originalDate == d)
                return &e;
        return nullptr;
    };
    std::vector<Occurrence> out;
    for (const QDate& d : ruleDates(rule, firstDate, from, to))
        if (!exceptionOf(d))
            out.push_back({d, d, time, false});
    // Moved occurrences land where they were moved to, wherever the rule put them.
    for (const auto& e : exceptions) {
        if (e.skipped || !e.date.isValid() || e.date < from || e.date > to)
            continue;
        const auto original = ruleDates(rule, firstDate, e.originalDate, e.originalDate);
        if (original.empty())
            continue;
        out.push_back({e.originalDate, e.date, e.time.isValid() ? e.time : time, true});
    }
    std::sort(out.begin(), out.end(), [](const Occurrence& a, const Occurrence& b) {
        return a.date != b.date ? a.date < b.date : a.time < b.time;
    });
    return out;
}

}  // namespace fd::calendar
