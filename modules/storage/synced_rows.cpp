#include "storage/synced_rows.h"

#include "common/clock.h"
#include "common/uuid.h"
#include "storage/database_private.h"
#include "storage/json_text.h"
#include "storage/outbox.h"
#include "storage/utf8_text.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>

namespace fd::storage {

namespace {

const QStringList& bookkeepingColumns()
{
    static const QStringList columns{QStringLiteral("id"), QStringLiteral("row_version"),
                                     QStringLiteral("updated_at"), QStringLiteral("deleted")};
    return columns;
}

// Names are spliced into SQL, so only plain identifiers pass: no quoting, no injection.
bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch() &&
           !name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive);
}

Status checkWrite(const Transaction& tx, const QString& table, const QVariantMap& fields)
{
    if (!tx.isActive())
        return makeError(ErrorCode::Internal,
                         SyncedRows::tr("The transaction is no longer active"));
    if (!isIdentifier(table))
        return makeError(ErrorCode::InvalidInput,
                         SyncedRows::tr("Invalid table name: %1").arg(table));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!isIdentifier(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             SyncedRows::tr("Invalid column name: %1").arg(it.key()));
        if (bookkeepingColumns().contains(it.key(), Qt::CaseInsensitive))
            return makeError(ErrorCode::InvalidInput,
                             SyncedRows::tr("The column %1 is maintained by the sync bookkeeping")
                                 .arg(it.key()));
    }
    return {};
}

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString nowIso()
{
    return detail::nowIsoUtc();
}

// Why a versioned write matched no row: gone, tombstoned, or changed since it was read.
Error explainMiss(QSqlDatabase db, const QString& table, const QString& id, qint64 baseVersion)
{
    auto row = exec(
        db, QStringLiteral("SELECT row_version, deleted FROM %1 WHERE id = ?").arg(quoted(table)),
        {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, SyncedRows::tr("No row %1 in %2").arg(id, table));
    if (row->value(1).toInt() != 0)
        return makeError(ErrorCode::Conflict,
                         SyncedRows::tr("The row %1 in %2 was deleted").arg(id, table));
    return makeError(
        ErrorCode::Conflict,
        SyncedRows::tr("The row %1 in %2 was changed meanwhile (version %3, expected %4)")
            .arg(id, table)
            .arg(row->value(0).toLongLong())
            .arg(baseVersion));
}

// The versioned UPDATE shared by update() and remove(); `assignments` bind before the
// bookkeeping values.
Status versionedUpdate(Transaction& tx, const QString& table, const QString& id, qint64 baseVersion,
                       const QStringList& assignments, QVariantList binds)
{
    QStringList sets = assignments;
    sets << QStringLiteral("row_version = row_version + 1") << QStringLiteral("updated_at = ?");
    binds << nowIso() << id << baseVersion;
    const QString sql =
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ? AND deleted = 0")
            .arg(quoted(table), sets.join(QStringLiteral(", ")));
    auto query = exec(tx.connection(), sql, binds);
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return explainMiss(tx.connection(), table, id, baseVersion);
    return {};
}

}  // namespace

Result<QString> SyncedRows::insert(Transaction& tx, const QString& table, QVariantMap fields,
                                   QString id)
{
    return SyncedRowsBatch(tx).insert(table, fields, std::move(id));
}

Result<qint64> SyncedRows::update(Transaction& tx, const QString& table, const QString& id,
                                  qint64 baseVersion, const QVariantMap& fields)
{
    FD_TRY(checkWrite(tx, table, fields));
    if (fields.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An update of %1 names no field").arg(table));
    QStringList assignments;
    QVariantList binds;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        assignments << quoted(it.key()) + QStringLiteral(" = ?");
        binds << it.value();
    }
    FD_TRY(versionedUpdate(tx, table, id, baseVersion, assignments, binds));
    FD_TRY(Outbox::append(tx.connection(),
                          Mutation{QStringLiteral("update"), table, id, baseVersion, fields}));
    return baseVersion + 1;
}

Result<qint64> SyncedRows::remove(Transaction& tx, const QString& table, const QString& id,
                                  qint64 baseVersion)
{
    FD_TRY(checkWrite(tx, table, {}));
    FD_TRY(versionedUpdate(tx, table, id, baseVersion, {QStringLiteral("deleted = 1")}, {}));
    FD_TRY(Outbox::append(tx.connection(),
                          Mutation{QStringLiteral("delete"), table, id, baseVersion, {}}));
    return baseVersion + 1;
}

