#include "calendar/ui/calendar_view.h"

#include "calendar/ui/calendar_column_filter.h"
#include "calendar/ui/calendar_pinboard.h"
#include "common/clock.h"

#include <QAccessible>
#include <QAction>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace fd::calendar::ui {

namespace {

constexpr int kColumnHeader = 40;
constexpr int kGroupHeader = 22;

QString dayTitle(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("ddd d"));
}

}  // namespace

CalendarView::CalendarView(QWidget* parent)
    : QAbstractScrollArea(parent),
      m_clock(std::make_shared<SystemClock>()),
      m_filter(new CalendarColumnFilter(this)),
      m_colors(CalendarColors::from(palette()))
{
    setObjectName(QStringLiteral("calendarView"));
    setAccessibleName(tr("Calendar"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_date = m_clock->nowUtc().date();

    const auto addAction = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    m_zoomIn = addAction(tr("Zoom In"), QKeySequence::ZoomIn,
                         [this] { setMinutesPerRow(nextZoomLevel(minutesPerRow(), +1)); });
    m_zoomOut = addAction(tr("Zoom Out"), QKeySequence::ZoomOut,
                          [this] { setMinutesPerRow(nextZoomLevel(minutesPerRow(), -1)); });
    m_cut = addAction(tr("Cut to Pinboard"), QKeySequence::Cut, [this] { cutSelection(); });
    m_paste =
        addAction(tr("Paste from Pinboard"), QKeySequence::Paste, [this] { pasteFromPinboard(); });

    connect(m_filter, &CalendarColumnFilter::filterChanged, this, &CalendarView::reload);
    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, this, [this] {
        m_banner.clear();
        viewport()->update();
    });
    m_nowTimer.setInterval(30 * 1000);
    connect(&m_nowTimer, &QTimer::timeout, this, &CalendarView::updateNow);
    m_nowTimer.start();
    updateNow();
}

CalendarView::~CalendarView() = default;

void CalendarView::setDataSource(ICalendarDataSource* source)
{
    m_source = source;
    reload();
}

void CalendarView::setClock(std::shared_ptr<const IClock> clock)
{
    m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
    updateNow();
}

void CalendarView::reload()
{
    m_drag = Drag();  // it refers to items by index
    m_pending.clear();
    m_items.clear();
    m_backgrounds.clear();
    m_resources.clear();
    if (m_source) {
        m_zone = m_source->displayZone();
        m_resources = m_source->resources();
        m_filter->setResources(m_resources);
        QStringList ids;
        for (const CalendarResource& r : m_filter->visibleResources())
            ids << r.id;
        if (!ids.isEmpty()) {
            const auto [from, to] = dateRange();
            CalendarFetch fetched = m_source->fetch(from, to, ids);
            m_items = std::move(fetched.items);
            m_backgrounds = std::move(fetched.backgrounds);
        }
    }
    for (CalendarItem& item : m_items) {
        item.start = item.start.toTimeZone(m_zone);
        item.end = item.end.toTimeZone(m_zone);
    }
    for (BackgroundRange& range : m_backgrounds) {
        range.start = range.start.toTimeZone(m_zone);
        range.end = range.end.toTimeZone(m_zone);
    }
    updateNow();
    rebuildColumns();
    relayout();
}

std::pair<QDate, QDate> CalendarView::dateRange() const
{
    const int firstDow = QLocale().firstDayOfWeek();
    const auto weekStart = [&](const QDate& d) {
        return d.addDays(-((d.dayOfWeek() - firstDow + 7) % 7));
    };
    switch (m_mode) {
        case Mode::Day:
            return {m_date, m_date};
        case Mode::WorkWeek: {
            const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
            return {monday, monday.addDays(4)};
        }
        case Mode::Week:
            return {weekStart(m_date), weekStart(m_date).addDays(6)};
        case Mode::Month: {
            const QDate first = weekStart(QDate(m_date.year(), m_date.month(), 1));
            return {first, first.addDays(MonthLayout::kDays - 1)};
        }
        case Mode::Agenda:
            return {m_date, m_date.addDays(6)};
    }
    return {m_date, m_date};
}

void CalendarView::rebuildColumns()
{
    m_columns.clear();
    m_groups.clear();
    m_groupHeight = 0;
    const std::vector<CalendarResource> shown = m_filter->visibleResources();
    const auto [from, to] = dateRange();
    if (m_mode == Mode::Day) {
        for (const CalendarResource& r : shown)
            m_columns.push_back({r.id, m_date, r.title, r.locationName});
    } else if (m_mode == Mode::Week || m_mode == Mode::WorkWeek) {
        m_groupHeight = kGroupHeader;
        const bool byDay = m_grouping == WeekGrouping::ByDay && shown.size() > 1;
        if (byDay) {
            for (QDate day = from; day <= to; day = day.addDays(1)) {
                m_groups.push_back({QLocale().toString(day, QLocale::LongFormat),
                                    int(m_columns.size()), int(shown.size())});
                for (const CalendarResource& r : shown)
                    m_columns.push_back({r.id, day, r.title, r.locationName});
            }
        } else {
            for (const CalendarResource& r : shown) {
                const QString title =
                    r.locationName.isEmpty() ? r.title : tr("%1 · %2").arg(r.title, r.locationName);
                m_groups.push_back({title, int(m_columns.size()), int(from.daysTo(to)) + 1});
                for (QDate day = from; day <= to; day = day.addDays(1))
                    m_columns.push_back({r.id, day, dayTitle(day), QString()});
            }
        }
    }
    m_geo.headerHeight = m_groupHeight + kColumnHeader;
    if (m_cursor.column >= int(m_columns.size()))
        m_cursor = GridCursor();
}

void CalendarView::relayout()
{
    m_texts.clear();
    m_indexOfId.clear();
    m_indexOfId.reserve(int(m_items.size()));
    for (int i = 0; i < int(m_items.size()); ++i)
        m_indexOfId.insert(m_items[i].id, i);
    if (isGrid()) {
        m_grid.build(m_columns, m_items, m_backgrounds, m_scale);
    } else if (m_mode == Mode::Month) {
        m_month.build(dateRange().first, m_items, m_filter->visibleIds());
        if (!m_monthCursor.isValid() || m_monthCursor.month() != m_date.month())
            m_monthCursor = m_date;
    } else {
        const auto [from, to] = dateRange();
        m_agenda = buildAgenda(from, to, m_items, m_filter->visibleIds());
        m_agendaRow = std::min(m_agendaRow, int(m_agenda.size()) - 1);
    }
    updateGeometryAndScrollBars();
    viewport()->update();
    updateAccessibleDescription();
}

void CalendarView::updateGeometryAndScrollBars()
{
    const int vw = viewport()->width();
    const int vh = viewport()->height();
    m_geo.scale = m_scale;
    m_geo.viewportWidth = vw;
    m_geo.viewportHeight = vh;
    m_geo.columnCount = int(m_columns.size());
    int hMax = 0;
    int vMax = 0;
    if (isGrid()) {
        const int n = std::max(1, m_geo.columnCount);
        m_geo.columnWidth = std::max<double>(m_minColumnWidth, double(vw - m_geo.gutterWidth) / n);
        hMax = std::max(
            0, int(std::ceil(m_geo.columnCount * m_geo.columnWidth)) - (vw - m_geo.gutterWidth));
        vMax = std::max(0, int(std::ceil(m_scale.height())) + 1 - (vh - m_geo.headerHeight));
        horizontalScrollBar()->setSingleStep(int(m_geo.columnWidth / 4));
        horizontalScrollBar()->setPageStep(std::max(1, vw - m_geo.gutterWidth));
        verticalScrollBar()->setSingleStep(rowHeightFor(m_scale.minutesPerRow));
        verticalScrollBar()->setPageStep(std::max(1, vh - m_geo.headerHeight));
    } else if (m_mode == Mode::Agenda) {
        vMax = std::max(0, int(m_agenda.size()) * kAgendaRowHeight - vh);
        verticalScrollBar()->setSingleStep(kAgendaRowHeight);
        verticalScrollBar()->setPageStep(std::max(1, vh));
    }
    horizontalScrollBar()->setRange(0, hMax);
    verticalScrollBar()->setRange(0, vMax);
    m_geo.scrollX = horizontalScrollBar()->value();
    m_geo.scrollY = verticalScrollBar()->value();
}

void CalendarView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_drag = Drag();
    m_cursor = GridCursor();
    horizontalScrollBar()->setValue(0);
    reload();
    emit modeChanged(mode);
}

