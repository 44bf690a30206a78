#pragma once

#include "common/result.h"
#include "security/audit_chain.h"

#include <QSqlDatabase>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fd::security {

// Appends chained entries to audit_log through SQLite's C API with statements prepared once
// per connection. Preparing the head query and the insert again for every entry, and
// converting every field to a QVariant and back, cost more than the rest of an audited write.
//
// The chain head is read in the caller's write transaction each time (a cached statement that
// reads one row from a page already in SQLite's cache), never remembered across calls: the
// caller's transaction may still roll back the entry appended last, and another connection
// may append in between.
class AuditAppender
{
public:
    AuditAppender() = default;
    ~AuditAppender();
    AuditAppender(const AuditAppender&) = delete;
    AuditAppender& operator=(const AuditAppender&) = delete;

    // Fills in seq, prevDigest and digest and inserts the row. The caller holds the write
    // transaction (BEGIN IMMEDIATE), so that nobody appends between the read and the insert.
    Status append(const QSqlDatabase& db, AuditRow& row);
    // append() for many rows in order: the head read once, the lookup rows written once at the
    // end, instead of both for every row. Same rows, same chain.
    Status appendAll(const QSqlDatabase& db, std::vector<AuditRow>& rows);
    // With a fingerprinter, each row's fingerprint is taken from the canonical text it was
    // digested from (for the next checkpoint, which then need not read the entry back).
    void setFingerprinter(auditchain::Fingerprinter* fingerprinter) { m_fingerprinter = fingerprinter; }
    // Finalizes the statements; called before the connection closes.
    void release();

private:
    Status prepare(sqlite3* handle);
    // seq and prevDigest of the entry that follows the newest one.
    Status readHead(AuditRow& row);
    // Digests and inserts `row`, whose seq and prevDigest are set.
    Status insert(AuditRow& row);
    Error failure(int rc) const;
    // Writes the lookup rows of the entries after indexed_through once kLookupBatch of them
    // have gathered (in the caller's transaction, so they commit or roll back together).
    Status indexIfDue(qint64 seq);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_head = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_indexedThrough = nullptr;
    sqlite3_stmt* m_fill = nullptr;
    sqlite3_stmt* m_setIndexed = nullptr;
    auditchain::Fingerprinter* m_fingerprinter = nullptr;
};

}  // namespace fd::security
