// The claim scrubber on a generated practice of the large demo's shape, built as
// bench_billing.cpp builds it (40 providers in 4 locations, 8 payers, a charge master, 10,000
// patients with one charged visit each, 1 to 4 lines and 1 to 3 diagnoses), plus an NCCI
// table of 2,000 pairs, one payer that requires a referring provider, and the 10,000 draft
// claims built from the visits. Measured: BM_Scrub, the whole service call (facts read in bulk,
// every rule on every claim, findings stored); BM_ScrubFacts, the facts read alone (in one
// transaction, as the service reads them); BM_ScrubRules, the rules alone on loaded facts.
// The audit trail is the tests' in-memory one, as in bench_billing.
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/accounts_registration.h"
#include "accounts/core/ledger_bulk_writer.h"
#include "billing/core/billing.h"
#include "billing/core/billing_context.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/billing_registration.h"
#include "billing/core/claim_scrubber.h"
#include "billing/core/scrub.h"
#include "billing/core/scrub_facts_loader.h"
#include "billing/core/scrub_service.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_registration.h"
#include "common/secure_bytes.h"
#include "common/uuid.h"
#include "fake_security.h"
#include "patients/core/patient_bulk_writer.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/patients_registration.h"
#include "practice/core/code_sets.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "storage/synced_rows.h"
#include "test_support.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>

#include <random>