void CalendarView::setDate(const QDate& date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    m_cursor = GridCursor();
    reload();
    emit dateChanged(date);
}

void CalendarView::setWeekGrouping(WeekGrouping grouping)
{
    m_grouping = grouping;
    if (m_mode == Mode::Week || m_mode == Mode::WorkWeek)
        reload();
}

void CalendarView::setVisibleHours(int fromHour, int toHour)
{
    m_scale.firstMinute = std::clamp(fromHour, 0, 23) * 60;
    m_scale.lastMinute = std::clamp(toHour, fromHour + 1, 24) * 60;
    relayout();
}

void CalendarView::setMinutesPerRow(int minutes)
{
    if (!isZoomLevel(minutes) || minutes == m_scale.minutesPerRow)
        return;
    // Keep the minute at the top of the grid where it was.
    const int topMinute = m_geo.minuteAt(m_geo.headerHeight);
    m_scale.minutesPerRow = minutes;
    relayout();
    verticalScrollBar()->setValue(int(m_scale.minuteToY(topMinute)));
    emit zoomChanged(minutes);
}

int CalendarView::hourHeight() const
{
    return int(std::lround(60 * m_scale.pixelsPerMinute()));
}

void CalendarView::setMinimumColumnWidth(int pixels)
{
    m_minColumnWidth = std::max(40, pixels);
    updateGeometryAndScrollBars();
    viewport()->update();
}

