#include "billing/core/ack_import_service.h"

#include "billing/core/ack_applier.h"
#include "billing/core/ack_registration.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/claim_status_line_store.h"
#include "billing/core/fetched_ack_service.h"
#include "security/audit_actions.h"
#include "x12/x12_reader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace fd::billing {

namespace {

// What the file holds, by content: TA1 segments, 999 sets, 277 sets of X214 or X212. Anything
// else is refused naming the first transaction set that is not an acknowledgment.
Result<QList<AckKind>> kindsOf(const x12::Document& doc, const QString& fileName)
{
    QList<AckKind> kinds;
    auto add = [&](AckKind k) {
        if (!kinds.contains(k))
            kinds << k;
    };
    for (const x12::Interchange& x : doc.interchanges) {
        if (!x.acknowledgments.empty())
            add(AckKind::Ta1);
        for (const x12::FunctionalGroup& g : x.groups)
            for (const x12::Transaction& t : g.transactions) {
                if (t.transactionSet == "999")
                    add(AckKind::Functional999);
                else if (t.transactionSet == "277" && t.version.startsWith("005010X214"))
                    add(AckKind::ClaimAck277CA);
                else if (t.transactionSet == "277" && t.version.startsWith("005010X212"))
                    add(AckKind::ClaimStatus277);
                else
                    return makeError(ErrorCode::InvalidInput,
                                     AckImportService::tr("%1: transaction set %2 (%3, control number %4) is not a "
                                                          "TA1, 999, 277CA or 277; nothing was imported.")
                                         .arg(fileName, QString::fromLatin1(t.transactionSet),
                                              QString::fromLatin1(t.version), QString::fromLatin1(t.controlNumber)),
                                     fileName);
            }
    }
    if (kinds.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         AckImportService::tr("%1 holds no TA1, 999, 277CA or 277; nothing was imported.").arg(fileName),
                         fileName);
    return kinds;
}

// Every statement of the file, in file order.
Status applyAll(const x12::Document& doc, AckApplier& applier)
{
    for (const x12::Interchange& x : doc.interchanges) {
        for (const x12::Segment& ta1 : x.acknowledgments)
            FD_TRY(applier.interchangeAck(ta1));
        for (const x12::FunctionalGroup& g : x.groups)
            for (const x12::Transaction& t : g.transactions) {
                if (t.transactionSet == "999")
                    FD_TRY(applier.functionalAck(t));
                else if (t.version.startsWith("005010X214"))
                    FD_TRY(applier.claimAcks(t));
                else
                    FD_TRY(applier.statusAnswers(t));
            }
    }
    return {};
}

QString kindList(const QList<AckKind>& kinds)
{
    QStringList ids;
    for (AckKind k : kinds)
        ids << ackKindId(k);
    return ids.join(QLatin1Char(','));
}

}  // namespace

QString ackKindId(AckKind kind)
{
    switch (kind) {
        case AckKind::Ta1:
            return QStringLiteral("TA1");
        case AckKind::Functional999:
            return QStringLiteral("999");
        case AckKind::ClaimAck277CA:
            return QStringLiteral("277CA");
        case AckKind::ClaimStatus277:
            return QStringLiteral("277");
    }
    return {};
}

Result<AckImportResult> AckImportService::importFile(const QString& path)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), path);
    return importBytes(file.readAll(), QFileInfo(path).fileName());
}

Result<AckImportResult> AckImportService::importBytes(const QByteArray& content, const QString& fileName)
{
    return importOnly(content, fileName,
                      {AckKind::Ta1, AckKind::Functional999, AckKind::ClaimAck277CA, AckKind::ClaimStatus277});
}

