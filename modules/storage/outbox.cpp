#include "storage/outbox.h"

#include "common/clock.h"
#include "common/iso_text.h"
#include "common/uuid.h"
#include "storage/database.h"
#include "storage/database_private.h"
#include "storage/json_text.h"
#include "storage/utf8_text.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace fd::storage {

namespace {

// Shared by the migration and deviceId(), which may be asked before migrations ran.
const char kDeviceStateDdl[] =
    "CREATE TABLE IF NOT EXISTS device_state ("
    " singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
    " device_id TEXT NOT NULL,"
    " next_device_seq INTEGER NOT NULL)";

// Version 1 of the outbox, kept for the migration from it: a random-looking text key, a
// unique device_seq and an index of the unsent rows made every mutation four b-tree inserts.
const char kOutboxV1Ddl[] =
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

// Version 2: the mutations in device order, keyed by device_seq (the rowid: one b-tree, each
// new row appended at its end). What the server has answered is a prefix of that order
// (mutations are applied in order), kept as one number in outbox_state. The mutation id stays
// the server's key for retries; no local lookup needs an index on it.
const char kOutboxV2Ddl[] =
    "CREATE TABLE outbox_v2 ("
    " device_seq INTEGER PRIMARY KEY,"
    " mutation_id TEXT NOT NULL,"
    " op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),"
    " entity TEXT NOT NULL,"
    " entity_id TEXT NOT NULL,"
    " base_version INTEGER NOT NULL,"
    " fields TEXT NOT NULL,"
    " created_at TEXT NOT NULL)";

// One field's JSON value: blobs as base64, instants as ISO UTC, dates as ISO dates, numbers
// and booleans as such, anything else as its text.
void appendJsonValue(QByteArray& out, const QVariant& value)
{
    // A null text is bound as NULL (StatementCache), so it is null here too.
    if (value.isNull() ||
        (value.typeId() == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull())) {
        out += "null";
        return;
    }
    switch (value.typeId()) {
        case QMetaType::QByteArray:
            out += '"' + value.toByteArray().toBase64() + '"';
            return;
        case QMetaType::QDateTime:
            jsontext::appendString(out, isoUtc(value.toDateTime()));
            return;
        case QMetaType::QDate:
            jsontext::appendString(out, isoDate(value.toDate()));
            return;
        case QMetaType::Bool:
            out += value.toBool() ? "true" : "false";
            return;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
            out += QByteArray::number(value.toLongLong());
            return;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = value.toDouble();
            out += qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                : QByteArray("null");
            return;
        }
        default:
            jsontext::appendString(out, value.toString());
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

// The first of the next `count` device_seq values, moving the counter on in one cached
// statement. The device's row is made on first use (deviceId()).
Result<qint64> takeDeviceSeq(StatementCache& statements, qint64 count = 1)
{
    const QString take = QStringLiteral(
        "UPDATE device_state SET next_device_seq = next_device_seq + ? "
        "WHERE singleton = 1 RETURNING next_device_seq - ?");
    auto row = statements.exec(take, {count, count});
    if (!row || !(*row)->next()) {
        FD_TRY(Outbox::deviceId(statements.connection()));
        row = statements.exec(take, {count, count});
        if (!row)
            return row.error();
        if (!(*row)->next())
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("fd::storage::Outbox", "The device state is missing"));
    }
    const qint64 deviceSeq = (*row)->value(0).toLongLong();
    (*row)->finish();  // runs the statement to its end
    return deviceSeq;
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
    StatementCache statements(db);
    return append(statements, mutation);
}

Result<QString> Outbox::append(StatementCache& statements, const Mutation& mutation)
{
    auto deviceSeq = takeDeviceSeq(statements);
    if (!deviceSeq)
        return deviceSeq.error();
    const QString mutationId = newUuid();
    FD_TRY(statements.run(
        QStringLiteral("INSERT INTO outbox (mutation_id, device_seq, op, entity, entity_id, "
                       "base_version, fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {mutationId, deviceSeq.value(), mutation.op, mutation.entity, mutation.entityId,
         mutation.baseVersion, QVariant::fromValue(Utf8Text{fieldsJson(mutation)}),
         detail::nowIsoUtc()}));
    return mutationId;
}

Status Outbox::appendAll(StatementCache& statements, const std::vector<Mutation>& mutations)
{
    Rows rows = rowsFor(mutations);
    return appendRows(statements, rows);
}

namespace {
constexpr std::size_t kRowsPerInsert = 64;  // 9 values a row, well under SQLite's limit
constexpr int kValuesPerRow = 9;
constexpr int kDeviceSeqValue = 1;  // where a row's device_seq goes among its values
constexpr int kFieldsetValue = 8;   // and its field set

QString insertSqlFor(qsizetype rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"), rows);
    return QStringLiteral("INSERT INTO outbox (mutation_id, device_seq, op, entity, entity_id, "
                          "base_version, fields, created_at, fieldset) VALUES ") +
           marks.join(QStringLiteral(", "));
}

// The id of the field set with these names (SyncedColumns::namesJson()), stored on first use.
Result<qint64> fieldsetId(StatementCache& statements, const QByteArray& namesJson)
{
    const QVariant names = QVariant::fromValue(Utf8Text{namesJson});
    auto known = statements.exec(QStringLiteral("SELECT id FROM outbox_fieldsets WHERE names = ?"), {names});
    FD_TRY(known);
    if ((*known)->next()) {
        const qint64 id = (*known)->value(0).toLongLong();
        (*known)->finish();
        return id;
    }
    auto made = statements.exec(QStringLiteral("INSERT INTO outbox_fieldsets (names) VALUES (?) RETURNING id"), {names});
    FD_TRY(made);
    if (!(*made)->next())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("fd::storage::Outbox", "The outbox's field set was not stored"));
    const qint64 id = (*made)->value(0).toLongLong();
    (*made)->finish();
    return id;
}

// The values of a JSON array as written by valuesJson() (scalars: strings, numbers, true,
// false, null), each as its text; nothing when the text is not such an array.
std::optional<std::vector<QByteArrayView>> splitValues(QByteArrayView json)
{
    std::vector<QByteArrayView> values;
    if (json.size() < 2 || json.front() != '[' || json.back() != ']')
        return std::nullopt;
    qsizetype i = 1;
    const qsizetype end = json.size() - 1;
    if (i == end)
        return values;
    while (true) {
        const qsizetype start = i;
        if (json[i] == '"') {
            for (++i; i < end && json[i] != '"'; ++i)
                if (json[i] == '\\')
                    ++i;
            if (i >= end)
                return std::nullopt;
            ++i;  // the closing quote
        } else {
            while (i < end && json[i] != ',')
                ++i;
        }
        if (i == start)
            return std::nullopt;
        values.push_back(json.sliced(start, i - start));
        if (i == end)
            return values;
        if (json[i] != ',')
            return std::nullopt;
        ++i;
    }
}

QVariant utf8(const QString& text)
{
    return QVariant::fromValue(Utf8Text{text.toUtf8()});
}
}  // namespace

