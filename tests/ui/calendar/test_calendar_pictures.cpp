// Pictures of the day and week views over a fictional practice, for the docs. Written to a
// temporary folder, or to FRONTDESK_CALENDAR_PICTURES:
//   FRONTDESK_CALENDAR_PICTURES=docs/images build/bin/test_calendar_ui "Pictures*"
#include "calendar_synthetic.h"
#include "calendar_ui_support.h"

#include <QDir>
#include <QScrollBar>
#include <QTemporaryDir>

using namespace fd;
using namespace fd::calendar::ui;
using namespace fd::calendar::ui::test;

namespace {

QString pictureDir(QTemporaryDir& temp)
{
    const QString target = qEnvironmentVariable("FRONTDESK_CALENDAR_PICTURES");
    return target.isEmpty() ? temp.path() : target;
}

// The share of pixels that differ from the most common colour: a blank picture has none.
double busyShare(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            ++counts[image.pixel(x, y)];
    int most = 0;
    int total = 0;
    for (int n : counts) {
        most = std::max(most, n);
        total += n;
    }
    return 1.0 - double(most) / total;
}

}  // namespace

TEST_CASE("Pictures of the day and week views with a fictional practice", "[calendar_ui]")
{
    QTemporaryDir temp;
    const QString dir = pictureDir(temp);
    const QDateTime now(kMonday, QTime(10, 40), QTimeZone::utc());
    MemoryCalendarSource source;
    SyntheticOptions options;
    options.providers = 8;
    options.from = kMonday;
    options.days = 7;
    options.perProviderPerDay = 16;
    options.now = now;
    options.holiday = kMonday.addDays(3);
    options.holidayName = QStringLiteral("Thanksgiving Day");
    fillSynthetic(source, options);

    CalendarView view;
    view.setClock(std::make_shared<FixedClock>(now));
    view.setVisibleHours(7, 18);
    view.setMinutesPerRow(15);
    view.setDate(kMonday);
    view.setDataSource(&source);
    view.resize(1440, 960);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.scrollToTime(QTime(7, 30));
    view.selectItem(source.items()[3].id);
    REQUIRE(view.columns().size() == 8);

    const QImage day = view.grab().toImage();
    CHECK(busyShare(day) > 0.2);
    REQUIRE(day.save(QDir(dir).filePath(QStringLiteral("calendar-day.png"))));

    view.selectItem(QString());
    view.columnFilter()->showOnly({QStringLiteral("prov-001"), QStringLiteral("prov-002")});
    view.setMode(CalendarView::Mode::WorkWeek);
    view.setWeekGrouping(CalendarView::WeekGrouping::ByDay);
    REQUIRE(view.columns().size() == 10);
    view.scrollToTime(QTime(7, 30));
    const QImage week = view.grab().toImage();
    CHECK(busyShare(week) > 0.2);
    REQUIRE(week.save(QDir(dir).filePath(QStringLiteral("calendar-week.png"))));

    // The other two faces paint as well (looked at by eye, not kept in the docs).
    view.setMode(CalendarView::Mode::Month);
    CHECK(view.monthItemCount(kMonday) > 20);
    CHECK(busyShare(view.grab().toImage()) > 0.05);
    view.setMode(CalendarView::Mode::Agenda);
    CHECK(busyShare(view.grab().toImage()) > 0.05);
}
