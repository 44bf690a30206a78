#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/claim_scrubber.h"

namespace fd::billing {

// Reads what the rules need for a whole set of claims in bulk: the practice profile, every
// provider and payer (one call each), the payer rules, the NCCI edits between the codes on
// the claims and the live claims of the dates (one query each), the patients' records and
// coverages (one bulk read each through IPatientBulkReads, which checks access and audits a
// read per patient), and each diagnosis once per ICD-10-CM release. Runs in the caller's transaction so the audit entries commit together.
class ScrubFactsLoader
{
public:
    explicit ScrubFactsLoader(const BillingContext& ctx) : m_ctx(ctx) {}

    // `read`, when given, holds the patients' records and coverages as the caller already read
    // them (audited there): the loader reads the patients itself only when one is missing.
    Result<ScrubFacts> load(const std::vector<Claim>& claims, const patients::PatientBundle* read = nullptr);

private:
    Status loadPractice(ScrubFacts& facts);
    Status loadPatients(const std::vector<Claim>& claims, ScrubFacts& facts, const patients::PatientBundle* known);
    Status loadPatientsOneByOne(const QStringList& ids, ScrubFacts& facts);
    Status loadDiagnoses(const std::vector<Claim>& claims, ScrubFacts& facts);
    Status loadClaimFacts(const std::vector<Claim>& claims, ScrubFacts& facts);

    const BillingContext& m_ctx;
};

}  // namespace fd::billing
