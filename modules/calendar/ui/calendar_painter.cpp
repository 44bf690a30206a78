#include "calendar/ui/calendar_painter.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fd::calendar::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, double amountOfA)
{
    const double t = std::clamp(amountOfA, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)),
                            float(a.greenF() * t + b.greenF() * (1 - t)),
                            float(a.blueF() * t + b.blueF() * (1 - t)));
}

// Lines one device pixel wide land on pixel centres at a device pixel ratio of 1.
double crisp(double v)
{
    return std::floor(v) + 0.5;
}

}  // namespace

CalendarColors CalendarColors::from(const QPalette& palette)
{
    CalendarColors c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = c.base.lightnessF() < 0.5;
    const QColor window = palette.color(QPalette::Window);
    c.closed =
        c.dark ? mix(window, QColor(0, 0, 0), 0.7) : mix(window, QColor(120, 120, 130), 0.82);
    c.block = c.dark ? QColor(74, 64, 40) : QColor(250, 236, 204);
    c.blockText = c.dark ? QColor(230, 205, 150) : QColor(120, 85, 20);
    c.holidayHatch = c.dark ? QColor(150, 110, 110) : QColor(190, 120, 120);
    c.grid = mix(c.text, c.base, 0.09);
    c.gridStrong = mix(c.text, c.base, 0.22);
    c.mutedText = mix(c.text, c.base, 0.6);
    c.header = window;
    c.headerText = palette.color(QPalette::WindowText);
    c.todayHeader = mix(palette.color(QPalette::Highlight), window, 0.18);
    c.nowLine = QColor(220, 38, 38);
    c.highlight = palette.color(QPalette::Highlight);
    c.cursor = mix(c.highlight, c.base, 0.22);
    c.banner = c.dark ? QColor(120, 40, 40) : QColor(254, 226, 226);
    c.bannerText = c.dark ? QColor(255, 230, 230) : QColor(127, 29, 29);
    c.itemDefault = QColor(91, 141, 239);
    return c;
}

QColor CalendarColors::statusColor(ItemStatus status)
{
    switch (status) {
        case ItemStatus::Scheduled:
            return QColor(148, 160, 175);
        case ItemStatus::Confirmed:
            return QColor(37, 99, 235);
        case ItemStatus::Arrived:
            return QColor(217, 150, 20);
        case ItemStatus::Roomed:
            return QColor(142, 68, 173);
        case ItemStatus::WithProvider:
            return QColor(13, 148, 136);
        case ItemStatus::CheckedOut:
            return QColor(22, 163, 74);
        case ItemStatus::Cancelled:
            return QColor(190, 60, 50);
        case ItemStatus::NoShow:
            return QColor(120, 30, 30);
    }
    return QColor(148, 160, 175);
}

CalendarPainter::CalendarPainter(QPainter& painter, const CalendarColors& colors, const QFont& font,
                                 CalendarTextCache* cache)
    : m_p(painter),
      m_c(colors),
      m_cache(cache),
      m_font(font),
      m_bold(boldOf(font)),
      m_small(smallOf(font)),
      m_boldMetrics(m_bold),
      m_smallMetrics(m_small),
      m_timeFormat(shortTimeFormat(m_locale))
{
}

QFont CalendarPainter::boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QFont CalendarPainter::smallOf(QFont font)
{
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    return font;
}

// Drawn at the baseline rather than into a rectangle with alignment flags: the rectangle form
// lays the text out for line breaking, which costs several times more with many short labels.
double CalendarPainter::textLine(const QRectF& box, const QFontMetrics& fm, const QString& text,
                                 Qt::Alignment align)
{
    const int room = int(box.width());
    if (room <= 0 || text.isEmpty())
        return 0;
    if (m_cache) {
        const CalendarLabel& label = m_cache->label(text, m_p.font(), fm, room);
        if (label.width <= 0)
            return 0;
        const double x = align & Qt::AlignRight ? box.right() - label.width : box.left();
        if (label.shaped)
            m_p.drawStaticText(QPointF(x, box.top()), label.text);
        else
            m_p.drawGlyphRun(QPointF(x, box.top() + fm.ascent()), label.glyphs);
        return label.width;
    }
    int width = fm.horizontalAdvance(text);
    QString shown = text;
    if (width > room) {
        shown = fm.elidedText(text, Qt::ElideRight, room);
        width = fm.horizontalAdvance(shown);
    }
    const double x = align & Qt::AlignRight ? box.right() - width : box.left();
    m_p.drawText(QPointF(x, box.top() + fm.ascent()), shown);
    return width;
}

