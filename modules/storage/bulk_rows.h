#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace fd::storage {

// A list of values of any length as one bound text, for "x IN (SELECT value FROM
// json_each(?))": one statement prepared and run once, where chunks of "?, ?, ?" lists were a
// statement each, every marker bound on its own. SQLite reads the array in place and looks
// each value up through x's index.
inline constexpr char kJsonEachValues[] = "SELECT value FROM json_each(?)";

// `values` as the JSON array of strings to bind for kJsonEachValues.
QString jsonArrayOf(const QStringList& values);

// exec(), with a query that reads forward only: the driver keeps the current row alone, where
// a query that may scroll back keeps every row it read. For results of thousands of rows
// read once with next().
Result<QSqlQuery> execForwardOnly(QSqlDatabase db, const QString& sql,
                                  const QVariantList& binds = {});

// Runs `sql` with `binds`, handing every row to `row`, forward only: the driver keeps one row
// at a time, where a QSqlQuery that may scroll back keeps every row it read. For results of
// thousands of rows read once. Errors as exec() words them.
Status forEachRow(QSqlDatabase db, const QString& sql, const QVariantList& binds,
                  const std::function<void(const QSqlQuery&)>& row);

// Runs `sql`, which has one %1 where the list goes ("id IN (%1)"), once for all of `values`,
// handing every row to `row`. Forward only: the driver keeps one row at a time, not the whole
// result. Errors as exec() words them.
Status forEachRowIn(QSqlDatabase db, const QString& sql, const QStringList& values,
                    const std::function<void(const QSqlQuery&)>& row);

}  // namespace fd::storage
