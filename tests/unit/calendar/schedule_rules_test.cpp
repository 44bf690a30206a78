// Provider days from templates (blocks, alternating weeks, effective dates), holidays and
// one-off changes; slots in wall-clock time across daylight-saving changes.
#include "calendar/core/schedule_rules.h"
#include "rules_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::calendar;
using namespace fd::calendar::test;

namespace {

const QString kDoc = QStringLiteral("doc");
const QString kMain = QStringLiteral("main");

QStringList localStarts(const std::vector<Slot>& found)
{
    QStringList out;
    for (const Slot& s : found)
        out << s.localStart.toString(QStringLiteral("HH:mm"));
    return out;
}

QStringList utcStarts(const std::vector<Slot>& found)
{
    QStringList out;
    for (const Slot& s : found)
        out << utcFromSecs(s.utc.start).toString(QStringLiteral("HH:mm"));
    return out;
}

}  // namespace

TEST_CASE("A weekday template gives the hours less lunch; other days are closed",
          "[calendar][rules]")
{
    const std::vector<ScheduleTemplate> templates{weekTemplate(kDoc, kMain)};
    const DaySchedule monday = daySchedule(templates, {}, {}, kDoc, kMain, QDate(2025, 3, 10));
    REQUIRE(monday.open.size() == 2);
    CHECK(monday.open[0] == MinuteRange{8 * 60, 12 * 60});
    CHECK(monday.open[1] == MinuteRange{13 * 60, 17 * 60});
    REQUIRE(monday.blocks.size() == 1);
    CHECK(monday.blocks[0].kind == BlockKind::Lunch);
    CHECK_FALSE(daySchedule(templates, {}, {}, kDoc, kMain, QDate(2025, 3, 15)).isOpen());
    // Another provider or location has nothing from this template.
    CHECK_FALSE(daySchedule(templates, {}, {}, QStringLiteral("other"), kMain, QDate(2025, 3, 10))
                    .isOpen());
    CHECK_FALSE(daySchedule(templates, {}, {}, kDoc, QStringLiteral("north"), QDate(2025, 3, 10))
                    .isOpen());
}

TEST_CASE("Admin blocks and several ranges on one day", "[calendar][rules]")
{
    ScheduleTemplate t = weekTemplate(kDoc, kMain);
    t.blocks.push_back({1, WeekParity::Every, hm(16), hm(17), BlockKind::Admin,
                        QStringLiteral("Charts")});
    t.hours.push_back({1, WeekParity::Every, hm(18), hm(20)});
    const DaySchedule d = daySchedule({t}, {}, {}, kDoc, kMain, QDate(2025, 3, 10));
    REQUIRE(d.open.size() == 3);
    CHECK(d.open[1] == MinuteRange{13 * 60, 16 * 60});
    CHECK(d.open[2] == MinuteRange{18 * 60, 20 * 60});
    CHECK(d.blocks.size() == 2);
}

TEST_CASE("Effective dates bound a template; a new template takes over", "[calendar][rules]")
{
    ScheduleTemplate old = weekTemplate(kDoc, kMain, hm(8), hm(17));
    old.effectiveTo = QDate(2025, 3, 31);
    ScheduleTemplate next = weekTemplate(kDoc, kMain, hm(9), hm(15), false);
    next.effectiveFrom = QDate(2025, 4, 1);
    const std::vector<ScheduleTemplate> both{old, next};
    const auto march = daySchedule(both, {}, {}, kDoc, kMain, QDate(2025, 3, 31));
    REQUIRE_FALSE(march.open.empty());
    CHECK(march.open.front().start == 8 * 60);
    const auto april = daySchedule(both, {}, {}, kDoc, kMain, QDate(2025, 4, 1));
    REQUIRE(april.open.size() == 1);
    CHECK(april.open.front() == MinuteRange{9 * 60, 15 * 60});
    CHECK_FALSE(daySchedule({old}, {}, {}, kDoc, kMain, QDate(2024, 12, 30)).isOpen());
}

