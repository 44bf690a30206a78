#include "calendar/ui/calendar_geometry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fd::calendar::ui {

int rowHeightFor(int minutesPerRow)
{
    switch (minutesPerRow) {
        case 5:
            return 16;
        case 10:
            return 18;
        case 15:
            return 20;
        case 20:
            return 22;
        case 30:
            return 26;
        case 60:
            return 40;
        default:
            return 20;
    }
}

bool isZoomLevel(int minutesPerRow)
{
    return std::find(std::begin(kZoomLevels), std::end(kZoomLevels), minutesPerRow) !=
           std::end(kZoomLevels);
}

int nextZoomLevel(int minutesPerRow, int direction)
{
    const int* begin = std::begin(kZoomLevels);
    const int* end = std::end(kZoomLevels);
    const int* at = std::find(begin, end, minutesPerRow);
    if (at == end)
        return 15;
    if (direction > 0)
        return at == begin ? *at : *(at - 1);
    return at + 1 == end ? *at : *(at + 1);
}

double TimeScale::minuteToY(int minute) const
{
    return (clampMinute(minute) - firstMinute) * pixelsPerMinute();
}

int TimeScale::yToMinute(double y) const
{
    return clampMinute(firstMinute + int(std::floor(y / pixelsPerMinute())));
}

int TimeScale::clampMinute(int minute) const
{
    return std::clamp(minute, firstMinute, lastMinute);
}

int snapMinute(int minute, int step)
{
    if (step <= 0)
        return minute;
    const int down = snapMinuteDown(minute, step);
    return minute - down >= (step + 1) / 2 ? down + step : down;
}

int snapMinuteDown(int minute, int step)
{
    if (step <= 0)
        return minute;
    const int r = ((minute % step) + step) % step;
    return minute - r;
}

std::vector<LaneSlot> assignLanes(const std::vector<Span>& spans)
{
    std::vector<LaneSlot> out(spans.size());
    std::vector<int> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return spans[a].start != spans[b].start ? spans[a].start < spans[b].start
                                                : spans[a].end > spans[b].end;
    });

    std::vector<int> laneEnds;  // end of the last item in each lane of the current cluster
    std::vector<int> cluster;   // indices of the current cluster
    int clusterEnd = 0;
    const auto closeCluster = [&] {
        const int lanes = int(laneEnds.size());
        for (int i : cluster)
            out[i].lanes = lanes;
        cluster.clear();
        laneEnds.clear();
    };
    for (int i : order) {
        const Span s{spans[i].start, std::max(spans[i].end, spans[i].start + 1)};
        if (!cluster.empty() && s.start >= clusterEnd)
            closeCluster();
        int lane = 0;
        while (lane < int(laneEnds.size()) && laneEnds[lane] > s.start)
            ++lane;
        if (lane == int(laneEnds.size()))
            laneEnds.push_back(s.end);
        else
            laneEnds[lane] = s.end;
        out[i].lane = lane;
        cluster.push_back(i);
        clusterEnd = cluster.size() == 1 ? s.end : std::max(clusterEnd, s.end);
    }
    if (!cluster.empty())
        closeCluster();
    return out;
}

}  // namespace fd::calendar::ui
