#pragma once

#include "billing/core/ack_service.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_store.h"
#include "storage/synced_rows.h"
#include "x12/interchange.h"

namespace fd::billing {

// Applies the statements of one acknowledgment file inside the import's transaction: TA1 and
// 999 to batches and their claims, 277CA and 277 to claims. Any statement that names an
// unknown batch or claim, or asks a move the claim cannot make, returns an error naming the
// segment; the caller then rolls the whole file back.
class AckApplier
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::AckApplier)

public:
    AckApplier(const BillingContext& ctx, storage::Transaction& tx, QString fileId, QString fileName,
               AckImportResult& result);

    Status interchangeAck(const x12::Segment& ta1);
    Status functionalAck(const x12::Transaction& t);
    Status claimAcks(const x12::Transaction& t);      // 277CA
    Status statusAnswers(const x12::Transaction& t);  // 277

private:
    struct Batch
    {
        QString id;
        qint64 interchange = 0;
        qint64 group = 0;
        int transactionSets = 0;
    };
    struct Statement  // what the payer said about one claim
    {
        QString source;
        QString code;
        QString meaning;
        QDate date;
        qint64 segment = 0;
        QString segmentId;
    };

    Result<Batch> batchWhere(const QString& column, qint64 value, const x12::Segment& at, const QString& what);
    Result<std::vector<Claim>> claimsOf(const Batch& b, int set);  // set 0: all
    Result<Claim> claimByNumber(const QString& number, const x12::Segment& at);
    Status setBatchStatus(const Batch& b, const QString& status, const QString& detail);
    Status markBatchAcknowledged(const Batch& b);
    // Moves a claim to accepted or rejected (a no-op when it is there already); a rejection
    // goes to the queue. `payerNumber` is REF*1K when given.
    Status moveClaim(const QString& claimId, ClaimStatus target, const Statement& s, const QString& payerNumber);
    Status rejectBatchClaims(const Batch& b, int set, const Statement& s);
    // The claim's service-line statuses (2220D/2220E) read and matched to its lines.
    Result<std::vector<PayerLineStatus>> lineStatuses(const Claim& c, const x12::Loop& claimLoop);
    Status recordPayerStatus(const Claim& c, const QString& source, const x12::Loop& claimLoop,
                             const std::vector<PayerLineStatus>& lines, bool history);
    // True when the claim's last payer status said the same (claim and lines).
    Result<bool> sameAsLast(const Claim& c, const QVariantMap& row, const std::vector<PayerLineStatus>& lines);
    Status recordLineStatuses(const QString& payerStatusId, const Claim& c, const std::vector<PayerLineStatus>& lines);
    Status queueRejection(const Claim& c, const Statement& s);
    Error refused(const x12::Segment& at, const QString& message) const;

    const BillingContext& m_ctx;
    storage::Transaction& m_tx;
    QSqlDatabase m_db;
    storage::SyncedRowsBatch m_rows;
    ClaimStore m_store;
    QString m_fileId;
    QString m_fileName;
    AckImportResult& m_result;
};

// "segment 12 (AK2)": how an error names its place in the file.
QString segmentPlace(const x12::Segment& s);

}  // namespace fd::billing
