// The month grid and the agenda list: the faces of the calendar that are not a time grid.
#include "calendar/ui/calendar_painter.h"

#include <QPainter>

#include <algorithm>

namespace fd::calendar::ui {

void CalendarPainter::paintMonth(const MonthPaint& m)
{
    const QRectF area(m.area);
    m_p.fillRect(area, m_c.base);
    m_p.fillRect(QRectF(area.left(), area.top(), area.width(), m.headerHeight), m_c.header);
    const QFontMetrics& bm = m_boldMetrics;
    m_p.setFont(m_bold);
    m_p.setPen(m_c.headerText);
    const QDate first = m.layout->firstDay();
    for (int col = 0; col < 7; ++col) {
        const QRectF cell = MonthLayout::cellRect(area, m.headerHeight, col);
        m_p.drawText(QRectF(cell.left() + 6, area.top(), cell.width() - 8, m.headerHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     m_locale.dayName(first.addDays(col).dayOfWeek(), QLocale::ShortFormat));
    }
    for (int cell = 0; cell < MonthLayout::kDays; ++cell) {
        const QRectF rect = MonthLayout::cellRect(area, m.headerHeight, cell);
        const QDate day = first.addDays(cell);
        const bool inMonth = day.month() == m.month.month();
        if (!inMonth)
            m_p.fillRect(rect, m_c.closed);
        if (day == m.today)
            m_p.fillRect(rect, m_c.todayHeader);
        if (day == m.cursor) {
            m_p.setPen(QPen(m_c.highlight, 2));
            m_p.drawRect(rect.adjusted(1, 1, -1, -1));
        }
        m_p.setPen(QPen(m_c.gridStrong, 0));
        m_p.drawLine(rect.topLeft() + QPointF(0, 0.5), rect.topRight() + QPointF(0, 0.5));
        m_p.drawLine(rect.topLeft() + QPointF(0.5, 0), rect.bottomLeft() + QPointF(0.5, 0));

        const std::vector<int>& ids = m.layout->itemsOn(cell);
        m_p.setFont(day == m.today ? m_bold : m_font);
        m_p.setPen(inMonth ? m_c.text : m_c.mutedText);
        const QRectF head(rect.left() + 5, rect.top() + 2, rect.width() - 10, bm.height());
        m_p.drawText(head, Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));
        if (!ids.empty()) {
            m_p.setFont(m_small);
            m_p.setPen(m_c.mutedText);
            m_p.drawText(head, Qt::AlignRight | Qt::AlignTop,
                         tr("%n appt(s)", nullptr, int(ids.size())));
        }
        paintMonthItems(rect, head.bottom(), ids, *m.items);
    }
}

// As many of the day's first appointments as fit under its number, then "+N more".
void CalendarPainter::paintMonthItems(const QRectF& rect, double top, const std::vector<int>& ids,
                                      const std::vector<CalendarItem>& items)
{
    const QFontMetrics& sm = m_smallMetrics;
    const int lineHeight = sm.height() + 2;
    const int room = std::max(0, int((rect.bottom() - top - 2) / lineHeight));
    const int shown = int(ids.size()) <= room ? int(ids.size()) : std::max(0, room - 1);
    double y = top + 1;
    m_p.setFont(m_small);
    for (int k = 0; k < shown; ++k) {
        const CalendarItem& item = items[ids[k]];
        const QRectF line(rect.left() + 4, y, rect.width() - 8, lineHeight - 1);
        m_p.fillRect(QRectF(line.left(), line.top() + 1, 3, line.height() - 2),
                     item.isMuted() ? m_c.mutedText : CalendarColors::statusColor(item.status));
        m_p.setPen(item.isMuted() ? m_c.mutedText : m_c.text);
        const QString text =
            m_locale.toString(item.start.time(), m_timeFormat) + QLatin1Char(' ') + item.title;
        m_p.drawText(line.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     sm.elidedText(text, Qt::ElideRight, int(line.width()) - 6));
        y += lineHeight;
    }
    if (shown < int(ids.size()) && room > 0) {
        m_p.setPen(m_c.highlight);
        m_p.drawText(QRectF(rect.left() + 10, y, rect.width() - 14, lineHeight - 1),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("+%n more", nullptr, int(ids.size()) - shown));
    }
}

void CalendarPainter::paintAgenda(const AgendaPaint& a)
{
    m_p.fillRect(a.area, m_c.base);
    const int count = int(a.rows->size());
    if (count == 0) {
        m_p.setPen(m_c.mutedText);
        m_p.setFont(m_font);
        m_p.drawText(a.area, Qt::AlignCenter, tr("No appointments in these days."));
        return;
    }
    const int firstRow = std::max(0, a.scrollY / a.rowHeight);
    const int lastRow = std::min(count - 1, (a.scrollY + a.area.height()) / a.rowHeight);
    const QLocale& locale = m_locale;
    const int timeWidth =
        m_smallMetrics.horizontalAdvance(m_locale.toString(QTime(10, 45), m_timeFormat)) * 2 + 24;
    for (int r = firstRow; r <= lastRow; ++r) {
        const AgendaRow& row = (*a.rows)[r];
        const QRectF rect(a.area.left(), a.area.top() + r * a.rowHeight - a.scrollY, a.area.width(),
                          a.rowHeight);
        if (row.item < 0) {
            m_p.fillRect(rect, m_c.header);
            m_p.setFont(m_bold);
            m_p.setPen(m_c.headerText);
            m_p.drawText(rect.adjusted(10, 0, -10, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(row.date, QLocale::LongFormat));
            m_p.setPen(QPen(m_c.gridStrong, 0));
            m_p.drawLine(rect.bottomLeft() - QPointF(0, 0.5), rect.bottomRight() - QPointF(0, 0.5));
            continue;
        }
        paintAgendaItem(rect, (*a.items)[row.item], r == a.selectedRow, timeWidth,
                        a.resourceTitles.value((*a.items)[row.item].resourceId));
    }
}

// Time, status bar, patient, type and provider, status on the right.
void CalendarPainter::paintAgendaItem(const QRectF& rect, const CalendarItem& item, bool selected,
                                      int timeWidth, const QString& resourceTitle)
{
    const QFontMetrics& sm = m_smallMetrics;
    if (selected)
        m_p.fillRect(rect, m_c.cursor);
    m_p.fillRect(QRectF(rect.left() + 4, rect.top() + 4, 4, rect.height() - 8),
                 item.isMuted() ? m_c.mutedText : CalendarColors::statusColor(item.status));
    m_p.setFont(m_small);
    m_p.setPen(item.isMuted() ? m_c.mutedText : m_c.text);
    m_p.drawText(rect.adjusted(14, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                 timeRange(item, m_locale));
    const double statusWidth = sm.horizontalAdvance(statusText(ItemStatus::WithProvider)) + 16;
    const double rest = rect.width() - timeWidth - statusWidth - 14;
    const QRectF titleRect(rect.left() + 14 + timeWidth, rect.top(), rest * 0.45, rect.height());
    QFont titleFont = m_bold;
    titleFont.setStrikeOut(item.status == ItemStatus::Cancelled);
    m_p.setFont(titleFont);
    const QString title = item.overbook ? tr("%1 (overbooked)").arg(item.title) : item.title;
    m_p.drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, int(titleRect.width()) - 6));
    m_p.setFont(m_small);
    m_p.setPen(m_c.mutedText);
    const QString detail = QStringList{item.subtitle, resourceTitle}.join(QStringLiteral(" · "));
    const QRectF detailRect(titleRect.right(), rect.top(), rest * 0.55, rect.height());
    m_p.drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                 sm.elidedText(detail, Qt::ElideRight, int(detailRect.width()) - 6));
    m_p.setPen(item.isMuted()
                   ? m_c.mutedText
                   : CalendarColors::statusColor(item.status).darker(m_c.dark ? 60 : 125));
    m_p.drawText(QRectF(rect.right() - statusWidth, rect.top(), statusWidth - 8, rect.height()),
                 Qt::AlignRight | Qt::AlignVCenter, statusText(item.status));
    m_p.setPen(QPen(m_c.grid, 0));
    m_p.drawLine(rect.bottomLeft() - QPointF(0, 0.5), rect.bottomRight() - QPointF(0, 0.5));
}

}  // namespace fd::calendar::ui
