// CSV import of 100,000 patients (set FD_BENCH_IMPORT_PATIENTS for another size) into a new
// practice made the way `frontdeskctl init` makes one: the real session, access control and
// audit trail (one hash-chained entry per record), the registry's duplicate check and search
// index per row, all in one transaction. The file is generated from the demo people (fictional
// names, 555-01xx phones, example.com/.org mail); about 90% of the rows carry a coverage. Rows
// sharing a phone are queued for duplicate review as the registry queues them.
// Target: under 30 s.
#include "demo/demo_people.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patients_registration.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "security/practice_session.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

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

// The kind of file another system exports: its own header names, US dates, quoted addresses.
const QByteArray& generatedFile()
{
    static const QByteArray file = [] {
        const QDate today(2026, 11, 27);
        demo::DemoPeople people(demo::DemoRandom(20261127));
        demo::DemoRandom random(7);
        static const char* kPayers[] = {"60054", "87726", "62308", "00803", "13202", "MCDNY"};
        QByteArray out =
            "Account,Last Name,First Name,DOB,Sex,Cell Phone,Email,Address,City,State,Zip,Payer "
            "ID,Member ID\r\n";
        const int n = patientCount();
        out.reserve(qsizetype(n) * 150);
        for (int i = 0; i < n; ++i) {
            demo::DemoPerson p = people.person(today);
            // A practice's file has few shared numbers; the fictional range 555-0100..0199 has
            // 100 lines per area code, so the area codes are spread over the NANP's range to
            // keep shared phones (each one a duplicate review) near what a real file holds.
            p.phone = QStringLiteral("(%1) 555-01%2")
                          .arg(random.between(201, 989))
                          .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
            QByteArray row = "OLD-" + QByteArray::number(100000 + i) + ',' + quoted(p.lastName) +
                             ',' + quoted(p.firstName) + ',' +
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
    }();
    return file;
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
    const QByteArray& csv = generatedFile();
    double seconds = 0;
    int imported = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto practice = std::make_unique<Practice>();
        auto transfer = patients::makePatientCsvTransfer(practice->registry);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        auto report = transfer->importCsv(csv, std::nullopt, QStringLiteral("bench.csv"));
        seconds = timer.nsecsElapsed() / 1e9;
        if (!report) {
            state.SkipWithError(qPrintable(report.error().toString().left(2000)));
            return;
        }
        imported = report->patients;
        state.PauseTiming();
        practice.reset();
        state.ResumeTiming();
    }
    state.counters["patients"] = imported;
    state.counters["seconds"] = seconds;
    state.counters["patients_per_s"] = imported / seconds;
    state.counters["file_mb"] = double(csv.size()) / 1e6;
}

void BM_PreviewPatientsCsv(benchmark::State& state)
{
    const QByteArray& csv = generatedFile();
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
}

}  // namespace

BENCHMARK(BM_ImportPatientsCsv)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();
BENCHMARK(BM_PreviewPatientsCsv)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

BENCHMARK_MAIN();
