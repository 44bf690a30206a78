#include "billing/core/ack_rejection_queue.h"

#include "billing/core/ack_registration.h"
#include "billing/core/billing_permissions.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

namespace fd::billing {

namespace {

const QString kColumns = QStringLiteral(
    "id, row_version, claim_id, claim_number, patient_id, batch_id, source, code, reason, rejected_on, file_name, "
    "state, note, new_claim_id, worked_at, worked_by");

Rejection rejectionFromRow(const QSqlQuery& q)
{
    Rejection r;
    r.id = q.value(0).toString();
    r.rowVersion = q.value(1).toLongLong();
    r.claimId = q.value(2).toString();
    r.claimNumber = q.value(3).toString();
    r.patientId = q.value(4).toString();
    r.batchId = q.value(5).toString();
    r.source = q.value(6).toString();
    r.code = q.value(7).toString();
    r.reason = q.value(8).toString();
    r.rejectedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    r.fileName = q.value(10).toString();
    r.state = q.value(11).toString();
    r.note = q.value(12).toString();
    r.newClaimId = q.value(13).toString();
    r.workedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    r.workedBy = q.value(15).toString();
    return r;
}

}  // namespace

Result<std::vector<Rejection>> AckRejectionQueue::load(QSqlDatabase db, const QString& where, const QVariantList& binds)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT %1 FROM billing_rejections WHERE deleted = 0 AND (%2) "
                                          "ORDER BY created_at, rowid")
                               .arg(kColumns, where),
                           binds);
    FD_TRY(q);
    std::vector<Rejection> out;
    while (q->next())
        out.push_back(rejectionFromRow(q.value()));
    return out;
}

Result<std::vector<Rejection>> AckRejectionQueue::list(bool openOnly)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return load(m_ctx.db.connection(), openOnly ? QStringLiteral("state = 'open'") : QStringLiteral("1 = 1"), {});
}

Result<Rejection> AckRejectionQueue::openFor(const QString& claim)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    const QString wanted = claim.trimmed();
    auto found = load(m_ctx.db.connection(), QStringLiteral("state = 'open' AND (claim_id = ? OR claim_number = ?)"),
                      {wanted, wanted.toUpper()});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, tr("Claim %1 has no open rejection.").arg(wanted), QStringLiteral("claim"));
    return found->front();
}

Result<Rejection> AckRejectionQueue::loadOpen(QSqlDatabase db, const QString& rejectionId)
{
    auto found = load(db, QStringLiteral("id = ?"), {rejectionId});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, tr("No rejection %1.").arg(rejectionId), QStringLiteral("rejection"));
    if (found->front().state != QLatin1String("open"))
        return makeError(ErrorCode::Conflict,
                         tr("The rejection of claim %1 was %2 already.").arg(found->front().claimNumber,
                                                                             found->front().state),
                         rejectionId);
    return found->front();
}

Result<Claim> AckRejectionQueue::redraft(storage::SyncedRowsBatch& rows, QSqlDatabase db, const Rejection& r)
{
    auto rejected = m_store.loadOne(db, r.claimId);
    FD_TRY(rejected);
    for (const ClaimLine& l : rejected->lines) {
        auto live = storage::exec(db,
                                  QStringLiteral("SELECT c.claim_number FROM billing_claim_lines cl JOIN billing_claims "
                                                 "c ON c.id = cl.claim_id WHERE cl.charge_id = ? AND cl.deleted = 0 "
                                                 "AND c.deleted = 0 AND c.status <> 'rejected'"),
                                  {l.chargeId});
        FD_TRY(live);
        if (live->next())
            return makeError(ErrorCode::Conflict,
                             tr("The charges of claim %1 are on claim %2 already: resolve the rejection instead.")
                                 .arg(r.claimNumber, live->value(0).toString()),
                             r.claimId);
    }
    Claim header = rejected.value();
    header.batchId.clear();
    ClaimDraft draft{rejected->diagnoses, rejected->lines};
    return m_store.insert(rows, db, header, draft);
}

Result<Rejection> AckRejectionQueue::close(const QString& rejectionId, const QString& note, bool resubmitting)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    const QString text = note.trimmed();
    if (!resubmitting && text.isEmpty())
        return invalidInput(tr("Say why the rejection is resolved (a note)."), QStringLiteral("note"));
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    const QSqlDatabase db = (*tx)->connection();
    auto r = loadOpen(db, rejectionId);
    FD_TRY(r);
    storage::SyncedRowsBatch rows(**tx);
    QString newClaimId;
    QString newNumber;
    if (resubmitting) {
        auto made = redraft(rows, db, r.value());
        FD_TRY(made);
        newClaimId = made->id;
        newNumber = made->claimNumber;
    }
    const QString state = resubmitting ? QStringLiteral("resubmitted") : QStringLiteral("resolved");
    auto version = storage::SyncedRows::update(**tx, table::kRejections, r->id, r->rowVersion,
                                               notNull({{QStringLiteral("state"), state},
                                                        {QStringLiteral("note"), text},
                                                        {QStringLiteral("new_claim_id"), newClaimId},
                                                        {QStringLiteral("worked_at"), toIsoUtc(m_ctx.now())},
                                                        {QStringLiteral("worked_by"), m_ctx.userId()}}));
    FD_TRY(version);
    const QString historyNote = resubmitting ? tr("rejection worked: corrected as claim %1. %2").arg(newNumber, text)
                                             : tr("rejection resolved: %1").arg(text);
    FD_TRY(m_store.addHistory(rows, r->claimId, QStringLiteral("rejected"), QStringLiteral("rejected"),
                              historyNote.trimmed()));
    FD_TRY(auditChange(m_ctx, security::audit::kUpdate, r->patientId, table::kRejections, r->id,
                       {{QStringLiteral("claim_number"), r->claimNumber},
                        {QStringLiteral("prior_state"), QStringLiteral("open")},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("new_claim_id"), newClaimId}}));
    FD_TRY((*tx)->commit());
    r->rowVersion = version.value();
    r->state = state;
    r->note = text;
    r->newClaimId = newClaimId;
    r->workedAt = m_ctx.now();
    r->workedBy = m_ctx.userId();
    return r;
}

Result<Rejection> AckRejectionQueue::resubmit(const QString& rejectionId, const QString& note)
{
    return close(rejectionId, note, true);
}

Result<Rejection> AckRejectionQueue::resolve(const QString& rejectionId, const QString& note)
{
    return close(rejectionId, note, false);
}

}  // namespace fd::billing
