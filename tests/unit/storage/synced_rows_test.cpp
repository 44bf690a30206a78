// Synced rows: each write bumps the row's version and appends its mutation to the outbox.
#include "storage/synced_rows.h"

#include "common/uuid.h"
#include "storage/outbox.h"
#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

using namespace fd::storage;
using fd::ErrorCode;
using fd::storage::test::createDatabase;
using fd::storage::test::scalar;

namespace {

struct Fixture
{
    fd::test::TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase c = db->connection();

    Fixture()
    {
        MigrationSet set;
        set.module = QStringLiteral("test");
        set.migrations.push_back(Migration{
            1,
            QStringLiteral("rooms"),
            {QStringLiteral("CREATE TABLE room (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
                            "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                            "name TEXT, seats INTEGER)")},
            {}});
        REQUIRE(db->migrate({storageMigrations(), set}).ok());
    }

    std::unique_ptr<Transaction> begin()
    {
        auto tx = db->begin();
        REQUIRE(tx.ok());
        return std::move(tx.value());
    }

    int outboxCount() { return scalar(c, QStringLiteral("SELECT count(*) FROM outbox")).toInt(); }
};

}  // namespace

TEST_CASE("insert, update and remove append mutations in device order", "[synced]")
{
    Fixture f;
    auto tx = f.begin();
    auto id = SyncedRows::insert(
        *tx, QStringLiteral("room"),
        {{QStringLiteral("name"), QStringLiteral("Exam 1")}, {QStringLiteral("seats"), 2}});
    REQUIRE(id.ok());
    CHECK(fd::isUuid(*id));
    auto v2 =
        SyncedRows::update(*tx, QStringLiteral("room"), *id, 1, {{QStringLiteral("seats"), 3}});
    REQUIRE(v2.ok());
    CHECK(*v2 == 2);
    auto v3 = SyncedRows::remove(*tx, QStringLiteral("room"), *id, 2);
    REQUIRE(v3.ok());
    CHECK(*v3 == 3);
    REQUIRE(tx->commit().ok());

    auto row = exec(
        f.c,
        QStringLiteral("SELECT row_version, deleted, seats, updated_at FROM room WHERE id = ?"),
        {*id});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    CHECK(row->value(0).toInt() == 3);
    CHECK(row->value(1).toInt() == 1);
    CHECK(row->value(2).toInt() == 3);
    const QDateTime updated = QDateTime::fromString(row->value(3).toString(), Qt::ISODateWithMs);
    CHECK(updated.isValid());
    CHECK(updated.timeSpec() == Qt::UTC);
    CHECK(row->value(3).toString().endsWith(QLatin1Char('Z')));

    auto pending = Outbox::pending(f.c, 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 3);
    const auto& entries = *pending;
    CHECK(entries[0].op == QLatin1String("insert"));
    CHECK(entries[1].op == QLatin1String("update"));
    CHECK(entries[2].op == QLatin1String("delete"));
    CHECK(entries[0].deviceSeq < entries[1].deviceSeq);
    CHECK(entries[1].deviceSeq < entries[2].deviceSeq);
    CHECK(entries[0].baseVersion == 0);
    CHECK(entries[1].baseVersion == 1);
    CHECK(entries[2].baseVersion == 2);
    for (const OutboxEntry& e : entries) {
        CHECK(e.entity == QLatin1String("room"));
        CHECK(e.entityId == *id);
        CHECK(fd::isUuid(e.mutationId));
    }
    const QJsonObject inserted = QJsonDocument::fromJson(entries[0].fields).object();
    CHECK(inserted.value(QStringLiteral("name")).toString() == QLatin1String("Exam 1"));
    CHECK(inserted.value(QStringLiteral("seats")).toInteger() == 2);
    CHECK(QJsonDocument::fromJson(entries[1].fields).object().keys() ==
          QStringList{QStringLiteral("seats")});

    REQUIRE(Outbox::markSentThrough(f.c, entries[0].deviceSeq).ok());
    CHECK(Outbox::sentThrough(f.c).value() == entries[0].deviceSeq);
    auto rest = Outbox::pending(f.c, 10);
    REQUIRE(rest.ok());
    REQUIRE(rest->size() == 2);
    CHECK(rest->front().mutationId == entries[1].mutationId);
    // The answered prefix never moves back.
    REQUIRE(Outbox::markSentThrough(f.c, entries[2].deviceSeq).ok());
    REQUIRE(Outbox::markSentThrough(f.c, entries[0].deviceSeq).ok());
    CHECK(Outbox::pending(f.c, 10)->empty());
    CHECK(Outbox::sentThrough(f.c).value() == entries[2].deviceSeq);
}

TEST_CASE("The outbox of storage version 1 moves to version 2 with its rows and what was sent",
          "[synced][migration]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("old.db")));
    MigrationSet v1 = storageMigrations();
    REQUIRE(v1.migrations.size() >= 2);
    v1.migrations.resize(1);
    REQUIRE(db->migrate({v1}).ok());
    QSqlDatabase c = db->connection();
    // Five mutations; the first two and the fourth were marked sent one by one.
    for (int i = 1; i <= 5; ++i) {
        REQUIRE(exec(c,
                     QStringLiteral("INSERT INTO outbox (mutation_id, device_seq, op, entity, entity_id, "
                                    "base_version, fields, created_at, sent) VALUES (?, ?, 'insert', 'room', ?, 0, "
                                    "'{}', '2026-01-01T00:00:00Z', ?)"),
                     {fd::newUuid(), i, QStringLiteral("room-%1").arg(i), (i <= 2 || i == 4) ? 1 : 0})
                    .ok());
    }
    REQUIRE(db->migrate({storageMigrations()}).ok());
    CHECK(db->schemaVersion(QStringLiteral("storage")) == storageMigrations().migrations.back().version);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM outbox")).toInt() == 5);
    // Rows from before the field sets (version 3) keep their JSON objects.
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM outbox WHERE fieldset IS NULL AND fields = '{}'")).toInt() == 5);
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'outbox_unsent'")).toInt() == 0);
    // What follows the first unsent mutation is sent (again): the server answers a retried id.
    CHECK(Outbox::sentThrough(c).value() == 2);
    auto pending = Outbox::pending(c, 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 3);
    CHECK(pending->at(0).entityId == QLatin1String("room-3"));
    CHECK(pending->at(2).entityId == QLatin1String("room-5"));
    CHECK(pending->at(2).deviceSeq == 5);

    // Everything sent, or nothing in the outbox: the prefix is the whole outbox, or 0.
    fd::test::TempDir other;
    for (const bool rows : {true, false}) {
        auto d = createDatabase(other.file(rows ? QStringLiteral("sent.db") : QStringLiteral("empty.db")));
        REQUIRE(d->migrate({v1}).ok());
        if (rows)
            REQUIRE(exec(d->connection(),
                         QStringLiteral("INSERT INTO outbox (mutation_id, device_seq, op, entity, entity_id, "
                                        "base_version, fields, created_at, sent) VALUES (?, 7, 'insert', 'room', "
                                        "'r', 0, '{}', '2026-01-01T00:00:00Z', 1)"),
                         {fd::newUuid()})
                        .ok());
        REQUIRE(d->migrate({storageMigrations()}).ok());
        CHECK(Outbox::sentThrough(d->connection()).value() == (rows ? 7 : 0));
        CHECK(Outbox::pending(d->connection(), 10)->empty());
    }
}

TEST_CASE("A stale base version is a Conflict and writes nothing", "[synced]")
{
    Fixture f;
    QString id;
    {
        auto tx = f.begin();
        id = SyncedRows::insert(*tx, QStringLiteral("room"),
                                {{QStringLiteral("name"), QStringLiteral("A")}})
                 .value();
        REQUIRE(SyncedRows::update(*tx, QStringLiteral("room"), id, 1,
                                   {{QStringLiteral("name"), QStringLiteral("B")}})
                    .ok());
        REQUIRE(tx->commit().ok());
    }
    const int mutations = f.outboxCount();
    auto tx = f.begin();
    auto stale = SyncedRows::update(*tx, QStringLiteral("room"), id, 1,
                                    {{QStringLiteral("name"), QStringLiteral("C")}});
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    auto staleRemove = SyncedRows::remove(*tx, QStringLiteral("room"), id, 1);
    REQUIRE_FALSE(staleRemove.ok());
    CHECK(staleRemove.error().code == ErrorCode::Conflict);
    auto missing = SyncedRows::update(*tx, QStringLiteral("room"), fd::newUuid(), 1,
                                      {{QStringLiteral("name"), QStringLiteral("D")}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(f.outboxCount() == mutations);
    CHECK(scalar(f.c, QStringLiteral("SELECT name || row_version FROM room")).toString() ==
          QLatin1String("B2"));
    REQUIRE(SyncedRows::remove(*tx, QStringLiteral("room"), id, 2).ok());
    auto afterDelete = SyncedRows::update(*tx, QStringLiteral("room"), id, 3,
                                          {{QStringLiteral("name"), QStringLiteral("E")}});
    REQUIRE_FALSE(afterDelete.ok());
    CHECK(afterDelete.error().code == ErrorCode::Conflict);
}

TEST_CASE("A rolled back transaction takes the row and its mutation with it", "[synced]")
{
    Fixture f;
    {
        auto tx = f.begin();
        REQUIRE(SyncedRows::insert(*tx, QStringLiteral("room"),
                                   {{QStringLiteral("name"), QStringLiteral("X")}})
                    .ok());
    }
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room")).toInt() == 0);
    CHECK(f.outboxCount() == 0);
    auto tx = f.begin();
    const QString id = fd::newUuid();
    REQUIRE(SyncedRows::insert(*tx, QStringLiteral("room"), {}, id).ok());
    auto duplicate = SyncedRows::insert(*tx, QStringLiteral("room"), {}, id);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    REQUIRE(tx->commit().ok());
    CHECK(f.outboxCount() == 1);
}

TEST_CASE("Table and column names must be plain identifiers", "[synced]")
{
    Fixture f;
    auto tx = f.begin();
    const QVariantMap ok{{QStringLiteral("name"), QStringLiteral("n")}};
    auto badTable = SyncedRows::insert(*tx, QStringLiteral("room; DROP TABLE outbox"), ok);
    REQUIRE_FALSE(badTable.ok());
    CHECK(badTable.error().code == ErrorCode::InvalidInput);
    auto badColumn =
        SyncedRows::insert(*tx, QStringLiteral("room"), {{QStringLiteral("name\" = 1 --"), 1}});
    REQUIRE_FALSE(badColumn.ok());
    CHECK(badColumn.error().code == ErrorCode::InvalidInput);
    auto bookkeeping =
        SyncedRows::insert(*tx, QStringLiteral("room"), {{QStringLiteral("row_version"), 9}});
    REQUIRE_FALSE(bookkeeping.ok());
    CHECK(bookkeeping.error().code == ErrorCode::InvalidInput);
    auto badId = SyncedRows::insert(*tx, QStringLiteral("room"), ok, QStringLiteral("not-a-uuid"));
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.error().code == ErrorCode::InvalidInput);
    CHECK(f.outboxCount() == 0);
    CHECK(f.c.tables().contains(QStringLiteral("outbox")));
}

TEST_CASE("A batch writes the rows and mutations SyncedRows::insert writes", "[synced]")
{
    Fixture f;
    auto tx = f.begin();
    SyncedRowsBatch batch(*tx);
    // Text that JSON must escape, and text beyond ASCII.
    const QString odd = QStringLiteral("Exam \"A\\B\"\n\tÑandú ✓");
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        auto id = batch.insert(QStringLiteral("room"),
                               {{QStringLiteral("name"), odd}, {QStringLiteral("seats"), i}});
        REQUIRE(id.ok());
        ids << *id;
        // A single insert between batch inserts takes the next device_seq, not a used one.
        auto single = SyncedRows::insert(*tx, QStringLiteral("room"),
                                         {{QStringLiteral("name"), QStringLiteral("Single")}});
        REQUIRE(single.ok());
        ids << *single;
    }
    auto bad = batch.insert(QStringLiteral("room"), {{QStringLiteral("name; DROP"), odd}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    auto noUuid = batch.insert(QStringLiteral("room"), {{QStringLiteral("name"), odd}},
                               QStringLiteral("room-7"));
    REQUIRE_FALSE(noUuid.ok());
    CHECK(noUuid.error().code == ErrorCode::InvalidInput);
    REQUIRE(tx->commit().ok());

    CHECK(scalar(f.c,
                 QStringLiteral("SELECT count(*) FROM room WHERE name = ? AND row_version = 1"),
                 {odd})
              .toInt() == 3);
    auto pending = Outbox::pending(f.c, 20);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 6);
    for (std::size_t i = 0; i < pending->size(); ++i) {
        const OutboxEntry& e = pending->at(i);
        CHECK(e.entityId == ids.at(qsizetype(i)));
        CHECK(e.op == QLatin1String("insert"));
        if (i > 0)
            CHECK(e.deviceSeq == pending->at(i - 1).deviceSeq + 1);
        QJsonParseError error;
        const QJsonObject fields = QJsonDocument::fromJson(e.fields, &error).object();
        INFO(e.fields.toStdString());
        CHECK(error.error == QJsonParseError::NoError);
        if (i % 2 == 0) {
            CHECK(fields.value(QStringLiteral("name")).toString() == odd);
            CHECK(fields.value(QStringLiteral("seats")).toInteger() == qint64(i / 2));
        }
    }
}

TEST_CASE("Mutation fields keep their types in JSON", "[synced]")
{
    const QByteArray json =
        Outbox::fieldsJson({{QStringLiteral("a_blob"), QByteArray("\x00\x01\xff", 3)},
                            {QStringLiteral("b_date"), QDate(2026, 2, 3)},
                            {QStringLiteral("c_flag"), true},
                            {QStringLiteral("d_cents"), qlonglong(-1234567890123)},
                            {QStringLiteral("e_rate"), 0.25},
                            {QStringLiteral("f_none"), QVariant()},
                            {QStringLiteral("g_text"), QStringLiteral("tab\there \x01")}});
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    INFO(json.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(QStringLiteral("a_blob")).toString() == QStringLiteral("AAH/"));
    CHECK(o.value(QStringLiteral("b_date")).toString() == QStringLiteral("2026-02-03"));
    CHECK(o.value(QStringLiteral("c_flag")).toBool());
    CHECK(o.value(QStringLiteral("d_cents")).toInteger() == -1234567890123);
    CHECK(o.value(QStringLiteral("e_rate")).toDouble() == 0.25);
    CHECK(o.value(QStringLiteral("f_none")).isNull());
    CHECK(o.value(QStringLiteral("g_text")).toString() == QStringLiteral("tab\there \x01"));
    CHECK(o.keys().size() == 7);
}

TEST_CASE("A batch with deferred mutations writes the same outbox in the same order", "[synced]")
{
    Fixture f;
    const QString odd = QStringLiteral("Exam \"A\\B\"\n\tÑandú ✓");
    // Several deferred batches (each handed to a worker thread for its JSON while the next
    // rows go in), and not a multiple of a multi-row insert.
    const int n = 3 * int(SyncedRowsBatch::kDeferredMutations) + 70;
    QStringList ids;
    {
        auto tx = f.begin();
        // One immediate mutation first: the deferred ones continue its device_seq.
        auto single = SyncedRows::insert(*tx, QStringLiteral("room"), {{QStringLiteral("name"), odd}});
        REQUIRE(single.ok());
        ids << *single;
        SyncedRowsBatch batch(*tx);
        batch.deferOutbox();
        for (int i = 0; i < n; ++i) {
            auto id = batch.insert(QStringLiteral("room"), {{QStringLiteral("name"), odd}, {QStringLiteral("seats"), i}});
            REQUIRE(id.ok());
            ids << *id;
        }
        REQUIRE(batch.flushOutbox().ok());
        REQUIRE(tx->commit().ok());
    }
    auto pending = Outbox::pending(f.c, n + 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == std::size_t(n + 1));
    QSet<QString> mutationIds;
    for (std::size_t i = 0; i < pending->size(); ++i) {
        const OutboxEntry& e = pending->at(i);
        CHECK(e.entityId == ids.at(qsizetype(i)));
        CHECK(e.op == QLatin1String("insert"));
        CHECK(e.entity == QLatin1String("room"));
        CHECK(e.baseVersion == 0);
        CHECK(fd::isUuid(e.mutationId));
        CHECK(QDateTime::fromString(e.createdAt, Qt::ISODateWithMs).isValid());
        mutationIds.insert(e.mutationId);
        if (i > 0)
            CHECK(e.deviceSeq == pending->at(i - 1).deviceSeq + 1);
        const QJsonObject fields = QJsonDocument::fromJson(e.fields).object();
        CHECK(fields.value(QStringLiteral("name")).toString() == odd);
        if (i > 0)
            CHECK(fields.value(QStringLiteral("seats")).toInteger() == qint64(i - 1));
    }
    CHECK(mutationIds.size() == n + 1);
    // Written as UTF-8 without a QString in between, the JSON is still stored as TEXT, and
    // SQLite's own JSON reading of it gives back the text.
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM outbox WHERE typeof(fields) <> 'text'")).toInt() == 0);
    // The other texts, made UTF-8 ahead of their insert, are TEXT too.
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM outbox WHERE typeof(mutation_id) <> 'text' OR "
                                     "typeof(op) <> 'text' OR typeof(entity) <> 'text' OR typeof(entity_id) <> 'text' "
                                     "OR typeof(created_at) <> 'text' OR typeof(device_seq) <> 'integer'"))
              .toInt() == 0);
    CHECK(scalar(f.c, QStringLiteral("SELECT json_extract(fields, '$.name') FROM outbox ORDER BY device_seq DESC LIMIT 1"))
              .toString() == odd);
    // The device's counter moved past every mutation: the next one follows them.
    auto tx = f.begin();
    auto next = SyncedRows::insert(*tx, QStringLiteral("room"), {{QStringLiteral("name"), odd}});
    REQUIRE(next.ok());
    REQUIRE(tx->commit().ok());
    auto all = Outbox::pending(f.c, n + 10);
    REQUIRE(all->size() == std::size_t(n + 2));
    CHECK(all->back().deviceSeq == pending->back().deviceSeq + 1);
}

