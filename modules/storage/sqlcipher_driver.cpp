#include "storage/sqlcipher_driver.h"

#include "storage/sqlcipher_result.h"
#include "storage/sqlite_values.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriverCreator>
#include <QSqlError>
#include <QSqlField>

#include <algorithm>
#include <mutex>

namespace fd::storage {

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

struct OpenOptions
{
    bool create = true;
    bool readOnly = false;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    QString unknown;
};

OpenOptions parseOptions(const QString& text)
{
    OpenOptions out;
    const QString busyPrefix = QStringLiteral("FD_SQLCIPHER_BUSY_TIMEOUT=");
    for (const QString& raw : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString option = raw.trimmed();
        bool ok = true;
        if (option == QLatin1String("FD_SQLCIPHER_NO_CREATE"))
            out.create = false;
        else if (option == QLatin1String("FD_SQLCIPHER_READONLY"))
            out.readOnly = true;
        else if (option.startsWith(busyPrefix))
            out.busyTimeoutMs = option.mid(busyPrefix.size()).toInt(&ok);
        else
            ok = false;
        if (!ok || out.busyTimeoutMs < 0)
            out.unknown = option;
    }
    return out;
}

// Runs an internal catalogue query with bound text arguments; the rows come back as variants.
QList<QVariantList> queryRows(sqlite3* db, const char* sql, const QStringList& args = {})
{
    QList<QVariantList> rows;
    sqlite3_stmt* stmt = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return rows;
    for (int i = 0; i < args.size(); ++i)
        detail::bindValue(stmt, i + 1, args.at(i));
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QVariantList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            row.append(detail::columnValue(stmt, c));
        rows.append(row);
    }
    sqlite3_finalize(stmt);
    return rows;
}

}  // namespace

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // No memory statistics: nothing reads them, and keeping them takes a process-wide
        // mutex around every allocation SQLite makes. Only possible before SQLite starts;
        // later (another library started it) the call fails harmlessly and they stay on.
        (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
        case Transactions:
        case BLOB:
        case Unicode:
        case PreparedQueries:
        case PositionalPlaceholders:
        case LastInsertId:
        case SimpleLocking:
        case FinishQuery:
        case CancelQuery:
            return true;
        // Named placeholders are rewritten to positional ones by QSqlResult; the driver binds by
        // position only. Batches are emulated row by row by QSqlResult::execBatch.
        case NamedPlaceholders:
        case QuerySize:
        case BatchOperations:
        case LowPrecisionNumbers:
        case EventNotifications:
        case MultipleResultSets:
            return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& password,
                           const QString& /*host*/, int /*port*/, const QString& options)
{
    if (isOpen())
        close();
    const OpenOptions opts = parseOptions(options);
    QString refusal;
    if (!opts.unknown.isEmpty())
        refusal = tr("Unknown connect option: %1").arg(opts.unknown);
    else if (!password.isEmpty())
        refusal = tr("Passwords are not accepted; the database takes a raw key");
    if (!refusal.isEmpty()) {
        setLastError(QSqlError(refusal, QString(), QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }
    int flags = opts.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (opts.create && !opts.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // A Qt connection belongs to the thread that opened it (Qt refuses it to any other), so
    // the connection's own mutex only costs a lock and an unlock on every SQLite call: every
    // bound value and every column read. Without it (multi-thread mode) SQLite still guards
    // what connections share.
    flags |= SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = detail::errorText(m_db);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setLastError(QSqlError(tr("Unable to open the database"), message,
                               QSqlError::ConnectionError, QString::number(rc)));
        setOpenError(true);
        return false;
    }
    sqlite3_busy_timeout(m_db, opts.busyTimeoutMs);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        // Every statement must be finalized before the handle can really close.
        for (SqlCipherResult* result : std::as_const(m_results))
            result->finalize();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_keyed = false;
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attachResult(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detachResult(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& what)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    setLastError(
        QSqlError(what, detail::errorText(m_db), QSqlError::TransactionError, QString::number(rc)));
    return false;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front: in WAL mode a deferred transaction that reads
    // and then writes fails at once with SQLITE_BUSY when another writer got in between,
    // which the busy timeout cannot cure.
    return execSimple("BEGIN IMMEDIATE", tr("Unable to begin the transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", tr("Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", tr("Unable to roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!m_db)
        return out;
    QStringList where;
    if (type & QSql::Tables)
        where << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        where << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        where << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (where.isEmpty())
        return out;
    const QByteArray sql = "SELECT name FROM sqlite_master WHERE " +
                           where.join(QStringLiteral(" OR ")).toUtf8() + " ORDER BY name";
    for (const QVariantList& row : queryRows(m_db, sql.constData()))
        out << row.value(0).toString();
    if (type & QSql::SystemTables)
        out << QStringLiteral("sqlite_master");
    return out;
}

QList<SqlCipherDriver::Column> SqlCipherDriver::tableInfo(const QString& tableName) const
{
    QString schema;
    QString table = tableName;
    if (!isIdentifierEscaped(tableName, TableName)) {
        const qsizetype dot = tableName.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            schema = tableName.left(dot);
            table = tableName.mid(dot + 1);
        }
    }
    table = stripDelimiters(table, TableName);
    // The table-valued form of the pragma takes the name as a bound value: no quoting games.
    const char* sql = schema.isEmpty() ? "SELECT name, type, \"notnull\", dflt_value, pk FROM "
                                         "pragma_table_info(?1) ORDER BY cid"
                                       : "SELECT name, type, \"notnull\", dflt_value, pk FROM "
                                         "pragma_table_info(?1, ?2) ORDER BY cid";
    QList<Column> columns;
    const QStringList args = schema.isEmpty() ? QStringList{table} : QStringList{table, schema};
    for (const QVariantList& row : queryRows(m_db, sql, args)) {
        columns.append(Column{row.value(0).toString(), row.value(1).toString(),
                              row.value(2).toInt() != 0, row.value(3), row.value(4).toInt()});
    }
    return columns;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    const QList<Column> columns = tableInfo(tableName);
    const auto pkCount = std::count_if(columns.begin(), columns.end(),
                                       [](const Column& c) { return c.pkOrder > 0; });
    for (const Column& column : columns) {
        QSqlField field(column.name, detail::declaredType(column.type.toUtf8().constData()),
                        tableName);
        field.setRequired(column.notNull);
        field.setDefaultValue(column.defaultValue);
        // A single INTEGER PRIMARY KEY is the rowid: SQLite assigns it.
        field.setAutoValue(pkCount == 1 && column.pkOrder == 1 &&
                           column.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QList<Column> columns = tableInfo(tableName);
    std::stable_sort(columns.begin(), columns.end(),
                     [](const Column& a, const Column& b) { return a.pkOrder < b.pkOrder; });
    QSqlIndex index(tableName);
    for (const Column& column : std::as_const(columns)) {
        if (column.pkOrder > 0)
            index.append(QSqlField(
                column.name, detail::declaredType(column.type.toUtf8().constData()), tableName));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // "schema.table" addresses a table of an attached database, as in Qt's SQLite driver.
    if (type == TableName)
        out.replace(QLatin1Char('.'), QLatin1String("\".\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

bool SqlCipherDriver::cancelQuery()
{
    if (m_db)
        sqlite3_interrupt(m_db);
    return m_db != nullptr;
}

bool SqlCipherDriver::applyKey(const SecureBytes& key)
{
    const int rc = m_db ? detail::applyRawKey(m_db, key, false) : SQLITE_MISUSE;
    m_keyed = rc == SQLITE_OK;
    if (rc == SQLITE_OK)
        return true;
    setLastError(QSqlError(tr("Unable to apply the key"), detail::errorText(m_db),
                           QSqlError::ConnectionError, QString::number(rc)));
    return false;
}

bool SqlCipherDriver::changeKey(const SecureBytes& key)
{
    const int rc = m_db ? detail::applyRawKey(m_db, key, true) : SQLITE_MISUSE;
    if (rc == SQLITE_OK)
        return true;
    setLastError(QSqlError(tr("Unable to change the key"), detail::errorText(m_db),
                           QSqlError::UnknownError, QString::number(rc)));
    return false;
}

}  // namespace fd::storage
