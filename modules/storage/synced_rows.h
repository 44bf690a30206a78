#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/statement_cache.h"
#include "storage/synced_columns.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <future>
#include <memory>
#include <vector>

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
    // Rolls the transaction back when mutations are still waiting (see deferOutbox()).
    ~SyncedRowsBatch();
    SyncedRowsBatch(const SyncedRowsBatch&) = delete;
    SyncedRowsBatch& operator=(const SyncedRowsBatch&) = delete;

    Result<QString> insert(const QString& table, const QVariantMap& fields, QString id = {});
    // The same row given as `values` in the order of `columns` (one per column): no map per
    // row. Null texts are stored as such (NULL), as in the map.
    Result<QString> insert(const SyncedColumns& columns, QVariantList values, QString id = {});

    // For many inserts (an import): the outbox mutations wait in memory and are appended
    // together (Outbox::appendAll) in the order of the inserts, with the same device_seq
    // order. Every kDeferredMutations rows the waiting ones have their fields written as JSON
    // on a worker thread while the inserts go on, and are appended when the next ones are
    // handed over or at flushOutbox(), which appends everything. flushOutbox() must run before
    // the commit: a batch that goes with mutations still waiting rolls the transaction back,
    // so that rows never commit without theirs. Only for a transaction whose outbox appends
    // all go through this batch, or the device_seq order would not be the order of the changes.
    void deferOutbox() { m_deferOutbox = true; }
    Status flushOutbox();

    // For a run that stores rows by the thousand and does nothing else on the connection
    // meanwhile (a claim run): from here on the batch's statements (its inserts and outbox
    // appends) run on a thread of the batch's own, in order, while the caller makes the next
    // rows, so that making rows and SQLite's inserts take two cores. Defers the outbox
    // (deferOutbox()). insert() then returns the row's id without waiting; an insert that
    // fails is reported by a later insert() or by flushOutbox(), which waits for every
    // statement, rolls the transaction back on a failure, and must come before the caller
    // uses the connection again or commits.
    void writeAside();

    static constexpr std::size_t kDeferredMutations = 1024;
    // Statements handed to the writing thread at a time, and at most waiting for it (the
    // caller waits beyond that).
    static constexpr std::size_t kStatementsPerHandOver = 64;
    static constexpr std::size_t kMaxStatementsWaiting = 8192;

private:
    Transaction& m_tx;
    StatementCache m_statements;
    struct InsertSql
    {
        QStringList columns;  // the field map's keys, in its order
        QString sql;          // the checked INSERT for them
    };
    const QString* insertSqlFor(const QString& table, const QVariantMap& fields);
    // Per table, its INSERTs by set of columns: found by walking the row's keys against each,
    // not by building and hashing a list of the columns for every row.
    QHash<QString, std::vector<InsertSql>> m_insertSql;
    bool m_deferOutbox = false;
    std::vector<Mutation> m_waiting;
    // Mutations handed over, being made into outbox rows (their fields' JSON written, their
    // texts encoded) on a worker thread.
    std::future<Outbox::Rows> m_preparing;
    Status handOver();
    Result<QString> rowId(QString id) const;
    void encodeTexts(QVariantList& binds) const;
    Status queue(Mutation mutation);
    Status appendPrepared();

    // The thread of writeAside() and the statements waiting for it.
    using Job = std::function<Status()>;
    struct Writer;
    std::unique_ptr<Writer> m_writer;
    std::vector<Job> m_jobs;  // made since the last hand-over
    // Runs `job` now, or queues it for the writing thread; a failure it had already is returned.
    Status run(Job job);
    Status postJobs();
    // Waits for the writing thread to run everything queued, stops it, and returns its first
    // failure.
    Status finishWriter();
};

// The storage module's own schema (schema_versions is created by Database itself):
// outbox, device_state.
MigrationSet storageMigrations();

}  // namespace fd::storage