TEST_CASE("A batch that ends with mutations unwritten takes its rows back", "[synced]")
{
    Fixture f;
    const int before = f.outboxCount();
    auto tx = f.begin();
    {
        SyncedRowsBatch batch(*tx);
        batch.deferOutbox();
        REQUIRE(batch.insert(QStringLiteral("room"), {{QStringLiteral("name"), QStringLiteral("Lost")}}).ok());
        // no flushOutbox()
    }
    CHECK_FALSE(tx->isActive());
    CHECK_FALSE(tx->commit().ok());
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room")).toInt() == 0);
    CHECK(f.outboxCount() == before);
    // The same with mutations handed over to be written (exactly one deferred batch) and
    // none waiting.
    auto again = f.begin();
    {
        SyncedRowsBatch batch(*again);
        batch.deferOutbox();
        for (std::size_t i = 0; i < SyncedRowsBatch::kDeferredMutations; ++i)
            REQUIRE(batch.insert(QStringLiteral("room"), {{QStringLiteral("name"), QStringLiteral("Lost")}}).ok());
    }
    CHECK_FALSE(again->isActive());
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room")).toInt() == 0);
    CHECK(f.outboxCount() == before);
}

TEST_CASE("A row given by columns is the row and mutation its map would make", "[synced]")
{
    Fixture f;
    const QString odd = QStringLiteral("Exam \"A\\B\"\n\tÑandú ✓");
    // Given in an order that is not the names' order: the JSON orders them as a map does.
    const SyncedColumns columns(QStringLiteral("room"), {QStringLiteral("seats"), QStringLiteral("name")});
    QString byMap, byColumns;
    {
        auto tx = f.begin();
        SyncedRowsBatch batch(*tx);
        batch.deferOutbox();
        auto a = batch.insert(QStringLiteral("room"), {{QStringLiteral("name"), odd}, {QStringLiteral("seats"), 4}});
        REQUIRE(a.ok());
        byMap = *a;
        auto b = batch.insert(columns, {4, odd});
        REQUIRE(b.ok());
        byColumns = *b;
        const QString given = fd::newUuid();
        auto c = batch.insert(columns, {QVariant(), QString()}, given);
        REQUIRE(c.ok());
        CHECK(*c == given);
        REQUIRE(batch.flushOutbox().ok());
        REQUIRE(tx->commit().ok());
    }
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room WHERE name = ? AND seats = 4 AND row_version = 1 "
                                     "AND deleted = 0"),
                 {odd})
              .toInt() == 2);
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room WHERE name IS NULL AND seats IS NULL")).toInt() == 1);
    auto pending = Outbox::pending(f.c, 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 3);
    CHECK(pending->at(0).entityId == byMap);
    CHECK(pending->at(1).entityId == byColumns);
    CHECK(pending->at(1).op == QLatin1String("insert"));
    CHECK(pending->at(1).entity == QLatin1String("room"));
    CHECK(pending->at(1).fields == pending->at(0).fields);
    CHECK(pending->at(2).fields == QByteArray(R"({"name":null,"seats":null})"));
}