SyncedRowsBatch::SyncedRowsBatch(Transaction& tx) : m_tx(tx), m_statements(tx.connection())
{
}

struct SyncedRowsBatch::Writer
{
    std::mutex mutex;
    std::condition_variable wake;  // work came, or stop
    std::condition_variable done;  // work was taken or finished
    std::deque<std::vector<Job>> chunks;
    std::size_t waiting = 0;  // statements in chunks
    // Chunks run, for the caller to free: their values are freed on the caller's thread, which
    // waits for this one, rather than on this one.
    std::vector<std::vector<Job>> spent;
    bool busy = false;
    bool stop = false;
    std::optional<Error> failed;  // the first failure; what follows it is skipped
    std::thread thread;

    void run()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return stop || !chunks.empty(); });
            if (chunks.empty())
                return;
            std::vector<Job> chunk = std::move(chunks.front());
            chunks.pop_front();
            waiting -= chunk.size();
            busy = true;
            const bool skip = failed.has_value();
            lock.unlock();
            done.notify_all();
            std::optional<Error> error;
            if (!skip)
                for (Job& job : chunk)
                    if (Status status = job(); !status) {
                        error = status.error();
                        break;
                    }
            lock.lock();
            spent.push_back(std::move(chunk));
            if (error && !failed)
                failed = std::move(error);
            busy = false;
            done.notify_all();
        }
    }
};

SyncedRowsBatch::~SyncedRowsBatch()
{
    // A failed import ends here, and so would a forgotten flushOutbox(): either way the rows
    // must not commit without their mutations.
    const bool unfinished = !m_waiting.empty() || m_preparing.valid() || m_writer;
    if (m_writer) {
        {
            std::unique_lock lock(m_writer->mutex);
            m_writer->failed = makeError(ErrorCode::Internal, SyncedRows::tr("The transaction is no longer active"));
        }
        (void)finishWriter();  // what is queued is skipped
    }
    if (unfinished)
        m_tx.rollback();
    if (m_preparing.valid())
        m_preparing.wait();
}

void SyncedRowsBatch::writeAside()
{
    m_deferOutbox = true;
    if (m_writer)
        return;
    auto writer = std::make_unique<Writer>();
    try {
        writer->thread = std::thread([w = writer.get()] { w->run(); });
    } catch (const std::system_error&) {
        return;  // without a thread to spare, the statements run in the caller's thread
    }
    m_writer = std::move(writer);
}

Status SyncedRowsBatch::postJobs()
{
    if (m_jobs.empty())
        return {};
    std::unique_lock lock(m_writer->mutex);
    m_writer->done.wait(lock, [this] { return m_writer->waiting < kMaxStatementsWaiting || m_writer->failed; });
    if (m_writer->failed)
        return *m_writer->failed;
    m_writer->waiting += m_jobs.size();
    m_writer->chunks.push_back(std::move(m_jobs));
    std::vector<std::vector<Job>> spent = std::exchange(m_writer->spent, {});
    lock.unlock();
    m_writer->wake.notify_one();
    spent.clear();  // outside the lock
    m_jobs = {};
    m_jobs.reserve(kStatementsPerHandOver);
    return {};
}

Status SyncedRowsBatch::run(Job job)
{
    if (!m_writer)
        return job();
    m_jobs.push_back(std::move(job));
    if (m_jobs.size() >= kStatementsPerHandOver)
        return postJobs();
    return {};
}

Status SyncedRowsBatch::finishWriter()
{
    if (!m_writer)
        return {};
    Status posted = postJobs();
    m_jobs.clear();
    std::unique_lock lock(m_writer->mutex);
    m_writer->done.wait(lock, [this] { return m_writer->chunks.empty() && !m_writer->busy; });
    m_writer->stop = true;
    std::optional<Error> failed = m_writer->failed;
    lock.unlock();
    m_writer->wake.notify_all();
    m_writer->thread.join();
    m_writer.reset();
    if (failed)
        return *failed;
    return posted;
}

// Appends the mutations handed over last, once their JSON is written.
Status SyncedRowsBatch::appendPrepared()
{
    if (!m_preparing.valid())
        return {};
    if (m_writer) {
        // Waited for and appended on the writing thread, in order with the inserts.
        // The rows stay with the job, to be freed with it on the caller's thread.
        struct Waited
        {
            std::future<Outbox::Rows> preparing;
            Outbox::Rows rows;
        };
        auto waited = std::make_shared<Waited>(Waited{std::move(m_preparing), {}});
        return run([this, waited] {
            waited->rows = waited->preparing.get();
            return Outbox::appendRows(m_statements, waited->rows);
        });
    }
    Outbox::Rows rows = m_preparing.get();
    if (!m_tx.isActive())
        return makeError(ErrorCode::Internal, SyncedRows::tr("The transaction is no longer active"));
    const Status appended = Outbox::appendRows(m_statements, rows);
    if (!appended)
        m_tx.rollback();  // appended, or the transaction fails with them
    return appended;
}

