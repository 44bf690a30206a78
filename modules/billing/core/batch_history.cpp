#include "billing/core/batch_history.h"

#include "billing/core/billing_permissions.h"

namespace fd::billing {

// The submission set (billing_submission) adds the batch's status and error and the claims
// of batches that were not delivered; a database without it lists what export wrote.
Result<bool> BatchHistory::hasSubmissionTables()
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                          "name = 'billing_batch_claims'"));
    FD_TRY(q);
    return q->next();
}

Result<std::vector<BatchSummary>> BatchHistory::batches(const BatchFilter& filter)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    if (filter.offset < 0 || filter.limit <= 0)
        return invalidInput(billingTr("The batch list needs an offset of 0 or more and a positive limit."),
                            QStringLiteral("filter"));
    auto submission = hasSubmissionTables();
    FD_TRY(submission);
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT id, interchange_control, group_control, created_at, created_by, "
                                          "claim_count, transaction_sets, file_name, %1 FROM billing_batches "
                                          "WHERE deleted = 0 ORDER BY interchange_control DESC LIMIT ? OFFSET ?")
                               .arg(submission.value() ? QStringLiteral("status, error") : QStringLiteral("'', ''")),
                           {filter.limit, filter.offset});
    FD_TRY(q);
    std::vector<BatchSummary> out;
    while (q->next()) {
        BatchSummary b;
        b.id = q->value(0).toString();
        b.interchangeControlNumber = q->value(1).toLongLong();
        b.groupControlNumber = q->value(2).toLongLong();
        b.createdAt = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
        b.createdBy = q->value(4).toString();
        b.claimCount = q->value(5).toInt();
        b.transactionSets = q->value(6).toInt();
        b.fileName = q->value(7).toString();
        b.status = q->value(8).toString();
        b.error = q->value(9).toString();
        out.push_back(std::move(b));
    }
    return out;
}

Result<std::vector<BatchClaim>> BatchHistory::claimsOf(const QString& batchId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto submission = hasSubmissionTables();
    FD_TRY(submission);
    // A batch that failed to deliver never set billing_claims.batch_id: its claims are those
    // it carried (billing_batch_claims).
    const QString carried = submission.value()
                                ? QStringLiteral(" OR id IN (SELECT claim_id FROM billing_batch_claims WHERE "
                                                 "batch_id = ? AND deleted = 0)")
                                : QString();
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT id, claim_number, patient_id, service_date, status FROM "
                                          "billing_claims WHERE (batch_id = ?%1) AND deleted = 0 ORDER BY claim_number")
                               .arg(carried),
                           submission.value() ? QVariantList{batchId, batchId} : QVariantList{batchId});
    FD_TRY(q);
    std::vector<BatchClaim> out;
    while (q->next()) {
        BatchClaim c;
        c.claimId = q->value(0).toString();
        c.claimNumber = q->value(1).toString();
        c.patientId = q->value(2).toString();
        c.serviceDate = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        c.status = claimStatusFromId(q->value(4).toString()).value_or(ClaimStatus::Submitted);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace fd::billing
