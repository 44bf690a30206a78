#include "billing/core/billing_context.h"

#include "storage/database.h"

#include <QCoreApplication>

namespace fd::billing {

QString billingTr(const char* text)
{
    return QCoreApplication::translate("fd::billing", text);
}

Error invalidInput(const QString& message, const QString& where)
{
    return makeError(ErrorCode::InvalidInput, message, where);
}

Status auditChange(const BillingContext& ctx, const QString& action, const QString& patientId,
                   const QString& entity, const QString& entityId, const QJsonObject& details)
{
    security::AuditRecord record;
    record.action = action;
    record.patientId = patientId;
    record.entity = entity;
    record.entityId = entityId;
    record.details = details;
    return ctx.audit->record(record);
}

Result<qint64> nextCounterValue(QSqlDatabase db, const QString& name, qint64 limit)
{
    auto current = storage::exec(db, QStringLiteral("SELECT next_value FROM billing_counters WHERE name = ?"),
                                 {name});
    FD_TRY(current);
    if (!current->next())
        return makeError(ErrorCode::Internal, billingTr("The billing counter %1 is missing.").arg(name));
    const qint64 value = current->value(0).toLongLong();
    if (value > limit)
        return makeError(ErrorCode::Conflict,
                         billingTr("The billing counter %1 is used up (at most %2).").arg(name).arg(limit));
    FD_TRY(storage::exec(db, QStringLiteral("UPDATE billing_counters SET next_value = ? WHERE name = ?"),
                         {value + 1, name}));
    return value;
}

namespace {
// A null text made empty: text columns are NOT NULL.
void emptyIfNullText(QVariant& v)
{
    if (v.typeId() == QMetaType::QString && static_cast<const QString*>(v.constData())->isNull())
        v = QString(QLatin1String(""));
}
}  // namespace

QVariantMap notNull(QVariantMap fields)
{
    for (QVariant& v : fields)
        emptyIfNullText(v);
    return fields;
}

QVariantList notNullValues(QVariantList values)
{
    for (QVariant& v : values)
        emptyIfNullText(v);
    return values;
}

QString joinInts(const QList<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

QList<int> splitInts(const QString& text)
{
    QList<int> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.toInt();
    return out;
}

}  // namespace fd::billing