TEST_CASE("Rows made by columns keep their values with a field set, and the outbox gives them whole", "[synced]")
{
    Fixture f;
    const QString odd = QStringLiteral("Exam, \"A\\B\"\n\tÑandú ✓");
    const SyncedColumns seatsFirst(QStringLiteral("room"), {QStringLiteral("seats"), QStringLiteral("name")});
    const SyncedColumns nameOnly(QStringLiteral("room"), {QStringLiteral("name")});
    for (bool aside : {false, true}) {  // both transactions use the same two field sets
        auto tx = f.begin();
        SyncedRowsBatch batch(*tx);
        if (aside)
            batch.writeAside();
        else
            batch.deferOutbox();
        for (int i = 0; i < 3; ++i) {
            REQUIRE(batch.insert(seatsFirst, {i, odd}).ok());
            REQUIRE(batch.insert(nameOnly, {QString::number(i)}).ok());
        }
        REQUIRE(batch.flushOutbox().ok());
        REQUIRE(tx->commit().ok());
    }
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM outbox_fieldsets")).toInt() == 2);
    CHECK(scalar(f.c, QStringLiteral("SELECT names FROM outbox_fieldsets ORDER BY id LIMIT 1")).toString() ==
          QStringLiteral(R"(["seats","name"])"));
    // Stored as the values alone, in column order, as TEXT.
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM outbox WHERE fieldset IS NOT NULL AND "
                                     "typeof(fields) = 'text' AND fields LIKE '[%'"))
              .toInt() == 12);
    CHECK(scalar(f.c, QStringLiteral("SELECT json_extract(fields, '$[0]') FROM outbox ORDER BY device_seq LIMIT 1"))
              .toInt() == 0);
    auto pending = Outbox::pending(f.c, 20);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 12);
    for (std::size_t i = 0; i < pending->size(); ++i) {
        const int n = int(i % 6) / 2;
        const QVariantMap fields = i % 2 == 0 ? QVariantMap{{QStringLiteral("name"), odd}, {QStringLiteral("seats"), n}}
                                              : QVariantMap{{QStringLiteral("name"), QString::number(n)}};
        CHECK(pending->at(i).fields == Outbox::fieldsJson(fields));
    }
    // A row whose values do not match its field set is named, not given half.
    REQUIRE(exec(f.c, QStringLiteral("UPDATE outbox SET fields = '[1]' WHERE device_seq = ?"),
                 {pending->at(4).deviceSeq})
                .ok());
    auto broken = Outbox::pending(f.c, 20);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == fd::ErrorCode::Corrupt);
    CHECK(broken.error().message.contains(QString::number(pending->at(4).deviceSeq)));
}