TEST_CASE("Alternating weeks count from the anchor's week, both ways", "[calendar][rules]")
{
    const QDate anchor(2025, 3, 5);  // a Wednesday: its week (from Monday 3 March) is week A
    CHECK(weekOf(anchor, QDate(2025, 3, 3)) == WeekParity::WeekA);
    CHECK(weekOf(anchor, QDate(2025, 3, 9)) == WeekParity::WeekA);
    CHECK(weekOf(anchor, QDate(2025, 3, 10)) == WeekParity::WeekB);
    CHECK(weekOf(anchor, QDate(2025, 3, 17)) == WeekParity::WeekA);
    CHECK(weekOf(anchor, QDate(2025, 2, 24)) == WeekParity::WeekB);
    CHECK(weekOf(anchor, QDate(2025, 2, 17)) == WeekParity::WeekA);

    ScheduleTemplate t = weekTemplate(kDoc, kMain, hm(8), hm(12), false, {});
    t.anchorDate = anchor;
    t.hours.push_back({1, WeekParity::WeekA, hm(8), hm(12)});
    t.hours.push_back({1, WeekParity::WeekB, hm(13), hm(17)});
    CHECK(t.alternating());
    const auto a = daySchedule({t}, {}, {}, kDoc, kMain, QDate(2025, 3, 17));
    REQUIRE(a.open.size() == 1);
    CHECK(a.open[0] == MinuteRange{8 * 60, 12 * 60});
    const auto b = daySchedule({t}, {}, {}, kDoc, kMain, QDate(2025, 3, 24));
    REQUIRE(b.open.size() == 1);
    CHECK(b.open[0] == MinuteRange{13 * 60, 17 * 60});
}

TEST_CASE("Holidays close the practice or one location; extra hours still apply",
          "[calendar][rules]")
{
    const std::vector<ScheduleTemplate> templates{weekTemplate(kDoc, kMain),
                                                  weekTemplate(kDoc, QStringLiteral("north"))};
    const QDate memorial(2025, 5, 26);
    const std::vector<Holiday> holidays{{{}, 0, memorial, QStringLiteral("Memorial Day"), {}},
                                        {{}, 0, QDate(2025, 5, 27), QStringLiteral("Inventory"),
                                         QStringLiteral("north")}};
    const auto closed = daySchedule(templates, holidays, {}, kDoc, kMain, memorial);
    CHECK(closed.holiday);
    CHECK(closed.holidayName == QStringLiteral("Memorial Day"));
    CHECK_FALSE(closed.isOpen());
    CHECK(daySchedule(templates, holidays, {}, kDoc, kMain, QDate(2025, 5, 27)).isOpen());
    CHECK_FALSE(
        daySchedule(templates, holidays, {}, kDoc, QStringLiteral("north"), QDate(2025, 5, 27))
            .isOpen());

    ScheduleChange extra;
    extra.providerId = kDoc;
    extra.locationId = kMain;
    extra.date = memorial;
    extra.kind = ChangeKind::ExtraHours;
    extra.start = hm(9);
    extra.end = hm(11);
    const auto covered = daySchedule(templates, holidays, {extra}, kDoc, kMain, memorial);
    REQUIRE(covered.open.size() == 1);
    CHECK(covered.open[0] == MinuteRange{9 * 60, 11 * 60});
}

TEST_CASE("One-off changes add hours or close hours (a whole day when no times)",
          "[calendar][rules]")
{
    const std::vector<ScheduleTemplate> templates{weekTemplate(kDoc, kMain)};
    const QDate day(2025, 3, 12);
    ScheduleChange extra{{}, 0, kDoc, kMain, day, ChangeKind::ExtraHours, hm(17), hm(19), {}};
    ScheduleChange closed{{}, 0, kDoc, {}, day, ChangeKind::Closed, hm(9), hm(10), {}};
    const auto d = daySchedule(templates, {}, {extra, closed}, kDoc, kMain, day);
    REQUIRE(d.open.size() == 3);
    CHECK(d.open[0] == MinuteRange{8 * 60, 9 * 60});
    CHECK(d.open[1] == MinuteRange{10 * 60, 12 * 60});
    CHECK(d.open[2] == MinuteRange{13 * 60, 19 * 60});  // 13-17 and the extra 17-19 join
    REQUIRE(d.closed.size() == 1);

    ScheduleChange away{{}, 0, kDoc, {}, day, ChangeKind::Closed, {}, {}, QStringLiteral("CME")};
    CHECK(away.wholeDay());
    CHECK_FALSE(daySchedule(templates, {}, {extra, away}, kDoc, kMain, day).isOpen());
    // Another provider's change does nothing here.
    away.providerId = QStringLiteral("other");
    CHECK(daySchedule(templates, {}, {away}, kDoc, kMain, day).isOpen());
}

