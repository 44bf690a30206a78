#include "security/audit_trail.h"

#include "common/clock.h"
#include "common/iso_text.h"
#include "common/logging.h"
#include "security/audit_actions.h"
#include "security/audit_appender.h"
#include "security/audit_json.h"
#include "security/audit_verifier.h"
#include "security/checkpoint_file.h"
#include "security/permissions.h"
#include "storage/bulk_rows.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

namespace fd::security {

namespace {
// A checkpoint lists at most this many fingerprints (a crashed writer may leave many entries
// unchecked; older ones are still protected by the chain and the earlier checkpoints).
constexpr qint64 kMaxFingerprints = 20000;

// True when a transaction is open on the connection (the caller's): the entry then joins it
// and commits or rolls back with the change it records.
bool inTransaction(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    auto* sqlite = static_cast<sqlite3*>(handle.value<void*>());
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}
}  // namespace

AuditTrail::AuditTrail(std::shared_ptr<SessionContext> context) : m_context(std::move(context)) {}

QJsonObject AuditRecord::detailsObject() const
{
    if (detailsJson.isEmpty())
        return details;
    return QJsonDocument::fromJson(detailsJson).object();
}

bool AuditRecord::concerns(const QString& id) const
{
    return !id.isEmpty() && (patientId == id || patientIds.contains(id));
}

AuditRow AuditTrail::rowFor(const AuditRecord& record) const
{
    return rowAt(record, isoUtc(m_context->now()));
}

AuditRow AuditTrail::rowAt(const AuditRecord& record, const QString& at) const
{
    const SessionContext& c = *m_context;
    AuditRow row;
    row.at = at;
    row.userId = c.user.id;
    row.username = c.user.username;
    row.role = roleId(c.user.role);
    row.workstation = c.workstation;
    row.patientId = record.patientId;
    row.entity = record.entity;
    row.entityId = record.entityId;
    row.action = record.action;
    row.outcome = record.outcome.isEmpty() ? QStringLiteral("success") : record.outcome;
    QByteArray details;
    if (!record.detailsJson.isEmpty())
        details = record.detailsJson;
    else if (record.details.isEmpty())
        details = "{}";  // what QJsonDocument writes for it
    else
        details = QJsonDocument(record.details).toJson(QJsonDocument::Compact);
    if (!record.patientIds.isEmpty()) {
        // An entry about several patients lists them last, as "patients" (checkRecord keeps
        // the key free), appended to the text rather than parsed into an object and back.
        details.chop(1);
        if (details.size() > 1)
            details += ',';
        auditjson::appendString(details, QString::fromLatin1(auditchain::kPatientsKey));
        details += ':';
        auditjson::appendValue(details, record.patientIds);
        details += '}';
    }
    row.details = QString::fromUtf8(details);
    return row;
}

Status AuditTrail::checkRecord(const AuditRecord& record)
{
    if (record.action.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security", "An audit entry needs an action"));
    // Written by auditjson, which makes whole objects; a cut-off or foreign text is refused.
    if (!record.detailsJson.isEmpty() &&
        (!record.detailsJson.startsWith('{') || !record.detailsJson.endsWith('}')))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security",
                                                     "The details of an audit entry (%1) are not a JSON object")
                             .arg(record.action));
    if (!record.patientIds.isEmpty()) {
        // One patient, or several: an entry names them one way, and its details leave the
        // list's key to it.
        const bool listed = record.detailsObject().contains(QLatin1String(auditchain::kPatientsKey));
        if (!record.patientId.isEmpty() || listed || record.patientIds.contains(QString()))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("fd::security",
                                                         "An audit entry (%1) names its patients twice")
                                 .arg(record.action));
    }
    return {};
}

Status AuditTrail::record(const AuditRecord& record)
{
    FD_TRY(m_context->alive());
    FD_TRY(checkRecord(record));
    return append(rowFor(record));
}

Status AuditTrail::recordAll(const std::vector<AuditRecord>& records)
{
    FD_TRY(m_context->alive());
    std::vector<AuditRow> rows;
    rows.reserve(records.size());
    const QString at = isoUtc(m_context->now());  // entries recorded together share their time
    for (const AuditRecord& r : records) {
        FD_TRY(checkRecord(r));
        rows.push_back(rowAt(r, at));
    }
    return appendAll(std::move(rows));
}

Status AuditTrail::append(AuditRow row)
{
    std::vector<AuditRow> rows;
    rows.push_back(std::move(row));
    return appendAll(std::move(rows));
}

