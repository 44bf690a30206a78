#include "calendar/ui/calendar_layout.h"

#include <algorithm>
#include <cmath>

namespace fd::calendar::ui {

namespace {

int minuteOfDay(const QDateTime& t)
{
    const QTime time = t.time();
    return time.hour() * 60 + time.minute();
}

// End minute on the start's day: an item running past midnight ends at the grid's end.
int endMinuteOnDay(const CalendarItem& item)
{
    if (!item.end.isValid() || item.end <= item.start)
        return minuteOfDay(item.start) + 1;
    if (item.end.date() > item.start.date())
        return 24 * 60;
    return minuteOfDay(item.end);
}

bool startsBefore(const std::vector<CalendarItem>& items, int a, int b)
{
    return items[a].start != items[b].start ? items[a].start < items[b].start
                                            : items[a].id < items[b].id;
}

}  // namespace

QString GridLayout::key(const QString& resourceId, const QDate& date)
{
    return resourceId + QLatin1Char('|') + QString::number(date.toJulianDay());
}

void GridLayout::build(const std::vector<CalendarColumn>& columns,
                       const std::vector<CalendarItem>& items,
                       const std::vector<BackgroundRange>& backgrounds, const TimeScale& scale)
{
    m_columns.assign(columns.size(), Column());
    m_columnByKey.clear();
    m_columnByKey.reserve(int(columns.size()));
    for (int c = 0; c < int(columns.size()); ++c)
        m_columnByKey.insert(key(columns[c].resourceId, columns[c].date), c);
    m_placeOfItem.assign(items.size(), {-1, -1});

    std::vector<std::vector<int>> members(columns.size());
    for (int i = 0; i < int(items.size()); ++i) {
        const int c = columnOf(items[i].resourceId, items[i].start.date());
        if (c >= 0)
            members[c].push_back(i);
    }
    for (int b = 0; b < int(backgrounds.size()); ++b) {
        const int c = columnOf(backgrounds[b].resourceId, backgrounds[b].start.date());
        if (c >= 0)
            m_columns[c].backgrounds.push_back(b);
    }

    std::vector<Span> spans;
    for (int c = 0; c < int(columns.size()); ++c) {
        std::vector<int>& ids = members[c];
        std::sort(ids.begin(), ids.end(), [&](int a, int b) { return startsBefore(items, a, b); });
        spans.clear();
        for (int i : ids)
            spans.push_back({minuteOfDay(items[i].start), endMinuteOnDay(items[i])});
        const std::vector<LaneSlot> lanes = assignLanes(spans);
        Column& column = m_columns[c];
        column.items.reserve(ids.size());
        for (int k = 0; k < int(ids.size()); ++k) {
            LaidItem laid;
            laid.item = ids[k];
            laid.top = scale.minuteToY(spans[k].start);
            // Even an item outside the visible hours keeps a sliver at the edge it crossed.
            laid.bottom = std::max(scale.minuteToY(spans[k].end), laid.top + 4);
            laid.lane = lanes[k].lane;
            laid.lanes = lanes[k].lanes;
            column.tallest = std::max(column.tallest, laid.bottom - laid.top);
            column.items.push_back(laid);
        }
        // Sorted by start already, so also by top: the order forEachIn relies on.
        for (int k = 0; k < int(column.items.size()); ++k)
            m_placeOfItem[column.items[k].item] = {c, k};
    }
}

int GridLayout::columnOf(const QString& resourceId, const QDate& date) const
{
    return m_columnByKey.value(key(resourceId, date), -1);
}

const LaidItem* GridLayout::place(int item, int* column) const
{
    if (item < 0 || item >= int(m_placeOfItem.size()) || m_placeOfItem[item].first < 0)
        return nullptr;
    const auto [c, k] = m_placeOfItem[item];
    if (column)
        *column = c;
    return &m_columns[c].items[k];
}

int GridGeometry::columnAt(double x, bool clamp) const
{
    if (columnCount == 0 || columnWidth <= 0)
        return -1;
    const int c = int(std::floor((x - gutterWidth + scrollX) / columnWidth));
    if (clamp)
        return std::clamp(c, 0, columnCount - 1);
    return c >= 0 && c < columnCount && x >= gutterWidth ? c : -1;
}

std::pair<int, int> GridGeometry::visibleColumns() const
{
    if (columnCount == 0 || columnWidth <= 0)
        return {0, -1};
    const int first = std::max(0, int(std::floor(scrollX / columnWidth)));
    const int last = std::min(
        columnCount - 1, int(std::floor((scrollX + viewportWidth - gutterWidth) / columnWidth)));
    return {first, last};
}

QRectF GridGeometry::itemRect(const LaidItem& laid, int column) const
{
    const double usable = std::max(8.0, columnWidth - 8);
    const double laneWidth = usable / laid.lanes;
    const double x = columnX(column) + 2 + laid.lane * laneWidth;
    const double y = headerHeight + laid.top - scrollY;
    return QRectF(x, y, std::max(3.0, laneWidth - 1), std::max(3.0, laid.bottom - laid.top - 1));
}

QRectF MonthLayout::cellRect(const QRectF& area, int headerHeight, int cell)
{
    const double w = area.width() / 7;
    const double h = (area.height() - headerHeight) / 6;
    const int row = cell / 7;
    const int col = cell % 7;
    return QRectF(std::round(area.left() + col * w),
                  std::round(area.top() + headerHeight + row * h),
                  std::round(area.left() + (col + 1) * w) - std::round(area.left() + col * w),
                  std::round(area.top() + headerHeight + (row + 1) * h) -
                      std::round(area.top() + headerHeight + row * h));
}

int MonthLayout::cellAt(const QRectF& area, int headerHeight, const QPointF& pos)
{
    if (!area.contains(pos) || pos.y() < area.top() + headerHeight)
        return -1;
    const int col = std::clamp(int((pos.x() - area.left()) / (area.width() / 7)), 0, 6);
    const int row = std::clamp(
        int((pos.y() - area.top() - headerHeight) / ((area.height() - headerHeight) / 6)), 0, 5);
    return row * 7 + col;
}

void MonthLayout::build(const QDate& firstDay, const std::vector<CalendarItem>& items,
                        const QSet<QString>& resources)
{
    m_first = firstDay;
    for (auto& day : m_days)
        day.clear();
    for (int i = 0; i < int(items.size()); ++i) {
        if (!resources.contains(items[i].resourceId))
            continue;
        const qint64 cell = firstDay.daysTo(items[i].start.date());
        if (cell >= 0 && cell < kDays)
            m_days[cell].push_back(i);
    }
    for (auto& day : m_days)
        std::sort(day.begin(), day.end(), [&](int a, int b) { return startsBefore(items, a, b); });
}

std::vector<AgendaRow> buildAgenda(const QDate& from, const QDate& to,
                                   const std::vector<CalendarItem>& items,
                                   const QSet<QString>& resources)
{
    std::vector<int> shown;
    for (int i = 0; i < int(items.size()); ++i) {
        const QDate day = items[i].start.date();
        if (day >= from && day <= to && resources.contains(items[i].resourceId))
            shown.push_back(i);
    }
    std::sort(shown.begin(), shown.end(), [&](int a, int b) { return startsBefore(items, a, b); });
    std::vector<AgendaRow> rows;
    rows.reserve(shown.size() + 14);
    QDate current;
    for (int i : shown) {
        const QDate day = items[i].start.date();
        if (day != current) {
            rows.push_back({day, -1});
            current = day;
        }
        rows.push_back({day, i});
    }
    return rows;
}

}  // namespace fd::calendar::ui
