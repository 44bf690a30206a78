#include "billing/core/submission_service.h"

#include "billing/core/sftp_session.h"

#include "billing/core/billing_permissions.h"
#include "common/atomic_file.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"
#include "storage/synced_rows.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace fd::billing {

namespace {

const QString kBatchClaims = QStringLiteral("billing_batch_claims");

BatchRecord batchFrom(const QSqlQuery& q)
{
    BatchRecord b;
    b.id = q.value(0).toString();
    b.interchangeControlNumber = q.value(1).toLongLong();
    b.groupControlNumber = q.value(2).toLongLong();
    b.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    b.createdBy = q.value(4).toString();
    b.claimCount = q.value(5).toInt();
    b.fileName = q.value(6).toString();
    b.status = batchStatusFromId(q.value(7).toString()).value_or(BatchStatus::Written);
    b.transport = q.value(8).toString();
    b.destination = q.value(9).toString();
    if (!q.value(10).toString().isEmpty())
        b.sentAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    b.error = q.value(11).toString();
    b.fileSize = q.value(12).toLongLong();
    return b;
}

const QString kBatchColumns = QStringLiteral(
    "id, interchange_control, group_control, created_at, created_by, claim_count, file_name, status, transport, "
    "destination, sent_at, error, file_size");

}  // namespace

QString batchStatusId(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Written: return QStringLiteral("written");
    case BatchStatus::Sending: return QStringLiteral("sending");
    case BatchStatus::Uploaded: return QStringLiteral("uploaded");
    case BatchStatus::Failed: return QStringLiteral("failed");
    case BatchStatus::Acknowledged: return QStringLiteral("acknowledged");
    }
    return {};
}

std::optional<BatchStatus> batchStatusFromId(const QString& id)
{
    for (BatchStatus s : {BatchStatus::Written, BatchStatus::Sending, BatchStatus::Uploaded, BatchStatus::Failed,
                          BatchStatus::Acknowledged})
        if (batchStatusId(s) == id)
            return s;
    return std::nullopt;
}

SubmissionService::SubmissionService(BillingContext context, std::shared_ptr<ClearinghouseService> clearinghouse,
                                     ScrubberLookup scrubber)
    : m_ctx(context), m_clearinghouse(std::move(clearinghouse)), m_scrubber(std::move(scrubber)),
      m_exporter(std::move(context))
{
}

QString SubmissionService::fileNameFor(qint64 interchangeControlNumber)
{
    return QStringLiteral("FD837-%1.x12").arg(interchangeControlNumber, 9, 10, QLatin1Char('0'));
}

Result<SubmitResult> SubmissionService::submit(const SubmitOptions& options)
{
    FD_TRY(m_ctx.access->require(perm::kSubmit));
    auto stored = m_clearinghouse->load();
    FD_TRY(stored);
    const ClearinghouseSettings& s = stored->settings;
    ExportOptions eo;
    eo.senderId = s.submitterId;
    eo.receiverId = s.receiverId;
    eo.receiverName = s.receiverName;
    eo.clearinghouse = s.payerIdSet;
    eo.production = s.production;
    eo.claimIds = options.claimIds;
    auto batch = m_exporter.prepareBatch(eo);
    FD_TRY(batch);
    FD_TRY(refuseSentBefore(batch->claims));
    if (auto scrubber = m_scrubber ? m_scrubber() : nullptr) {
        QStringList ids;
        for (const ClaimEnvelope& e : batch->claims)
            ids << e.claim.id;
        FD_TRY(scrubber->requireSendable(ids));
    }
    auto recorded = recordSending(stored.value(), batch.value());
    FD_TRY(recorded);
    const Status delivered = deliver(stored.value(), recorded.value());
    return finish(batch.value(), recorded.value(), delivered);
}

