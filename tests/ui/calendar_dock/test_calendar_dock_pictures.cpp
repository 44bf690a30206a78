// Pictures of the Calendar dock over the demo practice (8 providers, the demo's own
// appointments, hours, lunch and admin blocks, Thanksgiving), for docs/CALENDAR_DOCK.md.
// Written to a temporary folder, or to FRONTDESK_CALENDAR_PICTURES:
//   FRONTDESK_CALENDAR_PICTURES=docs/images build/bin/test_calendar_dock "Pictures*"
#include "calendar/dock/calendar_dock.h"
#include "calendar/dock/calendar_module.h"
#include "calendar/dock/core_calendar_source.h"
#include "calendar/ui/calendar_column_filter.h"
#include "calendar/ui/calendar_view.h"
#include "demo_calendar_practice.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDir>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::test;

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

TEST_CASE("Pictures of the Calendar dock over the demo practice", "[calendar_dock][pictures]")
{
    demo::DemoProfile profile = demo::profileFor(demo::DemoSize::Small);
    profile.providers = 8;
    profile.locations = 2;
    profile.patients = 800;
    profile.monthsBack = 1;
    profile.monthsAhead = 1;
    // Monday of Thanksgiving week, 10:40 in New York.
    const QDate monday(2026, 11, 23);
    DemoCalendarPractice practice(profile, QDateTime(monday, QTime(15, 40), QTimeZone::utc()));
    INFO(practice.error.toStdString());
    REQUIRE(practice.error.isEmpty());

    QTemporaryDir temp;
    const QString dir = pictureDir(temp);
    QDir().mkpath(dir);
    dock::CalendarModule module;
    REQUIRE(module.allModulesInitialized(practice.registry).ok());
    QWidget window;
    auto* dockWidget = qobject_cast<dock::CalendarDock*>(module.docks().front().create(&window));
    REQUIRE(dockWidget);
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dockWidget);
    window.resize(1440, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ui::CalendarView* view = dockWidget->view();
    view->setMinutesPerRow(15);
    view->setDate(monday);
    view->scrollToTime(QTime(8, 0));
    QApplication::processEvents();

    // Day: every provider side by side, with the demo's appointments of the day.
    REQUIRE(view->columns().size() == 8);
    std::set<QString> providersBooked;
    for (const ui::CalendarItem& item : view->items())
        providersBooked.insert(item.resourceId);
    CHECK(providersBooked.size() >= 6);  // some work at the other office that day
    CHECK(view->items().size() >= 60);
    const QImage day = window.grab().toImage();
    CHECK(busyShare(day) > 0.2);
    REQUIRE(day.save(dir + QStringLiteral("/calendar-dock-day.png")));

    // Week: two providers of the main office, grouped by day, Thanksgiving closed.
    const std::vector<ui::CalendarResource> resources = view->columnFilter()->resources();
    REQUIRE(resources.size() >= 2);
    view->columnFilter()->showOnly({resources[0].id, resources[1].id});
    dockWidget->modeBox()->setCurrentIndex(
        dockWidget->modeBox()->findData(int(ui::CalendarView::Mode::Week)));
    REQUIRE(view->mode() == ui::CalendarView::Mode::Week);
    view->setMinutesPerRow(30);
    view->scrollToTime(QTime(7, 30));
    QApplication::processEvents();
    CHECK(view->columns().size() == 14);
    const QImage week = window.grab().toImage();
    CHECK(busyShare(week) > 0.2);
    REQUIRE(week.save(dir + QStringLiteral("/calendar-dock-week.png")));
}
