// The calendar from the keyboard: a cursor of one or more rows in a column that the arrows
// move, Shift+arrows extend and Enter books or opens; Ctrl+arrows move the selected item.
#include "calendar/ui/calendar_view.h"

#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace fd::calendar::ui {

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn) ||
        (event->key() == Qt::Key_Equal && event->modifiers() & Qt::ControlModifier)) {
        setMinutesPerRow(nextZoomLevel(minutesPerRow(), +1));
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        setMinutesPerRow(nextZoomLevel(minutesPerRow(), -1));
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cutSelection();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pasteFromPinboard();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_drag.kind != Drag::None) {
        m_drag = Drag();
        viewport()->update();
        return;
    }
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        const int sign = event->key() == Qt::Key_PageDown ? 1 : -1;
        switch (m_mode) {
            case Mode::Day:
                setDate(m_date.addDays(sign));
                break;
            case Mode::WorkWeek:
            case Mode::Week:
            case Mode::Agenda:
                setDate(m_date.addDays(7 * sign));
                break;
            case Mode::Month:
                setDate(m_date.addMonths(sign));
                break;
        }
        return;
    }
    const bool handled = isGrid()                ? keyInGrid(event)
                         : m_mode == Mode::Month ? keyInMonth(event)
                                                 : keyInAgenda(event);
    if (!handled)
        QAbstractScrollArea::keyPressEvent(event);
}

