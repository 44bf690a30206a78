#pragma once

#include "common/result.h"
#include "storage/statement_cache.h"
#include "storage/synced_columns.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace fd::storage {

// One idempotent change for the server (DESIGN.md, sync protocol v1).
struct Mutation
{
    QString op;  // insert | update | delete
    QString entity;
    QString entityId;
    qint64 baseVersion = 0;
    QVariantMap fields;
    // Or, from SyncedRowsBatch's inserts by columns: the fields as `columns` and `values` in
    // their order (the same JSON).
    SyncedColumns columns;
    QVariantList values;
};

struct OutboxEntry
{
    QString mutationId;
    qint64 deviceSeq = 0;
    QString op;
    QString entity;
    QString entityId;
    qint64 baseVersion = 0;
    QByteArray fields;  // JSON object (stored as values alone, it is made whole again)
    QString createdAt;  // ISO UTC
};

// The outbox table and this device's state (device id, next device_seq). Appends run in the
// caller's transaction so that a change and its mutation commit or vanish together.
//
// A mutation's fields are stored in one of two forms. A mutation made from a map is a JSON
// object. Mutations made by columns (SyncedRowsBatch's inserts by the thousand) are stored as
// a JSON array of their values in column order, with `fieldset` naming a row of
// outbox_fieldsets that holds the column names once: the names were a third of a claim's
// outbox bytes. pending() gives both as the same JSON object, so what is sent is one form.
class Outbox
{
public:
    // This device's id, made (a random UUID) and stored on first use.
    static Result<QString> deviceId(QSqlDatabase db);
    // Appends a mutation with the next device_seq; returns its mutation id.
    static Result<QString> append(QSqlDatabase db, const Mutation& mutation);
    // The same through `statements`, for many appends in one transaction.
    static Result<QString> append(StatementCache& statements, const Mutation& mutation);
    // Appends `mutations` in order with consecutive device_seq values, taken in one step, and
    // writes them several rows to a statement: what append() each would write.
    static Status appendAll(StatementCache& statements, const std::vector<Mutation>& mutations);

    // Outbox rows made ahead of their append, on any thread: the values of each several-row
    // INSERT, everything but the device_seq values, which are taken when they are appended.
    struct Rows
    {
        // Per INSERT, 9 values a row; device_seq left 0, and the fieldset value is the index
        // in `fieldsets` of the row's column names until appendRows() puts their id there.
        std::vector<QVariantList> binds;
        std::vector<QByteArray> fieldsets;  // SyncedColumns::namesJson() of each set of columns
        qint64 count = 0;
    };
    // The rows appendAll() would write for `mutations`: their fields written by fieldsJson()
    // or, for mutations by columns, valuesJson(); texts as UTF-8.
    static Rows rowsFor(const std::vector<Mutation>& mutations);
    // Appends `rows` with consecutive device_seq values, taken in one step, and the field sets
    // they name (each stored once).
    static Status appendRows(StatementCache& statements, Rows& rows);
    // Unanswered mutations in device_seq order, at most `limit`.
    static Result<std::vector<OutboxEntry>> pending(QSqlDatabase db, int limit);
    // The server has answered every mutation up to `deviceSeq` (it applies them in order, so
    // what it answered is a prefix of the device's order). Never moves back.
    static Status markSentThrough(QSqlDatabase db, qint64 deviceSeq);
    // The last device_seq the server has answered; 0 before the first.
    static Result<qint64> sentThrough(QSqlDatabase db);
    // The JSON object stored in `fields`: blobs as base64, instants as ISO UTC.
    static QByteArray fieldsJson(const QVariantMap& fields);
    // A mutation's fields as fieldsJson() writes them, from its map or its columns.
    static QByteArray fieldsJson(const Mutation& mutation);
    // A mutation by columns' values alone, in column order: the JSON array stored with a field set.
    static QByteArray valuesJson(const Mutation& mutation);
    // The JSON object of values stored with a field set (`namesJson` as namesJson() writes
    // it): what fieldsJson() writes for the same mutation. An error when they do not match.
    static Result<QByteArray> fieldsFromValues(const QByteArray& namesJson, const QByteArray& valuesJson);
};

}  // namespace fd::storage