TEST_CASE("Values stored with a field set are made whole as the map would write them", "[synced]")
{
    CHECK(Outbox::fieldsFromValues(R"(["b","a"])", R"(["x,\"y\"]",null])").value() == R"({"a":null,"b":"x,\"y\"]"})");
    CHECK(Outbox::fieldsFromValues(R"(["n","t","f","d"])", R"([-3,true,false,2.5])").value() ==
          R"({"d":2.5,"f":false,"n":-3,"t":true})");
    CHECK_FALSE(Outbox::fieldsFromValues(R"(["a","b"])", "[1]").ok());
    CHECK_FALSE(Outbox::fieldsFromValues(R"(["a"])", "[1,2]").ok());
    CHECK_FALSE(Outbox::fieldsFromValues(R"(["a"])", R"(["open)").ok());
    CHECK_FALSE(Outbox::fieldsFromValues(R"(["a"])", "{}").ok());
    CHECK_FALSE(Outbox::fieldsFromValues("not json", "[1]").ok());
}

TEST_CASE("Columns that name the bookkeeping, a name twice or the wrong count are refused", "[synced]")
{
    Fixture f;
    auto tx = f.begin();
    SyncedRowsBatch batch(*tx);
    const auto refused = [&](const SyncedColumns& columns, const QVariantList& values) {
        auto id = batch.insert(columns, values);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().code == ErrorCode::InvalidInput);
        return id.error().message;
    };
    CHECK(refused(SyncedColumns(QStringLiteral("room; DROP TABLE outbox"), {QStringLiteral("name")}), {1})
              .contains(QStringLiteral("room; DROP")));
    CHECK(refused(SyncedColumns(QStringLiteral("room"), {QStringLiteral("name\" = 1 --")}), {1})
              .contains(QStringLiteral("name\" = 1 --")));
    CHECK(refused(SyncedColumns(QStringLiteral("room"), {QStringLiteral("Row_Version")}), {1})
              .contains(QStringLiteral("Row_Version")));
    CHECK(refused(SyncedColumns(QStringLiteral("room"), {QStringLiteral("name"), QStringLiteral("name")}), {1, 2})
              .contains(QStringLiteral("twice")));
    CHECK(refused(SyncedColumns(QStringLiteral("room"), {QStringLiteral("name"), QStringLiteral("seats")}), {1})
              .contains(QStringLiteral("1 values for 2 columns")));
    CHECK(refused(SyncedColumns(), {}).size() > 0);
    auto badId = batch.insert(SyncedColumns(QStringLiteral("room"), {QStringLiteral("name")}), {QStringLiteral("n")},
                              QStringLiteral("room-7"));
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.error().code == ErrorCode::InvalidInput);
    CHECK(f.outboxCount() == 0);
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room")).toInt() == 0);
}

