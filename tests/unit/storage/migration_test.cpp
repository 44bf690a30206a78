// Numbered, transactional migrations, tested from every older version.
#include "storage/database.h"
#include "storage/synced_rows.h"

#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace fd::storage;
using fd::storage::test::createDatabase;
using fd::storage::test::scalar;

namespace {

MigrationSet clinicSet(int upTo = 3)
{
    MigrationSet set;
    set.module = QStringLiteral("clinic");
    set.migrations.push_back(
        Migration{1,
                  QStringLiteral("rooms"),
                  {QStringLiteral("CREATE TABLE room (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
                   QStringLiteral("INSERT INTO room (name) VALUES ('Exam 1')")},
                  {}});
    set.migrations.push_back(Migration{
        2,
        QStringLiteral("room capacity"),
        {QStringLiteral("ALTER TABLE room ADD COLUMN capacity INTEGER NOT NULL DEFAULT 1"),
         QStringLiteral("CREATE INDEX room_name ON room (name)")},
        {}});
    set.migrations.push_back(Migration{
        3, QStringLiteral("capacity doubled by code"), {}, [](QSqlDatabase& db) -> fd::Status {
            FD_TRY(exec(db, QStringLiteral("UPDATE room SET capacity = capacity * 2")));
            FD_TRY(exec(
                db, QStringLiteral(
                        "CREATE TABLE room_note (room INTEGER REFERENCES room (id), note TEXT)")));
            return {};
        }});
    set.migrations.resize(std::size_t(upTo));
    return set;
}

}  // namespace

TEST_CASE("Migrating from every older version gives the fresh schema", "[migrations]")
{
    fd::test::TempDir dir;
    auto fresh = createDatabase(dir.file(QStringLiteral("fresh.db")));
    REQUIRE(fresh->schemaVersion(QStringLiteral("clinic")) == 0);
    REQUIRE(fresh->migrate({clinicSet()}).ok());
    CHECK(fresh->schemaVersion(QStringLiteral("clinic")) == 3);
    const QStringList expected = test::schemaOf(fresh->connection());
    CHECK(expected.contains(QStringLiteral("clinic=3")));

    const int from = GENERATE(0, 1, 2);
    CAPTURE(from);
    auto old = createDatabase(dir.file(QStringLiteral("from%1.db").arg(from)));
    if (from > 0)
        REQUIRE(old->migrate({clinicSet(from)}).ok());
    CHECK(old->schemaVersion(QStringLiteral("clinic")) == from);
    REQUIRE(old->migrate({clinicSet()}).ok());
    CHECK(old->schemaVersion(QStringLiteral("clinic")) == 3);
    CHECK(test::schemaOf(old->connection()) == expected);
    CHECK(scalar(old->connection(), QStringLiteral("SELECT capacity FROM room")).toInt() == 2);
    // Running again is a no-op.
    REQUIRE(old->migrate({clinicSet()}).ok());
    CHECK(scalar(old->connection(), QStringLiteral("SELECT capacity FROM room")).toInt() == 2);
}

TEST_CASE("A failing migration leaves the version and the schema as they were", "[migrations]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    REQUIRE(db->migrate({clinicSet(1)}).ok());
    const QStringList before = test::schemaOf(db->connection());

    MigrationSet broken = clinicSet(1);
    broken.migrations.push_back(
        Migration{2,
                  QStringLiteral("half good"),
                  {QStringLiteral("CREATE TABLE bed (id INTEGER PRIMARY KEY)"),
                   QStringLiteral("ALTER TABLE room ADD COLUMN floor INTEGER"),
                   QStringLiteral("INSERT INTO no_such_table VALUES (1)")},
                  {}});
    const fd::Status status = db->migrate({broken});
    REQUIRE_FALSE(status.ok());
    const QString text = status.error().toString();
    CHECK(text.contains(QStringLiteral("clinic")));
    CHECK(text.contains(QStringLiteral("version 2")));
    CHECK(text.contains(QStringLiteral("no such table")));
    CHECK(db->schemaVersion(QStringLiteral("clinic")) == 1);
    CHECK(test::schemaOf(db->connection()) == before);

    MigrationSet failingCode = clinicSet(1);
    failingCode.migrations.push_back(Migration{
        2,
        QStringLiteral("code that refuses"),
        {QStringLiteral("CREATE TABLE bed (id INTEGER)")},
        [](QSqlDatabase&) -> fd::Status {
            return fd::makeError(fd::ErrorCode::InvalidInput, QStringLiteral("bad data in row 7"));
        }});
    const fd::Status refused = db->migrate({failingCode});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString().contains(QStringLiteral("bad data in row 7")));
    CHECK(test::schemaOf(db->connection()) == before);
}

TEST_CASE("Migration sets are checked before anything runs", "[migrations]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    MigrationSet gap = clinicSet(1);
    gap.migrations.push_back(
        Migration{3, QStringLiteral("gap"), {QStringLiteral("CREATE TABLE x (y)")}, {}});
    const fd::Status status = db->migrate({gap});
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == fd::ErrorCode::InvalidInput);
    CHECK(db->schemaVersion(QStringLiteral("clinic")) == 0);

    REQUIRE(db->migrate({clinicSet(3)}).ok());
    const fd::Status older = db->migrate({clinicSet(2)});
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().message.contains(QStringLiteral("newer")));
}

TEST_CASE("The storage module's own schema migrates", "[migrations]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    REQUIRE(db->migrate({storageMigrations()}).ok());
    CHECK(db->schemaVersion(QStringLiteral("storage")) == 3);
    const QStringList tables = db->connection().tables();
    CHECK(tables.contains(QStringLiteral("outbox")));
    CHECK(tables.contains(QStringLiteral("outbox_fieldsets")));
    CHECK(tables.contains(QStringLiteral("outbox_state")));
    CHECK(tables.contains(QStringLiteral("device_state")));
}
