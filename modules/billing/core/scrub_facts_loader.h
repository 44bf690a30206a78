#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/claim_scrubber.h"

namespace fd::billing {

// Reads what the rules need for a whole set of claims in bulk: the practice profile, every
// provider and payer (one call each), the payer rules, the NCCI edits between the codes on
// the claims and the live claims of the dates (one query each), the patients' records and
// coverages (one bulk read each through IPatientBulkReads, which checks access and audits a
// read per patient), and each diagnosis once per ICD-10-CM release. Runs in the caller's transaction so the audit entries commit together.
// What a claim build read before it stored its claims, passed to the scrub of those claims in the
// build's transaction so that nothing is read twice.
struct BuildReads
{
    // The patients' records and coverages as the build read them (audited there); the loader
    // reads a patient itself only when one is missing.
    const patients::PatientBundle* patients = nullptr;
    // The services on live original claims in the build's date range as they were before the
    // build stored its claims (read in its transaction). The loader adds the built claims' own
    // lines to them instead of reading every line back.
    const BilledServices* billedBefore = nullptr;
};

class ScrubFactsLoader
{
public:
    explicit ScrubFactsLoader(const BillingContext& ctx) : m_ctx(ctx) {}

    // Everything the rules need: loadReads() then fillFromBuild().
    Result<ScrubFacts> load(const std::vector<Claim>& claims, const BuildReads& built = {});
    // The facts that are read from the database, in the caller's thread (and transaction).
    // What `built` holds is left to fillFromBuild().
    Result<ScrubFacts> loadReads(const std::vector<Claim>& claims, const BuildReads& built = {});
    // The facts made in memory from what the build read: its patients (when it read every one
    // of them) and the services billed before it with the claims' own. Reads nothing, so it
    // may run on another thread while the caller goes on.
    static void fillFromBuild(const std::vector<Claim>& claims, ScrubFacts& facts, const BuildReads& built);

private:
    Status loadPractice(ScrubFacts& facts);
    // Reads the patients `known` does not hold every one of.
    Status loadPatients(const std::vector<Claim>& claims, ScrubFacts& facts, const patients::PatientBundle* known);
    Status loadPatientsOneByOne(const QStringList& ids, ScrubFacts& facts);
    Status loadDiagnoses(const std::vector<Claim>& claims, ScrubFacts& facts);
    Status loadClaimFacts(const std::vector<Claim>& claims, ScrubFacts& facts, const BilledServices* billedBefore);

    const BillingContext& m_ctx;
};

}  // namespace fd::billing
