#include "security/audit_chain_cursor.h"

#include "security/audit_chain.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <cstring>

namespace fd::security {

namespace {
// Column 0 seq, 1 prev_digest, 2 digest, then the canonical fields in order.
constexpr char kQuery[] =
    "SELECT seq, prev_digest, digest, at, user_id, username, role, workstation, patient_id, "
    "entity, "
    "entity_id, action, outcome, details FROM audit_log ORDER BY seq";
constexpr int kFirstField = 3;
constexpr int kColumnCount = 14;
}  // namespace

QByteArrayView AuditChainBatch::prevDigest(std::size_t i) const
{
    const Entry& e = m_entries[i];
    return QByteArrayView(m_bytes.data() + e.offset, e.prevSize);
}

QByteArrayView AuditChainBatch::digest(std::size_t i) const
{
    const Entry& e = m_entries[i];
    return QByteArrayView(m_bytes.data() + e.offset + e.prevSize, e.digestSize);
}

QByteArrayView AuditChainBatch::canonical(std::size_t i) const
{
    const Entry& e = m_entries[i];
    return QByteArrayView(m_bytes.data() + e.offset + e.prevSize + e.digestSize, e.canonicalSize);
}

void AuditChainBatch::clear()
{
    m_entries.clear();  // both keep their capacity for the next batch
    m_used = 0;
}

char* AuditChainBatch::grow(qsizetype size)
{
    const auto needed = std::size_t(m_used + size);
    if (needed > m_bytes.size())
        m_bytes.resize(std::max(needed, m_bytes.size() * 2));
    return m_bytes.data() + m_used;
}

AuditChainCursor::~AuditChainCursor()
{
    sqlite3_finalize(m_stmt);
}

Status AuditChainCursor::open(const QSqlDatabase& db)
{
    auto* handle = static_cast<sqlite3*>(db.driver()->handle().value<void*>());
    if (!handle)
        return makeError(
            ErrorCode::Unavailable,
            QCoreApplication::translate("fd::security", "The audit trail cannot be read"));
    const int rc = sqlite3_prepare_v2(handle, kQuery, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("fd::security", "The audit trail cannot be read"),
            QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

void AuditChainCursor::fill(AuditChainBatch& batch, std::size_t count)
{
    batch.clear();
    // Every sqlite3_column_* call takes the connection's (recursive) mutex; holding it for the
    // whole batch turns the 27 lock/unlock pairs per entry into cheap re-entries.
    sqlite3_mutex* mutex = sqlite3_db_mutex(sqlite3_db_handle(m_stmt));
    sqlite3_mutex_enter(mutex);
    while (batch.size() < count && !m_done) {
        if (!readRow(batch))
            break;
    }
    sqlite3_mutex_leave(mutex);
}

bool AuditChainCursor::readRow(AuditChainBatch& batch)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW) {
        m_done = true;  // stepping again would restart the query
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    // The column's value as sqlite3_column_text would give it, but with one call that takes
    // the connection mutex instead of two (fill() holds that mutex, which is what makes using
    // the value directly safe). Text first, then its size; valid until the next step.
    const char* text[kColumnCount];
    qsizetype size[kColumnCount];
    qsizetype room = auditchain::kCanonicalPrefixSize;
    for (int c = 1; c < kColumnCount; ++c) {
        sqlite3_value* value = sqlite3_column_value(m_stmt, c);
        text[c] = reinterpret_cast<const char*>(sqlite3_value_text(value));
        size[c] = text[c] ? sqlite3_value_bytes(value) : 0;
        room += size[c] + auditchain::kMaxFieldOverhead;
    }
    AuditChainBatch::Entry e;
    e.seq = sqlite3_column_int64(m_stmt, 0);
    e.offset = batch.m_used;
    e.prevSize = size[1];
    e.digestSize = size[2];
    char* const start = batch.grow(room);
    char* out = start;
    for (int c = 1; c < kFirstField; ++c) {
        if (size[c] > 0)
            std::memcpy(out, text[c], std::size_t(size[c]));
        out += size[c];
    }
    char* const canonical = out;
    std::memcpy(out, auditchain::kCanonicalPrefix, auditchain::kCanonicalPrefixSize);
    out += auditchain::kCanonicalPrefixSize;
    for (int c = kFirstField; c < kColumnCount; ++c)
        out = auditchain::writeField(out, text[c], size[c]);
    e.canonicalSize = out - canonical;
    batch.m_used += out - start;
    batch.m_entries.push_back(e);
    return true;
}

}  // namespace fd::security
