// The ledger on a large practice: 250,000 patients' worth of ledger rows (set
// FD_BENCH_PATIENTS for another size), each patient with three service lines and the
// payments, adjustments and transfers of a typical account. Reports p95_ms for a patient's
// balance (target < 1 ms), the practice-wide A/R totals with aging (target < 200 ms) and
// recording a payment with its audit entry under synchronous=FULL (target < 5 ms), through a
// real practice session (its access control and hash-chained audit trail).
#include "accounts/core/accounts_context.h"
#include "accounts/core/accounts_registration.h"
#include "accounts/core/ledger.h"
#include "common/clock.h"
#include "common/uuid.h"
#include "patients/core/patients.h"
#include "patients/core/patients_registration.h"
#include "practice/core/practice_profile.h"
#include "security/practice_session.h"
#include "storage/database.h"
#include "storage/synced_rows.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace fd;
using namespace fd::accounts;

namespace {

struct LargeLedger
{
    QTemporaryDir dir;
    std::unique_ptr<security::PracticeSession> session;
    ServiceRegistry registry;
    std::shared_ptr<ILedger> ledger;
    QStringList samplePatients;  // ledger-only patients whose balances are read
    QString payingPatient;       // a registry patient that payments are recorded for
    int patients = 0;
    qint64 entries = 0;

    LargeLedger()
    {
        patients = qEnvironmentVariableIntValue("FD_BENCH_PATIENTS");
        if (patients <= 0)
            patients = 250000;
        auto created = security::PracticeSession::create(
            dir.filePath(QStringLiteral("bench.db")),
            {QStringLiteral("admin"), QStringLiteral("Bench Admin"),
             QStringLiteral("bench ledger password 1")});
        if (!created)
            qFatal("cannot create the practice: %s", qPrintable(created.error().toString()));
        session = std::move(created->session);
        storage::Database& db = session->database();
        if (auto m = db.migrate({storage::storageMigrations(), practice::practiceMigrations(),
                                 patients::patientsMigrations(), accountsMigrations()});
            !m)
            qFatal("cannot migrate: %s", qPrintable(m.error().toString()));
        session->registerServices(registry);
        registry.add<IClock>(
            std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC)));
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        ledger = registry.get<ILedger>();
        fill(db);
        patients::Patient p;
        p.firstName = QStringLiteral("Paula");
        p.lastName = QStringLiteral("Payer");
        p.birthDate = QDate(1970, 7, 7);
        p.sex = patients::AdministrativeSex::Female;
        auto saved = registry.get<patients::IPatientService>()->create(p);
        if (!saved)
            qFatal("cannot create the paying patient: %s", qPrintable(saved.error().toString()));
        payingPatient = saved->patient.id;
    }

    // Entries go in through SyncedRowsBatch with the service's own row mapping (entryFields)
    // and bucket effects, in chunks of one transaction each; the summaries are the sums the
    // service keeps, written once per line and patient. check() afterwards proves both agree.
    void fill(storage::Database& db)
    {
        QElapsedTimer timer;
        timer.start();
        const QDate today(2025, 3, 14);
        const QDateTime now(today, QTime(15, 0), Qt::UTC);
        qint64 totalIns = 0, totalPat = 0, totalCredit = 0;
        constexpr int kChunk = 5000;
        for (int first = 0; first < patients; first += kChunk) {
            auto tx = db.begin();
            if (!tx)
                qFatal("cannot begin: %s", qPrintable(tx.error().toString()));
            storage::SyncedRowsBatch batch(**tx);
            storage::StatementCache sql((*tx)->connection());
            for (int i = first; i < std::min(patients, first + kChunk); ++i) {
                const QString patient = newUuid();
                if (i % (patients / 100 + 1) == 0)
                    samplePatients << patient;
                qint64 pIns = 0, pPat = 0, pCredit = 0;
                for (int line = 0; line < 3; ++line) {
                    const QDate service = today.addDays(-((i * 7 + line * 41) % 400));
                    LedgerEntry base;
                    base.postedAt = now;
                    base.patientId = patient;
                    base.guarantorId = patient;
                    base.lineId = newUuid();
                    base.createdBy = QStringLiteral("bench");
                    const qint64 amount = 8000 + (i % 50) * 100 + line * 2500;
                    qint64 ins = 0, pat = 0, paid = 0, adjusted = 0;
                    LedgerEntry charge = base;
                    charge.kind = EntryKind::Charge;
                    charge.effectiveDate = service;
                    charge.amount = Money::fromCents(amount);
                    charge.code = QStringLiteral("99213");
                    charge.units = 1;
                    const bool insured = line != 2;
                    (insured ? charge.insuranceDelta : charge.patientDelta) = charge.amount;
                    (insured ? ins : pat) += amount;
                    write(batch, charge);
                    QString patientSince = insured ? QString() : service.toString(Qt::ISODate);
                    if (insured && line == 0) {
                        LedgerEntry pay = base;
                        pay.kind = EntryKind::InsurancePayment;
                        pay.effectiveDate = service.addDays(20);
                        pay.amount = Money::fromCents(amount * 6 / 10);
                        pay.insuranceDelta = -pay.amount;
                        pay.method = QStringLiteral("eft");
                        write(batch, pay);
                        LedgerEntry adj = base;
                        adj.kind = EntryKind::Adjustment;
                        adj.effectiveDate = pay.effectiveDate;
                        adj.amount = Money::fromCents(amount * 3 / 10);
                        adj.insuranceDelta = -adj.amount;
                        adj.reasonGroup = QStringLiteral("CO");
                        adj.reasonCode = QStringLiteral("45");
                        write(batch, adj);
                        LedgerEntry move = base;
                        move.kind = EntryKind::Transfer;
                        move.effectiveDate = pay.effectiveDate;
                        move.amount = Money::fromCents(amount - amount * 6 / 10 - amount * 3 / 10);
                        move.insuranceDelta = -move.amount;
                        move.patientDelta = move.amount;
                        write(batch, move);
                        paid += pay.amount.cents();
                        adjusted += adj.amount.cents();
                        ins = 0;
                        pat = move.amount.cents();
                        patientSince = move.effectiveDate.toString(Qt::ISODate);
                    }
                    if (!insured && i % 2 == 0) {
                        LedgerEntry pay = base;
                        pay.kind = EntryKind::PatientPayment;
                        pay.effectiveDate = service;
                        pay.amount = Money::fromCents(amount + 500);  // $5 over: credit
                        pay.patientDelta = Money::fromCents(-amount);
                        pay.creditDelta = Money::fromCents(500);
                        pay.method = QStringLiteral("cash");
                        write(batch, pay);
                        paid += amount;
                        pat = 0;
                        pCredit += 500;
                        patientSince.clear();
                    }
                    const QVariantList row{
                        base.lineId,
                        patient,
                        patient,
                        patient,
                        QStringLiteral(""),
                        service.toString(Qt::ISODate),
                        QStringLiteral("99213"),
                        amount,
                        paid,
                        adjusted,
                        ins,
                        pat,
                        ins > 0 ? service.toString(Qt::ISODate) : QStringLiteral(""),
                        pat > 0 ? patientSince : QStringLiteral(""),
                        toIsoUtc(now)};
                    check(sql.exec(
                        QStringLiteral(
                            "INSERT INTO ledger_line_balances (line_id, patient_id, "
                            "origin_patient_id, guarantor_id, claim_id, service_date, code, "
                            "charged, paid, adjusted, insurance, patient, insurance_since, "
                            "patient_since, last_activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?)"),
                        row));
                    pIns += ins;
                    pPat += pat;
                }
                for (const QString& table : {QStringLiteral("ledger_patient_balances"),
                                             QStringLiteral("ledger_guarantor_balances")})
                    check(sql.exec(QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?)").arg(table),
                                   {patient, pIns, pPat, pCredit}));
                totalIns += pIns;
                totalPat += pPat;
                totalCredit += pCredit;
            }
            if (auto c = (*tx)->commit(); !c)
                qFatal("cannot commit: %s", qPrintable(c.error().toString()));
        }
        check(storage::exec(
            db.connection(),
            QStringLiteral("UPDATE ledger_totals SET insurance = ?, patient = ?, credit = ?"),
            {totalIns, totalPat, totalCredit}));
        std::fprintf(stderr, "filled %d patients, %lld entries in %.1f s\n", patients, entries,
                     timer.nsecsElapsed() / 1e9);
        timer.restart();
        auto report = ledger->check();
        if (!report || !report->clean())
            qFatal("the filled ledger does not check: %s",
                   report ? qPrintable(
                                QStringLiteral("%1 differences").arg(report->differences.size()))
                          : qPrintable(report.error().toString()));
        std::fprintf(stderr, "ledger check of %lld entries, %lld lines: %.1f s, clean\n",
                     report->entries, report->lines, timer.nsecsElapsed() / 1e9);
    }

    void close()
    {
        ledger.reset();
        registry = ServiceRegistry();
        if (session)
            (void)session->logout();
        session.reset();
    }

    void write(storage::SyncedRowsBatch& batch, LedgerEntry& entry)
    {
        entry.id = newUuid();
        check(batch.insert(QStringLiteral("ledger_entries"), entryFields(entry), entry.id));
        ++entries;
    }

    template <typename R>
    static void check(const R& result)
    {
        if (!result.ok())
            qFatal("fill failed: %s", qPrintable(result.error().toString()));
    }
};