TEST_CASE("Slots step by the template's slot length and fit the visit in the range",
          "[calendar][rules]")
{
    const std::vector<ScheduleTemplate> templates{weekTemplate(kDoc, kMain, hm(8), hm(10), false)};
    const auto day = daySchedule(templates, {}, {}, kDoc, kMain, QDate(2025, 3, 10));
    const auto thirty = generateSlots(day, newYork(), 30);
    CHECK(localStarts(thirty) == QStringList{QStringLiteral("08:00"), QStringLiteral("08:15"),
                                             QStringLiteral("08:30"), QStringLiteral("08:45"),
                                             QStringLiteral("09:00"), QStringLiteral("09:15"),
                                             QStringLiteral("09:30")});
    CHECK(generateSlots(day, newYork(), 30, 60).size() == 2);
    CHECK(generateSlots(day, newYork(), 150).empty());
    CHECK(thirty.front().utc == Interval{utcSecs(2025, 3, 10, 12), utcSecs(2025, 3, 10, 12, 30)});
    CHECK(thirty.front().part == kMorning);
}

TEST_CASE("An 8:00-17:00 day keeps its local times across daylight-saving changes",
          "[calendar][rules][dst]")
{
    struct Case
    {
        QTimeZone zone;
        QDate date;
        int utcHourOf8am;
    };
    // Sundays: the US changes clocks at 2:00 on a Sunday.
    const std::vector<Case> cases{
        {newYork(), QDate(2025, 3, 2), 13},      // EST, the week before
        {newYork(), QDate(2025, 3, 9), 12},      // spring forward: EDT
        {newYork(), QDate(2025, 11, 2), 13},     // fall back: EST
        {losAngeles(), QDate(2025, 3, 9), 15},   // PDT
        {losAngeles(), QDate(2025, 11, 2), 16},  // PST
    };
    const std::vector<ScheduleTemplate> templates{
        weekTemplate(kDoc, kMain, hm(8), hm(17), true, {7})};
    for (const Case& c : cases) {
        INFO(c.zone.id().toStdString() << " " << c.date.toString(Qt::ISODate).toStdString());
        REQUIRE(c.zone.isValid());
        const auto day = daySchedule(templates, {}, {}, kDoc, kMain, c.date);
        const auto found = generateSlots(day, c.zone, 15);
        REQUIRE(found.size() == 32);  // 8 hours less lunch, every 15 minutes
        CHECK(found.front().localStart == hm(8));
        CHECK(found.back().localStart == hm(16, 45));
        CHECK(found.front().utc.start == utcSecs(c.date.year(), c.date.month(), c.date.day(),
                                                 c.utcHourOf8am));
        CHECK(found.back().utc.end == utcSecs(c.date.year(), c.date.month(), c.date.day(),
                                              c.utcHourOf8am) + 9 * 3600);
        const auto open = openIntervals(day, c.zone);
        REQUIRE(open.size() == 2);
        CHECK(open[0].seconds() == 4 * 3600);
    }
}

