#include "security/audit_appender.h"

#include "storage/database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <array>

namespace fd::security {

namespace {
constexpr char kHead[] = "SELECT seq, digest FROM audit_log ORDER BY seq DESC LIMIT 1";
constexpr char kIndexedThrough[] = "SELECT indexed_through FROM audit_lookup_state WHERE id = 1";
constexpr char kSetIndexed[] = "UPDATE audit_lookup_state SET indexed_through = ? WHERE id = 1";
constexpr int kFieldCount = 11;  // the canonical fields, bound as parameters 2..12 of kInsert

QString cannotWrite()
{
    return QCoreApplication::translate("fd::security", "The audit trail cannot be written");
}

// A null string binds NULL, as storage binds a null QString; kInsert stores it as '' and
// canonical() hashes it as no bytes, so the stored text is the text that was hashed.
int bindText(sqlite3_stmt* stmt, int index, const QString& text, const QByteArray& utf8)
{
    if (text.isNull())
        return sqlite3_bind_null(stmt, index);
    return sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

int bindLatin1(sqlite3_stmt* stmt, int index, const QByteArray& text)
{
    return sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
}
}  // namespace

AuditAppender::~AuditAppender()
{
    release();
}

void AuditAppender::release()
{
    for (sqlite3_stmt** stmt : {&m_head, &m_insert, &m_indexedThrough, &m_fill, &m_setIndexed}) {
        sqlite3_finalize(*stmt);
        *stmt = nullptr;
    }
    m_handle = nullptr;
}

Error AuditAppender::failure(int rc) const
{
    const QString details = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString();
    return makeError(storage::errorCodeForSqlite(rc), cannotWrite(), details);
}

Status AuditAppender::prepare(sqlite3* handle)
{
    release();
    m_handle = handle;
    int rc = sqlite3_prepare_v3(handle, kHead, -1, SQLITE_PREPARE_PERSISTENT, &m_head, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(handle, auditchain::kInsert, -1, SQLITE_PREPARE_PERSISTENT,
                                &m_insert, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(handle, kIndexedThrough, -1, SQLITE_PREPARE_PERSISTENT,
                                &m_indexedThrough, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(handle, auditchain::kLookupFill, -1, SQLITE_PREPARE_PERSISTENT,
                                &m_fill, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(handle, kSetIndexed, -1, SQLITE_PREPARE_PERSISTENT,
                                &m_setIndexed, nullptr);
    if (rc == SQLITE_OK)
        return {};
    const Error error = failure(rc);
    release();
    return error;
}

Status AuditAppender::readHead(AuditRow& row)
{
    int rc = sqlite3_step(m_head);
    row.seq = 1;
    row.prevDigest = auditchain::genesis();
    if (rc == SQLITE_ROW) {
        row.seq = sqlite3_column_int64(m_head, 0) + 1;
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_head, 1));
        row.prevDigest = QByteArray(text ? text : "", sqlite3_column_bytes(m_head, 1));
        rc = SQLITE_DONE;
    }
    const Error error = rc == SQLITE_DONE ? Error{} : failure(rc);
    sqlite3_reset(m_head);
    if (rc != SQLITE_DONE)
        return error;
    return {};
}

Status AuditAppender::append(const QSqlDatabase& db, AuditRow& row)
{
    std::vector<AuditRow> rows{std::move(row)};
    const Status done = appendAll(db, rows);
    row = std::move(rows.front());
    return done;
}

Status AuditAppender::appendAll(const QSqlDatabase& db, std::vector<AuditRow>& rows)
{
    if (rows.empty())
        return {};
    auto* handle = static_cast<sqlite3*>(db.driver()->handle().value<void*>());
    if (!handle)
        return makeError(ErrorCode::Unavailable, cannotWrite());
    // A statement keeps its connection allocated until finalized, so a new connection never
    // reuses the address of the one these statements belong to.
    if (handle != m_handle)
        FD_TRY(prepare(handle));

    FD_TRY(readHead(rows.front()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0) {
            rows[i].seq = rows[i - 1].seq + 1;
            rows[i].prevDigest = rows[i - 1].digest;
        }
        FD_TRY(insert(rows[i]));
    }
    return indexIfDue(rows.back().seq);
}

Status AuditAppender::insert(AuditRow& row)
{
    if (row.details.isNull())
        row.details = QStringLiteral("{}");  // what kInsert would store for it
    const std::array<const QString*, kFieldCount> fields = {
        &row.at,     &row.userId,   &row.username, &row.role,    &row.workstation, &row.patientId,
        &row.entity, &row.entityId, &row.action,   &row.outcome, &row.details};
    std::array<QByteArray, kFieldCount> utf8;
    QByteArray canonical;
    canonical.reserve(256 + row.details.size() * 3);
    canonical += auditchain::kCanonicalPrefix;
    for (int i = 0; i < kFieldCount; ++i) {
        utf8[i] = fields[i]->toUtf8();
        auditchain::appendField(canonical, utf8[i].constData(), utf8[i].size());
    }
    row.digest = auditchain::digest(row.prevDigest, canonical);
    if (m_fingerprinter)
        row.fingerprint = m_fingerprinter->of(canonical);

    int rc = sqlite3_bind_int64(m_insert, 1, row.seq);
    for (int i = 0; i < kFieldCount && rc == SQLITE_OK; ++i)
        rc = bindText(m_insert, i + 2, *fields[i], utf8[i]);
    if (rc == SQLITE_OK)
        rc = bindLatin1(m_insert, kFieldCount + 2, row.prevDigest);
    if (rc == SQLITE_OK)
        rc = bindLatin1(m_insert, kFieldCount + 3, row.digest);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_insert);
    const Error error = rc == SQLITE_DONE ? Error{} : failure(rc);
    // The bindings point into this frame's buffers: drop them with the statement's state.
    sqlite3_reset(m_insert);
    sqlite3_clear_bindings(m_insert);
    if (rc != SQLITE_DONE)
        return error;
    return {};
}

Status AuditAppender::indexIfDue(qint64 seq)
{
    int rc = sqlite3_step(m_indexedThrough);
    const qint64 through = rc == SQLITE_ROW ? sqlite3_column_int64(m_indexedThrough, 0) : 0;
    if (rc == SQLITE_ROW)
        rc = SQLITE_DONE;
    const Error readError = rc == SQLITE_DONE ? Error{} : failure(rc);
    sqlite3_reset(m_indexedThrough);
    if (rc != SQLITE_DONE)
        return readError;
    if (seq - through < auditchain::kLookupBatch)
        return {};

    rc = sqlite3_bind_int64(m_fill, 1, through);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_fill);
    Error error = rc == SQLITE_DONE ? Error{} : failure(rc);
    sqlite3_reset(m_fill);
    if (rc != SQLITE_DONE)
        return error;
    rc = sqlite3_bind_int64(m_setIndexed, 1, seq);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(m_setIndexed);
    error = rc == SQLITE_DONE ? Error{} : failure(rc);
    sqlite3_reset(m_setIndexed);
    if (rc != SQLITE_DONE)
        return error;
    return {};
}

}  // namespace fd::security
