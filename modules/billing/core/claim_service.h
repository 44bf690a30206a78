#pragma once

#include "billing/core/billing.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_store.h"
#include "billing/core/scrub_facts_loader.h"
#include "common/background_release.h"

namespace fd::billing {

class CoverageLookup;

class ClaimService final : public IClaimService
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClaimService)

public:
    explicit ClaimService(BillingContext context) : m_ctx(std::move(context)), m_store(m_ctx) {}

    Result<BuildReport> build(const QDate& from, const QDate& to) override;
    Result<Claim> createClaim(const QStringList& lineIds) override;
    Result<Claim> replaceClaim(const QString& claimId, const QString& payerClaimControlNumber) override;
    Result<Claim> voidClaim(const QString& claimId, const QString& payerClaimControlNumber) override;
    Result<Claim> claim(const QString& claimId) override;
    Result<std::vector<Claim>> list(const ClaimFilter& filter) override;
    Result<std::vector<ClaimHistoryEntry>> history(const QString& claimId) override;
    Result<Claim> setStatus(const QString& claimId, qint64 rowVersion, ClaimStatus status,
                            const QString& note) override;
    Status remove(const QString& claimId, qint64 rowVersion) override;

private:
    // The claim header an encounter gives a claim to `coverage`.
    static Claim headerFor(const Encounter& e, const patients::Coverage& coverage);
    Result<Claim> correct(const QString& claimId, const QString& controlNumber, Frequency frequency);

    BillingContext m_ctx;
    ClaimStore m_store;
    BackgroundRelease m_release;  // what the last build no longer needs
};

// The lines (of `lineIds`, or all when empty) of an encounter that are on no live claim.
Result<std::vector<ServiceLine>> unbilledLines(QSqlDatabase db, const QString& extraWhere,
                                               const QVariantList& binds);

}  // namespace fd::billing
