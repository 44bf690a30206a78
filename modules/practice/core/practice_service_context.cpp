#include "practice/core/practice_service_context.h"

#include "practice/core/practice_validation.h"
#include "security/audit_actions.h"
#include "security/audit_json.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fd::practice {

QJsonObject auditJson(const QVariantMap& fields)
{
    QJsonObject json;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.value().typeId() == QMetaType::QByteArray)
            json.insert(it.key(), QStringLiteral("%1 bytes").arg(it.value().toByteArray().size()));
        else
            json.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return json;
}

namespace {

// auditJson(fields) as text.
void appendAuditObject(QByteArray& out, const QVariantMap& fields)
{
    out += '{';
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it != fields.constBegin())
            out += ',';
        security::auditjson::appendString(out, it.key());
        out += ':';
        if (it.value().typeId() == QMetaType::QByteArray)
            security::auditjson::appendString(
                out, QStringLiteral("%1 bytes").arg(it.value().toByteArray().size()));
        else
            security::auditjson::appendValue(out, it.value());
    }
    out += '}';
}

}  // namespace

QByteArray auditDetailsJson(const QVariantMap* fresh, const QVariantMap* prior)
{
    QByteArray out;
    out.reserve(64 + ((fresh ? fresh->size() : 0) + (prior ? prior->size() : 0)) * 40);
    out += '{';
    // QJsonObject's key order: "new" before "prior".
    if (fresh) {
        out += "\"new\":";
        appendAuditObject(out, *fresh);
    }
    if (prior) {
        if (fresh)
            out += ',';
        out += "\"prior\":";
        appendAuditObject(out, *prior);
    }
    out += '}';
    return out;
}

namespace {

Result<QVariantMap> currentValues(storage::Transaction& tx, const QString& table, const QString& id,
                                  const QStringList& columns)
{
    // Table and column names were checked by SyncedRows' rules before they reach here.
    auto q = storage::exec(tx.connection(),
                           QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table),
                           {id});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No %1 record %2.").arg(table, id));
    QVariantMap values;
    for (int i = 0; i < columns.size(); ++i)
        values.insert(columns.at(i), q->value(i));
    return values;
}

}  // namespace

Result<QString> writeAudited(PracticeServiceContext& ctx, storage::Transaction& tx, const QString& table,
                             const QString& id, qint64 baseVersion, const QVariantMap& fields,
                             const QString& patientId)
{
    security::AuditRecord record;
    record.entity = table;
    record.patientId = patientId;
    if (id.isEmpty()) {
        auto inserted = storage::SyncedRows::insert(tx, table, fields);
        FD_TRY(inserted);
        record.action = security::audit::kCreate;
        record.entityId = inserted.value();
        record.detailsJson = auditDetailsJson(&fields);
    } else {
        auto prior = currentValues(tx, table, id, fields.keys());
        FD_TRY(prior);
        FD_TRY(storage::SyncedRows::update(tx, table, id, baseVersion, fields));
        record.action = security::audit::kUpdate;
        record.entityId = id;
        record.detailsJson = auditDetailsJson(&fields, &prior.value());
    }
    FD_TRY(ctx.audit->record(record));
    return record.entityId;
}

Status removeAudited(PracticeServiceContext& ctx, storage::Transaction& tx, const QString& table, const QString& id,
                     qint64 baseVersion)
{
    auto columns = storage::exec(tx.connection(), QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    FD_TRY(columns);
    if (!columns->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No %1 record %2.").arg(table, id));
    QVariantMap prior;
    const QSqlRecord rec = columns->record();
    for (int i = 0; i < rec.count(); ++i)
        prior.insert(rec.fieldName(i), columns->value(i));
    FD_TRY(storage::SyncedRows::remove(tx, table, id, baseVersion));
    security::AuditRecord record;
    record.action = security::audit::kDelete;
    record.entity = table;
    record.entityId = id;
    record.detailsJson = auditDetailsJson(nullptr, &prior);
    return ctx.audit->record(record);
}

}  // namespace fd::practice