Outbox::Rows Outbox::rowsFor(const std::vector<Mutation>& mutations)
{
    Rows rows;
    rows.count = qint64(mutations.size());
    const QVariant createdAt = utf8(detail::nowIsoUtc());
    rows.binds.reserve((mutations.size() + kRowsPerInsert - 1) / kRowsPerInsert);
    for (std::size_t i = 0; i < mutations.size(); i += kRowsPerInsert) {
        const std::size_t n = std::min(kRowsPerInsert, mutations.size() - i);
        QVariantList binds;
        binds.reserve(qsizetype(n) * kValuesPerRow);
        for (std::size_t j = i; j < i + n; ++j) {
            const Mutation& m = mutations[j];
            binds << utf8(newUuid()) << qint64(0) << utf8(m.op) << utf8(m.entity) << utf8(m.entityId)
                  << m.baseVersion;
            if (m.columns.isNull()) {
                binds << QVariant::fromValue(Utf8Text{fieldsJson(m)}) << createdAt << QVariant();
                continue;
            }
            const QByteArray& names = m.columns.namesJson();
            auto set = std::find_if(rows.fieldsets.begin(), rows.fieldsets.end(), [&](const QByteArray& known) {
                return known.constData() == names.constData() || known == names;  // copies share their text
            });
            if (set == rows.fieldsets.end())
                set = rows.fieldsets.insert(set, names);
            binds << QVariant::fromValue(Utf8Text{valuesJson(m)}) << createdAt
                  << qint64(set - rows.fieldsets.begin());
        }
        rows.binds.push_back(std::move(binds));
    }
    return rows;
}

