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
// forward-only query keeps no rows: each value is read from the statement's current row when
// asked for, and only the values asked for are converted. Named placeholders are
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
    QVariantList stepped() const;  // the values of the row the statement is on
    bool onSteppedRow() const;     // forward only: positioned on the statement's row
    void clearRows();
    void buildRecord();
    bool fail(const QString& text, int rc, QSqlError::ErrorType type);
    bool failWith(const QString& text, QSqlError::ErrorType type);
    bool bindAll();
    const QVariantList* currentRow() const;

    QPointer<const SqlCipherDriver> m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    std::deque<QVariantList> m_rows;  // rows m_firstRow, m_firstRow + 1, ... (scrollable)
    int m_firstRow = 0;
    int m_stepped = -1;   // the row the statement was last stepped to
    bool m_lazy = false;  // forward only: values come from the statement, m_rows stays empty
    bool m_exhausted = true;
    QSqlRecord m_record;
    qint64 m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};

}  // namespace fd::storage
