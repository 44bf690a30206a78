#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <deque>

struct sqlite3_stmt;

namespace fd::storage {

class SqlCipherDriver;

// One prepared statement of the QSQLCIPHER driver. Rows are converted to QVariants as they
// are stepped and kept while the query is scrollable (QSqlQueryModel seeks freely); a
// forward-only query keeps only the rows ahead of its position. Named placeholders are
// rewritten to positional ones by QSqlResult itself (the driver reports PreparedQueries but
// not NamedPlaceholders), so a name used twice binds both positions.
class SqlCipherResult final : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(fd::storage::SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Called by the driver when its connection closes: statements must go before the handle.
    void finalize();

protected:
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    int stepRow();  // SQLITE_ROW, SQLITE_DONE or an error (already reported)
    void dropRowsBefore(int row);
    void clearRows();
    void buildRecord();
    bool fail(const QString& text, int rc, QSqlError::ErrorType type);
    bool failWith(const QString& text, QSqlError::ErrorType type);
    bool bindAll();
    const QVariantList* currentRow() const;

    QPointer<const SqlCipherDriver> m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    std::deque<QVariantList> m_rows;  // rows m_firstRow, m_firstRow + 1, ...
    QVariantList m_spareRow;          // storage of a dropped row, reused for the next one
    int m_firstRow = 0;
    bool m_exhausted = true;
    QSqlRecord m_record;
    qint64 m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

}  // namespace fd::storage
