#pragma once

#include "calendar/ui/calendar_layout.h"
#include "calendar/ui/calendar_painter.h"
#include "calendar/ui/calendar_view_data.h"

#include <QAbstractScrollArea>
#include <QTimer>

#include <memory>
#include <optional>

namespace fd {
class IClock;
}

namespace fd::calendar::ui {

class CalendarColumnFilter;
class CalendarPinboard;

// What lies under a point of the viewport.
struct CalendarHit
{
    enum Kind
    {
        Nothing,
        Header,
        Gutter,
        Slot,
        Item,
        ItemBottomEdge,
        MonthCell,
        AgendaRow
    };
    Kind kind = Nothing;
    int column = -1;
    int minute = -1;  // minutes since midnight, not snapped
    QString itemId;
    QDate date;
};

// The painted calendar: a time grid of resource columns (day, work week, week), a month grid and
// an agenda list, all drawn by the view itself from a layout computed once per data or zoom
// change. Changes are requests: the view emits them with a request number and shows the
// proposal until the owner calls accept() or refuse(); a refused change snaps back and the
// reason shows in a banner.
class CalendarView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode
    {
        Day,
        WorkWeek,
        Week,
        Month,
        Agenda
    };
    enum class WeekGrouping
    {
        ByDay,
        ByProvider
    };  // groups of providers per day, or of days per provider

    static constexpr int kBannerMs = 4000;
    static constexpr int kAgendaRowHeight = 28;

    explicit CalendarView(QWidget* parent = nullptr);
    ~CalendarView() override;

    void setDataSource(ICalendarDataSource* source);  // not owned; reloads
    void setClock(std::shared_ptr<const IClock> clock);
    // Fetches the shown dates again from the source, keeping the selection where it can.
    void reload();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QDate date() const { return m_date; }
    void setDate(const QDate& date);
    void setWeekGrouping(WeekGrouping grouping);
    void setVisibleHours(int fromHour, int toHour);
    int minutesPerRow() const { return m_scale.minutesPerRow; }
    void setMinutesPerRow(int minutes);  // one of kZoomLevels
    int hourHeight() const;              // pixels an hour takes at the current zoom
    void setMinimumColumnWidth(int pixels);
    void scrollToTime(const QTime& time);

    CalendarColumnFilter* columnFilter() const { return m_filter; }
    void setPinboard(CalendarPinboard* pinboard);  // not owned
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* cutAction() const { return m_cut; }
    QAction* pasteAction() const { return m_paste; }

    // The owner's answer to a request.
    void accept(quint64 request);
    void refuse(quint64 request, const QString& reason);
    bool hasPendingRequests() const { return !m_pending.empty(); }
    // Labels shaped once and kept between paints; cleared with the layout.
    CalendarTextCache& textCache() const { return m_texts; }
    QString bannerText() const { return m_banner; }

    // Geometry in viewport coordinates.
    const std::vector<CalendarColumn>& columns() const { return m_columns; }
    int columnIndex(const QString& resourceId, const QDate& date) const;
    double columnWidth() const { return m_geo.columnWidth; }
    QRect itemRect(const QString& id) const;  // empty when not shown
    QPoint slotPoint(int column,
                     const QTime& time) const;  // a point inside the slot starting at time
    CalendarHit hitTest(const QPoint& pos) const;
    QRect monthCellRect(const QDate& date) const;
    int monthItemCount(const QDate& date) const;
    const std::vector<CalendarItem>& items() const { return m_items; }
    const CalendarItem* item(const QString& id) const;

    QString selectedItemId() const;
    void selectItem(const QString& id);
    GridCursor cursor() const { return m_cursor; }
    void setCursor(int column, const QTime& start, int minutes);