void CalendarView::scrollToTime(const QTime& time)
{
    verticalScrollBar()->setValue(int(m_scale.minuteToY(time.hour() * 60 + time.minute())));
}

void CalendarView::setPinboard(CalendarPinboard* pinboard)
{
    m_pinboard = pinboard;
}

int CalendarView::columnIndex(const QString& resourceId, const QDate& date) const
{
    for (int c = 0; c < int(m_columns.size()); ++c)
        if (m_columns[c].resourceId == resourceId && m_columns[c].date == date)
            return c;
    return -1;
}

const CalendarItem* CalendarView::item(const QString& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_items[i];
}

QRect CalendarView::itemRect(const QString& id) const
{
    int column = -1;
    const LaidItem* laid = isGrid() ? m_grid.place(indexOf(id), &column) : nullptr;
    return laid ? m_geo.itemRect(*laid, column).toRect() : QRect();
}

QPoint CalendarView::slotPoint(int column, const QTime& time) const
{
    const int minute = time.hour() * 60 + time.minute();
    return QPoint(int(m_geo.columnX(column) + m_geo.columnWidth / 2),
                  int(std::ceil(m_geo.yOf(minute))) + 2);
}

QRect CalendarView::monthCellRect(const QDate& date) const
{
    const qint64 cell = m_month.firstDay().daysTo(date);
    if (m_mode != Mode::Month || cell < 0 || cell >= MonthLayout::kDays)
        return QRect();
    return MonthLayout::cellRect(viewport()->rect(), 24, int(cell)).toRect();
}

int CalendarView::monthItemCount(const QDate& date) const
{
    const qint64 cell = m_month.firstDay().daysTo(date);
    return m_mode != Mode::Month || cell < 0 || cell >= MonthLayout::kDays
               ? 0
               : int(m_month.itemsOn(int(cell)).size());
}

QString CalendarView::selectedItemId() const
{
    return indexOf(m_selectedId) >= 0 ? m_selectedId : QString();
}

void CalendarView::selectItem(const QString& id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    int column = -1;
    if (const LaidItem* laid = isGrid() ? m_grid.place(indexOf(id), &column) : nullptr) {
        const int start = m_scale.yToMinute(laid->top);
        m_cursor = {column, start,
                    std::max(start + m_scale.minutesPerRow, m_scale.yToMinute(laid->bottom))};
    }
    viewport()->update();
    updateAccessibleDescription();
    emit selectionChanged();
}

void CalendarView::setCursor(int column, const QTime& start, int minutes)
{
    if (column < 0 || column >= int(m_columns.size()))
        return;
    const int s = snapMinuteDown(start.hour() * 60 + start.minute(), m_scale.minutesPerRow);
    m_cursor = {column, s, s + std::max(m_scale.minutesPerRow, minutes)};
    selectAtCursor();
    ensureCursorVisible();
    viewport()->update();
}

QDateTime CalendarView::at(const QDate& date, int minute) const
{
    if (minute >= 24 * 60)
        return QDateTime(date.addDays(1), QTime(0, 0), m_zone);
    return QDateTime(date, QTime(minute / 60, minute % 60), m_zone);
}

int CalendarView::durationOf(const CalendarItem& item) const
{
    return std::max(1, int(item.start.secsTo(item.end) / 60));
}

