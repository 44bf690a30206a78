#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace fd::storage {

// A list of values of any length as one bound text, for "x IN (SELECT value FROM
// json_each(?))": one statement prepared and run once, where chunks of "?, ?, ?" lists were a
// statement each, every marker bound and hashed by name. SQLite reads the array in place and
// looks each value up through x's index.
inline constexpr char kJsonEachValues[] = "SELECT value FROM json_each(?)";

// `values` as the JSON array of strings to bind for kJsonEachValues.
inline QString jsonArrayOf(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

}  // namespace fd::storage
