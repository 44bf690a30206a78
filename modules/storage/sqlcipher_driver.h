#pragma once

#include <QList>
#include <QSqlDriver>
#include <QSqlIndex>
#include <QSqlRecord>

struct sqlite3;

namespace fd {
class SecureBytes;
}

namespace fd::storage {

class SqlCipherResult;

// The Qt Sql driver name of SQLCipher 4 in this project. Qt's own SQLite plugin is never used:
// it links the plain libsqlite3, and two SQLite copies in one process can corrupt data.
inline constexpr char kSqlCipherDriverName[] = "QSQLCIPHER";

// Registers QSQLCIPHER with QSqlDatabase once per process (idempotent, thread-safe).
void registerSqlCipherDriver();

// A QSqlDriver over SQLCipher's C API. QSqlDatabase::open() takes the file name and these
// connect options (';'-separated):
//   FD_SQLCIPHER_NO_CREATE          fail instead of creating a missing file
//   FD_SQLCIPHER_READONLY           open read-only
//   FD_SQLCIPHER_BUSY_TIMEOUT=<ms>  wait for other writers (default 5000)
// A password set on the QSqlDatabase is refused: the key is a raw 32-byte key applied with
// applyKey(), which fd::storage::Database does.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;  // the sqlite3* as a void*
    bool cancelQuery() override;

    sqlite3* sqliteHandle() const { return m_db; }
    // Whether applyKey() succeeded on this connection: its pages are encrypted.
    bool isKeyed() const { return m_keyed; }
    // sqlite3_key / sqlite3_rekey with a raw key; false with lastError() set on failure.
    bool applyKey(const SecureBytes& key);
    bool changeKey(const SecureBytes& key);

private:
    friend class SqlCipherResult;
    void attachResult(SqlCipherResult* result) const;
    void detachResult(SqlCipherResult* result) const;
    bool execSimple(const char* sql, const QString& what);
    struct Column
    {
        QString name;
        QString type;
        bool notNull = false;
        QVariant defaultValue;
        int pkOrder = 0;
    };
    QList<Column> tableInfo(const QString& tableName) const;

    sqlite3* m_db = nullptr;
    bool m_keyed = false;
    mutable QList<SqlCipherResult*> m_results;
};

}  // namespace fd::storage
