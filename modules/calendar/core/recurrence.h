#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QTime>

#include <optional>
#include <vector>

namespace fd::calendar {

enum class RecurrenceKind { Weekly, MonthlyByWeekday };
QString recurrenceKindId(RecurrenceKind kind);  // weekly | monthly
std::optional<RecurrenceKind> recurrenceKindFromId(const QString& id);

// How a series repeats from its first date: every `interval` weeks on `weekdays`, or every
// `interval` months on the n-th (or last) weekday. It ends on `until` (inclusive) or after
// `count` occurrences; with neither it runs until the horizon it is expanded over.
struct RecurrenceRule
{
    RecurrenceKind kind = RecurrenceKind::Weekly;
    int interval = 1;
    QList<int> weekdays;  // weekly: Qt::DayOfWeek values; empty: the first date's weekday
    int weekOfMonth = 0;  // monthly: 1..5, or -1 for the last; 0: as the first date
    int weekday = 0;      // monthly: Qt::DayOfWeek; 0: the first date's
    QDate until;
    int count = 0;

    bool operator==(const RecurrenceRule&) const = default;
};

// An occurrence of a series that is skipped, or moved to another date and time.
struct OccurrenceException
{
    QDate originalDate;
    bool skipped = false;
    QDate date;  // where it moved (when not skipped)
    QTime time;
};

struct Occurrence
{
    QDate originalDate;  // the date the rule gives
    QDate date;          // the date it takes place
    QTime time;          // local wall-clock start
    bool moved = false;
};

// Bad rules get a message naming the field (interval, weekdays, week_of_month, until, count).
Status validateRule(const RecurrenceRule& rule, const QDate& firstDate);

// The rule's dates from `firstDate` that fall in [from, to], counting occurrences from the
// first date (so `count` ends the series wherever the window starts).
std::vector<QDate> ruleDates(const RecurrenceRule& rule, const QDate& firstDate,
                             const QDate& from, const QDate& to);

// The occurrences that take place in [from, to]: the rule's dates at `time`, less skipped
// ones, with moved ones at their new date and time (also those moved in from outside the
// window), by date and time.
std::vector<Occurrence> expand(const RecurrenceRule& rule, const QDate& firstDate,
                               const QTime& time,
                               const std::vector<OccurrenceException>& exceptions,
                               const QDate& from, const QDate& to);

// The n-th (1..5, or -1 for the last) `weekday` of a month; invalid when there is none.
QDate nthWeekday(int year, int month, int weekday, int n);

}  // namespace fd::calendar
