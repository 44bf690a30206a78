#pragma once

#include "billing/core/claim_export_service.h"
#include "billing/core/clearinghouse_service.h"
#include "billing/core/scrub.h"
#include "billing/core/submission.h"

#include <functional>

namespace fd::billing {

// Submits ready claims in three steps so that a batch number is never reused and a claim is
// never marked submitted for a file the clearinghouse did not get:
//   1. one transaction: ISA13/GS06 allocated, the 837P written, the batch recorded as
//      "sending" with the claims it carries (billing_batch_claims);
//   2. delivery outside any transaction (SFTP upload job, or the outbox folder);
//   3. one transaction: "uploaded" and the claims submitted, or "failed" with the reason and
//      the claims left ready.
class SubmissionService final : public IClaimSubmission
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::SubmissionService)

public:
    using ScrubberLookup = std::function<std::shared_ptr<IClaimScrubber>()>;
    SubmissionService(BillingContext context, std::shared_ptr<ClearinghouseService> clearinghouse,
                      ScrubberLookup scrubber);

    Result<SubmitResult> submit(const SubmitOptions& options) override;
    Result<std::vector<BatchRecord>> batches(int limit) override;
    Result<BatchRecord> settleBatch(const QString& batch, BatchSettlement outcome, const QString& reason) override;
    Result<BatchFileCheck> checkBatchFile(const QString& batch) override;

    // "FD837-000000012.x12": the interchange number makes it unique.
    static QString fileNameFor(qint64 interchangeControlNumber);

private:
    struct Recorded
    {
        QString batchId;
        QString fileName;
        QByteArray content;
    };
    // A claim on a batch that was (or may have been) delivered is never sent again.
    Status refuseSentBefore(const std::vector<ClaimEnvelope>& claims);
    Result<Recorded> recordSending(const StoredClearinghouse& stored, ClaimBatch& batch);
    Status deliver(const StoredClearinghouse& stored, const Recorded& recorded);
    Result<SubmitResult> finish(ClaimBatch& batch, const Recorded& recorded, const Status& delivered);
    Result<BatchRecord> batch(const QString& batchId);
    // By interchange control number, file name or id.
    Result<BatchRecord> findBatch(const QString& reference);
    // The claims a batch carried, marked submitted on it.
    Status markBatchSubmitted(storage::Transaction& tx, const BatchRecord& batch);

    BillingContext m_ctx;
    std::shared_ptr<ClearinghouseService> m_clearinghouse;
    ScrubberLookup m_scrubber;
    ClaimExportService m_exporter;
};

}  // namespace fd::billing
