#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/claim_store.h"
#include "billing/core/scrub_facts_loader.h"
#include "billing/core/scrub.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstddef>
#include <future>
#include <memory>

namespace fd::billing {

// The scrubber's schema (migration set "billing_scrub"): stored findings and runs (local),
// acknowledgments and payer rules (synced), the NCCI edits and their imports (local).
storage::MigrationSet scrubMigrations();

// A scrub of claims a build is storing (ClaimScrubService::start): the facts were read when it
// started, on the build's thread and in its transaction; the rules run on other threads while
// the build stores the claims, and finish() waits for them and stores the findings in the
// build's transaction. The claims must stay as they are until finish() has returned or the
// scrub is destroyed (which waits for its threads).
class PendingScrub
{
public:
    PendingScrub(PendingScrub&&) noexcept;
    PendingScrub& operator=(PendingScrub&&) noexcept;
    ~PendingScrub();

    Result<std::vector<ClaimScrubResult>> finish(storage::Transaction& tx);

private:
    friend class ClaimScrubService;
    struct State;
    explicit PendingScrub(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

class ClaimScrubService final : public IClaimScrubber
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClaimScrubService)

public:
    explicit ClaimScrubService(BillingContext context) : m_ctx(std::move(context)), m_claims(m_ctx) {}

    Result<std::vector<ClaimScrubResult>> scrub(const QStringList& claimIds) override;
    Result<ClaimScrubResult> findings(const QString& claimId) override;
    Status acknowledgeWarning(const QString& claimId, const QString& ruleId) override;
    Status requireSendable(const QStringList& claimIds) override;
    Result<NcciImportResult> importNcci(const QString& path) override;
    Result<qint64> ncciEditCount() override;
    Result<PayerBillingRule> payerRule(const QString& payerId) override;
    Result<PayerBillingRule> savePayerRule(const PayerBillingRule& rule) override;

    // Scrubs `claims` and refuses when one has an error or an unacknowledged warning (no
    // permission check: the caller checked its own).
    Status check(const std::vector<Claim>& claims);
    // Starts the scrub of claims a build is about to store (numbered, with their ids), in the
    // build's transaction, with what the build read (no permission check: the build checked
    // billing.claims, which scrubbing needs too). Fresh claims have no acknowledgments.
    Result<PendingScrub> start(const std::vector<Claim>& claims, const BuildReads& read);

    // How many claims a thread takes at least before the rules of a run are shared out over
    // the cores (1,000; tests lower it to run a small set on several threads).
    void setClaimsPerThread(std::size_t claims) { m_claimsPerThread = std::max<std::size_t>(1, claims); }

private:
    Result<std::vector<Claim>> claimsFor(const QStringList& claimIds);
    // Loads the facts, runs the rules, marks acknowledged warnings and stores the findings.
    Result<std::vector<ClaimScrubResult>> run(const std::vector<Claim>& claims);

    BillingContext m_ctx;
    ClaimStore m_claims;
    std::size_t m_claimsPerThread = 1000;
};

// Called by claim status changes: a claim going to ready or submitted is scrubbed afresh and
// the move refused while it has an error or an unacknowledged warning. Other moves, and moves
// that are not allowed anyway (reported by the caller), pass.
Status scrubGate(const BillingContext& ctx, const QString& claimId, ClaimStatus target);

}  // namespace fd::billing
