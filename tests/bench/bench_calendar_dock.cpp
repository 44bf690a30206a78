// The Calendar dock's data source over the scheduling core on a demo practice of 20 providers
// in 4 offices over two time zones (the large demo profile cut to 20 providers, 3,000 patients
// and two months, so it is made in a minute): a week of about 2,000 appointments
//  - fetched through CoreCalendarSource (appointments, names, hours, blocks, holidays);
//  - fetched and laid out by the view, as opening the week or any change does (target < 30 ms);
//  - the same from a new source, with the patients' names read for the first time.
#include "calendar/dock/core_calendar_source.h"
#include "calendar/ui/calendar_view.h"
#include "demo_calendar_practice.h"

#include <benchmark/benchmark.h>

#include <QApplication>

#include <cstdlib>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::test;

namespace {

// Monday of a week without holidays, 10:00 in New York.
const QDate kMonday(2026, 3, 9);

struct Practice
{
    DemoCalendarPractice demo;
    dock::DockServices services;

    static demo::DemoProfile profile()
    {
        demo::DemoProfile p = demo::profileFor(demo::DemoSize::Large);
        p.providers = 20;
        p.patients = 3000;
        p.monthsBack = 1;
        p.monthsAhead = 1;
        return p;
    }

    Practice() : demo(profile(), QDateTime(kMonday, QTime(15, 0), QTimeZone::utc()))
    {
        if (!demo.error.isEmpty())
            qFatal("cannot make the demo practice: %s", qPrintable(demo.error));
        services = dock::DockServices::from(demo.registry);
    }
};

Practice& demoPractice()
{
    static Practice p;
    return p;
}

QStringList providerIds(const dock::CoreCalendarSource& source)
{
    QStringList ids;
    for (const auto& r : source.resources())
        ids << r.id;
    return ids;
}

void BM_DockWeekFetch(benchmark::State& state)
{
    dock::CoreCalendarSource source(demoPractice().services);
    if (!source.loadPractice())
        qFatal("cannot load the practice");
    const QStringList ids = providerIds(source);
    size_t items = 0;
    for (auto _ : state) {
        const ui::CalendarFetch fetched = source.fetch(kMonday, kMonday.addDays(6), ids);
        items = fetched.items.size();
        benchmark::DoNotOptimize(fetched.backgrounds.size());
    }
    state.counters["appointments"] = double(items);
    state.counters["providers"] = double(ids.size());
}
BENCHMARK(BM_DockWeekFetch)->Unit(benchmark::kMillisecond);

// What the dock does when the week is opened or after a change: the view fetches through the
// source, turns the times into the display zone, builds the columns and lays them out.
void BM_DockWeekLoadAndLayout(benchmark::State& state)
{
    dock::CoreCalendarSource source(demoPractice().services);
    if (!source.loadPractice())
        qFatal("cannot load the practice");
    ui::CalendarView view;
    view.resize(1920, 1080);
    view.setDate(kMonday);
    view.setMode(ui::CalendarView::Mode::Week);
    view.setWeekGrouping(ui::CalendarView::WeekGrouping::ByProvider);
    view.setDataSource(&source);
    for (auto _ : state) {
        view.reload();
        benchmark::DoNotOptimize(view.columns().size());
    }
    state.counters["appointments"] = double(view.items().size());
    state.counters["columns"] = double(view.columns().size());
}
BENCHMARK(BM_DockWeekLoadAndLayout)->Unit(benchmark::kMillisecond);

// Opening the dock: a new source reads the providers, types and templates, then the first
// week reads every patient's name once.
void BM_DockFirstWeek(benchmark::State& state)
{
    size_t names = 0;
    for (auto _ : state) {
        dock::CoreCalendarSource source(demoPractice().services);
        if (!source.loadPractice())
            qFatal("cannot load the practice");
        const ui::CalendarFetch fetched =
            source.fetch(kMonday, kMonday.addDays(6), providerIds(source));
        names = size_t(source.names().size());
        benchmark::DoNotOptimize(fetched.items.size());
    }
    state.counters["names"] = double(names);
}
BENCHMARK(BM_DockFirstWeek)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    ::setenv("TZ", "UTC", 0);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    demoPractice();  // made once, before the clock starts
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
