// The scheduling core on a practice of 20 providers in one New York office, through a real
// practice session. Reports mean and p95 (ms) for
//  - loading one week (Monday-Friday, about 2,000 appointments) from the database into the
//    per-provider-day busy lists (target < 30 ms);
//  - find-first-available over the precomputed lists across 20 providers and 60 days, with
//    every slot booked but on the last day, so the search walks the whole range (target
//    < 30 ms);
//  - the same search through IAppointmentService::findSlots, which also reads the schedule
//    and the 60 days' appointments from the database;
//  - the three again on a practice the size of the demo generator's large one (40 providers,
//    a year of history at 20 appointments per provider and working day: about 250,000
//    appointments), searching 20 of its providers.
#include "accounts/core/accounts_registration.h"
#include "calendar/core/calendar.h"
#include "calendar/core/calendar_registration.h"
#include "calendar/core/calendar_store.h"
#include "common/clock.h"
#include "patients/core/patients_registration.h"
#include "practice/core/locations.h"
#include "practice/core/practice_demo.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/practice_session.h"
#include "storage/synced_rows.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace fd;
using namespace fd::calendar;

namespace {

constexpr int kProviders = 20;  // searched; the large practice has kLargeProviders
constexpr int kLargeProviders = 40;
constexpr int kLargeMonthsBack = 12;
constexpr int kDays = 60;
const QDate kFirstMonday(2025, 3, 10);
// The week loaded holds 20 a day per provider; the 60 days searched start the week after.
const QDate kSearchFrom = kFirstMonday.addDays(7);
const QDate kSearchTo = kSearchFrom.addDays(kDays - 1);

struct Practice
{
    QTemporaryDir dir;
    std::unique_ptr<security::PracticeSession> session;
    ServiceRegistry registry;
    QString locationId;
    AppointmentType type;
    QStringList providerIds;  // in the order made; the first kProviders are searched
    qint64 appointments = 0;
    int providerCount = kProviders;
    int monthsBack = 0;

    Practice(int providers, int history) : providerCount(providers), monthsBack(history)
    {
        auto created = security::PracticeSession::create(
            dir.filePath(QStringLiteral("bench.db")),
            {QStringLiteral("admin"), QStringLiteral("Bench Admin"),
             QStringLiteral("bench calendar password 1")});
        if (!created)
            qFatal("cannot create the practice: %s", qPrintable(created.error().toString()));
        session = std::move(created->session);
        storage::Database& db = session->database();
        if (auto m = db.migrate({storage::storageMigrations(), practice::practiceMigrations(),
                                 patients::patientsMigrations(), accounts::accountsMigrations(),
                                 calendarMigrations()});
            !m)
            qFatal("cannot migrate: %s", qPrintable(m.error().toString()));
        session->registerServices(registry);
        registry.add<IClock>(
            std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC)));
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        calendar::registerServices(registry);
        setUp();
        fill(db);
    }

    template <typename T>
    T need(Result<T> r, const char* what)
    {
        if (!r)
            qFatal("%s: %s", what, qPrintable(r.error().toString()));
        return std::move(r.value());
    }

    void setUp()
    {
        practice::Location l;
        l.name = QStringLiteral("Main Office");
        l.address = {QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"),
                     QStringLiteral("NY"), QStringLiteral("12207")};
        l.timeZone = QStringLiteral("America/New_York");
        locationId = need(registry.get<practice::ILocationService>()->save(l), "location").id;
        AppointmentType t;
        t.code = QStringLiteral("FU15");
        t.name = QStringLiteral("Follow-up");
        t.durationMinutes = 15;
        type = need(registry.get<IScheduleAdmin>()->saveType(t), "type");
        for (int i = 0; i < providerCount; ++i) {
            practice::Provider p;
            p.firstName = QStringLiteral("Doc");
            p.lastName = QStringLiteral("Number %1").arg(i);
            p.npi = practice::npiWithCheckDigit(QStringLiteral("1%1").arg(10000000 + i));
            p.taxonomy = QStringLiteral("207Q00000X");
            p.locationIds = {locationId};
            const QString id = need(registry.get<practice::IProviderService>()->save(p), "provider").id;
            providerIds << id;
            ScheduleTemplate s;
            s.providerId = id;
            s.locationId = locationId;
            s.name = QStringLiteral("Week");
            s.effectiveFrom = QDate(2025, 1, 1);
            for (int d = 1; d <= 5; ++d) {
                s.hours.push_back({d, WeekParity::Every, QTime(8, 0), QTime(17, 0)});
                s.blocks.push_back({d, WeekParity::Every, QTime(12, 0), QTime(13, 0),
                                    BlockKind::Lunch, QStringLiteral("Lunch")});
            }
            need(registry.get<IScheduleAdmin>()->saveTemplate(s), "template");
        }
    }

    // The history (monthsBack before the first week) and the first week: 20 a day for each
    // provider (the week: 2,000 for 20 providers). After it, for the searched providers every
    // 15-minute slot of every working day booked but on the last day searched; 20 a day for
    // the others.
    void fill(storage::Database& db)
    {
        auto tx = db.begin();
        if (!tx)
            qFatal("cannot begin");
        storage::SyncedRowsBatch rows(**tx);
        auto templates = need(loadTemplates((*tx)->connection(), {}), "templates");
        const QTimeZone zone(QByteArrayLiteral("America/New_York"));
        for (QDate date = kFirstMonday.addMonths(-monthsBack); date < kSearchTo;
             date = date.addDays(1)) {
            const int day = int(kFirstMonday.daysTo(date));
            for (const ScheduleTemplate& t : templates) {
                const bool searched = providerIds.indexOf(t.providerId) < kProviders;
                const DaySchedule schedule =
                    daySchedule(templates, {}, {}, t.providerId, t.locationId, date);
                int n = 0;
                for (const Slot& s : generateSlots(schedule, zone, 15, 15)) {
                    if ((day < 7 || !searched) && ++n > 20)
                        break;
                    Appointment a;
                    a.patientId = QStringLiteral("patient-%1").arg(appointments % 5000);
                    a.providerId = t.providerId;
                    a.locationId = t.locationId;
                    a.typeId = type.id;
                    a.start = utcFromSecs(s.utc.start);
                    a.end = utcFromSecs(s.utc.end);
                    a.statusAt = a.createdAt = a.start;
                    a.createdBy = QStringLiteral("bench");
                    need(rows.insert(table::kAppointments, appointmentFields(a, date)), "insert");
                    ++appointments;
                }
            }
        }
        if (auto c = (*tx)->commit(); !c)
            qFatal("cannot commit");
    }
};