Status AuditTrail::appendAll(std::vector<AuditRow> rows)
{
    FD_TRY(m_context->alive());
    if (rows.empty())
        return {};
    storage::Database& db = *m_context->db;
    QSqlDatabase conn = db.connection();
    std::unique_ptr<storage::Transaction> own;
    if (!inTransaction(conn)) {
        auto tx = db.begin(storage::Database::Durability::Full);
        if (!tx.ok())
            return tx.error();
        own = std::move(tx.value());
    }
    SessionContext& c = *m_context;
    if (!c.fingerprinter && !c.auditKey.isEmpty())
        c.fingerprinter = std::make_unique<auditchain::Fingerprinter>(c.auditKey);
    c.auditAppender->setFingerprinter(c.fingerprinter.get());
    FD_TRY(c.auditAppender->appendAll(conn, rows));
    rememberFingerprints(rows);
    if (!own)
        return {};
    FD_TRY(own->commit());
    // Only committed entries are checkpointed: an entry inside a caller's transaction may
    // still roll back, so it waits for the next entry of our own or for logout.
    if (rows.back().seq - m_context->lastCheckpointSeq >= securityPolicy().checkpointInterval) {
        const Status cp = checkpoint();
        if (!cp.ok())
            qCWarning(lcAudit) << "cannot write an audit checkpoint:" << cp.error().toString();
    }
    return {};
}

Status AuditTrail::requirePermission(const QString& permission)
{
    FD_TRY(m_context->alive());
    if (m_context->can(permission))
        return {};
    AuditRecord denied;
    denied.action = audit::kAccessDenied;
    denied.outcome = QStringLiteral("denied");
    denied.details = QJsonObject{{QStringLiteral("permission"), permission}};
    const Status logged = record(denied);
    if (!logged.ok())
        qCWarning(lcAudit) << "cannot audit a denied attempt:" << logged.error().toString();
    return makeError(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("fd::security", "You are not allowed to do this (%1).").arg(permission));
}

Status AuditTrail::checkReadAccess(const AuditFilter& filter) const
{
    // An office manager reviewing break-glass accesses needs only that permission.
    if (filter.action == audit::kBreakGlass && m_context->can(perm::kBreakGlassReview))
        return {};
    return const_cast<AuditTrail*>(this)->requirePermission(perm::kAuditView);
}

namespace {
// Entries whose `column` equals the bound key: the batch-filled lookup for the indexed part,
// a scan by seq of the (at most one batch long) tail after it. For a patient, the tail's
// entries about several patients match when their list holds the key (AuditRecord::patientIds).
QString lookupTerm(auditchain::LookupKind kind, const char* column, const QString& key, QVariantList* binds)
{
    *binds << key << key;
    QString tail = QStringLiteral("%1 = ?").arg(QLatin1String(column));
    if (kind == auditchain::LookupKind::Patient) {
        tail = QStringLiteral("(%1 OR (patient_id = '' AND %2))").arg(tail, QLatin1String(auditchain::kListsPatient));
        *binds << key;
    }
    return QStringLiteral("seq IN (SELECT seq FROM audit_lookup WHERE kind = %1 AND key = ? "
                          "UNION ALL SELECT seq FROM audit_log WHERE seq > "
                          "(SELECT indexed_through FROM audit_lookup_state WHERE id = 1) AND %2)")
        .arg(int(kind))
        .arg(tail);
}
}  // namespace

