#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/billing_types.h"
#include "common/result.h"

#include <QCoreApplication>

#include <vector>

namespace fd::billing {

// One 837P batch as it was written (billing_batches).
struct BatchSummary
{
    QString id;
    qint64 interchangeControlNumber = 0;  // ISA13
    qint64 groupControlNumber = 0;        // GS06
    QDateTime createdAt;
    QString createdBy;
    int claimCount = 0;
    int transactionSets = 0;
    QString fileName;
    // With the submission tables (docs/CLAIM_SUBMISSION.md): written, sending, uploaded, failed
    // or acknowledged, and why a delivery failed; empty without them.
    QString status;
    QString error;
};

// A claim a batch carried, as the batch history lists it.
struct BatchClaim
{
    QString claimId;
    QString claimNumber;
    QString patientId;
    QDate serviceDate;
    ClaimStatus status = ClaimStatus::Submitted;
};

struct BatchFilter
{
    int offset = 0;
    int limit = 200;
};

// Reads the batches written so far, newest first (billing.view).
class IBatchHistory
{
public:
    virtual ~IBatchHistory() = default;
    virtual Result<std::vector<BatchSummary>> batches(const BatchFilter& filter = {}) = 0;
    virtual Result<std::vector<BatchClaim>> claimsOf(const QString& batchId) = 0;
};

class BatchHistory final : public IBatchHistory
{
public:
    explicit BatchHistory(BillingContext context) : m_ctx(std::move(context)) {}

    Result<std::vector<BatchSummary>> batches(const BatchFilter& filter) override;
    Result<std::vector<BatchClaim>> claimsOf(const QString& batchId) override;

private:
    Result<bool> hasSubmissionTables();

    BillingContext m_ctx;
};

}  // namespace fd::billing
