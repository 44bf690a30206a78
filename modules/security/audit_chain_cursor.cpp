#include "security/audit_chain_cursor.h"

#include "security/audit_chain.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>

namespace fd::security {

namespace {
// Column 0 seq, 1 prev_digest, 2 digest, then the canonical fields in order.
constexpr char kQuery[] =
    "SELECT seq, prev_digest, digest, at, user_id, username, role, workstation, patient_id, entity, "
    "entity_id, action, outcome, details FROM audit_log ORDER BY seq";
constexpr int kFirstField = 3;
constexpr int kColumnCount = 14;

QByteArray columnBytes(sqlite3_stmt* stmt, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return QByteArray(text ? text : "", sqlite3_column_bytes(stmt, column));
}
}  // namespace

AuditChainCursor::~AuditChainCursor()
{
    sqlite3_finalize(m_stmt);
}

Status AuditChainCursor::open(const QSqlDatabase& db)
{
    auto* handle = static_cast<sqlite3*>(db.driver()->handle().value<void*>());
    if (!handle)
        return makeError(ErrorCode::Unavailable,
                         QCoreApplication::translate("fd::security", "The audit trail cannot be read"));
    const int rc = sqlite3_prepare_v2(handle, kQuery, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Io, QCoreApplication::translate("fd::security", "The audit trail cannot be read"),
                         QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

bool AuditChainCursor::next(Row& row)
{
    if (m_done)
        return false;  // stepping again would restart the query
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW) {
        m_done = true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    row.seq = sqlite3_column_int64(m_stmt, 0);
    row.prevDigest = columnBytes(m_stmt, 1);
    row.digest = columnBytes(m_stmt, 2);
    row.canonical.resize(0);  // keeps the capacity: no allocation per entry
    row.canonical += auditchain::kCanonicalPrefix;
    for (int c = kFirstField; c < kColumnCount; ++c) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        auditchain::appendField(row.canonical, text ? text : "", sqlite3_column_bytes(m_stmt, c));
    }
    return true;
}

}  // namespace fd::security