namespace {

using namespace fd;

constexpr int kClaims = 10000;

QString npiFrom(int n)
{
    const QString nine = QStringLiteral("1%1").arg(n, 8, 10, QLatin1Char('0'));
    int sum = 24;
    for (int i = 8; i >= 0; --i) {
        int d = nine.at(i).digitValue();
        if ((8 - i) % 2 == 0 && (d *= 2) > 9)
            d -= 9;
        sum += d;
    }
    return nine + QString::number((10 - sum % 10) % 10);
}

void require(const Status& s, const char* what)
{
    if (!s.ok())
        qFatal("%s: %s", what, qPrintable(s.error().toString()));
}

template <typename T>
T required(Result<T> r, const char* what)
{
    if (!r.ok())
        qFatal("%s: %s", what, qPrintable(r.error().toString()));
    return std::move(r.value());
}

const QStringList kProcedures{QStringLiteral("99212"), QStringLiteral("99213"), QStringLiteral("99214"),
                              QStringLiteral("99215"), QStringLiteral("36415"), QStringLiteral("87880"),
                              QStringLiteral("93000"), QStringLiteral("81002"), QStringLiteral("J1100"),
                              QStringLiteral("90471")};
const qint64 kPrices[] = {9000, 12500, 18050, 24000, 1200, 3500, 6000, 1500, 875, 2500};

struct ScrubPractice
{
    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<fd::test::FakeAccess> access = std::make_shared<fd::test::FakeAccess>();
    std::shared_ptr<fd::test::FakeAudit> audit = std::make_shared<fd::test::FakeAudit>();
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));
    ServiceRegistry registry;
    std::vector<QString> providers;
    std::vector<QString> locations;
    std::vector<QString> payers;
    std::vector<billing::Claim> claims;
    std::mt19937 rng{2025};

    int pick(int n) { return int(rng() % quint32(n)); }

    ScrubPractice()
    {
        db = std::shared_ptr<storage::Database>(
            required(storage::Database::create(dir.file(QStringLiteral("bench.db")), SecureBytes::random(32)), "create"));
        require(db->migrate({storage::storageMigrations(), practice::practiceMigrations(), patients::patientsMigrations(),
                             accounts::accountsMigrations(), calendar::calendarMigrations(),
                             billing::billingMigrations(), billing::scrubMigrations()}),
                "migrate");
        access->user.id = QStringLiteral("bench");
        access->granted = {practice::perm::kView,  practice::perm::kEdit,  patients::perm::kRead,
                           patients::perm::kEdit,  accounts::perm::kView,  accounts::perm::kCharges,
                           calendar::perm::kView,  billing::perm::kView,   billing::perm::kCharges,
                           billing::perm::kClaims, billing::perm::kSubmit, billing::perm::kSetup};
        registry.add<storage::Database>(db);
        registry.add<security::IAccessControl>(access);
        registry.add<security::IAuditTrail>(audit);
        registry.add<IClock>(clock);
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        calendar::registerServices(registry);
        billing::registerServices(registry);
        setUpPractice();
        addVisits();
        setUpScrubber();
        claims = required(registry.get<billing::IClaimService>()->build(QDate(2025, 2, 1), QDate(2025, 2, 28)),
                          "build")
                     .claims;
        if (claims.size() != std::size_t(kClaims))
            qFatal("built %zu claims", claims.size());
        audit->records.clear();
    }

    void setUpPractice()
    {
        practice::PracticeProfile profile;
        profile.name = QStringLiteral("Large Example Medical Group");
        profile.npi = npiFrom(1);
        profile.taxId = QStringLiteral("987654321");
        profile.taxonomy = QStringLiteral("207Q00000X");
        profile.billingAddress = {QStringLiteral("1 Center Plaza"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                                  QStringLiteral("122071234")};
        profile.phone = QStringLiteral("5185550150");
        require(registry.get<practice::IPracticeProfile>()->save(profile), "profile");
        for (int i = 0; i < 4; ++i) {
            practice::Location l;
            l.name = QStringLiteral("Office %1").arg(i + 1);
            l.address = {QStringLiteral("%1 Main St").arg(10 + i), {}, QStringLiteral("Springfield"),
                         i < 2 ? QStringLiteral("NY") : QStringLiteral("CA"), QStringLiteral("12207")};
            l.timeZone = i < 2 ? QStringLiteral("America/New_York") : QStringLiteral("America/Los_Angeles");
            locations.push_back(required(registry.get<practice::ILocationService>()->save(l), "location").id);
        }
        for (int i = 0; i < 40; ++i) {
            practice::Provider p;
            p.firstName = QStringLiteral("Pat%1").arg(i);
            p.lastName = QStringLiteral("Provider");
            p.npi = npiFrom(100 + i);
            p.taxonomy = QStringLiteral("207Q00000X");
            p.locationIds = {locations[std::size_t(i % 4)]};
            p.billsUnderOrganization = i % 5 != 0;
            providers.push_back(required(registry.get<practice::IProviderService>()->save(p), "provider").id);
        }
        for (int i = 0; i < 8; ++i) {
            practice::Payer payer;
            payer.name = QStringLiteral("Payer %1").arg(i + 1);
            payer.payerIds = {{QStringLiteral("default"), QStringLiteral("P%1").arg(60000 + i)}};
            payer.claimFilingIndicator = i == 0 ? QStringLiteral("MB") : QStringLiteral("CI");
            payer.timelyFilingDays = i == 7 ? 45 : 365;  // one payer near its limit: warnings
            payers.push_back(required(registry.get<practice::IPayerService>()->save(payer), "payer").id);
        }
        std::vector<practice::FeeItem> items;
        for (int k = 0; k < kProcedures.size(); ++k) {
            practice::FeeItem item;
            item.code = kProcedures.at(k);
            item.codeSystem = practice::codeSystemOf(item.code);
            item.amount = Money::fromCents(kPrices[k]);
            items.push_back(item);
        }
        required(registry.get<practice::IFeeScheduleService>()->addSchedule(
                     {{}, 0, QStringLiteral("Charge master"), {}, QDate(2024, 1, 1), {}, 0}, items),
                 "fees");
    }

    // Patients with their coverage and one charged visit each, written as a bulk import.
    void addVisits()
    {
        auto codes = required(registry.get<practice::ICodeSetService>()->searchPrefix(practice::CodeSet::Icd10Cm, {},
                                                                                     QDate(2025, 2, 1), 200),
                              "codes");
        QStringList diagnoses;
        for (const auto& m : codes)
            if (m.entry.billable)
                diagnoses << m.entry.code;
        auto patientsCtx = patients::patientsContextOf(registry);
        auto tx = required(db->begin(), "begin");
        patients::PatientBulkWriter people(patientsCtx, *tx);
        require(people.deferIndexing(), "defer");
        accounts::LedgerBulkWriter ledger(accounts::accountsContextOf(registry), *tx);
        storage::SyncedRowsBatch rows(*tx);
        for (int i = 0; i < kClaims; ++i) {
            patients::Patient p;
            p.firstName = QStringLiteral("Given%1").arg(i);
            p.lastName = QStringLiteral("Family%1").arg(i % 977);
            p.birthDate = QDate(1940, 1, 1).addDays(pick(25000));
            p.sex = i % 2 ? patients::AdministrativeSex::Male : patients::AdministrativeSex::Female;
            p.address = {QStringLiteral("%1 Oak Ave").arg(1 + i % 900), {}, QStringLiteral("Springfield"),
                         QStringLiteral("NY"), QStringLiteral("12207")};
            patients::Coverage c;
            c.order = 1;
            c.payerId = payers[std::size_t(pick(8))];
            c.memberId = QStringLiteral("M%1").arg(100000 + i);
            c.planName = QStringLiteral("Plan");
            c.effectiveFrom = QDate(2024, 1, 1);
            const QString patientId = required(people.add(p, c), "patient").id;
            addVisit(rows, ledger, patientId, diagnoses);
        }
        require(people.finish(), "finish");
        require(tx->commit(), "commit");
    }

    void addVisit(storage::SyncedRowsBatch& rows, accounts::LedgerBulkWriter& ledger, const QString& patientId,
                  const QStringList& diagnoses)
    {
        const QString provider = providers[std::size_t(pick(40))];
        const QString location = locations[std::size_t(pick(4))];
        const QDate day = QDate(2025, 2, 1).addDays(pick(28));
        QStringList dx;
        for (int d = 0, n = 1 + pick(3); d < n; ++d)
            dx << diagnoses.at(pick(int(diagnoses.size())));
        dx.removeDuplicates();
        const QString encounterId = required(
            rows.insert(billing::table::kEncounters,
                        {{QStringLiteral("patient_id"), patientId}, {QStringLiteral("appointment_id"), QStringLiteral("")},
                         {QStringLiteral("service_date"), day.toString(Qt::ISODate)},
                         {QStringLiteral("location_id"), location}, {QStringLiteral("place_of_service"), QStringLiteral("11")},
                         {QStringLiteral("rendering_provider_id"), provider},
                         {QStringLiteral("supervising_provider_id"), QStringLiteral("")},
                         {QStringLiteral("referring_provider_id"), QStringLiteral("")},
                         {QStringLiteral("prior_authorization"), QStringLiteral("")},
                         {QStringLiteral("diagnoses"), dx.join(QLatin1Char(','))},
                         {QStringLiteral("created_at"), toIsoUtc(clock->nowUtc())},
                         {QStringLiteral("created_by"), QStringLiteral("bench")}}),
            "encounter");
        for (int l = 0, n = 1 + pick(4); l < n; ++l) {
            const int k = pick(10);
            const QString lineId = newUuid();
            accounts::ChargeRequest r;
            r.patientId = patientId;
            r.lineId = lineId;
            r.serviceDate = day;
            r.code = kProcedures.at(k);
            r.providerId = provider;
            r.locationId = location;
            r.amount = Money::fromCents(kPrices[k]);
            r.responsibility = accounts::Bucket::Insurance;
            r.clientId = lineId;
            const auto entry = required(ledger.postCharge(r), "charge");
            required(rows.insert(billing::table::kServiceLines,
                                 {{QStringLiteral("encounter_id"), encounterId}, {QStringLiteral("position"), l + 1},
                                  {QStringLiteral("patient_id"), patientId},
                                  {QStringLiteral("service_date"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("code"), r.code}, {QStringLiteral("modifiers"), QStringLiteral("")},
                                  {QStringLiteral("units"), 1}, {QStringLiteral("amount_cents"), kPrices[k]},
                                  {QStringLiteral("pointers"), QString::number(1 + l % dx.size())},
                                  {QStringLiteral("self_pay"), 0}, {QStringLiteral("coverage_id"), QStringLiteral("")},
                                  {QStringLiteral("description"), QStringLiteral("")},
                                  {QStringLiteral("ledger_entry_id"), entry.id}},
                                 lineId),
                     "line");
        }
    }

    // 2,000 NCCI pairs (45 among the practice's own codes) and a payer that wants referrals.
    void setUpScrubber()
    {
        QByteArray ncci = "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\n";
        int written = 0;
        for (int a = 0; a < kProcedures.size(); ++a)
            for (int b = a + 1; b < kProcedures.size(); ++b, ++written)
                ncci += QStringLiteral("%1\t%2\t\t20200101\t*\t%3\tbench\n")
                            .arg(kProcedures.at(a), kProcedures.at(b))
                            .arg(written % 3 == 0 ? 0 : 1)
                            .toLatin1();
        for (int i = 0; written < 2000; ++i, ++written)
            ncci += QStringLiteral("%1\t%2\t\t20200101\t*\t1\tbench\n").arg(10000 + i).arg(20000 + i).toLatin1();
        const QString path = dir.file(QStringLiteral("ptp.txt"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(ncci) != ncci.size())
            qFatal("cannot write the NCCI file");
        f.close();
        auto scrubber = registry.get<billing::IClaimScrubber>();
        required(scrubber->importNcci(path), "ncci");
        required(scrubber->savePayerRule({payers[3], true}), "payer rule");
    }
};

ScrubPractice& practiceData()
{
    static ScrubPractice data;
    return data;
}

void BM_Scrub(benchmark::State& state)
{
    ScrubPractice& p = practiceData();
    auto scrubber = p.registry.get<billing::IClaimScrubber>();
    std::size_t findings = 0;
    std::size_t withErrors = 0;
    for (auto _ : state) {
        auto results = required(scrubber->scrub({}), "scrub");
        if (results.size() != std::size_t(kClaims))
            qFatal("scrubbed %zu claims", results.size());
        findings = 0;
        withErrors = 0;
        for (const auto& r : results) {
            findings += r.findings.size();
            withErrors += r.errors() > 0 ? 1 : 0;
        }
    }
    state.counters["claims"] = kClaims;
    state.counters["findings"] = double(findings);
    state.counters["claims_with_errors"] = double(withErrors);
}
BENCHMARK(BM_Scrub)->Iterations(3)->Unit(benchmark::kMillisecond);

billing::BillingContext contextOf(ScrubPractice& p)
{
    return {*p.db,
            p.access,
            p.audit,
            p.clock,
            p.registry.get<practice::IPracticeProfile>(),
            p.registry.get<practice::ILocationService>(),
            p.registry.get<practice::IProviderService>(),
            p.registry.get<practice::IPayerService>(),
            p.registry.get<practice::IFeeScheduleService>(),
            p.registry.get<practice::ICodeSetService>(),
            p.registry.get<patients::IPatientService>(),
            p.registry.get<patients::ICoverageService>(),
            p.registry.get<patients::IPatientPrivacy>(),
            p.registry.get<accounts::ILedger>(),
            p.registry.get<calendar::IAppointmentService>(),
            p.registry.get<patients::IPatientBulkReads>()};
}

void BM_ScrubFacts(benchmark::State& state)
{
    ScrubPractice& p = practiceData();
    const billing::BillingContext ctx = contextOf(p);
    std::size_t patientsRead = 0;
    for (auto _ : state) {
        auto tx = required(p.db->begin(), "begin");
        const billing::ScrubFacts facts = required(billing::ScrubFactsLoader(ctx).load(p.claims), "facts");
        require(tx->commit(), "commit");
        patientsRead = std::size_t(facts.patients.size());
    }
    state.counters["claims"] = kClaims;
    state.counters["patients"] = double(patientsRead);
}
BENCHMARK(BM_ScrubFacts)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_ScrubRules(benchmark::State& state)
{
    ScrubPractice& p = practiceData();
    const billing::BillingContext ctx = contextOf(p);
    const billing::ScrubFacts facts = required(billing::ScrubFactsLoader(ctx).load(p.claims), "facts");
    for (auto _ : state) {
        std::size_t n = 0;
        for (const billing::Claim& c : p.claims)
            n += billing::ClaimScrubber::scrub(c, facts).size();
        benchmark::DoNotOptimize(n);
    }
    state.counters["claims"] = kClaims;
}
BENCHMARK(BM_ScrubRules)->Iterations(3)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