TEST_CASE("A batch writing aside writes the rows and outbox a batch in the caller's thread writes", "[synced]")
{
    Fixture f;
    const QString odd = QStringLiteral("Exam \"A\\B\"\n\tÑandú ✓");
    const SyncedColumns columns(QStringLiteral("room"), {QStringLiteral("name"), QStringLiteral("seats")});
    // Several hand-overs to the writing thread and several deferred outbox chunks, neither a
    // multiple of its size; rows by map and by columns mixed.
    const int n = 3 * int(SyncedRowsBatch::kDeferredMutations) + 70;
    QStringList ids;
    {
        auto tx = f.begin();
        SyncedRowsBatch batch(*tx);
        batch.writeAside();
        for (int i = 0; i < n; ++i) {
            auto id = i % 2 ? batch.insert(QStringLiteral("room"), {{QStringLiteral("name"), odd}, {QStringLiteral("seats"), i}})
                            : batch.insert(columns, {odd, i});
            REQUIRE(id.ok());
            ids << *id;
        }
        REQUIRE(batch.flushOutbox().ok());
        // The connection is the caller's again.
        CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room")).toInt() == n);
        REQUIRE(tx->commit().ok());
    }
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room WHERE name = ? AND row_version = 1"), {odd}).toInt() == n);
    auto pending = Outbox::pending(f.c, n + 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == std::size_t(n));
    for (std::size_t i = 0; i < pending->size(); ++i) {
        const OutboxEntry& e = pending->at(i);
        CHECK(e.entityId == ids.at(qsizetype(i)));
        if (i > 0)
            CHECK(e.deviceSeq == pending->at(i - 1).deviceSeq + 1);
        const QJsonObject fields = QJsonDocument::fromJson(e.fields).object();
        CHECK(fields.value(QStringLiteral("name")).toString() == odd);
        CHECK(fields.value(QStringLiteral("seats")).toInteger() == qint64(i));
    }
}

