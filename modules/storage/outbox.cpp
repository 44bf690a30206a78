#include "storage/outbox.h"

#include "common/clock.h"
#include "common/uuid.h"
#include "storage/database.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace fd::storage {

namespace {

// Shared by the migration and deviceId(), which may be asked before migrations ran.
const char kDeviceStateDdl[] =
    "CREATE TABLE IF NOT EXISTS device_state ("
    " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
    " device_id TEXT NOT NULL,"
    " next_device_seq INTEGER NOT NULL)";

const char kOutboxDdl[] =
    "CREATE TABLE outbox ("
    " mutation_id TEXT PRIMARY KEY,"
    " device_seq INTEGER NOT NULL UNIQUE,"
    " op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),"
    " entity TEXT NOT NULL,"
    " entity_id TEXT NOT NULL,"
    " base_version INTEGER NOT NULL,"
    " fields TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " sent INTEGER NOT NULL DEFAULT 0)";

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
        case QMetaType::QByteArray:
            return QString::fromLatin1(value.toByteArray().toBase64());
        case QMetaType::QDateTime:
            return toIsoUtc(value.toDateTime());
        case QMetaType::QDate:
            return value.toDate().toString(Qt::ISODate);
        case QMetaType::Bool:
            return value.toBool();
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
            return value.toLongLong();
        case QMetaType::Double:
        case QMetaType::Float:
            return value.toDouble();
        default:
            return value.toString();
    }
}

Result<QString> readDeviceId(QSqlDatabase db)
{
    auto table = exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                         "WHERE type = 'table' AND name = 'device_state'"));
    if (!table)
        return table.error();
    if (!table->next() || table->value(0).toInt() == 0)
        return QString();
    auto row = exec(db, QStringLiteral("SELECT device_id FROM device_state WHERE singleton = 1"));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toString() : QString();
}

}  // namespace

Result<QString> Outbox::deviceId(QSqlDatabase db)
{
    auto existing = readDeviceId(db);
    if (!existing || !existing->isEmpty())
        return existing;
    FD_TRY(exec(db, QString::fromLatin1(kDeviceStateDdl)));
    FD_TRY(exec(db,
                QStringLiteral("INSERT OR IGNORE INTO device_state "
                               "(singleton, device_id, next_device_seq) VALUES (1, ?, 1)"),
                {newUuid()}));
    return readDeviceId(db);
}

Result<QString> Outbox::append(QSqlDatabase db, const Mutation& mutation)
{
    FD_TRY(deviceId(db));
    auto seq =
        exec(db, QStringLiteral("SELECT next_device_seq FROM device_state WHERE singleton = 1"));
    if (!seq)
        return seq.error();
    if (!seq->next())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("fd::storage::Outbox", "The device state is missing"));
    const qint64 deviceSeq = seq->value(0).toLongLong();
    FD_TRY(exec(db,
                QStringLiteral("UPDATE device_state SET next_device_seq = ? WHERE singleton = 1"),
                {deviceSeq + 1}));
    const QString mutationId = newUuid();
    FD_TRY(
        exec(db,
             QStringLiteral("INSERT INTO outbox (mutation_id, device_seq, op, entity, entity_id, "
                            "base_version, fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {mutationId, deviceSeq, mutation.op, mutation.entity, mutation.entityId,
              mutation.baseVersion, QString::fromUtf8(fieldsJson(mutation.fields)),
              toIsoUtc(QDateTime::currentDateTimeUtc())}));
    return mutationId;
}

Result<std::vector<OutboxEntry>> Outbox::pending(QSqlDatabase db, int limit)
{
    auto query =
        exec(db,
             QStringLiteral("SELECT mutation_id, device_seq, op, entity, entity_id, base_version, "
                            "fields, created_at FROM outbox WHERE sent = 0 "
                            "ORDER BY device_seq LIMIT ?"),
             {limit});
    if (!query)
        return query.error();
    std::vector<OutboxEntry> out;
    while (query->next()) {
        out.push_back(OutboxEntry{query->value(0).toString(), query->value(1).toLongLong(),
                                  query->value(2).toString(), query->value(3).toString(),
                                  query->value(4).toString(), query->value(5).toLongLong(),
                                  query->value(6).toString().toUtf8(), query->value(7).toString()});
    }
    return out;
}

Status Outbox::markSent(QSqlDatabase db, const QStringList& mutationIds)
{
    for (const QString& id : mutationIds)
        FD_TRY(exec(db, QStringLiteral("UPDATE outbox SET sent = 1 WHERE mutation_id = ?"), {id}));
    return {};
}

QByteArray Outbox::fieldsJson(const QVariantMap& fields)
{
    QJsonObject object;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        object.insert(it.key(), jsonValue(it.value()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

MigrationSet storageMigrations()
{
    MigrationSet set;
    set.module = QStringLiteral("storage");
    set.migrations.push_back(
        Migration{1,
                  QStringLiteral("outbox and device state"),
                  {QString::fromLatin1(kDeviceStateDdl), QString::fromLatin1(kOutboxDdl),
                   QStringLiteral("CREATE INDEX outbox_unsent ON outbox (sent, device_seq)")},
                  {}});
    return set;
}

}  // namespace fd::storage
