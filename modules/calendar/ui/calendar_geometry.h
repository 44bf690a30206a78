#pragma once

// The calendar's geometry as pure functions: minutes of the day to pixels and back, snapping,
// and the side-by-side lanes of overlapping items.

#include <vector>

namespace fd::calendar::ui {

// The zoom levels: minutes per row of the time grid.
inline constexpr int kZoomLevels[] = {5, 10, 15, 20, 30, 60};

// Rows of coarse zooms are taller so that short items stay readable.
int rowHeightFor(int minutesPerRow);
bool isZoomLevel(int minutesPerRow);
int nextZoomLevel(int minutesPerRow,
                  int direction);  // +1 finer (fewer minutes per row), -1 coarser

// The vertical scale of the time grid, from the first visible minute of the day to the last.
struct TimeScale
{
    int firstMinute = 6 * 60;
    int lastMinute = 20 * 60;
    int minutesPerRow = 15;

    double pixelsPerMinute() const { return double(rowHeightFor(minutesPerRow)) / minutesPerRow; }
    double height() const { return (lastMinute - firstMinute) * pixelsPerMinute(); }
    int rows() const { return (lastMinute - firstMinute + minutesPerRow - 1) / minutesPerRow; }
    // Minutes since midnight to y (0 at firstMinute), clamped to the grid.
    double minuteToY(int minute) const;
    // y to minutes since midnight, not snapped, clamped to the grid.
    int yToMinute(double y) const;
    int clampMinute(int minute) const;
};

// Round to the nearest multiple of step, or down to it.
int snapMinute(int minute, int step);
int snapMinuteDown(int minute, int step);

struct Span
{
    int start = 0;  // any unit, end exclusive
    int end = 0;
};

struct LaneSlot
{
    int lane = 0;
    int lanes = 1;  // lanes in the item's cluster of transitively overlapping items
};

// Lanes for items in one column: overlapping items side by side, each in the first lane that is
// free at its start; every item of a cluster gets the cluster's lane count. The spans may come
// in any order; the result is in the same order.
std::vector<LaneSlot> assignLanes(const std::vector<Span>& spans);

}  // namespace fd::calendar::ui
