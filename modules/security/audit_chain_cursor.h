#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QSqlDatabase>

#include <vector>

struct sqlite3_stmt;

namespace fd::security {

// Entries of audit_log as the chain walk needs them, read in batches: for each entry its seq,
// its stored prev_digest and digest, and its canonical bytes (auditchain::canonical()) built
// straight from SQLite's UTF-8 into one buffer per batch. No per-entry allocation, no Qt value
// layer: a million entries must verify in seconds, and reading through QVariant costs more
// than decrypting the pages.
class AuditChainBatch
{
public:
    struct Entry
    {
        qint64 seq = 0;
        qsizetype offset = 0;  // of prev_digest in bytes(); digest and canonical follow
        qsizetype prevSize = 0;
        qsizetype digestSize = 0;
        qsizetype canonicalSize = 0;
    };

    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    const Entry& entry(std::size_t i) const { return m_entries[i]; }
    QByteArrayView prevDigest(std::size_t i) const;
    QByteArrayView digest(std::size_t i) const;
    QByteArrayView canonical(std::size_t i) const;

private:
    friend class AuditChainCursor;
    void clear();
    char* grow(qsizetype size);  // room for `size` more bytes at the end

    std::vector<Entry> m_entries;
    std::vector<char> m_bytes;
    qsizetype m_used = 0;
};

// Walks audit_log in seq order through SQLite's C API on the QSQLCIPHER connection's handle.
class AuditChainCursor
{
public:
    AuditChainCursor() = default;
    ~AuditChainCursor();
    AuditChainCursor(const AuditChainCursor&) = delete;
    AuditChainCursor& operator=(const AuditChainCursor&) = delete;

    Status open(const QSqlDatabase& db);
    // Replaces the batch's content with up to `count` next entries; fewer (or none) at the end
    // or on a read error (see error()).
    void fill(AuditChainBatch& batch, std::size_t count);
    const QString& error() const { return m_error; }

private:
    bool readRow(AuditChainBatch& batch);

    sqlite3_stmt* m_stmt = nullptr;
    bool m_done = false;
    QString m_error;
};

}  // namespace fd::security
