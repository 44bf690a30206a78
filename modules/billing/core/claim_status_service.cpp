#include "billing/core/claim_status_service.h"

#include "billing/core/ack_registration.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/claim_export_service.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"
#include "storage/synced_rows.h"

#include <QJsonArray>

namespace fd::billing {

Result<std::vector<Claim>> ClaimStatusService::claimsToAsk(const QStringList& claimIds)
{
    if (claimIds.isEmpty())
        return invalidInput(tr("Name the claims to ask about."), QStringLiteral("claims"));
    QVariantList binds;
    for (const QString& id : claimIds)
        binds << id.trimmed();
    for (const QString& id : claimIds)
        binds << id.trimmed().toUpper();
    auto claims = m_store.load(m_ctx.db.connection(),
                               QStringLiteral("id IN (%1) OR claim_number IN (%1)").arg(storage::placeholders(claimIds.size())),
                               binds);
    FD_TRY(claims);
    for (const QString& id : claimIds) {
        auto it = std::find_if(claims->begin(), claims->end(), [&](const Claim& c) {
            return c.id == id.trimmed() || c.claimNumber == id.trimmed().toUpper();
        });
        if (it == claims->end())
            return makeError(ErrorCode::NotFound, tr("No claim %1.").arg(id), QStringLiteral("claims"));
        if (it->status != ClaimStatus::Submitted && it->status != ClaimStatus::Accepted)
            return invalidInput(tr("Claim %1 is %2: only a claim the payer has (submitted or accepted) can be asked "
                                   "about.")
                                    .arg(it->claimNumber, claimStatusId(it->status)),
                                QStringLiteral("claims"));
    }
    return claims;
}

Result<StatusBatch> ClaimStatusService::prepare(const QStringList& claimIds, const StatusRequestOptions& options)
{
    auto claims = claimsToAsk(claimIds);
    FD_TRY(claims);
    ClaimExportService exporter(m_ctx);
    auto envelopes = exporter.envelopes(claims.value(), options.clearinghouse);
    FD_TRY(envelopes);
    auto profile = m_ctx.profile->profile();
    FD_TRY(profile);
    StatusBatch batch;
    batch.senderId = options.senderId.isEmpty() ? profile->npi : options.senderId;
    batch.senderName = profile->name;
    batch.receiverId = options.receiverId;
    batch.created = m_ctx.now();
    batch.production = options.production;
    for (ClaimEnvelope& e : envelopes.value()) {
        auto payerNumber = m_imports->payerClaimNumber(e.claim.id);
        FD_TRY(payerNumber);
        batch.claims.push_back({std::move(e), QString(), payerNumber.value()});
    }
    return batch;
}

Status ClaimStatusService::number(QSqlDatabase db, StatusBatch& batch)
{
    auto interchange = nextCounterValue(db, QStringLiteral("interchange_control"), 999999999);
    FD_TRY(interchange);
    auto group = nextCounterValue(db, QStringLiteral("group_control"), 999999999);
    FD_TRY(group);
    batch.interchangeControlNumber = interchange.value();
    batch.groupControlNumber = group.value();
    // The group control number is never reused, so claim number and group make a trace number
    // that is never given out twice.
    for (StatusClaim& c : batch.claims)
        c.trace = QStringLiteral("%1-%2").arg(c.envelope.claim.claimNumber).arg(batch.groupControlNumber);
    return {};
}

Result<StatusRequest> ClaimStatusService::recordRequests(storage::Transaction& tx, const StatusBatch& batch,
                                                         const QString& channel)
{
    StatusRequest request;
    storage::SyncedRowsBatch rows(tx);
    QJsonArray numbers;
    for (const StatusClaim& c : batch.claims) {
        FD_TRY(rows.insert(table::kStatusRequests, {{QStringLiteral("trace"), c.trace},
                                                    {QStringLiteral("claim_id"), c.envelope.claim.id},
                                                    {QStringLiteral("interchange_control"), batch.interchangeControlNumber},
                                                    {QStringLiteral("requested_at"), toIsoUtc(batch.created)},
                                                    {QStringLiteral("requested_by"), m_ctx.userId()}}));
        request.traceNumbers << c.trace;
        numbers.append(c.envelope.claim.claimNumber);
    }
    FD_TRY(auditChange(m_ctx, security::audit::kExport, {}, table::kStatusRequests, QString::number(batch.interchangeControlNumber),
                       {{QStringLiteral("format"), QStringLiteral("276 005010X212")},
                        {QStringLiteral("channel"), channel},
                        {QStringLiteral("interchange_control"), batch.interchangeControlNumber},
                        {QStringLiteral("claims"), numbers}}));
    request.interchangeControlNumber = batch.interchangeControlNumber;
    request.groupControlNumber = batch.groupControlNumber;
    return request;
}

Result<StatusRequest> ClaimStatusService::build276(const QStringList& claimIds, const StatusRequestOptions& options)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    auto batch = prepare(claimIds, options);
    FD_TRY(batch);
    auto tx = m_ctx.db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    FD_TRY(number((*tx)->connection(), batch.value()));
    auto request = recordRequests(**tx, batch.value(), QStringLiteral("file"));
    FD_TRY(request);
    auto content = Claim276Writer::write(batch.value());
    FD_TRY(content);
    FD_TRY((*tx)->commit());
    request->content = std::move(content.value());
    return request;
}

Result<AckImportResult> ClaimStatusService::apply277(const QByteArray& content, const QString& fileName)
{
    return m_imports->importOnly(content, fileName, {AckKind::ClaimStatus277});
}

}  // namespace fd::billing
