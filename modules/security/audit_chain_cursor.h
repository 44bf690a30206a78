#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>

struct sqlite3_stmt;

namespace fd::security {

// Reads audit_log in seq order for the chain walk through SQLite's C API on the QSQLCIPHER
// connection's handle: building the canonical bytes straight from SQLite's UTF-8 avoids the
// Qt value layer, which costs more than the hashing itself (a million entries must verify in
// seconds).
class AuditChainCursor
{
public:
    struct Row
    {
        qint64 seq = 0;
        QByteArray prevDigest;
        QByteArray digest;
        QByteArray canonical;
    };

    AuditChainCursor() = default;
    ~AuditChainCursor();
    AuditChainCursor(const AuditChainCursor&) = delete;
    AuditChainCursor& operator=(const AuditChainCursor&) = delete;

    Status open(const QSqlDatabase& db);
    // False at the end (or on a read error, see error()).
    bool next(Row& row);
    const QString& error() const { return m_error; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    bool m_done = false;
    QString m_error;
};

}  // namespace fd::security