QString AuditTrail::whereClause(const AuditFilter& f, QVariantList* binds) const
{
    QStringList where;
    if (!f.patientId.isEmpty())
        where << lookupTerm(auditchain::LookupKind::Patient, "patient_id", f.patientId, binds);
    if (!f.username.isEmpty())
        where << lookupTerm(auditchain::LookupKind::Username, "username", f.username.toLower(), binds);
    if (!f.action.isEmpty())
        where << lookupTerm(auditchain::LookupKind::Action, "action", f.action, binds);
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?");
        *binds << toIsoUtc(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("at < ?");
        *binds << toIsoUtc(f.to);
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

AuditEntry AuditTrail::entryFrom(const AuditRow& row)
{
    AuditEntry e;
    e.seq = row.seq;
    e.at = QDateTime::fromString(row.at, Qt::ISODateWithMs).toUTC();
    e.userId = row.userId;
    e.username = row.username;
    e.role = row.role;
    e.workstation = row.workstation;
    e.record.action = row.action;
    e.record.outcome = row.outcome;
    e.record.patientId = row.patientId;
    e.record.entity = row.entity;
    e.record.entityId = row.entityId;
    e.record.details = QJsonDocument::fromJson(row.details.toUtf8()).object();
    if (row.patientId.isEmpty())
        for (const QJsonValue& id : e.record.details.value(QLatin1String(auditchain::kPatientsKey)).toArray())
            if (id.isString())
                e.record.patientIds << id.toString();
    e.digest = row.digest;
    return e;
}

Result<std::vector<AuditEntry>> AuditTrail::list(const AuditFilter& filter) const
{
    FD_TRY(m_context->alive());
    FD_TRY(checkReadAccess(filter));
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq %3 LIMIT ? OFFSET ?")
                            .arg(QLatin1String(auditchain::kColumns), whereClause(filter, &binds),
                                 filter.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    binds << (filter.limit > 0 ? filter.limit : -1) << filter.offset;
    auto q = storage::exec(m_context->db->connection(), sql, binds);
    if (!q.ok())
        return q.error();
    std::vector<AuditEntry> out;
    while (q->next())
        out.push_back(entryFrom(auditchain::rowFrom(*q)));
    return out;
}

Result<qint64> AuditTrail::count(const AuditFilter& filter) const
{
    FD_TRY(m_context->alive());
    FD_TRY(checkReadAccess(filter));
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(filter, &binds);
    auto q = storage::exec(m_context->db->connection(), sql, binds);
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<AuditVerification> AuditTrail::verify() const
{
    FD_TRY(m_context->alive());
    FD_TRY(const_cast<AuditTrail*>(this)->requirePermission(perm::kAuditView));
    AuditVerifier verifier(m_context->db->connection(), m_context->auditKey, m_context->files.checkpoints());
    return verifier.run();
}

Status AuditTrail::loadCheckpointState()
{
    FD_TRY(m_context->alive());
    auto cps = CheckpointFile::read(m_context->files.checkpoints(), m_context->auditKey);
    if (!cps.ok()) {
        // A damaged checkpoint file must not stop the practice; verify() reports it.
        qCWarning(lcAudit) << "audit checkpoint file unreadable:" << cps.error().toString();
        return {};
    }
    m_context->lastCheckpointSeq = cps->empty() ? 0 : cps->back().seq;
    return {};
}

void AuditTrail::rememberFingerprints(const std::vector<AuditRow>& rows)
{
    auto& pending = m_context->pendingFingerprints;
    for (const AuditRow& row : rows)
        if (!row.fingerprint.isEmpty())
            pending.insert_or_assign(row.seq, std::make_pair(row.digest, row.fingerprint));
    // A checkpoint lists at most kMaxFingerprints entries: older ones are never asked for.
    while (!pending.empty() && pending.begin()->first <= rows.back().seq - kMaxFingerprints)
        pending.erase(pending.begin());
}

// The fingerprints of the entries in (from, to] from those remembered at append, each checked
// against the stored entry's digest; empty when one is missing or differs (an entry appended
// by another connection, or rolled back and its seq used again).
QByteArray AuditTrail::rememberedFingerprints(qint64 from, qint64 to) const
{
    const auto& pending = m_context->pendingFingerprints;
    if (pending.empty() || pending.begin()->first > from + 1)
        return {};
    auto digests = storage::execForwardOnly(
        m_context->db->connection(), QStringLiteral("SELECT seq, digest FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq"),
        {from, to});
    if (!digests.ok())
        return {};
    QByteArray out;
    out.reserve((to - from) * auditchain::kFingerprintSize);
    qint64 expected = from + 1;
    while (digests->next()) {
        const qint64 seq = digests->value(0).toLongLong();
        const auto it = pending.find(seq);
        if (seq != expected || it == pending.end() || it->second.first != digests->value(1).toString().toLatin1())
            return {};
        out += it->second.second;
        ++expected;
    }
    return expected == to + 1 ? out : QByteArray();
}

Status AuditTrail::checkpoint()
{
    FD_TRY(m_context->alive());
    QSqlDatabase conn = m_context->db->connection();
    auto head = storage::exec(conn, QStringLiteral("SELECT seq, digest FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head.ok())
        return head.error();
    if (!head->next() || head->value(0).toLongLong() <= m_context->lastCheckpointSeq)
        return {};  // nothing new since the last checkpoint
    AuditCheckpoint cp;
    cp.seq = head->value(0).toLongLong();
    cp.digest = head->value(1).toString().toLatin1();
    cp.at = m_context->now();
    cp.from = std::max(m_context->lastCheckpointSeq, cp.seq - kMaxFingerprints);
    head->finish();
    // The fingerprints taken as this session appended, when they are all there and each
    // entry is still the one it was taken from; else each entry read back and fingerprinted.
    cp.fingerprints = rememberedFingerprints(cp.from, cp.seq);
    if (cp.fingerprints.isEmpty()) {
        auto rows = storage::execForwardOnly(
            conn,
            QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq")
                .arg(QLatin1String(auditchain::kColumns)),
            {cp.from, cp.seq});
        if (!rows.ok())
            return rows.error();
        auditchain::Fingerprinter fingerprints(m_context->auditKey);
        while (rows->next())
            cp.fingerprints += fingerprints.of(auditchain::canonicalFrom(*rows));
    }
    FD_TRY(CheckpointFile::append(m_context->files.checkpoints(), cp, m_context->auditKey));
    m_context->lastCheckpointSeq = cp.seq;
    auto& pending = m_context->pendingFingerprints;
    pending.erase(pending.begin(), pending.upper_bound(cp.seq));
    return {};
}

}  // namespace fd::security
