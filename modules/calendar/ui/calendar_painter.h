#pragma once

// Painting of the calendar's three faces (time grid, month, agenda). Everything the view shows
// is drawn here from the cached layout; no widget per item.

#include "calendar/ui/calendar_layout.h"
#include "calendar/ui/calendar_text_cache.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

class QPainter;

namespace fd::calendar::ui {

struct CalendarColors
{
    QColor base, closed, block, blockText, holidayHatch, grid, gridStrong, text, mutedText;
    QColor header, headerText, todayHeader, nowLine, cursor, highlight, banner, bannerText,
        itemDefault;
    bool dark = false;

    static CalendarColors from(const QPalette& palette);
    static QColor statusColor(ItemStatus status);
};

// Groups of columns under one heading (a provider's days, or a day's providers).
struct ColumnGroup
{
    QString title;
    int first = 0;
    int count = 0;
};

struct GridCursor
{
    int column = -1;
    int startMinute = 0;
    int endMinute = 0;
    bool isValid() const { return column >= 0 && endMinute > startMinute; }
};

struct GridPaint
{
    GridGeometry geo;
    int groupHeight = 0;  // the header's top band with group titles, 0 without groups
    const std::vector<CalendarColumn>* columns = nullptr;
    const std::vector<ColumnGroup>* groups = nullptr;
    const std::vector<CalendarItem>* items = nullptr;
    const std::vector<BackgroundRange>* backgrounds = nullptr;
    const GridLayout* layout = nullptr;
    int selectedItem = -1;
    QSet<int> pendingItems;  // moved or resized, waiting for the owner's answer
    QSet<int> pinnedItems;   // cut to the pinboard
    int draggedItem = -1;    // painted faded while its ghost moves
    GridCursor cursor;
    GridCursor ghost;
    QString ghostLabel;
    QDateTime now;  // in the display zone; invalid hides the current-time line
    QString cornerText;
};

struct MonthPaint
{
    QRect area;
    const MonthLayout* layout = nullptr;
    const std::vector<CalendarItem>* items = nullptr;
    QDate month;  // any date of the month shown
    QDate today;
    QDate cursor;
    int headerHeight = 24;
};

struct AgendaPaint
{
    QRect area;
    int rowHeight = 28;
    int scrollY = 0;
    const std::vector<AgendaRow>* rows = nullptr;
    const std::vector<CalendarItem>* items = nullptr;
    QHash<QString, QString> resourceTitles;
    int selectedRow = -1;
};

class CalendarPainter
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::ui::CalendarPainter)

public:
    CalendarPainter(QPainter& painter, const CalendarColors& colors, const QFont& font,
                    CalendarTextCache* cache = nullptr);

    void paintGrid(const GridPaint& g);
    void paintMonth(const MonthPaint& m);
    void paintAgenda(const AgendaPaint& a);
    void paintBanner(const QRect& viewport, int top, const QString& text);

    // One item in its rectangle, as the grid and the agenda show it.
    void paintItem(const QRectF& rect, const CalendarItem& item, bool selected, bool dashed);

    static QString statusText(ItemStatus status);
    // The locale's short time without seconds (the C locale's short format has them).
    static QString shortTime(const QLocale& locale, const QTime& time);
    static QString shortTimeFormat(const QLocale& locale);
    static QString timeRange(const CalendarItem& item, const QLocale& locale);
    // A line for the month cell, the tooltip and the accessible description.
    static QString itemSummary(const CalendarItem& item, const QLocale& locale);

private:
    void paintBackgrounds(const GridPaint& g, int first, int last);
    void paintGridLines(const GridPaint& g, int first, int last);
    void paintItems(const GridPaint& g, int first, int last);
    void paintRange(const GridPaint& g, const GridCursor& range, bool ghost);
    void paintNowLine(const GridPaint& g, int first, int last);
    void paintGutter(const GridPaint& g);
    void paintHeader(const GridPaint& g, int first, int last);
    void paintMonthItems(const QRectF& rect, double top, const std::vector<int>& ids,
                         const std::vector<CalendarItem>& items);
    void paintAgendaItem(const QRectF& rect, const CalendarItem& item, bool selected, int timeWidth,
                         const QString& resourceTitle);
    void paintMarkers(const QRectF& rect, const CalendarItem& item);
    // Returns the width drawn.
    double textLine(const QRectF& box, const QFontMetrics& fm, const QString& text,
                    Qt::Alignment align = Qt::AlignLeft);
    static QFont boldOf(QFont font);
    static QFont smallOf(QFont font);
    void paintItemLine(const QRectF& text, const CalendarItem& item, QFont titleFont);
    void paintItemLines(const QRectF& text, const CalendarItem& item, const QFont& titleFont,
                        const QColor& statusColor);

    QPainter& m_p;
    const CalendarColors& m_c;
    CalendarTextCache* m_cache;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QFontMetrics m_boldMetrics;
    QFontMetrics m_smallMetrics;
    QLocale m_locale;
    QString m_timeFormat;
};

}  // namespace fd::calendar::ui
