// CSV import of 100,000 patients (set FD_BENCH_IMPORT_PATIENTS for another size; the row count
// is the benchmark's argument) into a new practice made the way `frontdeskctl init` makes one:
// the real session, access control and audit trail (one hash-chained entry per record), the
// registry's duplicate check and search index per row, all in one transaction. The file is
// generated from the demo people (fictional names, 555-01xx phones, example.com/.org mail);
// about 90% of the rows carry a coverage. Rows sharing a phone are queued for duplicate review
// as the registry queues them. Reports rows/s and the peak resident memory of the process
// during the import (peak_rss_mb) and how far it rose above the memory before (rss_rise_mb),
// the size of the database after it (db_mb), and the wall time of the first and the last tenth
// of the rows and of the work after the last row (first_tenth_s, last_tenth_s, finish_s); the
// CPU column is the process's user and system time. After it, outside the timing, checks that
// every patient and coverage has its audit entry and that the chain verifies.
// Target: under 30 s.
#include "demo/demo_people.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patients_registration.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "security/practice_session.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace fd;

namespace {

int patientCount()
{
    const int n = qEnvironmentVariableIntValue("FD_BENCH_IMPORT_PATIENTS");
    return n > 0 ? n : 100000;
}

QByteArray quoted(const QString& s)
{
    return '"' + s.toUtf8() + '"';
}

// Linux resets the peak RSS (VmHWM) when 5 is written to clear_refs.
void resetPeakRss()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    std::ofstream("/proc/self/clear_refs") << "5";
}

double statusMb(const char* key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = key;
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stod(line.substr(prefix.size())) / 1024.0;
    return 0;
}

qint64 databaseBytes(const QTemporaryDir& dir)
{
    qint64 bytes = 0;
    for (const char* suffix : {"", "-wal"})
        bytes += QFileInfo(dir.filePath(QStringLiteral("bench.db") + QLatin1String(suffix))).size();
    return bytes;
}

// The kind of file another system exports: its own header names, US dates, quoted addresses.
QByteArray makeFile(int n)
{
    const QDate today(2026, 11, 27);
    demo::DemoPeople people(demo::DemoRandom(20261127));
    demo::DemoRandom random(7);
    static const char* kPayers[] = {"60054", "87726", "62308", "00803", "13202", "MCDNY"};
    QByteArray out =
        "Account,Last Name,First Name,DOB,Sex,Cell Phone,Email,Address,City,State,Zip,Payer "
        "ID,Member ID\r\n";
    out.reserve(qsizetype(n) * 150);
    for (int i = 0; i < n; ++i) {
        demo::DemoPerson p = people.person(today);
        // A practice's file has few shared numbers; the fictional range 555-0100..0199 has
        // 100 lines per area code, so the area codes are spread over the NANP's range to
        // keep shared phones (each one a duplicate review) near what a real file holds.
        p.phone = QStringLiteral("(%1) 555-01%2")
                      .arg(random.between(201, 989))
                      .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
        QByteArray row = "OLD-" + QByteArray::number(100000 + i) + ',' + quoted(p.lastName) + ',' +
                         quoted(p.firstName) + ',' +
                         p.birthDate.toString(QStringLiteral("MM/dd/yyyy")).toUtf8() + ',' +
                         QByteArray(1, char(p.sex.toLatin1())) + ',' + p.phone.toUtf8() + ',' +
                         p.email.toUtf8() + ',' + quoted(p.address.line1) + ',' +
                         quoted(p.address.city) + ',' + p.address.state.toUtf8() + ',' +
                         p.address.zip.toUtf8() + ',';
        if (random.chance(0.9))
            row += QByteArray(kPayers[random.between(0, 5)]) + ",M" +
                   QByteArray::number(500000000 + i);
        else
            row += ',';
        out += row + "\r\n";
    }
    return out;
}

const QByteArray& generatedFile(int rows)
{
    static std::map<int, QByteArray> files;
    auto it = files.find(rows);
    if (it == files.end())
        it = files.emplace(rows, makeFile(rows)).first;
    return it->second;
}

struct Practice
{
    QTemporaryDir dir;
    std::unique_ptr<security::PracticeSession> session;
    ServiceRegistry registry;

    Practice()
    {
        auto created = security::PracticeSession::create(
            dir.filePath(QStringLiteral("bench.db")),
            {QStringLiteral("admin"), QStringLiteral("Administrator"),
             QStringLiteral("bench password 123456")});
        if (!created)
            qFatal("cannot create the practice: %s", qPrintable(created.error().toString()));
        session = std::move(created->session);
        session->registerServices(registry);
        if (auto m = session->database().migrate(
                {practice::practiceMigrations(), patients::patientsMigrations()});
            !m)
            qFatal("cannot migrate: %s", qPrintable(m.error().toString()));
        practice::registerServices(registry);
        patients::registerServices(registry);
        for (const auto& [name, id] :
             {std::pair{"Aetna", "60054"}, std::pair{"UnitedHealthcare", "87726"},
              std::pair{"Cigna", "62308"}, std::pair{"Empire BlueCross BlueShield", "00803"},
              std::pair{"Medicare Part B", "13202"}, std::pair{"New York Medicaid", "MCDNY"}}) {
            practice::Payer payer;
            payer.name = QString::fromLatin1(name);
            payer.payerIds.insert(QStringLiteral("default"), QString::fromLatin1(id));
            if (auto saved = registry.get<practice::IPayerService>()->save(payer); !saved)
                qFatal("cannot save a payer: %s", qPrintable(saved.error().toString()));
        }
    }
};

