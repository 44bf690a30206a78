// Claims on the billing benchmarks' practice (claim_bench_practice.h: 40 providers in 4
// locations over two time zones, 8 payers, a charge master, 10,000 patients with one charged
// visit each). Measured: building the 10,000 draft claims from the unbilled charges, scrubbed
// as they are built, then the 837P of all of them (BM_BuildScrubWrite/0 with the tests'
// in-memory audit trail, /1 on a practice made as the application makes one, every audit entry
// on its hash-chained trail in the database); writing the 837P again
// from stored claims (BM_Write837); and the whole export that also marks every claim submitted
// (BM_Export837). The practice is set up once.
#include "billing/core/billing.h"
#include "billing/core/claim_837_writer.h"
#include "billing/core/claim_export_service.h"
#include "claim_bench_practice.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>


namespace {

using namespace fd;
using namespace fd::bench;

// Every fourth patient is insured as a parent's dependent (the 837P's 2000C patient loop).
struct ClaimPractice : ClaimBenchPractice
{
    explicit ClaimPractice(bool sessionAudit) : ClaimBenchPractice({true, false, sessionAudit})
    {
        audit->records.clear();
    }
};

ClaimPractice& practiceData()
{
    static ClaimPractice data(false);
    return data;
}

ClaimPractice& sessionPracticeData()
{
    static ClaimPractice data(true);
    return data;
}

std::vector<billing::Claim> g_built;

void BM_BuildScrubWrite(benchmark::State& state)
{
    const bool sessionAudit = state.range(0) != 0;
    ClaimPractice& p = sessionAudit ? sessionPracticeData() : practiceData();
    auto claims = p.registry.get<billing::IClaimService>();
    auto exporter = std::static_pointer_cast<billing::ClaimExportService>(p.registry.get<billing::IClaimExport>());
    // The set-up's last writes are checkpointed first, as they would be long before a biller
    // builds claims: otherwise the checkpoint of the set-up's log takes a core from the build.
    (void)p.db->backgroundCheckpoints();
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto built = required(claims->build(QDate(2025, 2, 1), QDate(2025, 2, 28)), "build");
        const double buildSecs = double(timer.nsecsElapsed()) / 1e9;
        if (built.claims.size() != std::size_t(kClaims))
            qFatal("built %zu claims, expected %d", built.claims.size(), kClaims);
        // The build scrubs what it built (the findings are stored with the claims).
        if (built.scrub.size() != std::size_t(kClaims))
            qFatal("scrubbed %zu claims, expected %d", built.scrub.size(), kClaims);
        std::size_t findings = 0;
        for (const billing::BuiltClaimScrub& s : built.scrub)
            findings += std::size_t(s.errors + s.warnings);
        billing::ClaimBatch batch;
        batch.submitter = {QStringLiteral("Large Example Medical Group"), QStringLiteral("SUBMITTER01"),
                           QStringLiteral("Billing"), QStringLiteral("5185550150"), {}, QStringLiteral("CH"),
                           QStringLiteral("CLEARINGHOUSE")};
        batch.interchangeControlNumber = 1;
        batch.groupControlNumber = 1;
        batch.created = p.clock->nowUtc();
        batch.claims = required(exporter->envelopes(built.claims, QStringLiteral("default")), "envelopes");
        auto bytes = required(billing::Claim837Writer::write(batch), "write");
        state.counters["build_s"] = buildSecs;
        state.counters["findings"] = double(findings);
        state.counters["write_s"] = double(timer.nsecsElapsed()) / 1e9 - buildSecs;
        state.counters["bytes"] = double(bytes.size());
        if (!sessionAudit)
            g_built = std::move(built.claims);
    }
    state.counters["claims"] = kClaims;
}
BENCHMARK(BM_BuildScrubWrite)->Arg(0)->Arg(1)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_Write837(benchmark::State& state)
{
    ClaimPractice& p = practiceData();
    auto exporter = std::static_pointer_cast<billing::ClaimExportService>(p.registry.get<billing::IClaimExport>());
    for (auto _ : state) {
        billing::ClaimBatch batch;
        batch.submitter = {QStringLiteral("Large Example Medical Group"), QStringLiteral("SUBMITTER01"),
                           QStringLiteral("Billing"), QStringLiteral("5185550150"), {}, QStringLiteral("CH"),
                           QStringLiteral("CLEARINGHOUSE")};
        batch.interchangeControlNumber = 2;
        batch.groupControlNumber = 2;
        batch.created = p.clock->nowUtc();
        batch.claims = required(exporter->envelopes(g_built, QStringLiteral("default")), "envelopes");
        benchmark::DoNotOptimize(required(billing::Claim837Writer::write(batch), "write"));
    }
    state.counters["claims"] = double(g_built.size());
}
BENCHMARK(BM_Write837)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_Export837(benchmark::State& state)
{
    ClaimPractice& p = practiceData();
    auto claims = p.registry.get<billing::IClaimService>();
    for (auto _ : state) {
        state.PauseTiming();
        for (const billing::Claim& c : g_built)
            required(claims->setStatus(c.id, c.rowVersion, billing::ClaimStatus::Ready), "ready");
        state.ResumeTiming();
        auto out = required(p.registry.get<billing::IClaimExport>()->export837({}, p.dir.file(QStringLiteral("all.837"))),
                            "export");
        if (out.claimIds.size() != kClaims)
            qFatal("exported %lld claims", qlonglong(out.claimIds.size()));
    }
}
BENCHMARK(BM_Export837)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