void CalendarView::updateNow()
{
    m_now = m_clock->nowUtc().toTimeZone(m_zone);
    viewport()->update();
}

void CalendarView::showBanner(const QString& text)
{
    m_banner = text;
    m_bannerTimer.start(kBannerMs);
    viewport()->update();
    setAccessibleDescription(text);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void CalendarView::updateAccessibleDescription()
{
    const QLocale locale;
    QString text;
    if (const CalendarItem* selected = item(m_selectedId)) {
        const int column = columnIndex(selected->resourceId, selected->start.date());
        const QString where = column >= 0 ? m_columns[column].title : QString();
        text = tr("%1, %2: %3")
                   .arg(where, locale.toString(selected->start.date(), QLocale::LongFormat),
                        CalendarPainter::itemSummary(*selected, locale));
    } else if (isGrid() && m_cursor.isValid()) {
        const CalendarColumn& c = m_columns[m_cursor.column];
        text = tr("%1, %2, %3 to %4, free")
                   .arg(c.title, locale.toString(c.date, QLocale::LongFormat),
                        CalendarPainter::shortTime(locale, at(c.date, m_cursor.startMinute).time()),
                        CalendarPainter::shortTime(locale, at(c.date, m_cursor.endMinute).time()));
    }
    if (text != accessibleDescription())
        setAccessibleDescription(text);
}

GridPaint CalendarView::gridPaint() const
{
    GridPaint g;
    g.geo = m_geo;
    g.groupHeight = m_groupHeight;
    g.columns = &m_columns;
    g.groups = &m_groups;
    g.items = &m_items;
    g.backgrounds = &m_backgrounds;
    g.layout = &m_grid;
    g.selectedItem = indexOf(m_selectedId);
    for (const Pending& p : m_pending)
        if (p.kind == Pending::Move || p.kind == Pending::Resize || p.kind == Pending::Paste)
            g.pendingItems.insert(indexOf(p.itemId));
    for (const QString& id : m_pinned)
        g.pinnedItems.insert(indexOf(id));
    const bool dragging =
        m_drag.moved &&
        (m_drag.kind == Drag::Move || m_drag.kind == Drag::Resize || m_drag.kind == Drag::Create);
    if (dragging) {
        g.ghost = m_drag.target;
        g.draggedItem = m_drag.kind == Drag::Create ? -1 : m_drag.item;
        if (g.ghost.isValid() && g.ghost.column < int(m_columns.size())) {
            const QLocale locale;
            const QDate day = m_columns[g.ghost.column].date;
            g.ghostLabel = tr("%1–%2").arg(
                CalendarPainter::shortTime(locale, at(day, g.ghost.startMinute).time()),
                CalendarPainter::shortTime(locale, at(day, g.ghost.endMinute).time()));
        }
    } else if (g.selectedItem < 0) {
        g.cursor = m_cursor;
    }
    g.now = m_now;
    g.cornerText = m_zone.abbreviation(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    return g;
}

void CalendarView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    CalendarPainter painter(p, m_colors, font(), &m_texts);
    if (isGrid()) {
        painter.paintGrid(gridPaint());
    } else if (m_mode == Mode::Month) {
        MonthPaint m;
        m.area = viewport()->rect();
        m.layout = &m_month;
        m.items = &m_items;
        m.month = m_date;
        m.today = m_now.date();
        m.cursor = hasFocus() ? m_monthCursor : QDate();
        painter.paintMonth(m);
    } else {
        AgendaPaint a;
        a.area = viewport()->rect();
        a.rowHeight = kAgendaRowHeight;
        a.scrollY = verticalScrollBar()->value();
        a.rows = &m_agenda;
        a.items = &m_items;
        for (const CalendarResource& r : m_resources)
            a.resourceTitles.insert(r.id, r.title);
        a.selectedRow = m_agendaRow;
        painter.paintAgenda(a);
    }
    painter.paintBanner(viewport()->rect(), isGrid() ? m_geo.headerHeight : 0, m_banner);
}

void CalendarView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometryAndScrollBars();
}

void CalendarView::scrollContentsBy(int, int)
{
    m_geo.scrollX = horizontalScrollBar()->value();
    m_geo.scrollY = verticalScrollBar()->value();
    viewport()->update();
}

void CalendarView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_colors = CalendarColors::from(palette());
    if (event->type() == QEvent::FontChange)
        m_texts.clear();
    QAbstractScrollArea::changeEvent(event);
}

}  // namespace fd::calendar::ui
