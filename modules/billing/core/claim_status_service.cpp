#include "billing/core/claim_status_service.h"

#include "billing/core/ack_registration.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/claim_export_service.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"
#include "storage/synced_rows.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

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
        batch.claims.push_back({std::move(e), QString(), payerNumber.value(), {}});
    }
    FD_TRY(selectLines(batch, options.lines));
    return batch;
}

namespace {

// The claim of the batch with line `lineId`, and the line; null when none has it.
std::pair<StatusClaim*, const ClaimLine*> lineById(StatusBatch& batch, const QString& lineId)
{
    for (StatusClaim& c : batch.claims)
        for (const ClaimLine& l : c.envelope.claim.lines)
            if (l.id == lineId)
                return {&c, &l};
    return {nullptr, nullptr};
}

}  // namespace

Status ClaimStatusService::selectLines(StatusBatch& batch, const QStringList& lines)
{
    for (const QString& raw : lines) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            return invalidInput(tr("A line to ask about is empty: give a claim line id or a line number."),
                                QStringLiteral("lines"));
        bool isNumber = false;
        const int number = name.toInt(&isNumber);
        StatusClaim* owner = nullptr;
        const ClaimLine* line = nullptr;
        std::tie(owner, line) = lineById(batch, name);
        if (isNumber && !line) {
            if (batch.claims.size() != 1)
                return invalidInput(tr("Line %1: give the line's id when asking about several claims; a line number "
                                       "names a line of one claim only.")
                                        .arg(name),
                                    QStringLiteral("lines"));
            owner = &batch.claims.front();
            const auto& own = owner->envelope.claim.lines;
            auto it = std::find_if(own.begin(), own.end(), [&](const ClaimLine& l) { return l.lineNumber == number; });
            if (it == own.end())
                return makeError(ErrorCode::NotFound,
                                 tr("Claim %1 has no line %2 (it has %3 line(s)).")
                                     .arg(owner->envelope.claim.claimNumber, name)
                                     .arg(own.size()),
                                 QStringLiteral("lines"));
            line = &*it;
        }
        if (!line) {
            auto q = storage::exec(m_ctx.db.connection(),
                                   QStringLiteral("SELECT c.claim_number FROM billing_claim_lines l JOIN billing_claims c "
                                                  "ON c.id = l.claim_id WHERE l.id = ? AND l.deleted = 0"),
                                   {name});
            FD_TRY(q);
            if (q->next())
                return invalidInput(tr("Line %1 is a line of claim %2, which is not one of the claims asked about.")
                                        .arg(name, q->value(0).toString()),
                                    QStringLiteral("lines"));
            return makeError(ErrorCode::NotFound, tr("No claim line %1.").arg(name), QStringLiteral("lines"));
        }
        const bool twice = std::any_of(owner->lines.begin(), owner->lines.end(),
                                       [&](const StatusLine& s) { return s.line.id == line->id; });
        if (twice)
            return invalidInput(tr("Line %1 of claim %2 is named twice.")
                                    .arg(line->lineNumber)
                                    .arg(owner->envelope.claim.claimNumber),
                                QStringLiteral("lines"));
        owner->lines.push_back({*line, {}});
    }
    for (StatusClaim& c : batch.claims)
        std::sort(c.lines.begin(), c.lines.end(),
                  [](const StatusLine& a, const StatusLine& b) { return a.line.lineNumber < b.line.lineNumber; });
    return {};
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
    QJsonArray lines;
    for (const StatusClaim& c : batch.claims) {
        for (const StatusLine& l : c.lines)
            lines.append(QStringLiteral("%1:%2").arg(c.envelope.claim.claimNumber).arg(l.line.lineNumber));
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
                        {QStringLiteral("claims"), numbers},
                        {QStringLiteral("lines"), lines}}));
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
