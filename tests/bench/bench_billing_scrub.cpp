// The claim scrubber on the billing benchmarks' practice (claim_bench_practice.h: 40
// providers in 4 locations, 8 payers, a charge master, 10,000 patients with one charged visit
// each, 1 to 4 lines and 1 to 3 diagnoses), plus an NCCI table of 2,000 pairs, one payer that
// requires a referring provider, and the 10,000 draft claims built from the visits. Measured:
// BM_Scrub, the whole service call (facts read in bulk, every rule on every claim, findings
// stored); BM_ScrubFacts, the facts read alone (in one transaction, as the service reads
// them); BM_ScrubRules, the rules alone on loaded facts.
#include "billing/core/billing.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_scrubber.h"
#include "billing/core/scrub.h"
#include "billing/core/scrub_facts_loader.h"
#include "billing/core/scrub_service.h"
#include "claim_bench_practice.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>

namespace {

using namespace fd;
using namespace fd::bench;

// One payer with a 45-day filing limit (warnings), NCCI pairs, a payer that wants referrals,
// and the 10,000 draft claims built from the visits.
struct ScrubPractice : ClaimBenchPractice
{
    std::vector<billing::Claim> claims;

    ScrubPractice() : ClaimBenchPractice({false, true})
    {
        setUpScrubber();
        claims = required(registry.get<billing::IClaimService>()->build(QDate(2025, 2, 1), QDate(2025, 2, 28)),
                          "build")
                     .claims;
        if (claims.size() != std::size_t(kClaims))
            qFatal("built %zu claims", claims.size());
        audit->records.clear();
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
