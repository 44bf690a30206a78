#include "storage/id_list.h"

#include "storage/database_private.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace fd::storage {

QString jsonArrayOf(const QStringList& values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

Status forEachRowIn(QSqlDatabase db, const QString& sql, const QStringList& values,
                    const std::function<void(const QSqlQuery&)>& row)
{
    const QString text = sql.arg(QLatin1String(kJsonEachValues));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return detail::statementError(db, text, q.lastError());
    q.addBindValue(jsonArrayOf(values));
    if (!q.exec())
        return detail::statementError(db, text, q.lastError());
    while (q.next())
        row(q);
    if (q.lastError().isValid())  // a row that could not be read ends next() early
        return detail::statementError(db, text, q.lastError());
    return {};
}

}  // namespace fd::storage
