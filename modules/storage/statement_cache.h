#pragma once

#include "common/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace fd::storage {

// Statements prepared once and run many times on one connection, for code that runs the same
// few statements for each of many rows (an import, generated data): preparing a statement
// costs more than running a simple one. Keep it no longer than the transaction it serves; the
// statements stay open on the connection while it lives.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs `sql` with `binds` as exec() does, with its errors, preparing it on first use. The
    // query is valid (its rows readable) until `sql` runs again or the cache goes.
    Result<QSqlQuery*> exec(const QString& sql, const QVariantList& binds = {});
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE) through SQLite's C API,
    // with exec()'s errors: binding through QSqlQuery formats and hashes a placeholder name
    // for every value, which costs more than a small insert itself. Texts are bound in place.
    Status run(const QString& sql, const QVariantList& binds = {});
    QSqlDatabase connection() const { return m_db; }

private:
    Result<sqlite3_stmt*> statement(const QString& sql);
    void finalizeAll();

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    sqlite3* m_handle = nullptr;  // the connection m_statements belong to
    QHash<QString, sqlite3_stmt*> m_statements;
};

}  // namespace fd::storage
