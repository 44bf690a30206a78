// The calendar's input: hit-testing, the mouse gestures (create, move, resize), the keyboard,
// the pinboard, and the requests those turn into with the owner's answers.
#include "calendar/ui/calendar_view.h"

#include "calendar/ui/calendar_column_filter.h"
#include "calendar/ui/calendar_pinboard.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

namespace fd::calendar::ui {

namespace {

constexpr int kResizeHandle = 5;

int minuteOf(const QDateTime& t)
{
    return t.time().hour() * 60 + t.time().minute();
}

}  // namespace

CalendarHit CalendarView::hitTest(const QPoint& pos) const
{
    CalendarHit hit;
    if (m_mode == Mode::Month) {
        const int cell = MonthLayout::cellAt(viewport()->rect(), 24, pos);
        if (cell >= 0) {
            hit.kind = CalendarHit::MonthCell;
            hit.date = m_month.firstDay().addDays(cell);
        }
        return hit;
    }
    if (m_mode == Mode::Agenda) {
        const int row = (pos.y() + verticalScrollBar()->value()) / kAgendaRowHeight;
        if (row >= 0 && row < int(m_agenda.size())) {
            hit.kind = CalendarHit::AgendaRow;
            hit.date = m_agenda[row].date;
            if (m_agenda[row].item >= 0)
                hit.itemId = m_items[m_agenda[row].item].id;
        }
        return hit;
    }
    hit.column = m_geo.columnAt(pos.x());
    if (pos.y() < m_geo.headerHeight) {
        hit.kind = hit.column >= 0 ? CalendarHit::Header : CalendarHit::Nothing;
        return hit;
    }
    hit.minute = m_geo.minuteAt(pos.y());
    if (pos.x() < m_geo.gutterWidth) {
        hit.kind = CalendarHit::Gutter;
        return hit;
    }
    if (hit.column < 0 || pos.y() > m_geo.yOf(m_scale.lastMinute))
        return hit;
    hit.date = m_columns[hit.column].date;
    hit.kind = CalendarHit::Slot;
    const double y = pos.y() - m_geo.headerHeight + m_geo.scrollY;
    // Later items are painted over earlier ones, so the last match is the one seen.
    m_grid.forEachIn(hit.column, y - 1, y + 1, [&](const LaidItem& laid) {
        const QRectF rect = m_geo.itemRect(laid, hit.column);
        if (!rect.contains(pos))
            return;
        hit.itemId = m_items[laid.item].id;
        hit.kind = rect.height() >= 3 * kResizeHandle && pos.y() >= rect.bottom() - kResizeHandle
                       ? CalendarHit::ItemBottomEdge
                       : CalendarHit::Item;
    });
    return hit;
}

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const CalendarHit hit = hitTest(event->position().toPoint());
    m_drag = Drag();
    switch (hit.kind) {
        case CalendarHit::Item:
        case CalendarHit::ItemBottomEdge: {
            selectItem(hit.itemId);
            const int index = indexOf(hit.itemId);
            if (m_items[index].isMuted() || m_pinned.contains(hit.itemId))
                break;  // cancelled, no-show and pinned items stay put
            m_drag.kind = hit.kind == CalendarHit::ItemBottomEdge ? Drag::Resize : Drag::Pressed;
            m_drag.item = index;
            m_drag.pressPos = event->position().toPoint();
            m_drag.grabOffset = hit.minute - minuteOf(m_items[index].start);
            break;
        }
        case CalendarHit::Slot: {
            selectItem(QString());
            const int start = snapMinuteDown(hit.minute, m_scale.minutesPerRow);
            m_cursor = {hit.column, start, start + m_scale.minutesPerRow};
            m_drag.kind = Drag::Create;
            m_drag.anchorMinute = start;
            m_drag.target = m_cursor;
            m_drag.pressPos = event->position().toPoint();
            updateAccessibleDescription();
            break;
        }
        case CalendarHit::MonthCell:
            m_monthCursor = hit.date;
            break;
        case CalendarHit::AgendaRow:
            m_agendaRow =
                (event->position().toPoint().y() + verticalScrollBar()->value()) / kAgendaRowHeight;
            selectItem(hit.itemId);
            break;
        default:
            break;
    }
    viewport()->update();
}

