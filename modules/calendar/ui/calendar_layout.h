#pragma once

// The layout pass: where every item of the loaded range sits, computed once per data or zoom
// change and cached. Positions are kept per column, sorted by top, in grid units (y from the
// first visible minute, lanes as fractions of a column), so a change of width or scrolling
// needs no new layout and painting walks only the items in view.

#include "calendar/ui/calendar_geometry.h"
#include "calendar/ui/calendar_view_data.h"

#include <QHash>
#include <QRectF>
#include <QSet>

#include <vector>

namespace fd::calendar::ui {

struct LaidItem
{
    int item = -1;  // index into the item vector the layout was built from
    double top = 0;
    double bottom = 0;
    int lane = 0;
    int lanes = 1;
};

class GridLayout
{
public:
    void build(const std::vector<CalendarColumn>& columns, const std::vector<CalendarItem>& items,
               const std::vector<BackgroundRange>& backgrounds, const TimeScale& scale);

    int columnCount() const { return int(m_columns.size()); }
    int columnOf(const QString& resourceId, const QDate& date) const;
    const std::vector<LaidItem>& itemsIn(int column) const { return m_columns[column].items; }
    const std::vector<int>& backgroundsIn(int column) const
    {
        return m_columns[column].backgrounds;
    }
    // The column and the laid item of an item index, or nullptr when it is not on the grid.
    const LaidItem* place(int item, int* column) const;

    // Calls f(const LaidItem&) for the items of a column that reach into [y0, y1).
    template <typename F>
    void forEachIn(int column, double y0, double y1, F&& f) const
    {
        const Column& c = m_columns[column];
        auto it = std::lower_bound(c.items.begin(), c.items.end(), y0 - c.tallest,
                                   [](const LaidItem& a, double y) { return a.top < y; });
        for (; it != c.items.end() && it->top < y1; ++it)
            if (it->bottom > y0)
                f(*it);
    }

private:
    struct Column
    {
        std::vector<LaidItem> items;
        std::vector<int> backgrounds;
        double tallest = 0;
    };
    static QString key(const QString& resourceId, const QDate& date);

    std::vector<Column> m_columns;
    QHash<QString, int> m_columnByKey;
    std::vector<std::pair<int, int>> m_placeOfItem;  // (column, index in the column) or (-1, -1)
};

// Where the time grid is in the viewport: the sticky header on top, the sticky time gutter on
// the left, columns of equal width scrolled horizontally, the grid scrolled vertically.
struct GridGeometry
{
    TimeScale scale;
    int headerHeight = 44;
    int gutterWidth = 56;
    double columnWidth = 120;
    int columnCount = 0;
    int scrollX = 0;
    int scrollY = 0;
    int viewportWidth = 0;
    int viewportHeight = 0;

    double columnX(int column) const { return gutterWidth + column * columnWidth - scrollX; }
    // The column under x, or -1 outside the columns; clamp picks the nearest column instead.
    int columnAt(double x, bool clamp = false) const;
    // The first and last column that show at least one pixel.
    std::pair<int, int> visibleColumns() const;
    double yOf(int minute) const { return headerHeight + scale.minuteToY(minute) - scrollY; }
    int minuteAt(double y) const { return scale.yToMinute(y - headerHeight + scrollY); }
    // Grid units (y from the first minute) of the visible part of the grid.
    double visibleTop() const { return scrollY; }
    double visibleBottom() const { return scrollY + viewportHeight - headerHeight; }
    // An item's rectangle: its lane of the column, a margin on the right left free for clicks
    // that create.
    QRectF itemRect(const LaidItem& laid, int column) const;
};

// Items per date of the month grid, in start order, for the resources shown.
class MonthLayout
{
public:
    static constexpr int kDays = 42;
    void build(const QDate& firstDay, const std::vector<CalendarItem>& items,
               const QSet<QString>& resources);
    QDate firstDay() const { return m_first; }
    // A cell of the 7 x 6 grid below a row of weekday names headerHeight tall.
    static QRectF cellRect(const QRectF& area, int headerHeight, int cell);
    static int cellAt(const QRectF& area, int headerHeight, const QPointF& pos);
    const std::vector<int>& itemsOn(int cell) const { return m_days[cell]; }

private:
    QDate m_first;
    std::vector<std::vector<int>> m_days = std::vector<std::vector<int>>(kDays);
};

// Agenda rows: a heading row per day that has items, then its items in start order.
struct AgendaRow
{
    QDate date;
    int item = -1;  // -1 for the day's heading
};

std::vector<AgendaRow> buildAgenda(const QDate& from, const QDate& to,
                                   const std::vector<CalendarItem>& items,
                                   const QSet<QString>& resources);

}  // namespace fd::calendar::ui