Status SubmissionService::refuseSentBefore(const std::vector<ClaimEnvelope>& claims)
{
    QVariantList ids;
    for (const ClaimEnvelope& e : claims)
        ids << e.claim.id;
    const QString in = storage::placeholders(ids.size());
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT c.claim_number, b.interchange_control, b.status FROM billing_batch_claims bc "
                       "JOIN billing_batches b ON b.id = bc.batch_id JOIN billing_claims c ON c.id = bc.claim_id "
                       "WHERE bc.deleted = 0 AND b.status <> 'failed' AND bc.claim_id IN (%1) "
                       "UNION ALL SELECT c.claim_number, b.interchange_control, b.status FROM billing_claims c "
                       "JOIN billing_batches b ON b.id = c.batch_id WHERE c.id IN (%1) ORDER BY 1")
            .arg(in),
        ids + ids);
    FD_TRY(q);
    if (!q->next())
        return {};
    const QString number = q->value(0).toString();
    const qint64 interchange = q->value(1).toLongLong();
    const QString status = q->value(2).toString();
    if (status == batchStatusId(BatchStatus::Sending))
        return makeError(ErrorCode::Conflict,
                         tr("Claim %1 is on batch %2, whose delivery was started but never confirmed or refused. "
                            "Ask the clearinghouse whether it has file %3 before sending the claim again.")
                             .arg(number)
                             .arg(interchange)
                             .arg(fileNameFor(interchange)),
                         QStringLiteral("claims"));
    return makeError(ErrorCode::Conflict,
                     tr("Claim %1 was already sent on batch %2 (%3); a claim is never sent twice.")
                         .arg(number)
                         .arg(interchange)
                         .arg(status),
                     QStringLiteral("claims"));
}

Result<SubmissionService::Recorded> SubmissionService::recordSending(const StoredClearinghouse& stored,
                                                                     ClaimBatch& batch)
{
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto content = m_exporter.numberAndWrite(**tx, batch);
    FD_TRY(content);
    Recorded r;
    r.fileName = fileNameFor(batch.interchangeControlNumber);
    r.content = std::move(content.value());
    const bool folder = stored.settings.mode == DeliveryMode::Folder;
    auto id = m_exporter.recordBatch(**tx, batch, r.fileName,
                                     {{QStringLiteral("status"), batchStatusId(BatchStatus::Sending)},
                                      {QStringLiteral("transport"), deliveryModeId(stored.settings.mode)},
                                      {QStringLiteral("destination"), folder ? stored.settings.outboxDir
                                                                             : stored.settings.destination()},
                                      {QStringLiteral("file_size"), qlonglong(r.content.size())}});
    FD_TRY(id);
    r.batchId = id.value();
    storage::SyncedRowsBatch rows(**tx);
    for (const ClaimEnvelope& e : batch.claims)
        FD_TRY(rows.insert(kBatchClaims, {{QStringLiteral("batch_id"), r.batchId},
                                          {QStringLiteral("claim_id"), e.claim.id}}));
    FD_TRY((*tx)->commit());
    return r;
}

Status SubmissionService::deliver(const StoredClearinghouse& stored, const Recorded& recorded)
{
    const ClearinghouseSettings& s = stored.settings;
    if (s.mode == DeliveryMode::Folder) {
        const QString path = QDir(s.outboxDir).filePath(recorded.fileName);
        if (!QFileInfo(s.outboxDir).isDir())
            return makeError(ErrorCode::NotFound, tr("The outbox folder %1 does not exist.").arg(s.outboxDir));
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::Conflict, tr("%1 is in the outbox already.").arg(path));
        return AtomicFile::write(path, recorded.content);
    }
    SftpUploadJob job(ClearinghouseService::endpointOf(stored), s.uploadDir, recorded.fileName, recorded.content);
    return job.run();
}

Result<SubmitResult> SubmissionService::finish(ClaimBatch& batch, const Recorded& recorded, const Status& delivered)
{
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    const QSqlDatabase db = (*tx)->connection();
    auto version = storage::exec(db, QStringLiteral("SELECT row_version FROM billing_batches WHERE id = ?"),
                                 {recorded.batchId});
    FD_TRY(version);
    if (!version->next())
        return makeError(ErrorCode::Internal, tr("Batch %1 disappeared while it was sent.").arg(recorded.batchId));
    QVariantMap fields;
    if (delivered) {
        fields = {{QStringLiteral("status"), batchStatusId(BatchStatus::Uploaded)},
                  {QStringLiteral("sent_at"), toIsoUtc(m_ctx.now())}};
        // The file went out: its claims are submitted, whatever happened to them meanwhile.
        for (ClaimEnvelope& e : batch.claims) {
            auto now = storage::exec(db, QStringLiteral("SELECT row_version, status FROM billing_claims WHERE id = ?"),
                                     {e.claim.id});
            FD_TRY(now);
            if (now->next()) {
                e.claim.rowVersion = now->value(0).toLongLong();
                e.claim.status = claimStatusFromId(now->value(1).toString()).value_or(e.claim.status);
            }
        }
        FD_TRY(m_exporter.markSubmitted(**tx, batch.claims, recorded.batchId, batch.interchangeControlNumber));
    } else if (delivered.error().details == SftpSession::kUploadUnconfirmed) {
        // The file may be at the clearinghouse: the batch stays "sending" (its claims are not
        // sent again until someone asks the clearinghouse), with what went wrong.
        fields = {{QStringLiteral("status"), batchStatusId(BatchStatus::Sending)},
                  {QStringLiteral("error"), delivered.error().message}};
    } else {
        fields = {{QStringLiteral("status"), batchStatusId(BatchStatus::Failed)},
                  {QStringLiteral("error"), delivered.error().toString()}};
    }
    FD_TRY(storage::SyncedRows::update(**tx, table::kBatches, recorded.batchId, version->value(0).toLongLong(),
                                       fields));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, {}, table::kBatches, recorded.batchId,
                       {{QStringLiteral("interchange_control"), batch.interchangeControlNumber},
                        {QStringLiteral("status"), fields.value(QStringLiteral("status")).toString()},
                        {QStringLiteral("error"), fields.value(QStringLiteral("error")).toString()}}));
    auto committed = (*tx)->commit();
    if (!committed)
        return makeError(committed.error().code,
                         tr("Batch %1 was %2 but that could not be recorded (%3); it stays \"sending\" and its "
                            "claims are not sent again until it is resolved.")
                             .arg(batch.interchangeControlNumber)
                             .arg(delivered ? tr("delivered") : tr("not delivered"), committed.error().toString()));
    auto record = this->batch(recorded.batchId);
    FD_TRY(record);
    SubmitResult result;
    result.batch = std::move(record.value());
    for (const ClaimEnvelope& e : batch.claims) {
        result.claimIds << e.claim.id;
        result.claimNumbers << e.claim.claimNumber;
    }
    return result;
}