void CalendarView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.kind == Drag::None) {
        const CalendarHit hit = hitTest(pos);
        viewport()->setCursor(hit.kind == CalendarHit::ItemBottomEdge ? Qt::SizeVerCursor
                                                                      : Qt::ArrowCursor);
        return;
    }
    // A click is not a drag: nothing moves, and no booking is asked for, until the pointer
    // has gone the platform's drag distance.
    if (!m_drag.moved &&
        (pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.moved = true;
    if (m_drag.kind == Drag::Pressed)
        m_drag.kind = Drag::Move;
    updateDrag(pos);
}

void CalendarView::updateDrag(const QPoint& pos)
{
    // Scroll along when the pointer reaches an edge of the grid.
    if (pos.y() > viewport()->height() - 16)
        verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                      rowHeightFor(m_scale.minutesPerRow));
    else if (pos.y() < m_geo.headerHeight + 16 && pos.y() < m_drag.pressPos.y())
        verticalScrollBar()->setValue(verticalScrollBar()->value() -
                                      rowHeightFor(m_scale.minutesPerRow));
    if (pos.x() > viewport()->width() - 16)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        int(m_geo.columnWidth / 4));
    else if (pos.x() < m_geo.gutterWidth + 8)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() -
                                        int(m_geo.columnWidth / 4));

    const int step = m_scale.minutesPerRow;
    const int minute = m_geo.minuteAt(pos.y());
    if (m_drag.kind == Drag::Move) {
        const CalendarItem& item = m_items[m_drag.item];
        const int duration = durationOf(item);
        const int latest = std::max(m_scale.firstMinute, m_scale.lastMinute - duration);
        const int start =
            std::clamp(snapMinute(minute - m_drag.grabOffset, step), m_scale.firstMinute, latest);
        m_drag.target = {m_geo.columnAt(pos.x(), true), start, start + duration};
    } else if (m_drag.kind == Drag::Resize) {
        int column = -1;
        m_grid.place(m_drag.item, &column);
        const int start = minuteOf(m_items[m_drag.item].start);
        const int end = std::clamp(snapMinute(minute, step), start + step, m_scale.lastMinute);
        m_drag.target = {column, start, std::max(end, start + 1)};
    } else if (m_drag.kind == Drag::Create) {
        const int at = snapMinute(minute, step);
        const int start = std::min(at, m_drag.anchorMinute);
        const int end = std::max(at, m_drag.anchorMinute + step);
        m_drag.target = {m_drag.target.column, start, end};
        m_cursor = m_drag.target;
    }
    viewport()->update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag.kind == Drag::None) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    if (m_drag.moved)
        updateDrag(event->position().toPoint());
    finishDrag();
}

void CalendarView::finishDrag()
{
    const Drag drag = m_drag;
    m_drag = Drag();
    if (drag.kind == Drag::Move && drag.target.isValid()) {
        const CalendarItem& item = m_items[drag.item];
        int column = -1;
        m_grid.place(drag.item, &column);
        if (drag.target.column != column || drag.target.startMinute != minuteOf(item.start))
            requestMove(drag.item, drag.target.column, drag.target.startMinute);
    } else if (drag.kind == Drag::Resize && drag.target.isValid()) {
        CalendarItem proposed = m_items[drag.item];
        const QDateTime end = at(proposed.start.date(), drag.target.endMinute);
        if (end != proposed.end) {
            proposed.end = end;
            const quint64 request = propose(Pending::Resize, proposed);
            emit resizeRequested(proposed.id, end, request);
        }
    } else if (drag.kind == Drag::Create && drag.moved && drag.target.isValid()) {
        m_cursor = drag.target;
        requestCreate(drag.target);
    }
    viewport()->update();
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    m_drag = Drag();
    const CalendarHit hit = hitTest(event->position().toPoint());
    if (!hit.itemId.isEmpty()) {
        emit openRequested(hit.itemId);
    } else if (hit.kind == CalendarHit::Slot) {
        const int start = snapMinuteDown(hit.minute, m_scale.minutesPerRow);
        requestCreate({hit.column, start, start + m_scale.minutesPerRow});
    } else if (hit.kind == CalendarHit::MonthCell) {
        setDate(hit.date);
        setMode(Mode::Day);
    }
}

void CalendarView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || !isGrid()) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    // Zoom about the pointer: the minute under it stays under it.
    const double y = event->position().y();
    const int minute = m_geo.minuteAt(y);
    const int zoom = nextZoomLevel(minutesPerRow(), delta > 0 ? +1 : -1);
    if (zoom != minutesPerRow()) {
        setMinutesPerRow(zoom);
        verticalScrollBar()->setValue(int(m_scale.minuteToY(minute) - (y - m_geo.headerHeight)));
    }
    event->accept();
}