Status Outbox::appendRows(StatementCache& statements, Rows& rows)
{
    if (rows.count == 0)
        return {};
    auto first = takeDeviceSeq(statements, rows.count);
    if (!first)
        return first.error();
    std::vector<qint64> fieldsets;
    fieldsets.reserve(rows.fieldsets.size());
    for (const QByteArray& names : rows.fieldsets) {
        auto id = fieldsetId(statements, names);
        FD_TRY(id);
        fieldsets.push_back(id.value());
    }
    static const QString fullSql = insertSqlFor(kRowsPerInsert);
    qint64 seq = first.value();
    for (QVariantList& binds : rows.binds) {
        const qsizetype n = binds.size() / kValuesPerRow;
        for (qsizetype r = 0; r < n; ++r) {
            binds[r * kValuesPerRow + kDeviceSeqValue] = seq++;
            QVariant& fieldset = binds[r * kValuesPerRow + kFieldsetValue];
            if (!fieldset.isNull())
                fieldset = fieldsets.at(std::size_t(fieldset.toLongLong()));
        }
        FD_TRY(statements.run(n == qsizetype(kRowsPerInsert) ? fullSql : insertSqlFor(n), binds));
    }
    return {};
}

Result<std::vector<OutboxEntry>> Outbox::pending(QSqlDatabase db, int limit)
{
    auto query =
        exec(db,
             QStringLiteral("SELECT o.mutation_id, o.device_seq, o.op, o.entity, o.entity_id, o.base_version, "
                            "o.fields, o.created_at, o.fieldset, f.names FROM outbox o "
                            "LEFT JOIN outbox_fieldsets f ON f.id = o.fieldset "
                            "WHERE o.device_seq > (SELECT sent_through FROM outbox_state WHERE singleton = 1) "
                            "ORDER BY o.device_seq LIMIT ?"),
             {limit});
    if (!query)
        return query.error();
    std::vector<OutboxEntry> out;
    while (query->next()) {
        QByteArray fields = query->value(6).toString().toUtf8();
        if (!query->value(8).isNull()) {
            auto whole = query->value(9).isNull()
                             ? Result<QByteArray>(makeError(ErrorCode::Corrupt, QString()))
                             : fieldsFromValues(query->value(9).toString().toUtf8(), fields);
            if (!whole)
                return makeError(ErrorCode::Corrupt,
                                 QCoreApplication::translate("fd::storage::Outbox",
                                                             "Outbox mutation %1 (device_seq %2): its values do not "
                                                             "match its field set %3")
                                     .arg(query->value(0).toString())
                                     .arg(query->value(1).toLongLong())
                                     .arg(query->value(8).toLongLong()));
            fields = std::move(whole.value());
        }
        out.push_back(OutboxEntry{query->value(0).toString(), query->value(1).toLongLong(),
                                  query->value(2).toString(), query->value(3).toString(),
                                  query->value(4).toString(), query->value(5).toLongLong(),
                                  std::move(fields), query->value(7).toString()});
    }
    return out;
}

Status Outbox::markSentThrough(QSqlDatabase db, qint64 deviceSeq)
{
    FD_TRY(exec(db,
                QStringLiteral("UPDATE outbox_state SET sent_through = max(sent_through, ?) "
                               "WHERE singleton = 1"),
                {deviceSeq}));
    return {};
}

Result<qint64> Outbox::sentThrough(QSqlDatabase db)
{
    auto row = exec(db, QStringLiteral("SELECT sent_through FROM outbox_state WHERE singleton = 1"));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toLongLong() : qint64(0);
}

// Written directly rather than through QJsonObject: an import writes one per row, and the
// document's conversions cost more than the row's own insert. The keys come in the map's
// order, which is QJsonObject's.
QByteArray Outbox::fieldsJson(const QVariantMap& fields)
{
    QByteArray out;
    out.reserve(64 + fields.size() * 32);
    out += '{';
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it != fields.constBegin())
            out += ',';
        jsontext::appendString(out, it.key());
        out += ':';
        appendJsonValue(out, it.value());
    }
    out += '}';
    return out;
}

