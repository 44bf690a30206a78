#include "storage/bulk_rows.h"

#include "storage/database_private.h"
#include "storage/json_text.h"

#include <QSqlError>

namespace fd::storage {

QString jsonArrayOf(const QStringList& values)
{
    QByteArray out;
    qsizetype size = 2;
    for (const QString& v : values)
        size += v.size() + 3;
    out.reserve(size);
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        jsontext::appendString(out, values.at(i));
    }
    out += ']';
    return QString::fromUtf8(out);
}

Result<QSqlQuery> execForwardOnly(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return detail::statementError(db, sql, q.lastError());
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return detail::statementError(db, sql, q.lastError());
    return q;
}

Status forEachRow(QSqlDatabase db, const QString& sql, const QVariantList& binds,
                  const std::function<void(const QSqlQuery&)>& row)
{
    auto q = execForwardOnly(db, sql, binds);
    FD_TRY(q);
    while (q->next())
        row(q.value());
    if (q->lastError().isValid())  // a row that could not be read ends next() early
        return detail::statementError(db, sql, q->lastError());
    return {};
}

Status forEachRowIn(QSqlDatabase db, const QString& sql, const QStringList& values,
                    const std::function<void(const QSqlQuery&)>& row)
{
    return forEachRow(db, sql.arg(QLatin1String(kJsonEachValues)), {jsonArrayOf(values)}, row);
}

}  // namespace fd::storage
