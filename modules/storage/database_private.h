#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"
#include "storage/database.h"
#include "storage/aside_reader.h"
#include "storage/wal_checkpointer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

// Internal to fd_storage: the pieces Database's source files share.
namespace fd::storage {

class SqlCipherDriver;

namespace detail {

// One named QSqlDatabase connection over QSQLCIPHER; closes and unregisters it when destroyed
// so that a failed open leaves nothing behind.
class Connection
{
public:
    Connection(const QString& path, const QString& connectOptions);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }
    const QSqlDatabase& db() const { return m_db; }
    SqlCipherDriver* driver() const;

private:
    QString m_name;
    QSqlDatabase m_db;
};

enum class OpenKind
{
    Create,
    Existing,
    Unencrypted
};

// Opens and proves a connection: cipher_version answers 4.x, the key decrypts the header and
// schema pages, and for an existing file (up to options.fullCheckMaxBytes, if set) every
// page's HMAC verifies. Then the settings of configure() (database.cpp) and the
// schema_versions table. `cipherVersion` receives PRAGMA cipher_version.
Result<std::unique_ptr<Connection>> openConnection(const QString& path, const SecureBytes* key,
                                                   OpenKind kind, const OpenOptions& options,
                                                   QString* cipherVersion);

// The ErrorCode for a driver error (its native code is SQLite's extended result code).
ErrorCode errorCodeFor(const QSqlError& error);
// The Error of a statement that failed as exec() reports it: naming the statement, or the file
// when a page is damaged.
Error statementError(const QSqlDatabase& db, const QString& sql, const QSqlError& error);
// Creates an empty file with mode 0600; fails when it exists.
Status createPrivateFile(const QString& path);
// Removes a database file and its -wal, -shm and -journal companions.
void removeDatabaseFiles(const QString& path);

inline constexpr char kDefaultSynchronous[] = "PRAGMA synchronous = NORMAL";

// The current time as toIsoUtc() writes it ("2026-11-27T13:58:02.123Z"), formatted by hand:
// bulk writes stamp every row and its outbox mutation, and QDateTime::toString() costs more
// than a small insert.
QString nowIsoUtc();

}  // namespace detail

struct Database::Private
{
    std::unique_ptr<detail::Connection> connection;
    QString path;
    QString cipherVersion;
    // Kept in locked memory for backups, which key their target with the same key.
    SecureBytes key;
    // Names the savepoints of beginNestable(), unique on the connection.
    quint64 savepoints = 0;
    // Declared after the connection: destroyed (its thread stopped, its own connection
    // closed) before the connection closes.
    std::unique_ptr<detail::WalCheckpointer> checkpointer;

    // How the connection was opened: the reader aside opens its own the same way.
    OpenOptions options;
    // Made on the first read aside (Database::readAside); declared after the connection, so
    // destroyed (its thread stopped, its connection closed) before it closes.
    std::unique_ptr<detail::AsideReader> reader;

    // Starts checkpointing the connection's log off its thread (wal_checkpointer.h).
    void startCheckpointer();
};

}  // namespace fd::storage