Result<BatchRecord> SubmissionService::batch(const QString& batchId)
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM billing_batches WHERE id = ?").arg(kBatchColumns), {batchId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no batch %1.").arg(batchId));
    return batchFrom(q.value());
}

Result<std::vector<BatchRecord>> SubmissionService::batches(int limit)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    if (limit <= 0)
        return invalidInput(tr("The batch list needs a positive limit."), QStringLiteral("limit"));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM billing_batches WHERE deleted = 0 "
                                          "ORDER BY interchange_control DESC LIMIT ?")
                               .arg(kBatchColumns),
                           {limit});
    FD_TRY(q);
    std::vector<BatchRecord> out;
    while (q->next())
        out.push_back(batchFrom(q.value()));
    return out;
}

Result<BatchRecord> SubmissionService::findBatch(const QString& reference)
{
    const QString key = reference.trimmed();
    if (key.isEmpty())
        return invalidInput(tr("Name the batch by its interchange control number, file name or id."),
                            QStringLiteral("batch"));
    bool isNumber = false;
    const qlonglong number = key.toLongLong(&isNumber);
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM billing_batches WHERE deleted = 0 AND "
                                          "(id = ? OR file_name = ? OR interchange_control = ?)")
                               .arg(kBatchColumns),
                           {key, key, isNumber ? number : qlonglong(-1)});
    FD_TRY(q);
    std::vector<BatchRecord> found;
    while (q->next())
        found.push_back(batchFrom(q.value()));
    if (found.empty())
        return makeError(ErrorCode::NotFound,
                         tr("There is no batch %1 (name it by its interchange control number, file name or id).")
                             .arg(key),
                         QStringLiteral("batch"));
    if (found.size() > 1)
        return invalidInput(tr("%1 names %2 batches; name the batch by its interchange control number or id.")
                                .arg(key)
                                .arg(found.size()),
                            QStringLiteral("batch"));
    return found.front();
}

Status SubmissionService::markBatchSubmitted(storage::Transaction& tx, const BatchRecord& batch)
{
    auto q = storage::exec(tx.connection(),
                           QStringLiteral("SELECT c.id, c.row_version, c.status, c.claim_number, c.patient_id "
                                          "FROM billing_batch_claims bc JOIN billing_claims c ON c.id = bc.claim_id "
                                          "WHERE bc.batch_id = ? AND bc.deleted = 0 ORDER BY c.claim_number"),
                           {batch.id});
    FD_TRY(q);
    std::vector<ClaimEnvelope> claims;
    while (q->next()) {
        ClaimEnvelope e;
        e.claim.id = q->value(0).toString();
        e.claim.rowVersion = q->value(1).toLongLong();
        e.claim.status = claimStatusFromId(q->value(2).toString()).value_or(ClaimStatus::Ready);
        e.claim.claimNumber = q->value(3).toString();
        e.claim.patientId = q->value(4).toString();
        claims.push_back(std::move(e));
    }
    return m_exporter.markSubmitted(tx, claims, batch.id, batch.interchangeControlNumber);
}