quint64 CalendarView::propose(Pending::Kind kind, const CalendarItem& proposed)
{
    Pending pending;
    pending.request = m_nextRequest++;
    pending.kind = kind;
    pending.itemId = proposed.id;
    pending.proposed = proposed;
    if (kind != Pending::Create && kind != Pending::Cancel) {
        const int index = indexOf(proposed.id);
        if (index >= 0) {
            pending.original = m_items[index];
            m_items[index] = proposed;
        } else {
            m_items.push_back(proposed);
        }
        relayout();
    }
    m_pending.push_back(pending);
    return pending.request;
}

void CalendarView::requestMove(int item, int column, int startMinute)
{
    const CalendarColumn target = m_columns[column];
    CalendarItem proposed = m_items[item];
    const int duration = durationOf(proposed);
    proposed.resourceId = target.resourceId;
    proposed.start = at(target.date, startMinute);
    proposed.end = proposed.start.addSecs(qint64(duration) * 60);
    const quint64 request = propose(Pending::Move, proposed);
    emit moveRequested(proposed.id, target, proposed.start, request);
}

void CalendarView::requestCreate(const GridCursor& range)
{
    const CalendarColumn& column = m_columns[range.column];
    CalendarItem proposed;
    proposed.resourceId = column.resourceId;
    proposed.start = at(column.date, range.startMinute);
    proposed.end = at(column.date, range.endMinute);
    const quint64 request = propose(Pending::Create, proposed);
    emit createRequested(column, proposed.start, proposed.end, request);
}

void CalendarView::accept(quint64 request)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [&](const Pending& p) { return p.request == request; });
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.kind == Pending::Cancel) {
        const int index = indexOf(pending.itemId);
        if (index >= 0)
            m_items[index].status = ItemStatus::Cancelled;
    } else if (pending.kind == Pending::Paste) {
        m_pinned.remove(pending.itemId);
        if (m_pinboard)
            m_pinboard->unpin(pending.itemId);
    }
    relayout();
}

void CalendarView::refuse(quint64 request, const QString& reason)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [&](const Pending& p) { return p.request == request; });
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.kind == Pending::Move || pending.kind == Pending::Resize ||
        pending.kind == Pending::Paste) {
        const int index = indexOf(pending.itemId);
        if (index >= 0 && pending.original)
            m_items[index] = *pending.original;
        else if (index >= 0)
            m_items.erase(m_items.begin() + index);
        relayout();
    }
    showBanner(reason.isEmpty() ? tr("The change was not accepted.") : reason);
}

void CalendarView::cutSelection()
{
    const CalendarItem* selected = item(m_selectedId);
    if (!m_pinboard || !selected || selected->isMuted())
        return;
    m_pinboard->pin(*selected);
    m_pinned.insert(selected->id);
    viewport()->update();
}

bool CalendarView::pasteFromPinboard()
{
    const CalendarItem* pinned = m_pinboard ? m_pinboard->current() : nullptr;
    if (!pinned || !isGrid() || !m_cursor.isValid())
        return false;
    const CalendarColumn target = m_columns[m_cursor.column];
    CalendarItem proposed = *pinned;
    proposed.resourceId = target.resourceId;
    proposed.start = at(target.date, m_cursor.startMinute);
    proposed.end = proposed.start.addSecs(qint64(durationOf(*pinned)) * 60);
    const quint64 request = propose(Pending::Paste, proposed);
    emit moveRequested(proposed.id, target, proposed.start, request);
    return true;
}

QString CalendarView::tooltipAt(const QPoint& pos) const
{
    const CalendarHit hit = hitTest(pos);
    const CalendarItem* hovered = item(hit.itemId);
    if (!hovered)
        return QString();
    const QLocale locale;
    QStringList lines{hovered->title,
                      tr("%1, %2").arg(locale.toString(hovered->start.date(), QLocale::LongFormat),
                                       CalendarPainter::timeRange(*hovered, locale))};
    if (!hovered->subtitle.isEmpty())
        lines << hovered->subtitle;
    for (const CalendarResource& r : m_resources)
        if (r.id == hovered->resourceId)
            lines << (r.locationName.isEmpty() ? r.title
                                               : tr("%1 · %2").arg(r.title, r.locationName));
    lines << CalendarPainter::statusText(hovered->status);
    if (hovered->overbook)
        lines << tr("Overbooked");
    if (hovered->recurring)
        lines << tr("Part of a recurring series");
    if (m_pinned.contains(hovered->id))
        lines << tr("On the pinboard");
    return lines.join(QLatin1Char('\n'));
}

bool CalendarView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

}  // namespace fd::calendar::ui
