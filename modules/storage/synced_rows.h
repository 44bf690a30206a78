#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "storage/statement_cache.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantMap>

namespace fd::storage {

// Writes to tables whose rows are synced (DESIGN.md, sync protocol v1). Every such table has
//   id TEXT PRIMARY KEY (uuid), row_version INTEGER NOT NULL, updated_at TEXT NOT NULL (ISO UTC),
//   deleted INTEGER NOT NULL DEFAULT 0
// and every write here also appends an idempotent mutation to the outbox in the same
// transaction: {mutation_id, device_seq, op, entity, entity_id, base_version, fields}.
class SyncedRows
{
    Q_DECLARE_TR_FUNCTIONS(fd::storage::SyncedRows)

public:
    // Inserts with row_version 1. `fields` must not contain the bookkeeping columns; `id` may
    // be empty (a new UUID is made). Returns the id.
    static Result<QString> insert(Transaction& tx, const QString& table, QVariantMap fields,
                                  QString id = {});
    // Updates when the row's row_version equals baseVersion (else Conflict); returns the new
    // row_version.
    static Result<qint64> update(Transaction& tx, const QString& table, const QString& id,
                                 qint64 baseVersion, const QVariantMap& fields);
    // Marks a row deleted (tombstone), with the same version check.
    static Result<qint64> remove(Transaction& tx, const QString& table, const QString& id,
                                 qint64 baseVersion);
};

// SyncedRows::insert for many rows in one transaction (an import, generated data): the same
// rows and outbox mutations, through statements prepared once for each table and set of
// columns instead of for every row. Lives no longer than the transaction.
class SyncedRowsBatch
{
public:
    explicit SyncedRowsBatch(Transaction& tx);

    Result<QString> insert(const QString& table, const QVariantMap& fields, QString id = {});

private:
    Transaction& m_tx;
    StatementCache m_statements;
    QHash<QStringList, QString> m_insertSql;  // {table, columns...} -> the checked INSERT
};

// The storage module's own schema (schema_versions is created by Database itself):
// outbox, device_state.
MigrationSet storageMigrations();

}  // namespace fd::storage