QString CalendarPainter::statusText(ItemStatus status)
{
    switch (status) {
        case ItemStatus::Scheduled:
            return tr("Scheduled");
        case ItemStatus::Confirmed:
            return tr("Confirmed");
        case ItemStatus::Arrived:
            return tr("Arrived");
        case ItemStatus::Roomed:
            return tr("Roomed");
        case ItemStatus::WithProvider:
            return tr("With provider");
        case ItemStatus::CheckedOut:
            return tr("Checked out");
        case ItemStatus::Cancelled:
            return tr("Cancelled");
        case ItemStatus::NoShow:
            return tr("No-show");
    }
    return QString();
}

QString CalendarPainter::shortTimeFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

QString CalendarPainter::shortTime(const QLocale& locale, const QTime& time)
{
    return locale.toString(time, shortTimeFormat(locale));
}

QString CalendarPainter::timeRange(const CalendarItem& item, const QLocale& locale)
{
    return tr("%1–%2").arg(CalendarPainter::shortTime(locale, item.start.time()),
                           CalendarPainter::shortTime(locale, item.end.time()));
}

QString CalendarPainter::itemSummary(const CalendarItem& item, const QLocale& locale)
{
    QStringList parts{timeRange(item, locale), item.title};
    if (!item.subtitle.isEmpty())
        parts << item.subtitle;
    parts << statusText(item.status);
    if (item.overbook)
        parts << tr("overbooked");
    if (item.recurring)
        parts << tr("recurring");
    return parts.join(QStringLiteral(", "));
}

void CalendarPainter::paintGrid(const GridPaint& g)
{
    const auto [first, last] = g.geo.visibleColumns();
    m_p.save();
    m_p.setClipRect(QRect(g.geo.gutterWidth, g.geo.headerHeight,
                          g.geo.viewportWidth - g.geo.gutterWidth,
                          g.geo.viewportHeight - g.geo.headerHeight));
    paintBackgrounds(g, first, last);
    paintGridLines(g, first, last);
    if (g.cursor.isValid())
        paintRange(g, g.cursor, false);
    paintItems(g, first, last);
    if (g.ghost.isValid())
        paintRange(g, g.ghost, true);
    paintNowLine(g, first, last);
    m_p.restore();
    paintGutter(g);
    paintHeader(g, first, last);
}

void CalendarPainter::paintBackgrounds(const GridPaint& g, int first, int last)
{
    const GridGeometry& geo = g.geo;
    const double top = geo.yOf(geo.scale.firstMinute);
    const double bottom = geo.yOf(geo.scale.lastMinute);
    m_p.fillRect(QRectF(geo.gutterWidth, geo.headerHeight, geo.viewportWidth, geo.viewportHeight),
                 m_c.closed);
    const auto minuteOf = [](const QDateTime& t, const QDate& day) {
        if (t.date() > day)
            return 24 * 60;
        return t.time().hour() * 60 + t.time().minute();
    };
    // Open hours first, then blocks and holidays over them.
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = first; c <= last; ++c) {
            const double x = std::round(geo.columnX(c));
            const double w = std::round(geo.columnX(c + 1)) - x;
            const QDate day = (*g.columns)[c].date;
            for (int b : g.layout->backgroundsIn(c)) {
                const BackgroundRange& r = (*g.backgrounds)[b];
                if ((r.kind == BackgroundKind::Open) != (pass == 0))
                    continue;
                const double y0 = std::max(top, std::round(geo.yOf(minuteOf(r.start, day))));
                const double y1 = std::min(bottom, std::round(geo.yOf(minuteOf(r.end, day))));
                if (y1 <= y0)
                    continue;
                const QRectF rect(x, y0, w, y1 - y0);
                if (r.kind == BackgroundKind::Open) {
                    m_p.fillRect(rect, m_c.base);
                    continue;
                }
                if (r.kind == BackgroundKind::Block) {
                    m_p.fillRect(rect, m_c.block);
                } else {
                    m_p.fillRect(rect, m_c.closed);
                    m_p.fillRect(rect, QBrush(m_c.holidayHatch, Qt::BDiagPattern));
                }
                if (!r.label.isEmpty() && rect.height() >= 12) {
                    m_p.setFont(m_small);
                    m_p.setPen(r.kind == BackgroundKind::Block ? m_c.blockText : m_c.text);
                    const QRectF textRect = rect.adjusted(4, 1, -4, 0);
                    textLine(textRect, m_smallMetrics, r.label, Qt::AlignRight);
                }
            }
        }
    }
}

