// The painted calendar on a busy practice: the layout of a week for 20 providers with about
// 2,000 appointments (alone, and with the load from the data source that precedes it), and the
// paint of a full-HD day view with 30 provider columns into an image at device pixel ratio 1.
// Targets: load and layout of the week < 30 ms; the day view's paint < 16 ms (one frame).
#include "calendar/ui/calendar_column_filter.h"
#include "calendar/ui/calendar_layout.h"
#include "calendar/ui/calendar_view.h"
#include "calendar_synthetic.h"
#include "common/clock.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <cstdlib>

using namespace fd;
using namespace fd::calendar::ui;
using namespace fd::calendar::ui::test;

namespace {

const QDate kMonday(2026, 11, 23);

struct Week
{
    MemoryCalendarSource source;
    Week()
    {
        SyntheticOptions o;
        o.providers = 20;
        o.from = kMonday;
        o.days = 7;
        o.perProviderPerDay = 24;
        o.lastHour = 18;
        o.now = QDateTime(kMonday.addDays(2), QTime(11, 0), QTimeZone::utc());
        fillSynthetic(source, o);
    }
};

Week& week()
{
    static Week w;
    return w;
}

void BM_WeekLayout(benchmark::State& state)
{
    Week& w = week();
    const CalendarFetch fetched = w.source.fetch(kMonday, kMonday.addDays(6), {});
    std::vector<CalendarColumn> columns;
    for (const CalendarResource& r : w.source.resources())
        for (int d = 0; d < 7; ++d)
            columns.push_back({r.id, kMonday.addDays(d), r.title, r.locationName});
    const TimeScale scale{6 * 60, 20 * 60, 15};
    GridLayout layout;
    for (auto _ : state) {
        layout.build(columns, fetched.items, fetched.backgrounds, scale);
        benchmark::DoNotOptimize(layout.columnCount());
    }
    state.counters["appointments"] = double(fetched.items.size());
    state.counters["columns"] = double(columns.size());
}
BENCHMARK(BM_WeekLayout)->Unit(benchmark::kMillisecond);

// What the view does when the week is opened or the data changes: fetch from the source, turn
// into the display zone, build the columns and lay out.
void BM_WeekLoadAndLayout(benchmark::State& state)
{
    Week& w = week();
    CalendarView view;
    view.resize(1920, 1080);
    view.setDate(kMonday);
    view.setMode(CalendarView::Mode::Week);
    view.setWeekGrouping(CalendarView::WeekGrouping::ByProvider);
    view.setDataSource(&w.source);
    for (auto _ : state) {
        view.reload();
        benchmark::DoNotOptimize(view.columns().size());
    }
    state.counters["appointments"] = double(view.items().size());
    state.counters["columns"] = double(view.columns().size());
}
BENCHMARK(BM_WeekLoadAndLayout)->Unit(benchmark::kMillisecond);

struct Day
{
    MemoryCalendarSource source;
    CalendarView view;
    Day()
    {
        SyntheticOptions o;
        o.providers = 30;
        o.from = kMonday;
        o.days = 1;
        o.perProviderPerDay = 24;
        o.now = QDateTime(kMonday, QTime(11, 0), QTimeZone::utc());
        fillSynthetic(source, o);
        view.setClock(std::make_shared<FixedClock>(o.now));
        view.setDate(kMonday);
        view.setVisibleHours(7, 19);
        view.setDataSource(&source);
        view.setMinimumColumnWidth(120);
        view.resize(1920, 1080);
        view.scrollToTime(QTime(8, 0));
    }
};

// Warm: the labels are shaped already (every paint after the first: scrolling, the ghost of a
// drag, the current-time line). Cold: the first paint after a load, every label shaped anew.
void paintDay(benchmark::State& state, int scrollX, bool cold)
{
    static Day day;
    day.view.horizontalScrollBar()->setValue(scrollX);
    QWidget* vp = day.view.viewport();
    QImage image(vp->size(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1);
    vp->render(&image);
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            day.view.textCache().clear();
            state.ResumeTiming();
        }
        vp->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["columns"] = double(day.view.columns().size());
    state.counters["appointments"] = double(day.view.items().size());
    state.counters["width"] = vp->width();
    state.counters["height"] = vp->height();
}

void BM_PaintDay30Providers(benchmark::State& state)
{
    paintDay(state, 0, false);
}
BENCHMARK(BM_PaintDay30Providers)->Unit(benchmark::kMillisecond);

void BM_PaintDay30ProvidersCold(benchmark::State& state)
{
    paintDay(state, 0, true);
}
BENCHMARK(BM_PaintDay30ProvidersCold)->Unit(benchmark::kMillisecond);

void BM_PaintDay30ProvidersScrolled(benchmark::State& state)
{
    paintDay(state, 1000, false);  // columns cut at both edges
}
BENCHMARK(BM_PaintDay30ProvidersScrolled)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    ::setenv("TZ", "UTC", 0);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
