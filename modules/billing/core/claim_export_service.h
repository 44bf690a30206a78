#pragma once

#include "billing/core/billing.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_837_writer.h"
#include "billing/core/claim_store.h"

#include <QHash>

namespace fd::billing {

// The facts of claims as the 837P, the CMS-1500 and the FHIR Claim need them (practice,
// providers, payer, coverage, patient and subscriber), resolved through the lower cores'
// services; each patient read is audited by the registry. The caller checks the permission
// for what it makes of them (billing.submit to send, billing.view to print or export).
class IClaimEnvelopes
{
public:
    virtual ~IClaimEnvelopes() = default;
    virtual Result<std::vector<ClaimEnvelope>> envelopes(const std::vector<Claim>& claims,
                                                         const QString& clearinghouse) = 0;
};

class ClaimExportService final : public IClaimExport, public IClaimEnvelopes
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClaimExportService)

public:
    explicit ClaimExportService(BillingContext context) : m_ctx(std::move(context)), m_store(m_ctx) {}

    Result<ExportResult> export837(const ExportOptions& options, const QString& path) override;

    // The steps of writing a batch, shared by export837 (one transaction) and the submission
    // service (numbers and batch recorded before the upload, claims marked after it).
    // The ready claims chosen by `options` (all when none are named), resolved into a batch
    // addressed as `options` says; a named claim that is not ready is refused.
    Result<ClaimBatch> prepareBatch(const ExportOptions& options);
    // Allocates ISA13 and GS06 from billing_counters in the caller's transaction (they only go
    // up, so a number is never handed out twice) and writes the interchange.
    Result<QByteArray> numberAndWrite(storage::Transaction& tx, ClaimBatch& batch);
    // Records the batch (billing_batches; `extra` adds status and transport columns of the
    // billing_submission set) and audits its export; returns its id.
    Result<QString> recordBatch(storage::Transaction& tx, const ClaimBatch& batch, const QString& fileName,
                                const QVariantMap& extra = {});
    // Marks the claims submitted on the batch, with history and audit entries, each checked
    // against the row version it has in the caller's transaction.
    Status markSubmitted(storage::Transaction& tx, const std::vector<ClaimEnvelope>& claims, const QString& batchId,
                         qint64 interchangeControlNumber);

    // The envelopes of claims, resolved through the practice's and the registry's services
    // (each patient read is audited by the registry).
    Result<std::vector<ClaimEnvelope>> envelopes(const std::vector<Claim>& claims,
                                                 const QString& clearinghouse) override;

private:
    BillingContext m_ctx;
    ClaimStore m_store;
};

}  // namespace fd::billing