void CalendarPainter::paintGridLines(const GridPaint& g, int first, int last)
{
    const GridGeometry& geo = g.geo;
    const TimeScale& s = geo.scale;
    const double left = geo.gutterWidth;
    const double right = std::min<double>(geo.viewportWidth, geo.columnX(last + 1));
    const int firstRow = std::max(0, int(geo.visibleTop() / rowHeightFor(s.minutesPerRow)));
    const int lastRow =
        std::min(s.rows(), int(geo.visibleBottom() / rowHeightFor(s.minutesPerRow)) + 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int minute = s.firstMinute + row * s.minutesPerRow;
        if (minute > s.lastMinute)
            break;
        m_p.setPen(QPen(minute % 60 == 0 ? m_c.gridStrong : m_c.grid, 0));
        const double y = crisp(geo.yOf(minute));
        m_p.drawLine(QPointF(left, y), QPointF(right, y));
    }
    const double top = geo.headerHeight;
    const double bottom = std::min<double>(geo.viewportHeight, geo.yOf(s.lastMinute));
    QSet<int> groupStarts;
    if (g.groups)
        for (const ColumnGroup& group : *g.groups)
            groupStarts.insert(group.first);
    for (int c = first; c <= last + 1; ++c) {
        const double x = crisp(std::round(geo.columnX(c)) - 1);
        const bool strong = groupStarts.contains(c) && g.groups->size() > 1;
        m_p.setPen(QPen(strong ? m_c.text : m_c.gridStrong, strong ? 1.5 : 0));
        m_p.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void CalendarPainter::paintItems(const GridPaint& g, int first, int last)
{
    const GridGeometry& geo = g.geo;
    for (int c = first; c <= last; ++c) {
        g.layout->forEachIn(c, geo.visibleTop(), geo.visibleBottom(), [&](const LaidItem& laid) {
            const bool faded = laid.item == g.draggedItem || g.pinnedItems.contains(laid.item);
            if (faded)
                m_p.setOpacity(0.45);
            paintItem(geo.itemRect(laid, c), (*g.items)[laid.item], laid.item == g.selectedItem,
                      g.pendingItems.contains(laid.item) || g.pinnedItems.contains(laid.item));
            if (faded)
                m_p.setOpacity(1.0);
        });
    }
}

void CalendarPainter::paintItem(const QRectF& rect, const CalendarItem& item, bool selected,
                                bool dashed)
{
    const QColor color = item.color.isValid() ? item.color : m_c.itemDefault;
    const bool muted = item.isMuted();
    QColor fill = mix(color, m_c.base, m_c.dark ? 0.45 : 0.22);
    QColor textColor = m_c.text;
    if (muted) {
        fill = mix(fill, m_c.closed, 0.4);
        textColor = m_c.mutedText;
    }
    // Square corners: with hundreds of items a rounded path costs more than the rest of the item.
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    m_p.fillRect(rect, fill);
    const QColor status = CalendarColors::statusColor(item.status);
    const double bar = std::min(5.0, rect.width() / 3);
    m_p.fillRect(QRectF(rect.left() + 0.5, rect.top() + 0.5, bar, rect.height() - 1),
                 muted ? m_c.mutedText : status);
    QPen border(selected ? m_c.highlight : mix(color, m_c.text, 0.7), selected ? 2 : 1);
    if (dashed)
        border.setStyle(Qt::DashLine);
    m_p.setPen(border);
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(box);
    if (item.overbook || item.recurring)
        paintMarkers(rect, item);

    const QRectF text = rect.adjusted(bar + 4, 1, -(item.overbook || item.recurring ? 16 : 3), -1);
    if (text.width() < 24 || text.height() < 6)
        return;  // too small for words: the colours and the tooltip tell
    // Labels are elided to the width and lines drawn only where they fit, so only an item
    // lower than one line needs a clip (saving the painter's state for each item costs more
    // than drawing it).
    const bool clip = text.height() < m_smallMetrics.height();
    if (clip) {
        m_p.save();
        m_p.setClipRect(rect, Qt::IntersectClip);
    }
    m_p.setPen(textColor);
    QFont titleFont = m_bold;
    titleFont.setStrikeOut(item.status == ItemStatus::Cancelled);
    if (text.height() < m_boldMetrics.height() + m_smallMetrics.height())
        paintItemLine(text, item, titleFont);
    else
        paintItemLines(text, item, titleFont,
                       muted ? m_c.mutedText : status.darker(m_c.dark ? 60 : 120));
    if (clip)
        m_p.restore();
}

// One line: time and title, or the title alone where the lane is narrow (the grid shows the
// time), both in the small font.
void CalendarPainter::paintItemLine(const QRectF& text, const CalendarItem& item, QFont titleFont)
{
    titleFont.setPointSizeF(m_small.pointSizeF());
    const QFontMetrics fm(titleFont);
    const QFontMetrics& sm = m_smallMetrics;
    // Times recur across items: their text and width come from the cache when there is one.
    const QString time = m_cache ? m_cache->timeText(m_locale, m_timeFormat, item.start.time())
                                 : m_locale.toString(item.start.time(), m_timeFormat);
    const double timeWidth =
        m_cache ? m_cache->label(time, m_small, sm, 1 << 16).width : sm.horizontalAdvance(time);
    const bool narrow = text.width() < timeWidth + 10 * fm.averageCharWidth();
    const int tw = narrow ? 0 : int(std::ceil(timeWidth)) + 4;
    if (!narrow) {
        m_p.setFont(m_small);
        textLine(text, sm, time);
    }
    m_p.setFont(titleFont);
    textLine(text.adjusted(tw, 0, 0, 0), fm, item.title);
}

// The title, then the time with the subtitle, then the status where there is room.
void CalendarPainter::paintItemLines(const QRectF& text, const CalendarItem& item,
                                     const QFont& titleFont, const QColor& statusColor)
{
    const QFontMetrics& fm =
        item.status == ItemStatus::Cancelled ? QFontMetrics(titleFont) : m_boldMetrics;
    const QFontMetrics& sm = m_smallMetrics;
    m_p.setFont(titleFont);
    textLine(text, fm, item.title);
    m_p.setFont(m_small);
    // The time and the subtitle apart: both recur across items, so their shaped labels are shared.
    const QRectF second = text.adjusted(0, fm.height(), 0, 0);
    const auto timeOf = [&](const QTime& t) {
        return m_cache ? m_cache->timeText(m_locale, m_timeFormat, t)
                       : m_locale.toString(t, m_timeFormat);
    };
    if (item.subtitle.isEmpty()) {
        textLine(second, sm,
                 m_cache ? tr("%1–%2").arg(timeOf(item.start.time()), timeOf(item.end.time()))
                         : timeRange(item, m_locale));
    } else {
        const double used = textLine(second, sm, timeOf(item.start.time()));
        textLine(second.adjusted(used + sm.averageCharWidth(), 0, 0, 0), sm, item.subtitle);
    }
    if (text.height() >= fm.height() + 2 * sm.height() && item.status != ItemStatus::Scheduled) {
        m_p.setPen(statusColor);
        textLine(text.adjusted(0, fm.height() + sm.height(), 0, 0), sm, statusText(item.status));
    }
}

void CalendarPainter::paintMarkers(const QRectF& rect, const CalendarItem& item)
{
    double right = rect.right() - 2;
    if (item.overbook && rect.width() > 12) {
        // A red corner flag with an exclamation mark.
        QPainterPath flag;
        flag.moveTo(rect.right() - 14, rect.top() + 0.5);
        flag.lineTo(rect.right() - 0.5, rect.top() + 0.5);
        flag.lineTo(rect.right() - 0.5, rect.top() + 14);
        flag.closeSubpath();
        m_p.fillPath(flag, QColor(220, 38, 38));
        m_p.setPen(Qt::white);
        m_p.setFont(m_small);
        m_p.drawText(QRectF(rect.right() - 8, rect.top(), 8, 9), Qt::AlignCenter,
                     QStringLiteral("!"));
        right -= 14;
    }
    if (item.recurring && rect.width() > 26 && rect.height() > 10) {
        // Two arrows chasing each other round a circle.
        const QRectF circle(right - 9, rect.top() + 3, 8, 8);
        m_p.setPen(QPen(m_c.mutedText, 1.2));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawArc(circle, 30 * 16, 300 * 16);
        const QPointF tip(circle.center().x() + 4 * std::cos(M_PI / 6),
                          circle.center().y() - 4 * std::sin(M_PI / 6));
        m_p.drawLine(tip, tip + QPointF(-2.5, -1.0));
        m_p.drawLine(tip, tip + QPointF(0.5, -2.8));
    }
}

void CalendarPainter::paintRange(const GridPaint& g, const GridCursor& range, bool ghost)
{
    const GridGeometry& geo = g.geo;
    const double x = geo.columnX(range.column) + 1;
    const double y0 = geo.yOf(range.startMinute);
    const double y1 = geo.yOf(range.endMinute);
    const QRectF rect(x, y0, geo.columnWidth - 3, std::max(3.0, y1 - y0 - 1));
    QColor fill = m_c.highlight;
    fill.setAlphaF(ghost ? 0.30f : 0.14f);
    m_p.fillRect(rect, fill);
    QPen pen(m_c.highlight, ghost ? 2 : 1, Qt::DashLine);
    m_p.setPen(pen);
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    if (ghost && !g.ghostLabel.isEmpty()) {
        m_p.setFont(m_bold);
        m_p.setPen(m_c.text);
        m_p.drawText(rect.adjusted(6, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, g.ghostLabel);
    }
}

void CalendarPainter::paintNowLine(const GridPaint& g, int first, int last)
{
    if (!g.now.isValid())
        return;
    const GridGeometry& geo = g.geo;
    const int minute = g.now.time().hour() * 60 + g.now.time().minute();
    if (minute < geo.scale.firstMinute || minute > geo.scale.lastMinute)
        return;
    const double y = crisp(geo.yOf(minute));
    m_p.setPen(QPen(m_c.nowLine, 2));
    for (int c = first; c <= last; ++c) {
        if ((*g.columns)[c].date != g.now.date())
            continue;
        m_p.drawLine(QPointF(geo.columnX(c), y), QPointF(geo.columnX(c + 1) - 1, y));
    }
}

void CalendarPainter::paintGutter(const GridPaint& g)
{
    const GridGeometry& geo = g.geo;
    const QRect gutter(0, geo.headerHeight, geo.gutterWidth, geo.viewportHeight - geo.headerHeight);
    m_p.fillRect(gutter, m_c.header);
    m_p.setPen(QPen(m_c.gridStrong, 0));
    m_p.drawLine(QPointF(geo.gutterWidth - 0.5, geo.headerHeight),
                 QPointF(geo.gutterWidth - 0.5, geo.viewportHeight));
    m_p.save();
    m_p.setClipRect(gutter);
    m_p.setFont(m_small);
    const QFontMetrics fm(m_small);
    const TimeScale& s = geo.scale;
    const int labelEvery = s.minutesPerRow <= 10 ? 30 : 60;
    for (int minute = (s.firstMinute + labelEvery - 1) / labelEvery * labelEvery;
         minute <= s.lastMinute; minute += labelEvery) {
        const double y = geo.yOf(minute);
        if (y < geo.headerHeight - fm.height() || y > geo.viewportHeight + fm.height())
            continue;
        m_p.setPen(minute % 60 == 0 ? m_c.headerText : m_c.mutedText);
        const QString label =
            CalendarPainter::shortTime(m_locale, QTime(minute / 60 % 24, minute % 60));
        // The label sits just below its line, so the first one is not cut by the header.
        textLine(QRectF(2, y + 1, geo.gutterWidth - 8, fm.height()), fm, label, Qt::AlignRight);
    }
    if (g.now.isValid()) {
        const int minute = g.now.time().hour() * 60 + g.now.time().minute();
        const bool shown =
            std::any_of(g.columns->begin(), g.columns->end(),
                        [&](const CalendarColumn& c) { return c.date == g.now.date(); });
        if (shown && minute >= s.firstMinute && minute <= s.lastMinute) {
            const double y = geo.yOf(minute);
            m_p.setBrush(m_c.nowLine);
            m_p.setPen(Qt::NoPen);
            m_p.drawEllipse(QPointF(geo.gutterWidth - 4, y), 4, 4);
        }
    }
    m_p.restore();
}

void CalendarPainter::paintHeader(const GridPaint& g, int first, int last)
{
    const GridGeometry& geo = g.geo;
    m_p.fillRect(QRect(0, 0, geo.viewportWidth, geo.headerHeight), m_c.header);
    const QFontMetrics bm(m_bold);
    const QFontMetrics sm(m_small);
    m_p.save();
    m_p.setClipRect(
        QRect(geo.gutterWidth, 0, geo.viewportWidth - geo.gutterWidth, geo.headerHeight));
    if (g.groupHeight > 0 && g.groups) {
        for (const ColumnGroup& group : *g.groups) {
            if (group.first > last || group.first + group.count - 1 < first)
                continue;
            const double gx0 = geo.columnX(group.first);
            const double gx1 = geo.columnX(group.first + group.count);
            // Sticky: the title stays in view while any column of its group does.
            const double x0 = std::max<double>(gx0, geo.gutterWidth);
            const QRectF rect(x0 + 6, 0, gx1 - x0 - 10, g.groupHeight);
            m_p.setFont(m_bold);
            m_p.setPen(m_c.headerText);
            textLine(rect.adjusted(0, (rect.height() - bm.height()) / 2, 0, 0), bm, group.title);
            m_p.setPen(QPen(m_c.gridStrong, 0));
            m_p.drawLine(QPointF(gx0, g.groupHeight - 0.5), QPointF(gx1, g.groupHeight - 0.5));
            m_p.drawLine(QPointF(crisp(gx0) - 1, 0), QPointF(crisp(gx0) - 1, geo.headerHeight));
        }
    }
    const QDate today = g.now.isValid() ? g.now.date() : QDate();
    for (int c = first; c <= last; ++c) {
        const CalendarColumn& column = (*g.columns)[c];
        const double x = geo.columnX(c);
        const QRectF cell(x, g.groupHeight, geo.columnWidth, geo.headerHeight - g.groupHeight);
        if (column.date == today && g.groupHeight > 0)
            m_p.fillRect(cell, m_c.todayHeader);
        const QRectF text = cell.adjusted(6, 3, -4, -2);
        m_p.setFont(m_bold);
        m_p.setPen(m_c.headerText);
        textLine(text, bm, column.title);
        if (!column.location.isEmpty() && text.height() >= bm.height() + sm.height() - 2) {
            m_p.setFont(m_small);
            m_p.setPen(m_c.mutedText);
            textLine(text.adjusted(0, bm.height(), 0, 0), sm, column.location);
        }
        m_p.setPen(QPen(m_c.gridStrong, 0));
        m_p.drawLine(QPointF(crisp(std::round(x)) - 1, g.groupHeight),
                     QPointF(crisp(std::round(x)) - 1, geo.headerHeight));
    }
    m_p.restore();
    m_p.setPen(QPen(m_c.gridStrong, 0));
    m_p.drawLine(QPointF(0, geo.headerHeight - 0.5),
                 QPointF(geo.viewportWidth, geo.headerHeight - 0.5));
    m_p.setFont(m_small);
    m_p.setPen(m_c.mutedText);
    m_p.drawText(QRect(2, 0, geo.gutterWidth - 6, geo.headerHeight - 3),
                 Qt::AlignRight | Qt::AlignBottom, g.cornerText);
}

void CalendarPainter::paintBanner(const QRect& viewport, int top, const QString& text)
{
    if (text.isEmpty())
        return;
    const QFontMetrics fm(m_bold);
    const int w = std::min(viewport.width() - 20, fm.horizontalAdvance(text) + 28);
    const QRectF rect(viewport.center().x() - w / 2.0, top + 8, w, fm.height() + 14);
    QPainterPath path;
    path.addRoundedRect(rect, 6, 6);
    m_p.fillPath(path, m_c.banner);
    m_p.setPen(QPen(m_c.bannerText, 1));
    m_p.drawPath(path);
    m_p.setFont(m_bold);
    m_p.drawText(rect.adjusted(14, 0, -14, 0), Qt::AlignCenter,
                 fm.elidedText(text, Qt::ElideRight, w - 28));
}

}  // namespace fd::calendar::ui