Result<BatchRecord> SubmissionService::settleBatch(const QString& reference, BatchSettlement outcome,
                                                   const QString& reason)
{
    FD_TRY(m_ctx.access->require(perm::kSubmit));
    auto found = findBatch(reference);
    FD_TRY(found);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return invalidInput(tr("Give the reason batch %1 is settled (what the clearinghouse said).")
                                .arg(found->interchangeControlNumber),
                            QStringLiteral("reason"));
    auto notSending = [&](const QString& status) {
        return makeError(ErrorCode::Conflict,
                         tr("Batch %1 (%2) is \"%3\": only a batch still \"sending\", whose delivery was neither "
                            "confirmed nor refused, can be settled. Nothing was changed.")
                             .arg(found->interchangeControlNumber)
                             .arg(found->fileName, status),
                         QStringLiteral("batch"));
    };
    if (found->status != BatchStatus::Sending)
        return notSending(batchStatusId(found->status));
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    // Read again inside the transaction: another workstation may have settled it meanwhile.
    auto now = storage::exec((*tx)->connection(),
                             QStringLiteral("SELECT row_version, status FROM billing_batches WHERE id = ?"), {found->id});
    FD_TRY(now);
    if (!now->next())
        return makeError(ErrorCode::NotFound, tr("Batch %1 disappeared.").arg(found->interchangeControlNumber));
    if (now->value(1).toString() != batchStatusId(BatchStatus::Sending))
        return notSending(now->value(1).toString());
    const bool uploaded = outcome == BatchSettlement::Uploaded;
    QVariantMap fields;
    if (uploaded) {
        FD_TRY(markBatchSubmitted(**tx, found.value()));
        fields = {{QStringLiteral("status"), batchStatusId(BatchStatus::Uploaded)},
                  {QStringLiteral("sent_at"), toIsoUtc(m_ctx.now())},
                  {QStringLiteral("error"), QStringLiteral("")}};  // empty, not NULL
    } else {
        // The claims were never marked submitted: failing the batch makes them sendable again
        // in a new batch with new numbers; this batch's numbers stay used.
        fields = {{QStringLiteral("status"), batchStatusId(BatchStatus::Failed)},
                  {QStringLiteral("error"), tr("Settled as not delivered: %1").arg(why)}};
    }
    FD_TRY(storage::SyncedRows::update(**tx, table::kBatches, found->id, now->value(0).toLongLong(), fields));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, {}, table::kBatches, found->id,
                       {{QStringLiteral("interchange_control"), found->interchangeControlNumber},
                        {QStringLiteral("prior_status"), batchStatusId(BatchStatus::Sending)},
                        {QStringLiteral("status"), fields.value(QStringLiteral("status")).toString()},
                        {QStringLiteral("settled"), true},
                        {QStringLiteral("reason"), why},
                        {QStringLiteral("prior_error"), found->error}}));
    FD_TRY((*tx)->commit());
    return batch(found->id);
}

Result<BatchFileCheck> SubmissionService::checkBatchFile(const QString& reference)
{
    FD_TRY(m_ctx.access->require(perm::kSubmit));
    auto found = findBatch(reference);
    FD_TRY(found);
    BatchFileCheck check;
    check.destination = found->destination;
    check.fileName = found->fileName;
    check.expectedSize = found->fileSize;
    if (found->transport == deliveryModeId(DeliveryMode::Folder)) {
        const QFileInfo file(QDir(found->destination).filePath(found->fileName));
        check.present = file.isFile();
        check.size = check.present ? file.size() : 0;
        return check;
    }
    if (found->transport != deliveryModeId(DeliveryMode::Sftp))
        return invalidInput(tr("Batch %1 was saved to a file of the user's choice (%2); there is no destination "
                               "to look at.")
                                .arg(found->interchangeControlNumber)
                                .arg(found->fileName),
                            QStringLiteral("batch"));
    auto stored = m_clearinghouse->load();
    FD_TRY(stored);
    const ClearinghouseSettings& s = stored->settings;
    if (s.mode != DeliveryMode::Sftp || s.destination() != found->destination)
        return makeError(ErrorCode::Conflict,
                         tr("Batch %1 went to %2 but the clearinghouse settings now say %3; look for %4 there by hand.")
                             .arg(found->interchangeControlNumber)
                             .arg(found->destination, s.destination(), found->fileName),
                         QStringLiteral("batch"));
    SftpListJob job(ClearinghouseService::endpointOf(stored.value()), s.uploadDir);
    auto listed = job.run();
    FD_TRY(listed);
    for (const RemoteEntry& e : listed.value())
        if (e.name == found->fileName) {
            check.present = true;
            check.size = e.size;
        }
    return check;
}

}  // namespace fd::billing
