#include "storage/sqlcipher_result.h"

#include "storage/sqlcipher_driver.h"
#include "storage/sqlite_values.h"

#include <sqlite3.h>

#include <QSqlError>
#include <QSqlField>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace fd::storage {

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver), m_driver(driver)
{
    driver->attachResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (m_driver)
        m_driver->detachResult(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::finalize()
{
    clearRows();
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

bool SqlCipherResult::failWith(const QString& text, QSqlError::ErrorType type)
{
    setLastError(QSqlError(text, QString(), type));
    return false;
}

bool SqlCipherResult::fail(const QString& text, int rc, QSqlError::ErrorType type)
{
    sqlite3* db = m_driver ? m_driver->sqliteHandle() : nullptr;
    setLastError(QSqlError(text, detail::errorText(db, rc), type, QString::number(rc)));
    return false;
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    setActive(false);
    setSelect(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    sqlite3* db = m_driver && m_driver->isOpen() ? m_driver->sqliteHandle() : nullptr;
    if (!db)
        return failWith(tr("The database is not open"), QSqlError::ConnectionError);

    const QByteArray utf8 = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        m_stmt = nullptr;
        return fail(tr("Unable to prepare the statement"), rc, QSqlError::StatementError);
    }
    if (!m_stmt)
        return failWith(tr("The statement is empty"), QSqlError::StatementError);

    // Only the first statement of a string would run; refuse rather than silently skipping
    // the rest (a migration written as one string would otherwise apply half its steps).
    const char* end = utf8.constData() + utf8.size();
    if (tail && tail < end) {
        sqlite3_stmt* extra = nullptr;
        const int extraRc = sqlite3_prepare_v2(db, tail, int(end - tail), &extra, nullptr);
        if (extra || extraRc != SQLITE_OK) {
            sqlite3_finalize(extra);
            finalize();
            return failWith(tr("Unable to execute multiple statements at a time"),
                            QSqlError::StatementError);
        }
    }
    buildRecord();
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QVariantList& values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        return failWith(tr("Parameter count mismatch: the statement has %1, %2 bound")
                            .arg(expected)
                            .arg(values.size()),
                        QSqlError::StatementError);
    }
    for (int i = 0; i < expected; ++i) {
        const int rc = detail::bindValue(m_stmt, i + 1, values.at(i));
        if (rc != SQLITE_OK)
            return fail(tr("Unable to bind parameter %1").arg(i + 1), rc,
                        QSqlError::StatementError);
    }
    return true;
}

bool SqlCipherResult::exec()
{
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!m_stmt)
        return failWith(tr("No statement is prepared"), QSqlError::StatementError);
    sqlite3* db = m_driver->sqliteHandle();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    m_lazy = isForwardOnly();
    m_rowsAffected = -1;
    m_lastInsertId = 0;
    if (!bindAll())
        return false;

    const bool hasColumns = sqlite3_column_count(m_stmt) > 0;
    setSelect(hasColumns);
    const sqlite3_int64 changesBefore = sqlite3_total_changes64(db);
    m_exhausted = false;
    const int rc = stepRow();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return false;
    // sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE; DDL and reads
    // changed nothing, which the total change counter tells apart.
    const bool changed = sqlite3_total_changes64(db) != changesBefore;
    if (!hasColumns)
        m_rowsAffected = changed ? sqlite3_changes64(db) : 0;
    if (changed && !sqlite3_stmt_readonly(m_stmt))
        m_lastInsertId = sqlite3_last_insert_rowid(db);
    buildRecord();
    setActive(true);
    return true;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

int SqlCipherResult::stepRow()
{
    if (m_exhausted || !m_stmt)
        return SQLITE_DONE;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stepped;
        // A forward-only query reads its values from the statement when asked (data()).
        if (!m_lazy)
            m_rows.push_back(stepped());
        return rc;
    }
    m_exhausted = true;
    if (rc != SQLITE_DONE) {
        sqlite3* db = m_driver ? m_driver->sqliteHandle() : nullptr;
        const bool keyed = m_driver && m_driver->isKeyed();
        fail(tr("Unable to fetch row"), detail::stepFailureCode(db, rc, keyed),
             QSqlError::StatementError);
    }
    // Resetting at the end releases the read snapshot so WAL checkpoints and backups can
    // proceed while the QSqlQuery object lives on.
    sqlite3_reset(m_stmt);
    return rc;
}

QVariantList SqlCipherResult::stepped() const
{
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c)
        row.append(detail::columnValue(m_stmt, c));
    return row;
}

bool SqlCipherResult::onSteppedRow() const
{
    return m_lazy && !m_exhausted && m_stmt && at() >= 0 && at() == m_stepped;
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_firstRow = 0;
    m_stepped = -1;
    m_lazy = false;
    m_exhausted = true;
}

const QVariantList* SqlCipherResult::currentRow() const
{
    const int index = at() - m_firstRow;
    if (at() < 0 || index < 0 || index >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(index)];
}

QVariant SqlCipherResult::data(int column)
{
    if (m_lazy) {
        if (!onSteppedRow() || column < 0 || column >= sqlite3_column_count(m_stmt))
            return QVariant();
        return detail::columnValue(m_stmt, column);
    }
    const QVariantList* row = currentRow();
    if (!row || column < 0 || column >= row->size())
        return QVariant();
    return row->at(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (m_lazy)
        return !onSteppedRow() || column < 0 || column >= sqlite3_column_count(m_stmt) ||
               sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    const QVariantList* row = currentRow();
    return !row || column < 0 || column >= row->size() || row->at(column).isNull();
}

bool SqlCipherResult::fetch(int row)
{
    if (m_lazy) {
        // Forward only: the statement steps on to the row asked for and never back (nor to
        // its last row again once a step found the end and reset it).
        if (row < 0 || row < m_stepped || (row == m_stepped && m_exhausted))
            return false;
        while (m_stepped < row)
            if (stepRow() != SQLITE_ROW)
                return false;
        setAt(row);
        return true;
    }
    if (row < 0 || row < m_firstRow)
        return false;
    while (row >= m_firstRow + int(m_rows.size()))
        if (stepRow() != SQLITE_ROW)
            return false;
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    int rc = SQLITE_ROW;
    if (m_lazy) {
        // The last row is only known once the step after it finds the end, which also resets
        // the statement: its values are kept as the query's one buffered row.
        std::optional<QVariantList> last;
        if (!m_exhausted && m_stepped >= 0 && at() <= m_stepped)
            last = stepped();
        while ((rc = stepRow()) == SQLITE_ROW)
            last = stepped();
        if (rc != SQLITE_DONE || !last)
            return false;
        m_lazy = false;
        m_rows.assign(1, std::move(*last));
        m_firstRow = m_stepped;
        setAt(m_stepped);
        return true;
    }
    while ((rc = stepRow()) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE || m_rows.empty())
        return false;
    return fetch(m_firstRow + int(m_rows.size()) - 1);
}

int SqlCipherResult::size()
{
    return -1;  // SQLite cannot count a result without running it (QuerySize is false)
}

int SqlCipherResult::numRowsAffected()
{
    return int(std::clamp<qint64>(m_rowsAffected, -1, std::numeric_limits<int>::max()));
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId ? QVariant(qlonglong(m_lastInsertId)) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    clearRows();
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    if (!m_stmt)
        return;
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        const char* table = sqlite3_column_table_name(m_stmt, c);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, c)),
                        detail::declaredType(sqlite3_column_decltype(m_stmt, c)),
                        table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

}  // namespace fd::storage