QByteArray Outbox::fieldsJson(const Mutation& mutation)
{
    if (mutation.columns.isNull())
        return fieldsJson(mutation.fields);
    const std::vector<qsizetype>& order = mutation.columns.nameOrder();
    const std::vector<QByteArray>& keys = mutation.columns.jsonKeys();
    QByteArray out;
    out.reserve(64 + mutation.values.size() * 32);
    out += '{';
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0)
            out += ',';
        out += keys[std::size_t(order[i])];
        appendJsonValue(out, mutation.values.at(order[i]));
    }
    out += '}';
    return out;
}

QByteArray Outbox::valuesJson(const Mutation& mutation)
{
    QByteArray out;
    out.reserve(16 + mutation.values.size() * 24);
    out += '[';
    for (qsizetype i = 0; i < mutation.values.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonValue(out, mutation.values.at(i));
    }
    out += ']';
    return out;
}

Result<QByteArray> Outbox::fieldsFromValues(const QByteArray& namesJson, const QByteArray& valuesJson)
{
    const auto invalid = [] {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("fd::storage::Outbox", "The values do not match their field set"));
    };
    const QJsonArray names = QJsonDocument::fromJson(namesJson).array();
    const auto values = splitValues(valuesJson);
    if (names.isEmpty() || !values || std::size_t(names.size()) != values->size())
        return invalid();
    std::vector<QString> keys;
    keys.reserve(std::size_t(names.size()));
    for (const QJsonValue& name : names) {
        if (!name.isString() || name.toString().isEmpty())
            return invalid();
        keys.push_back(name.toString());
    }
    // As fieldsJson() writes a map: the keys in QString's order.
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    QByteArray out;
    out.reserve(valuesJson.size() + namesJson.size() + 2);
    out += '{';
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0)
            out += ',';
        jsontext::appendString(out, keys[order[i]]);
        out += ':';
        out += (*values)[order[i]];
    }
    out += '}';
    return out;
}

MigrationSet storageMigrations()
{
    MigrationSet set;
    set.module = QStringLiteral("storage");
    set.migrations.push_back(
        Migration{1,
                  QStringLiteral("outbox and device state"),
                  {QString::fromLatin1(kDeviceStateDdl), QString::fromLatin1(kOutboxV1Ddl),
                   QStringLiteral("CREATE INDEX outbox_unsent ON outbox (sent, device_seq)")},
                  {}});
    // The rows move in device order; the answered prefix is what was marked sent before the
    // first row that was not (rows marked sent after it are sent again: the server answers a
    // retried mutation id with its stored answer).
    set.migrations.push_back(Migration{
        2,
        QStringLiteral("outbox keyed by device order, the answered prefix as one number"),
        {QString::fromLatin1(kOutboxV2Ddl),
         QStringLiteral("INSERT INTO outbox_v2 (device_seq, mutation_id, op, entity, entity_id, base_version, "
                        "fields, created_at) SELECT device_seq, mutation_id, op, entity, entity_id, "
                        "base_version, fields, created_at FROM outbox ORDER BY device_seq"),
         QStringLiteral("CREATE TABLE outbox_state (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), "
                        "sent_through INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO outbox_state (singleton, sent_through) VALUES (1, coalesce("
                        "(SELECT min(device_seq) - 1 FROM outbox WHERE sent = 0), "
                        "(SELECT max(device_seq) FROM outbox), 0))"),
         QStringLiteral("DROP TABLE outbox"),
         QStringLiteral("ALTER TABLE outbox_v2 RENAME TO outbox")},
        {}});
    // Rows made by columns store their values alone; the names, once per set of columns.
    set.migrations.push_back(Migration{
        3,
        QStringLiteral("outbox field sets: rows stored as their values, the names once"),
        {QStringLiteral("CREATE TABLE outbox_fieldsets (id INTEGER PRIMARY KEY, names TEXT NOT NULL UNIQUE)"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN fieldset INTEGER")},
        {}});
    return set;
}

}  // namespace fd::storage
