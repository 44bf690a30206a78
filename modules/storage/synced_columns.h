#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace fd::storage {

// The columns of rows a batch inserts by the thousand into one synced table (a claim run's
// claims and their lines): the INSERT is made and the names are checked once, and each row is
// its values in this order (SyncedRowsBatch::insert). A QVariantMap per row has its keys made,
// ordered and compared again for every row, which costs more than a small insert. Copies share
// one description.
class SyncedColumns
{
public:
    SyncedColumns() = default;
    // `columns` must not hold the bookkeeping columns (id, row_version, updated_at, deleted);
    // names that are not plain identifiers make every insert through it fail (problem()).
    SyncedColumns(const QString& table, const QStringList& columns);

    bool isNull() const { return !d; }
    const QString& table() const;
    const QStringList& names() const;
    qsizetype size() const;
    // Why an insert through these columns is refused; empty when it is not.
    const QString& problem() const;
    // The INSERT of the bookkeeping columns then names(), all bound.
    const QString& insertSql() const;
    // For the outbox's JSON: the columns in name order, as a QVariantMap orders them, each
    // with its key written as `"name":`.
    const std::vector<qsizetype>& nameOrder() const;
    const std::vector<QByteArray>& jsonKeys() const;
    // The names as a JSON array in column order: the outbox's field set for rows stored as
    // their values alone (Outbox::valuesJson).
    const QByteArray& namesJson() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

}  // namespace fd::storage