TEST_CASE("The skipped hour has no slots and the repeated hour gives each start once",
          "[calendar][rules][dst]")
{
    const std::vector<ScheduleTemplate> night{
        weekTemplate(kDoc, kMain, hm(0), hm(4), false, {7})};
    SECTION("spring forward in New York")
    {
        const QDate day(2025, 3, 9);
        CHECK_FALSE(localToUtc(day, hm(2, 30), newYork()).has_value());
        CHECK(localToUtc(day, hm(3), newYork()) == utcSecs(2025, 3, 9, 7));
        CHECK(localMinuteToUtc(day, 2 * 60 + 30, newYork()) == utcSecs(2025, 3, 9, 7));
        const auto found =
            generateSlots(daySchedule(night, {}, {}, kDoc, kMain, day), newYork(), 30, 30);
        CHECK(localStarts(found) == QStringList{QStringLiteral("00:00"), QStringLiteral("00:30"),
                                                QStringLiteral("01:00"), QStringLiteral("01:30"),
                                                QStringLiteral("03:00"), QStringLiteral("03:30")});
        CHECK(utcStarts(found) == QStringList{QStringLiteral("05:00"), QStringLiteral("05:30"),
                                              QStringLiteral("06:00"), QStringLiteral("06:30"),
                                              QStringLiteral("07:00"), QStringLiteral("07:30")});
    }
    SECTION("fall back in New York")
    {
        const QDate day(2025, 11, 2);
        // 1:30 happens twice; the first (EDT) is taken.
        CHECK(localToUtc(day, hm(1, 30), newYork()) == utcSecs(2025, 11, 2, 5, 30));
        const auto found =
            generateSlots(daySchedule(night, {}, {}, kDoc, kMain, day), newYork(), 30, 30);
        CHECK(localStarts(found).size() == 8);
        CHECK(utcStarts(found) == QStringList{QStringLiteral("04:00"), QStringLiteral("04:30"),
                                              QStringLiteral("05:00"), QStringLiteral("05:30"),
                                              QStringLiteral("07:00"), QStringLiteral("07:30"),
                                              QStringLiteral("08:00"), QStringLiteral("08:30")});
        QSet<qint64> starts;
        for (const Slot& s : found)
            starts.insert(s.utc.start);
        CHECK(starts.size() == 8);
        // The night is five hours long in UTC.
        const auto open = openIntervals(daySchedule(night, {}, {}, kDoc, kMain, day), newYork());
        REQUIRE(open.size() == 1);
        CHECK(open[0].seconds() == 5 * 3600);
    }
    SECTION("spring forward in Los Angeles")
    {
        const QDate day(2025, 3, 9);
        CHECK_FALSE(localToUtc(day, hm(2), losAngeles()).has_value());
        const auto found =
            generateSlots(daySchedule(night, {}, {}, kDoc, kMain, day), losAngeles(), 60, 60);
        CHECK(localStarts(found) == QStringList{QStringLiteral("00:00"), QStringLiteral("01:00"),
                                                QStringLiteral("03:00")});
        CHECK(utcStarts(found) == QStringList{QStringLiteral("08:00"), QStringLiteral("09:00"),
                                              QStringLiteral("10:00")});
    }
}

TEST_CASE("Slots over a date range skip closed days", "[calendar][rules]")
{
    const std::vector<ScheduleTemplate> templates{weekTemplate(kDoc, kMain, hm(8), hm(9), false)};
    const std::vector<Holiday> holidays{{{}, 0, QDate(2025, 3, 12), QStringLiteral("Closed"), {}}};
    const auto found = generateSlots(templates, holidays, {}, kDoc, kMain, newYork(),
                                     QDate(2025, 3, 10), QDate(2025, 3, 16), 15);
    CHECK(found.size() == 16);  // Mon, Tue, Thu, Fri x 4
    for (const Slot& s : found)
        CHECK(s.date != QDate(2025, 3, 12));
}

TEST_CASE("Day parts, ids and minute-range arithmetic", "[calendar][rules]")
{
    CHECK(dayPartOf(hm(11, 59)) == kMorning);
    CHECK(dayPartOf(hm(12)) == kAfternoon);
    CHECK(dayPartOf(hm(17)) == kEvening);
    CHECK(dayPartsId(kMorning | kEvening) == QStringLiteral("morning,evening"));
    CHECK(dayPartsId(kAnyDayPart).isEmpty());
    CHECK(dayPartsFromId(QStringLiteral("afternoon, morning")) == (kMorning | kAfternoon));
    CHECK_FALSE(dayPartsFromId(QStringLiteral("noon")).has_value());
    CHECK(unite({{60, 120}, {100, 200}, {300, 400}, {200, 250}}) ==
          std::vector<MinuteRange>{{60, 250}, {300, 400}});
    CHECK(subtract({{0, 100}}, {20, 30}) == std::vector<MinuteRange>{{0, 20}, {30, 100}});
    CHECK(subtract({{0, 100}}, {0, 100}).empty());
    CHECK(subtract({{0, 100}}, {100, 200}) == std::vector<MinuteRange>{{0, 100}});
    for (auto s : {AppointmentStatus::Scheduled, AppointmentStatus::Confirmed,
                   AppointmentStatus::Arrived, AppointmentStatus::Roomed,
                   AppointmentStatus::WithProvider, AppointmentStatus::CheckedOut,
                   AppointmentStatus::Cancelled, AppointmentStatus::NoShow})
        CHECK(statusFromId(statusId(s)) == s);
    CHECK_FALSE(statusFromId(QStringLiteral("gone")).has_value());
    CHECK_FALSE(holdsTime(AppointmentStatus::Cancelled));
    CHECK(holdsTime(AppointmentStatus::Arrived));
}