Practice& practiceData()
{
    static Practice p(kProviders, 0);
    return p;
}

Practice& largePractice()
{
    static Practice p(kLargeProviders, kLargeMonthsBack);
    return p;
}

void report(benchmark::State& state, std::vector<double>& ms)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double m : ms)
        sum += m;
    state.counters[QStringLiteral("mean_ms").toStdString()] = sum / double(ms.size());
    state.counters[QStringLiteral("p95_ms").toStdString()] = ms[size_t(double(ms.size()) * 0.95)];
}

void loadWeek(benchmark::State& state, Practice& p)
{
    const auto templates = p.need(loadTemplates(p.session->database().connection(), {}), "templates");
    std::vector<double> ms;
    qint64 entries = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        BusyIndex busy;
        if (auto s = loadBusy(p.session->database().connection(), kFirstMonday,
                              kFirstMonday.addDays(4), busy);
            !s)
            qFatal("load: %s", qPrintable(s.error().toString()));
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        entries = 0;
        for (int d = 0; d < 5; ++d)
            for (const ScheduleTemplate& t : templates)
                entries += qint64(busy.providerDay(t.providerId, kFirstMonday.addDays(d)).size());
        benchmark::DoNotOptimize(busy.providerDays());
    }
    state.counters["week_appointments"] = double(entries);
    state.counters["providers"] = double(p.providerCount);
    state.counters["appointments"] = double(p.appointments);
    report(state, ms);
}

void findFirstAvailable(benchmark::State& state, Practice& p)
{
    ScheduleData data;
    data.templates = loadTemplates(p.session->database().connection(), {}).value();
    data.zones.insert(p.locationId, QTimeZone(QByteArrayLiteral("America/New_York")));
    BusyIndex busy;
    if (auto s = loadBusy(p.session->database().connection(), kSearchFrom, kSearchTo, busy); !s)
        qFatal("load");
    SlotQuery q;
    q.providerIds = p.providerIds.mid(0, kProviders);
    q.from = kSearchFrom;
    q.to = kSearchTo;
    q.limit = 10;
    std::vector<double> ms;
    size_t count = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const auto found = SlotFinder(data, busy).find(p.type, q, 0);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        count = found.size();
        if (count == 0 || found.front().date != kSearchTo)
            qFatal("the search found the wrong slots");
    }
    state.counters["slots"] = double(count);
    state.counters["appointments"] = double(p.appointments);
    report(state, ms);
}

void findSlotsService(benchmark::State& state, Practice& p)
{
    SlotSearch s;
    s.query.providerIds = p.providerIds.mid(0, kProviders);
    s.typeId = QStringLiteral("FU15");
    s.query.from = kSearchFrom;
    s.query.to = kSearchTo;
    s.query.limit = 10;
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto found = p.registry.get<IAppointmentService>()->findSlots(s);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!found || found->empty() || found->front().date != kSearchTo)
            qFatal("findSlots failed");
    }
    state.counters["appointments"] = double(p.appointments);
    report(state, ms);
}

void BM_LoadWeek(benchmark::State& state)
{
    loadWeek(state, practiceData());
}
void BM_FindFirstAvailable(benchmark::State& state)
{
    findFirstAvailable(state, practiceData());
}
void BM_FindSlotsService(benchmark::State& state)
{
    findSlotsService(state, practiceData());
}
void BM_LoadWeekLarge(benchmark::State& state)
{
    loadWeek(state, largePractice());
}
void BM_FindFirstAvailableLarge(benchmark::State& state)
{
    findFirstAvailable(state, largePractice());
}
void BM_FindSlotsServiceLarge(benchmark::State& state)
{
    findSlotsService(state, largePractice());
}

}  // namespace

BENCHMARK(BM_LoadWeek)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_FindFirstAvailable)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_FindSlotsService)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_LoadWeekLarge)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_FindFirstAvailableLarge)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_FindSlotsServiceLarge)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK_MAIN();
