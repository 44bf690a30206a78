// The calendar's geometry as pure functions: time to pixels and back, snapping, lanes.
#include "calendar/ui/calendar_geometry.h"
#include "calendar/ui/calendar_layout.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::calendar::ui;

TEST_CASE("Minutes map to pixels and back at every zoom", "[calendar_ui]")
{
    for (int zoom : kZoomLevels) {
        TimeScale s{7 * 60, 19 * 60, zoom};
        INFO("zoom " << zoom);
        CHECK(s.minuteToY(7 * 60) == 0);
        CHECK(s.minuteToY(8 * 60) == rowHeightFor(zoom) * 60.0 / zoom);
        CHECK(s.yToMinute(s.minuteToY(10 * 60 + 30)) == 10 * 60 + 30);
        CHECK(s.minuteToY(5 * 60) == 0);     // clamped to the first visible minute
        CHECK(s.yToMinute(1e6) == 19 * 60);  // and to the last
        CHECK(s.rows() == 12 * 60 / zoom);
    }
    // Finer zooms give an hour more pixels.
    CHECK(TimeScale{0, 1440, 5}.pixelsPerMinute() > TimeScale{0, 1440, 15}.pixelsPerMinute());
    CHECK(TimeScale{0, 1440, 30}.pixelsPerMinute() > TimeScale{0, 1440, 60}.pixelsPerMinute());
}

TEST_CASE("Snapping rounds to the zoom step and zoom levels step in order", "[calendar_ui]")
{
    CHECK(snapMinute(607, 15) == 600);
    CHECK(snapMinute(608, 15) == 615);
    CHECK(snapMinute(614, 5) == 615);
    CHECK(snapMinuteDown(614, 15) == 600);
    CHECK(snapMinuteDown(-7, 15) == -15);
    CHECK(nextZoomLevel(15, +1) == 10);
    CHECK(nextZoomLevel(15, -1) == 20);
    CHECK(nextZoomLevel(5, +1) == 5);
    CHECK(nextZoomLevel(60, -1) == 60);
    CHECK_FALSE(isZoomLevel(25));
}

TEST_CASE("Overlapping items share lanes side by side; separate clusters start over",
          "[calendar_ui]")
{
    // 9:00-9:30, 9:15-9:45, 9:20-9:40 overlap pairwise: three lanes. 9:45-10:00 touches none
    // of them at its start (9:45 is the end of the second, exclusive): one lane of its own.
    const std::vector<Span> spans{{540, 570}, {555, 585}, {560, 580}, {585, 600}};
    const auto lanes = assignLanes(spans);
    REQUIRE(lanes.size() == 4);
    CHECK(lanes[0].lane == 0);
    CHECK(lanes[1].lane == 1);
    CHECK(lanes[2].lane == 2);
    CHECK(lanes[0].lanes == 3);
    CHECK(lanes[2].lanes == 3);
    CHECK(lanes[3].lane == 0);
    CHECK(lanes[3].lanes == 1);

    // A chain: A overlaps B, B overlaps C, A and C do not. C reuses A's lane; all get 2.
    const auto chain = assignLanes({{0, 30}, {20, 60}, {40, 70}});
    CHECK(chain[0].lane == 0);
    CHECK(chain[1].lane == 1);
    CHECK(chain[2].lane == 0);
    CHECK(chain[2].lanes == 2);

    // Input order does not matter.
    const auto reversed = assignLanes({{40, 70}, {20, 60}, {0, 30}});
    CHECK(reversed[2].lane == 0);
    CHECK(reversed[1].lane == 1);
    CHECK(reversed[0].lane == 0);
}

TEST_CASE("The grid layout files items under their column, sorted, and finds only those in view",
          "[calendar_ui]")
{
    const QDate day(2026, 11, 23);
    const auto at = [&](int h, int m) { return QDateTime(day, QTime(h, m), QTimeZone::utc()); };
    std::vector<CalendarColumn> columns{{QStringLiteral("p1"), day, QStringLiteral("A"), {}},
                                        {QStringLiteral("p2"), day, QStringLiteral("B"), {}}};
    std::vector<CalendarItem> items(4);
    items[0] = {QStringLiteral("late"), QStringLiteral("p1"), at(15, 0), at(16, 0)};
    items[1] = {QStringLiteral("early"), QStringLiteral("p1"), at(8, 0), at(8, 30)};
    items[2] = {QStringLiteral("other"), QStringLiteral("p2"), at(9, 0), at(9, 15)};
    items[3] = {QStringLiteral("elsewhere"), QStringLiteral("p9"), at(9, 0), at(9, 15)};
    GridLayout layout;
    const TimeScale scale{7 * 60, 19 * 60, 15};
    layout.build(columns, items, {}, scale);
    REQUIRE(layout.itemsIn(0).size() == 2);
    CHECK(layout.itemsIn(0)[0].item == 1);  // sorted by start
    CHECK(layout.itemsIn(1).size() == 1);
    int column = -1;
    CHECK(layout.place(3, &column) == nullptr);  // no column for its provider
    REQUIRE(layout.place(2, &column) != nullptr);
    CHECK(column == 1);

    std::vector<int> seen;
    layout.forEachIn(0, scale.minuteToY(14 * 60), scale.minuteToY(15 * 60 + 30),
                     [&](const LaidItem& l) { seen.push_back(l.item); });
    CHECK(seen == std::vector<int>{0});
}