TEST_CASE("An insert that fails on the writing thread fails the flush and takes everything back", "[synced]")
{
    Fixture f;
    const SyncedColumns columns(QStringLiteral("room"), {QStringLiteral("name"), QStringLiteral("seats")});
    const QString taken = fd::newUuid();
    {
        auto tx = f.begin();
        SyncedRowsBatch batch(*tx);
        batch.writeAside();
        REQUIRE(batch.insert(columns, {QStringLiteral("first"), 1}, taken).ok());
        for (int i = 0; i < 10; ++i)
            REQUIRE(batch.insert(columns, {QStringLiteral("more"), i}).ok());
        // Its failure (the id is taken) shows on the writing thread, after insert() returned.
        (void)batch.insert(columns, {QStringLiteral("again"), 2}, taken);
        fd::Status later;
        for (int i = 0; i < 2 * int(SyncedRowsBatch::kStatementsPerHandOver) && later; ++i)
            if (auto id = batch.insert(columns, {QStringLiteral("after"), i}); !id)
                later = id.error();
        const fd::Status flushed = batch.flushOutbox();
        REQUIRE_FALSE(flushed.ok());
        CHECK(flushed.error().toString().contains(QStringLiteral("room")));
        if (!later)
            CHECK(later.error().message == flushed.error().message);
        CHECK_FALSE(tx->isActive());
    }
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room")).toInt() == 0);
    CHECK(f.outboxCount() == 0);
}

TEST_CASE("A batch writing aside that ends without its flush takes its rows back", "[synced]")
{
    Fixture f;
    {
        auto tx = f.begin();
        {
            SyncedRowsBatch batch(*tx);
            batch.writeAside();
            for (int i = 0; i < 500; ++i)
                REQUIRE(batch.insert(QStringLiteral("room"), {{QStringLiteral("seats"), i}}).ok());
        }
        CHECK_FALSE(tx->isActive());
    }
    CHECK(scalar(f.c, QStringLiteral("SELECT count(*) FROM room")).toInt() == 0);
    CHECK(f.outboxCount() == 0);
}