Status SyncedRowsBatch::handOver()
{
    FD_TRY(appendPrepared());
    // Without a thread to spare (the system refuses one) the work is deferred to get().
    const auto policy = std::launch::async | std::launch::deferred;
    m_preparing = std::async(policy, [batch = std::move(m_waiting)]() mutable {
        Outbox::Rows rows = Outbox::rowsFor(batch);
        batch = {};  // the mutations freed here, not on the inserting thread
        return rows;
    });
    m_waiting.clear();
    m_waiting.reserve(kDeferredMutations);
    return {};
}

Status SyncedRowsBatch::flushOutbox()
{
    if (m_writer) {
        Status queued = appendPrepared();
        if (queued && !m_waiting.empty())
            queued = run([this, rows = std::make_shared<Outbox::Rows>(Outbox::rowsFor(m_waiting))] {
                return Outbox::appendRows(m_statements, *rows);
            });
        m_waiting.clear();
        Status written = finishWriter();
        if (!written || !queued) {
            m_tx.rollback();  // the rows never commit without their mutations
            return !written ? written : queued;
        }
        return {};
    }
    FD_TRY(appendPrepared());
    if (m_waiting.empty())
        return {};
    if (!m_tx.isActive())
        return makeError(ErrorCode::Internal,
                         SyncedRows::tr("The transaction is no longer active"));
    const Status appended = Outbox::appendAll(m_statements, m_waiting);
    m_waiting.clear();  // appended, or the transaction fails with them
    if (!appended)
        m_tx.rollback();
    return appended;
}

const QString* SyncedRowsBatch::insertSqlFor(const QString& table, const QVariantMap& fields)
{
    const auto forTable = m_insertSql.constFind(table);
    if (forTable == m_insertSql.constEnd())
        return nullptr;
    for (const InsertSql& known : *forTable) {
        if (known.columns.size() != fields.size())
            continue;
        auto column = known.columns.cbegin();
        auto field = fields.keyBegin();
        while (column != known.columns.cend() && *column == *field) {
            ++column;
            ++field;
        }
        if (column == known.columns.cend())
            return &known.sql;
    }
    return nullptr;
}

// Texts made UTF-8 here, on the caller's thread, when the statements run on the writing
// thread: it then only binds them (StatementCache binds a Utf8Text as it is).
void SyncedRowsBatch::encodeTexts(QVariantList& binds) const
{
    if (!m_writer)
        return;
    for (QVariant& value : binds)
        if (value.typeId() == QMetaType::QString) {
            const auto* text = static_cast<const QString*>(value.constData());
            if (!text->isNull())
                value = QVariant::fromValue(Utf8Text{text->toUtf8()});
        }
}

Result<QString> SyncedRowsBatch::rowId(QString id) const
{
    if (id.isEmpty())
        return newUuid();
    if (!isUuid(id))
        return makeError(ErrorCode::InvalidInput, SyncedRows::tr("A row id must be a UUID: %1").arg(id));
    return id;
}

Status SyncedRowsBatch::queue(Mutation mutation)
{
    if (!m_deferOutbox) {
        FD_TRY(Outbox::append(m_statements, mutation));
        return {};
    }
    m_waiting.push_back(std::move(mutation));
    if (m_waiting.size() >= kDeferredMutations)
        FD_TRY(handOver());
    return {};
}

Result<QString> SyncedRowsBatch::insert(const SyncedColumns& columns, QVariantList values, QString id)
{
    if (!m_tx.isActive())
        return makeError(ErrorCode::Internal, SyncedRows::tr("The transaction is no longer active"));
    if (columns.isNull())
        return makeError(ErrorCode::InvalidInput, SyncedRows::tr("An insert names no columns"));
    if (!columns.problem().isEmpty())
        return makeError(ErrorCode::InvalidInput, columns.problem());
    if (values.size() != columns.size())
        return makeError(ErrorCode::InvalidInput, SyncedRows::tr("An insert into %1 has %2 values for %3 columns")
                                                      .arg(columns.table())
                                                      .arg(values.size())
                                                      .arg(columns.size()));
    auto rid = rowId(std::move(id));
    FD_TRY(rid);
    QVariantList binds;
    binds.reserve(4 + values.size());
    binds << rid.value() << 1 << nowIso() << 0;
    binds.append(values);
    encodeTexts(binds);
    FD_TRY(run([this, sql = columns.insertSql(), binds = std::move(binds)] { return m_statements.run(sql, binds); }));
    Mutation m{QStringLiteral("insert"), columns.table(), rid.value(), 0, {}, columns, std::move(values)};
    FD_TRY(queue(std::move(m)));
    return rid;
}

