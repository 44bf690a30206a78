#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <future>
#include <memory>
#include <vector>

namespace fd::storage {

// One numbered, transactional schema step of one module. Versions start at 1 and are
// contiguous per module; a module's current version lives in the database (schema_versions).
struct Migration
{
    int version = 0;
    QString description;
    // Either plain statements or a function (for data moves); both run inside the migration's
    // transaction, so a failing step leaves the schema at the previous version.
    QStringList statements;
    std::function<Status(QSqlDatabase&)> apply;
};

struct MigrationSet
{
    QString module;  // "security", "practice", ...
    std::vector<Migration> migrations;
};

class Transaction;

// How open() and create() set up a connection. The defaults suit the application; tests and
// benchmarks change them. docs/STORAGE.md gives the reasons and the measured figures.
struct OpenOptions
{
    // SQLite's page cache of the connection, in KiB (PRAGMA cache_size = -cacheKiB). A page
    // found there is neither read nor decrypted again; memory is taken only as pages are read.
    // 128 MiB holds the working sets of a week's calendar and a year's ledger sum of a large
    // practice (docs/STORAGE.md); a session opens one connection.
    int cacheKiB = 128 * 1024;
    // open() verifies the HMAC of every page (PRAGMA cipher_integrity_check) when the file is
    // at most this large; negative (the default): always. Beyond it, open() proves the key on
    // the header and schema pages only and leaves the rest to reads and to checkIntegrity().
    // That is safe only for a caller that runs checkIntegrity() next: SQLCipher 4.6 returns a
    // damaged last page of a long value as zeros, without an error (docs/STORAGE.md).
    qint64 fullCheckMaxBytes = -1;
};

// An open practice database: SQLCipher 4 through the project's QSQLCIPHER Qt Sql driver,
// keyed with a 32-byte raw key, WAL, foreign keys on, busy timeout. Not thread-safe: one
// Database per thread (open another for a worker thread).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(fd::storage::Database)

public:
    enum class Durability { Normal, Full };  // Full: synchronous=FULL (money, audit)

    // Creates a new encrypted database file; fails if the file exists.
    static Result<std::unique_ptr<Database>> create(const QString& path, const SecureBytes& key,
                                                    const OpenOptions& options = {});
    // Opens an existing file. A wrong key, a file that is not a database, a truncated file or
    // a damaged page (anywhere, with the default options) each give a clear Error
    // (WrongPassword / Corrupt / NotFound) and change nothing on disk. Damage found later, when
    // a page is read, fails that statement with ErrorCode::Corrupt naming the file.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key,
                                                  const OpenOptions& options = {});
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const;
    QString cipherVersion() const;

    // Brings every given module's schema to its newest version (each step in a transaction).
    Status migrate(const std::vector<MigrationSet>& sets);
    // 0 when the module has no tables yet.
    int schemaVersion(const QString& module) const;

    // The full check, reading the whole file: PRAGMA cipher_integrity_check (every page's
    // HMAC) and PRAGMA integrity_check (the b-trees); problems are listed.
    Status checkIntegrity(QStringList* problems = nullptr) const;
    // Re-encrypts the whole file under a new key (PRAGMA rekey).
    Status rekey(const SecureBytes& newKey);
    // Online, consistent, encrypted copy (same key) at `target`; fails if target exists.
    Status backupTo(const QString& target) const;

    // Starts a transaction; it rolls back unless committed. Fails when one is open already.
    Result<std::unique_ptr<Transaction>> begin(Durability durability = Durability::Normal);
    // begin(), or, when a transaction is open on the connection (a service called inside a
    // caller's transaction), a savepoint within it: its commit keeps its changes for the
    // caller's transaction to commit or roll back with everything else, its rollback undoes
    // its own changes only. Durability::Full inside a transaction begun without it fails
    // (SQLite cannot change synchronous inside a transaction).
    Result<std::unique_ptr<Transaction>> beginNestable(Durability durability = Durability::Normal);
    // Whether a transaction is open on the connection.
    bool inTransaction() const;

    // The log's pages are folded into the file on a thread of its own once a commit has grown
    // the log past 1,000 pages (docs/STORAGE.md, "Checkpoints"). Waits for a pending one and
    // returns how many have run on this Database.
    int backgroundCheckpoints() const;

    // Runs `work` on a thread of this Database's own, over a connection of that thread's own
    // (the same key, reads only), while the caller goes on; the future gives work's result.
    // For reads that do not wait for each other, at once on two cores (docs/STORAGE.md,
    // "Reads aside"). That connection reads what is committed: inside a transaction, and when
    // the thread or its connection cannot be had, `work` runs at once on this connection in the
    // caller's thread. `work` only reads, through the connection it is given, and never reads
    // aside itself (the thread would wait for itself); its captures must outlive the future.
    template <class T>
    std::future<Result<T>> readAside(std::function<Result<T>(QSqlDatabase)> work)
    {
        auto promise = std::make_shared<std::promise<Result<T>>>();
        std::future<Result<T>> result = promise->get_future();
        runAside([promise, work = std::move(work)](QSqlDatabase db) { promise->set_value(work(db)); });
        return result;
    }

    // A stable id of this workstation's copy of the practice (for device_seq in the outbox).
    QString deviceId() const;

    // Replaces `target` (which must not be open) by a copy of `backup`, after opening the
    // backup with `key` and checking its integrity; a bad backup or a wrong key changes
    // nothing. The copy is written beside the target, synced, then renamed over it.
    static Status restoreFrom(const QString& backup, const QString& target, const SecureBytes& key);

    // FOR BENCHMARKS AND TESTS ONLY: opens (creating when missing) a database file WITHOUT
    // encryption through the same driver and settings, to measure what encryption costs.
    // Never use it for practice data.
    static Result<std::unique_ptr<Database>> openUnencryptedForBenchmark(
        const QString& path, const OpenOptions& options = {});

private:
    void runAside(std::function<void(QSqlDatabase)> job);
    struct Private;
    explicit Database(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
    friend class Transaction;
};

class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(fd::storage::Transaction)

public:
    ~Transaction();  // rolls back when not committed
    Status commit();
    void rollback();
    QSqlDatabase connection() const;
    bool isActive() const { return m_active; }
    // A savepoint within a caller's transaction (Database::beginNestable).
    bool isNested() const { return !m_savepoint.isEmpty(); }

private:
    friend class Database;
    Transaction(Database& db, Database::Durability durability);
    Database& m_db;
    Database::Durability m_durability;
    bool m_active = false;
    QString m_savepoint;  // empty for a transaction of its own
};

// The ErrorCode for an SQLite result code (primary or extended), for code that calls SQLite
// directly on a Database's connection.
ErrorCode errorCodeForSqlite(int resultCode);

// Runs a prepared query, turning a driver error into an Error that names the statement.
Result<QSqlQuery> exec(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});

}  // namespace fd::storage