Result<std::vector<AckImportResult>> AckImportService::importFetched()
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    if (!m_clearinghouse)
        return makeError(ErrorCode::Unavailable, tr("No clearinghouse is set up to fetch acknowledgments from."));
    auto pending = pendingFetched();
    FD_TRY(pending);
    std::vector<AckImportResult> out;
    for (const AckFile& file : pending.value()) {
        auto imported = importInto(file.content, file.name,
                                   {AckKind::Ta1, AckKind::Functional999, AckKind::ClaimAck277CA,
                                    AckKind::ClaimStatus277},
                                   file.id);
        if (imported) {
            out.push_back(std::move(imported.value()));
            continue;
        }
        // One bad file does not hold back the others; it stays fetched for the user to see.
        AckImportResult refused;
        refused.fileId = file.id;
        refused.fileName = file.name;
        refused.error = imported.error().message;
        out.push_back(std::move(refused));
    }
    return out;
}

Result<std::vector<AckFile>> AckImportService::pendingFetched()
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT id, remote_dir, file_name, fetched_at, content FROM "
                                          "billing_ack_files f WHERE imported_at = '' AND %1 "
                                          "ORDER BY fetched_at, file_name")
                               .arg(FetchedAckService::notSetAside()));
    FD_TRY(q);
    std::vector<AckFile> out;
    while (q->next())
        out.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs), q->value(4).toByteArray()});
    return out;
}

Status AckImportService::markFetchedImported(const QSqlDatabase& db, const QString& fetchedFileId)
{
    auto done = storage::exec(db,
                              QStringLiteral("UPDATE billing_ack_files SET imported_at = ? WHERE id = ? AND "
                                             "imported_at = ''"),
                              {toIsoUtc(m_ctx.now()), fetchedFileId});
    FD_TRY(done);
    if (done->numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("The fetched acknowledgment file %1 was imported by another run meanwhile.").arg(fetchedFileId));
    return {};
}

Result<AckImportResult> AckImportService::previousImport(const QString& sha256, const QString& fileName)
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT id, file_name, imported_at, kind FROM billing_ack_imports WHERE "
                                          "sha256 = ? AND deleted = 0"),
                           {sha256});
    FD_TRY(q);
    AckImportResult r;
    r.fileName = fileName;
    if (!q->next())
        return r;
    r.alreadyImported = true;
    r.fileId = q->value(0).toString();
    r.importedAt = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
    return r;
}

Result<AckImportResult> AckImportService::importOnly(const QByteArray& content, const QString& fileName,
                                                     const QList<AckKind>& allowed)
{
    return importInto(content, fileName, allowed, {});
}

Result<AckImportResult> AckImportService::importInto(const QByteArray& content, const QString& fileName,
                                                     const QList<AckKind>& allowed, const QString& fetchedFileId)
{
    FD_TRY(m_ctx.access->require(perm::kClaims));
    const x12::Document doc = x12::X12Reader::readBytes(content);
    for (const x12::Finding& f : doc.findings)
        if (f.severity == x12::Severity::Error)
            return invalidInput(tr("%1 is not a well-formed X12 file: %2. Nothing was imported.").arg(fileName, f.toText()),
                                fileName);
    auto kinds = kindsOf(doc, fileName);
    FD_TRY(kinds);
    for (AckKind k : kinds.value())
        if (!allowed.contains(k))
            return invalidInput(tr("%1 holds a %2, which is not expected here.").arg(fileName, ackKindId(k)), fileName);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    auto before = previousImport(sha256, fileName);
    FD_TRY(before);
    before->kinds = kinds.value();
    if (before->alreadyImported) {
        if (!fetchedFileId.isEmpty()) {
            auto tx = m_ctx.db.beginNestable(storage::Database::Durability::Full);
            FD_TRY(tx);
            FD_TRY(markFetchedImported((*tx)->connection(), fetchedFileId));
            FD_TRY((*tx)->commit());
        }
        return before;
    }

    // Nestable: a real-time status request records its 276 and applies the 277 answer in one
    // transaction of its own (ClaimStatusService::requestRealtime).
    auto tx = m_ctx.db.beginNestable(storage::Database::Durability::Full);
    FD_TRY(tx);
    storage::SyncedRowsBatch rows(**tx);
    const x12::Interchange& first = doc.interchanges.front();
    auto fileId = rows.insert(table::kAckImports,
                              notNull({{QStringLiteral("kind"), kindList(kinds.value())},
                                       {QStringLiteral("file_name"), fileName},
                                       {QStringLiteral("sha256"), sha256},
                                       {QStringLiteral("interchange_control"), QString::fromLatin1(first.controlNumber)},
                                       {QStringLiteral("sender"), QString::fromLatin1(first.header.element(6)).trimmed()},
                                       {QStringLiteral("imported_at"), toIsoUtc(m_ctx.now())},
                                       {QStringLiteral("imported_by"), m_ctx.userId()}}));
    FD_TRY(fileId);
    AckImportResult result;
    result.fileId = fileId.value();
    result.fileName = fileName;
    result.kinds = kinds.value();
    result.importedAt = m_ctx.now();
    AckApplier applier(m_ctx, **tx, result.fileId, fileName, result);
    FD_TRY(applyAll(doc, applier));
    QJsonArray claimNumbers;
    for (const AckClaimChange& c : result.claims)
        claimNumbers.append(c.claimNumber);
    FD_TRY(auditChange(m_ctx, security::audit::kCreate, {}, table::kAckImports, result.fileId,
                       {{QStringLiteral("kind"), kindList(result.kinds)},
                        {QStringLiteral("file_name"), fileName},
                        {QStringLiteral("claims"), claimNumbers},
                        {QStringLiteral("rejections"), result.rejections}}));
    if (!fetchedFileId.isEmpty())
        FD_TRY(markFetchedImported((*tx)->connection(), fetchedFileId));
    FD_TRY((*tx)->commit());
    return result;
}