LargeLedger& ledgerData()
{
    static LargeLedger data;
    return data;
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5))];
}

template <typename F>
void timed(benchmark::State& state, F&& body)
{
    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        body();
        samples.push_back(t.nsecsElapsed() / 1e6);
    }
    state.counters["p95_ms"] = percentile(samples, 0.95);
}

void BM_PatientBalance(benchmark::State& state)
{
    LargeLedger& data = ledgerData();
    int i = 0;
    timed(state, [&] {
        auto b = data.ledger->balance(data.samplePatients.at(i++ % data.samplePatients.size()));
        if (!b)
            state.SkipWithError(qPrintable(b.error().toString()));
        benchmark::DoNotOptimize(b);
    });
}

void BM_PracticeTotals(benchmark::State& state)
{
    LargeLedger& data = ledgerData();
    timed(state, [&] {
        auto t = data.ledger->practiceTotals();
        if (!t)
            state.SkipWithError(qPrintable(t.error().toString()));
        benchmark::DoNotOptimize(t);
    });
}

void BM_RecordPayment(benchmark::State& state)
{
    LargeLedger& data = ledgerData();
    timed(state, [&] {
        PatientPaymentRequest r;
        r.patientId = data.payingPatient;
        r.amount = Money::fromCents(2500);
        r.method = PaymentMethod::Cash;
        r.clientId = newUuid();
        auto e = data.ledger->recordPatientPayment(r);
        if (!e)
            state.SkipWithError(qPrintable(e.error().toString()));
        benchmark::DoNotOptimize(e);
    });
}

}  // namespace

BENCHMARK(BM_PatientBalance)->Unit(benchmark::kMillisecond)->Iterations(2000);
BENCHMARK(BM_PracticeTotals)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_RecordPayment)->Unit(benchmark::kMillisecond)->Iterations(300);

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    ledgerData().close();  // the services before the session that owns their database
    return 0;
}