bool CalendarView::keyInGrid(QKeyEvent* event)
{
    if (m_columns.empty())
        return false;
    if (!m_cursor.isValid()) {
        const int start =
            snapMinuteDown(std::clamp(m_geo.minuteAt(m_geo.headerHeight + 1), m_scale.firstMinute,
                                      m_scale.lastMinute - m_scale.minutesPerRow),
                           m_scale.minutesPerRow);
        m_cursor = {std::clamp(m_geo.visibleColumns().first, 0, int(m_columns.size()) - 1), start,
                    start + m_scale.minutesPerRow};
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const CalendarItem* selected = item(m_selectedId);
    int dColumn = 0;
    int dSteps = 0;
    switch (event->key()) {
        case Qt::Key_Up:
            dSteps = -1;
            break;
        case Qt::Key_Down:
            dSteps = 1;
            break;
        case Qt::Key_Left:
            dColumn = -1;
            break;
        case Qt::Key_Right:
            dColumn = 1;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (selected)
                emit openRequested(selected->id);
            else
                requestCreate(m_cursor);
            return true;
        case Qt::Key_Delete:
            if (selected && !selected->isMuted()) {
                const quint64 request = propose(Pending::Cancel, *selected);
                emit cancelRequested(selected->id, request);
            }
            return true;
        case Qt::Key_Escape:
            selectItem(QString());
            return true;
        default:
            return false;
    }
    if (ctrl && selected) {
        moveSelectedBy(dColumn, dSteps);
        return true;
    }
    moveCursor(dColumn, dSteps, shift);
    return true;
}

void CalendarView::moveSelectedBy(int dColumn, int dSteps)
{
    const int index = indexOf(m_selectedId);
    int column = -1;
    if (index < 0 || m_items[index].isMuted() || m_pinned.contains(m_selectedId) ||
        !m_grid.place(index, &column))
        return;
    const CalendarItem& selected = m_items[index];
    const int step = m_scale.minutesPerRow;
    const int start = selected.start.time().hour() * 60 + selected.start.time().minute();
    const int duration = durationOf(selected);
    const int newColumn = std::clamp(column + dColumn, 0, int(m_columns.size()) - 1);
    const int newStart = std::clamp(snapMinute(start, step) + dSteps * step, m_scale.firstMinute,
                                    std::max(m_scale.firstMinute, m_scale.lastMinute - duration));
    if (newColumn == column && newStart == start)
        return;
    m_cursor = {newColumn, newStart, newStart + std::max(step, duration)};
    requestMove(index, newColumn, newStart);
    ensureCursorVisible();
}

void CalendarView::moveCursor(int dColumn, int dSteps, bool extend)
{
    const int step = m_scale.minutesPerRow;
    GridCursor c = m_cursor;
    c.column = std::clamp(c.column + dColumn, 0, int(m_columns.size()) - 1);
    if (extend && dSteps != 0) {
        c.endMinute =
            std::clamp(c.endMinute + dSteps * step, c.startMinute + step, m_scale.lastMinute);
    } else if (dSteps != 0) {
        const int from = dSteps > 0 ? c.endMinute - step : c.startMinute;
        c.startMinute = std::clamp(snapMinuteDown(from, step) + dSteps * step, m_scale.firstMinute,
                                   m_scale.lastMinute - step);
        c.endMinute = c.startMinute + step;
    }
    m_cursor = c;
    if (!extend)
        selectAtCursor();
    ensureCursorVisible();
    updateAccessibleDescription();
    viewport()->update();
}

void CalendarView::selectAtCursor()
{
    QString found;
    if (m_cursor.isValid()) {
        const double y = m_scale.minuteToY(m_cursor.startMinute);
        m_grid.forEachIn(m_cursor.column, y, y + 0.5, [&](const LaidItem& laid) {
            if (found.isEmpty())
                found = m_items[laid.item].id;
        });
    }
    if (found != m_selectedId) {
        m_selectedId = found;
        updateAccessibleDescription();
        emit selectionChanged();
    }
}

void CalendarView::ensureCursorVisible()
{
    if (!m_cursor.isValid())
        return;
    const double top = m_scale.minuteToY(m_cursor.startMinute);
    const double bottom = m_scale.minuteToY(m_cursor.endMinute);
    const int visible = viewport()->height() - m_geo.headerHeight;
    QScrollBar* v = verticalScrollBar();
    if (top < v->value())
        v->setValue(int(top));
    else if (bottom > v->value() + visible)
        v->setValue(int(bottom) - visible);
    const double left = m_cursor.column * m_geo.columnWidth;
    const double right = left + m_geo.columnWidth;
    const int width = viewport()->width() - m_geo.gutterWidth;
    QScrollBar* h = horizontalScrollBar();
    if (left < h->value())
        h->setValue(int(left));
    else if (right > h->value() + width)
        h->setValue(int(right) - width);
}

bool CalendarView::keyInMonth(QKeyEvent* event)
{
    int days = 0;
    switch (event->key()) {
        case Qt::Key_Left:
            days = -1;
            break;
        case Qt::Key_Right:
            days = 1;
            break;
        case Qt::Key_Up:
            days = -7;
            break;
        case Qt::Key_Down:
            days = 7;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const QDate day = m_monthCursor;
            setMode(Mode::Day);
            setDate(day);
            return true;
        }
        default:
            return false;
    }
    const QDate next = m_monthCursor.addDays(days);
    if (next.month() != m_date.month()) {
        setDate(next);
    }
    m_monthCursor = next;
    viewport()->update();
    return true;
}

bool CalendarView::keyInAgenda(QKeyEvent* event)
{
    const int count = int(m_agenda.size());
    int row = m_agendaRow;
    switch (event->key()) {
        case Qt::Key_Up:
            do
                --row;
            while (row >= 0 && m_agenda[row].item < 0);
            break;
        case Qt::Key_Down:
            do
                ++row;
            while (row < count && m_agenda[row].item < 0);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (row >= 0 && row < count && m_agenda[row].item >= 0)
                emit openRequested(m_items[m_agenda[row].item].id);
            return true;
        default:
            return false;
    }
    if (row < 0 || row >= count)
        return true;
    m_agendaRow = row;
    selectItem(m_items[m_agenda[row].item].id);
    QScrollBar* v = verticalScrollBar();
    const int top = row * kAgendaRowHeight;
    if (top < v->value())
        v->setValue(top - kAgendaRowHeight);  // with its day's heading when there is one
    else if (top + kAgendaRowHeight > v->value() + viewport()->height())
        v->setValue(top + kAgendaRowHeight - viewport()->height());
    viewport()->update();
    return true;
}

}  // namespace fd::calendar::ui