Result<QString> SyncedRowsBatch::insert(const QString& table, const QVariantMap& fields, QString id)
{
    if (!m_tx.isActive())
        return makeError(ErrorCode::Internal,
                         SyncedRows::tr("The transaction is no longer active"));
    const QString* sql = insertSqlFor(table, fields);
    if (!sql) {
        if (auto checked = checkWrite(m_tx, table, fields); !checked)
            return checked.error();
        const QStringList names = fields.keys();
        QStringList quotedColumns;
        for (const QString& column : bookkeepingColumns() + names)
            quotedColumns << quoted(column);
        QStringList marks;
        marks.fill(QStringLiteral("?"), quotedColumns.size());
        std::vector<InsertSql>& known = m_insertSql[table];
        known.push_back({names, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(quoted(table), quotedColumns.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", ")))});
        sql = &known.back().sql;
    }
    auto rid = rowId(std::move(id));
    FD_TRY(rid);
    QVariantList binds{rid.value(), 1, nowIso(), 0};
    binds.reserve(4 + fields.size());
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        binds << it.value();
    encodeTexts(binds);
    FD_TRY(run([this, sql = *sql, binds = std::move(binds)] { return m_statements.run(sql, binds); }));
    FD_TRY(queue(Mutation{QStringLiteral("insert"), table, rid.value(), 0, fields}));
    return rid;
}

struct SyncedColumns::Data
{
    QString table;
    QStringList names;
    QString problem;
    QString sql;
    std::vector<qsizetype> order;
    std::vector<QByteArray> keys;
    QByteArray namesJson;
};

SyncedColumns::SyncedColumns(const QString& table, const QStringList& columns)
{
    auto data = std::make_shared<Data>();
    data->table = table;
    data->names = columns;
    if (!isIdentifier(table))
        data->problem = SyncedRows::tr("Invalid table name: %1").arg(table);
    QStringList quotedColumns;
    for (const QString& column : bookkeepingColumns())
        quotedColumns << quoted(column);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString& name = columns.at(i);
        if (data->problem.isEmpty() && !isIdentifier(name))
            data->problem = SyncedRows::tr("Invalid column name: %1").arg(name);
        else if (data->problem.isEmpty() && bookkeepingColumns().contains(name, Qt::CaseInsensitive))
            data->problem = SyncedRows::tr("The column %1 is maintained by the sync bookkeeping").arg(name);
        else if (data->problem.isEmpty() && columns.indexOf(name) != i)
            data->problem = SyncedRows::tr("The column %1 is named twice").arg(name);
        quotedColumns << quoted(name);
        data->order.push_back(i);
        QByteArray key;
        jsontext::appendString(key, name);
        key += ':';
        data->keys.push_back(std::move(key));
    }
    data->namesJson = "[";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            data->namesJson += ',';
        jsontext::appendString(data->namesJson, columns.at(i));
    }
    data->namesJson += ']';
    // QVariantMap's order: QString's operator<.
    std::sort(data->order.begin(), data->order.end(),
              [&](qsizetype a, qsizetype b) { return columns.at(a) < columns.at(b); });
    QStringList marks;
    marks.fill(QStringLiteral("?"), quotedColumns.size());
    data->sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(quoted(table), quotedColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    d = std::move(data);
}

const QString& SyncedColumns::table() const { return d->table; }
const QStringList& SyncedColumns::names() const { return d->names; }
qsizetype SyncedColumns::size() const { return d->names.size(); }
const QString& SyncedColumns::problem() const { return d->problem; }
const QString& SyncedColumns::insertSql() const { return d->sql; }
const std::vector<qsizetype>& SyncedColumns::nameOrder() const { return d->order; }
const std::vector<QByteArray>& SyncedColumns::jsonKeys() const { return d->keys; }
const QByteArray& SyncedColumns::namesJson() const { return d->namesJson; }

}  // namespace fd::storage