Result<BatchAckStatus> AckImportService::batchStatus(const QString& batchId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT b.interchange_control, b.group_control, a.status, a.detail, "
                                          "a.file_name, a.updated_at FROM billing_batches b LEFT JOIN "
                                          "billing_batch_acks a ON a.batch_id = b.id AND a.deleted = 0 "
                                          "WHERE b.id = ? AND b.deleted = 0"),
                           {batchId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("No batch %1.").arg(batchId));
    BatchAckStatus s;
    s.batchId = batchId;
    s.interchangeControlNumber = q->value(0).toLongLong();
    s.groupControlNumber = q->value(1).toLongLong();
    if (!q->value(2).isNull())
        s.status = q->value(2).toString();
    s.detail = q->value(3).toString();
    s.fileName = q->value(4).toString();
    s.updatedAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
    return s;
}

Result<std::vector<PayerClaimStatus>> AckImportService::payerStatuses(const QString& claimId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT claim_id, source, category, status, entity, meaning, "
                                          "payer_claim_number, effective, amount_cents, file_name, recorded_at, id FROM "
                                          "billing_payer_statuses WHERE claim_id = ? AND deleted = 0 "
                                          "ORDER BY recorded_at, rowid"),
                           {claimId});
    FD_TRY(q);
    std::vector<PayerClaimStatus> out;
    while (q->next()) {
        PayerClaimStatus s{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                           q->value(6).toString(), QDate::fromString(q->value(7).toString(), Qt::ISODate),
                           std::nullopt, q->value(9).toString(),
                           QDateTime::fromString(q->value(10).toString(), Qt::ISODateWithMs)};
        if (!q->value(8).isNull())
            s.amount = Money::fromCents(q->value(8).toLongLong());
        auto lines = ClaimStatusLineStore::load(m_ctx.db.connection(), q->value(11).toString());
        FD_TRY(lines);
        s.lines = std::move(lines.value());
        out.push_back(s);
    }
    return out;
}

Result<QString> AckImportService::payerClaimNumber(const QString& claimId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT payer_claim_number FROM billing_payer_statuses WHERE claim_id = ? "
                                          "AND payer_claim_number <> '' AND deleted = 0 "
                                          "ORDER BY recorded_at DESC, rowid DESC LIMIT 1"),
                           {claimId});
    FD_TRY(q);
    return q->next() ? q->value(0).toString() : QString();
}

}  // namespace fd::billing