void BM_ImportPatientsCsv(benchmark::State& state)
{
    const int rows = int(state.range(0));
    const QByteArray& csv = generatedFile(rows);
    double seconds = 0, peakMb = 0, beforeMb = 0, databaseMb = 0;
    double firstTenthS = 0, lastTenthS = 0, finishS = 0;
    int imported = 0;
    qint64 auditedEntries = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto practice = std::make_unique<Practice>();
        auto transfer = patients::makePatientCsvTransfer(practice->registry);
        security::AuditFilter created;
        created.action = QStringLiteral("create");
        const auto counted = practice->session->audit().count(created);
        const qint64 createsBefore = counted ? counted.value() : -1;
        resetPeakRss();
        beforeMb = statusMb("VmRSS:");
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        // When the first and the last tenth of the rows were written: a cost per row that
        // grows with the size of the practice shows as a last tenth slower than the first.
        double firstTenthAt = 0, ninthTenthAt = 0, rowsWrittenAt = 0;
        const auto progress = [&](int written, int total) {
            const double at = timer.nsecsElapsed() / 1e9;
            if (firstTenthAt == 0 && written * 10 >= total)
                firstTenthAt = at;
            if (ninthTenthAt == 0 && written * 10 >= total * 9)
                ninthTenthAt = at;
            if (written == total)
                rowsWrittenAt = at;
        };
        auto report = transfer->importCsv(csv, std::nullopt, QStringLiteral("bench.csv"), progress);
        seconds = timer.nsecsElapsed() / 1e9;
        firstTenthS = firstTenthAt;
        lastTenthS = rowsWrittenAt - ninthTenthAt;
        finishS = seconds - rowsWrittenAt;
        peakMb = statusMb("VmHWM:");
        if (!report) {
            state.SkipWithError(qPrintable(report.error().toString().left(2000)));
            return;
        }
        imported = report->patients;
        databaseMb = databaseBytes(practice->dir) / 1e6;
        if (imported != rows) {
            state.SkipWithError(
                qPrintable(QStringLiteral("imported %1 of %2 rows").arg(imported).arg(rows)));
            return;
        }
        state.PauseTiming();
        // Outside the timing: every imported patient and coverage has its create entry and the
        // chain verifies.
        auto entries = practice->session->audit().count(created);
        auto verified = practice->session->audit().verify();
        if (!entries || !verified || !verified->intact) {
            state.SkipWithError("the audit trail does not verify after the import");
            return;
        }
        if (createsBefore < 0 ||
            entries.value() - createsBefore != report->patients + report->coverages) {
            state.SkipWithError(qPrintable(QStringLiteral("%1 create entries for %2 patients and %3 coverages")
                                               .arg(entries.value() - createsBefore)
                                               .arg(report->patients)
                                               .arg(report->coverages)));
            return;
        }
        auditedEntries = entries.value() - createsBefore;
        practice.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = imported;
    state.counters["audited_creates"] = double(auditedEntries);  // chain verified
    state.counters["seconds"] = seconds;
    state.counters["rows_per_s"] = imported / seconds;
    state.counters["peak_rss_mb"] = peakMb;
    state.counters["rss_rise_mb"] = peakMb - beforeMb;
    state.counters["file_mb"] = double(csv.size()) / 1e6;
    state.counters["db_mb"] = databaseMb;  // database and write-ahead log after the commit
    // Wall time of the first and the last tenth of the rows, and of what follows the last row
    // (deferred index rows and indexes, the import's audit entry, the commit).
    state.counters["first_tenth_s"] = firstTenthS;
    state.counters["last_tenth_s"] = lastTenthS;
    state.counters["finish_s"] = finishS;
}

void BM_PreviewPatientsCsv(benchmark::State& state)
{
    const QByteArray& csv = generatedFile(int(state.range(0)));
    Practice practice;
    auto transfer = patients::makePatientCsvTransfer(practice.registry);
    for (auto _ : state) {
        auto preview = transfer->preview(csv);
        if (!preview || !preview->ok()) {
            state.SkipWithError("the preview failed");
            return;
        }
        benchmark::DoNotOptimize(preview);
    }
    state.counters["rows_per_s"] =
        benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}

}  // namespace

BENCHMARK(BM_ImportPatientsCsv)
    ->Arg(patientCount())
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();
BENCHMARK(BM_PreviewPatientsCsv)
    ->Arg(patientCount())
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

BENCHMARK_MAIN();