    void cutSelection();
    bool pasteFromPinboard();

signals:
    void createRequested(const fd::calendar::ui::CalendarColumn& column, const QDateTime& start,
                         const QDateTime& end, quint64 request);
    void moveRequested(const QString& id, const fd::calendar::ui::CalendarColumn& column,
                       const QDateTime& start, quint64 request);
    void resizeRequested(const QString& id, const QDateTime& end, quint64 request);
    void cancelRequested(const QString& id, quint64 request);
    void openRequested(const QString& id);
    void selectionChanged();
    void dateChanged(const QDate& date);
    void modeChanged(fd::calendar::ui::CalendarView::Mode mode);
    void zoomChanged(int minutesPerRow);

protected:
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Drag
    {
        enum Kind
        {
            None,
            Pressed,
            Move,
            Resize,
            Create
        };
        Kind kind = None;
        QPoint pressPos;
        int item = -1;
        int grabOffset = 0;  // minutes between the item's start and the point grabbed
        GridCursor target;
        int anchorMinute = 0;
        bool moved = false;  // past the drag distance
    };
    struct Pending
    {
        enum Kind
        {
            Create,
            Move,
            Resize,
            Cancel,
            Paste
        };
        quint64 request = 0;
        Kind kind = Create;
        QString itemId;
        std::optional<CalendarItem> original;  // to snap back to; empty when the item was not shown
        CalendarItem proposed;
    };

    bool isGrid() const
    {
        return m_mode == Mode::Day || m_mode == Mode::WorkWeek || m_mode == Mode::Week;
    }
    std::pair<QDate, QDate> dateRange() const;
    void rebuildColumns();
    void relayout();
    void updateGeometryAndScrollBars();
    GridPaint gridPaint() const;
    int indexOf(const QString& id) const { return m_indexOfId.value(id, -1); }
    QDateTime at(const QDate& date, int minute) const;
    int durationOf(const CalendarItem& item) const;
    void updateNow();
    void showBanner(const QString& text);
    void updateAccessibleDescription();

    // calendar_view_input.cpp
    void updateDrag(const QPoint& pos);
    void finishDrag();
    quint64 propose(Pending::Kind kind, const CalendarItem& proposed);
    void requestMove(int item, int column, int startMinute);
    void requestCreate(const GridCursor& range);
    bool keyInGrid(QKeyEvent* event);
    bool keyInMonth(QKeyEvent* event);
    bool keyInAgenda(QKeyEvent* event);
    void moveCursor(int dColumn, int dSteps, bool extend);
    void moveSelectedBy(int dColumn, int dSteps);
    void selectAtCursor();
    void ensureCursorVisible();
    QString tooltipAt(const QPoint& pos) const;

    ICalendarDataSource* m_source = nullptr;
    std::shared_ptr<const IClock> m_clock;
    QTimeZone m_zone = QTimeZone::utc();
    CalendarColumnFilter* m_filter = nullptr;
    CalendarPinboard* m_pinboard = nullptr;

    Mode m_mode = Mode::Day;
    WeekGrouping m_grouping = WeekGrouping::ByDay;
    QDate m_date;
    TimeScale m_scale;
    int m_minColumnWidth = 120;

    std::vector<CalendarResource> m_resources;
    std::vector<CalendarItem> m_items;
    QHash<QString, int> m_indexOfId;
    std::vector<BackgroundRange> m_backgrounds;
    std::vector<CalendarColumn> m_columns;
    std::vector<ColumnGroup> m_groups;
    GridLayout m_grid;
    MonthLayout m_month;
    std::vector<AgendaRow> m_agenda;
    GridGeometry m_geo;
    int m_groupHeight = 0;
    CalendarColors m_colors;
    mutable CalendarTextCache m_texts;

    QString m_selectedId;
    GridCursor m_cursor;
    QDate m_monthCursor;
    int m_agendaRow = -1;
    Drag m_drag;
    std::vector<Pending> m_pending;
    quint64 m_nextRequest = 1;
    QSet<QString> m_pinned;
    QString m_banner;
    QTimer m_bannerTimer;
    QTimer m_nowTimer;
    QDateTime m_now;

    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_cut = nullptr;
    QAction* m_paste = nullptr;
};

}  // namespace fd::calendar::ui
