// Recurrence: weekly, every N weeks, monthly by n-th or last weekday, with exceptions.
#include "calendar/core/recurrence.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::calendar;

namespace {

QStringList iso(const std::vector<QDate>& dates)
{
    QStringList out;
    for (const QDate& d : dates)
        out << d.toString(Qt::ISODate);
    return out;
}

QStringList iso(const std::vector<Occurrence>& list)
{
    QStringList out;
    for (const Occurrence& o : list)
        out << o.date.toString(Qt::ISODate) + QLatin1Char(' ') +
                   o.time.toString(QStringLiteral("HH:mm"));
    return out;
}

}  // namespace

TEST_CASE("Weekly on the first date's weekday, with a count", "[calendar][recurrence]")
{
    RecurrenceRule rule;
    rule.count = 4;
    const QDate first(2025, 3, 11);  // Tuesday
    REQUIRE(validateRule(rule, first).ok());
    CHECK(iso(ruleDates(rule, first, QDate(2025, 1, 1), QDate(2025, 12, 31))) ==
          QStringList{"2025-03-11", "2025-03-18", "2025-03-25", "2025-04-01"});
    // The count runs from the first date, whatever the window.
    CHECK(iso(ruleDates(rule, first, QDate(2025, 3, 20), QDate(2025, 12, 31))) ==
          QStringList{"2025-03-25", "2025-04-01"});
}

TEST_CASE("Every two weeks on two weekdays until a date", "[calendar][recurrence]")
{
    RecurrenceRule rule;
    rule.interval = 2;
    rule.weekdays = {4, 1};  // Thursday and Monday, in any order
    rule.until = QDate(2025, 4, 3);
    const QDate first(2025, 3, 6);  // a Thursday: that week's Monday is before the series
    REQUIRE(validateRule(rule, first).ok());
    CHECK(iso(ruleDates(rule, first, QDate(2025, 1, 1), QDate(2025, 12, 31))) ==
          QStringList{"2025-03-06", "2025-03-17", "2025-03-20", "2025-03-31", "2025-04-03"});
}

TEST_CASE("Monthly on the n-th weekday and on the last weekday", "[calendar][recurrence]")
{
    CHECK(nthWeekday(2025, 3, 2, 2) == QDate(2025, 3, 11));   // 2nd Tuesday
    CHECK(nthWeekday(2025, 3, 5, -1) == QDate(2025, 3, 28));  // last Friday
    CHECK(nthWeekday(2025, 3, 1, 5) == QDate(2025, 3, 31));   // 5th Monday
    CHECK_FALSE(nthWeekday(2025, 4, 1, 5).isValid());         // April has four Mondays
    CHECK(nthWeekday(2025, 2, 6, -1) == QDate(2025, 2, 22));

    RecurrenceRule second;
    second.kind = RecurrenceKind::MonthlyByWeekday;
    second.count = 3;
    CHECK(iso(ruleDates(second, QDate(2025, 3, 11), QDate(2025, 1, 1), QDate(2026, 1, 1))) ==
          QStringList{"2025-03-11", "2025-04-08", "2025-05-13"});

    RecurrenceRule last;
    last.kind = RecurrenceKind::MonthlyByWeekday;
    last.weekOfMonth = -1;
    last.weekday = 5;
    last.interval = 2;
    last.until = QDate(2025, 9, 30);
    CHECK(iso(ruleDates(last, QDate(2025, 3, 1), QDate(2025, 1, 1), QDate(2026, 1, 1))) ==
          QStringList{"2025-03-28", "2025-05-30", "2025-07-25", "2025-09-26"});

    // A first date in the last week of the month means "last".
    RecurrenceRule derived;
    derived.kind = RecurrenceKind::MonthlyByWeekday;
    derived.count = 2;
    CHECK(iso(ruleDates(derived, QDate(2025, 3, 31), QDate(2025, 1, 1), QDate(2026, 1, 1))) ==
          QStringList{"2025-03-31", "2025-04-28"});

    // The 5th Monday skips months that have none, and the count does not run meanwhile.
    RecurrenceRule fifth;
    fifth.kind = RecurrenceKind::MonthlyByWeekday;
    fifth.weekOfMonth = 5;
    fifth.weekday = 1;
    fifth.count = 2;
    CHECK(iso(ruleDates(fifth, QDate(2025, 3, 1), QDate(2025, 1, 1), QDate(2026, 1, 1))) ==
          QStringList{"2025-03-31", "2025-06-30"});
}

TEST_CASE("Exceptions skip or move occurrences, also into and out of the window",
          "[calendar][recurrence]")
{
    RecurrenceRule rule;
    rule.count = 6;
    const QDate first(2025, 3, 3);  // Mondays through 7 April
    const std::vector<OccurrenceException> exceptions{
        {QDate(2025, 3, 10), true, {}, {}},
        {QDate(2025, 3, 17), false, QDate(2025, 3, 19), QTime(14, 0)},
        {QDate(2025, 4, 7), false, QDate(2025, 3, 26), {}},  // moved into the window
        {QDate(2025, 3, 24), false, QDate(2025, 5, 1), QTime(9, 0)},  // moved out of it
        {QDate(2025, 3, 25), false, QDate(2025, 3, 27), {}},  // not an occurrence: ignored
    };
    const auto list =
        expand(rule, first, QTime(9, 30), exceptions, QDate(2025, 3, 1), QDate(2025, 3, 31));
    CHECK(iso(list) == QStringList{"2025-03-03 09:30", "2025-03-19 14:00", "2025-03-26 09:30",
                                   "2025-03-31 09:30"});
    REQUIRE(list.size() == 4);
    CHECK(list[1].moved);
    CHECK(list[1].originalDate == QDate(2025, 3, 17));
    CHECK_FALSE(list[3].moved);
    CHECK(list[2].originalDate == QDate(2025, 4, 7));
}

TEST_CASE("Bad rules are refused naming the field", "[calendar][recurrence]")
{
    const QDate first(2025, 3, 3);
    auto field = [&](RecurrenceRule r) {
        auto s = validateRule(r, first);
        return s.ok() ? QString() : s.error().details;
    };
    RecurrenceRule r;
    r.count = 3;
    r.interval = 0;
    CHECK(field(r) == QStringLiteral("interval"));
    r.interval = 1;
    r.weekdays = {8};
    CHECK(field(r) == QStringLiteral("weekdays"));
    r.weekdays = {};
    r.count = 0;
    CHECK(field(r) == QStringLiteral("until"));  // no end at all
    r.until = QDate(2025, 3, 1);
    CHECK(field(r) == QStringLiteral("until"));  // before the first date
    r.until = {};
    r.count = 10000;
    CHECK(field(r) == QStringLiteral("count"));
    r.count = 2;
    r.kind = RecurrenceKind::MonthlyByWeekday;
    r.weekOfMonth = 6;
    CHECK(field(r) == QStringLiteral("week_of_month"));
    r.weekOfMonth = -1;
    CHECK(field(r).isEmpty());
    CHECK(field(r) == QString());
    CHECK_FALSE(validateRule(r, QDate()).ok());
}
