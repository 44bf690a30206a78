// Database::readAside: reads on a thread and connection of the Database's own.
#include "storage/database.h"

#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QThread>

using namespace fd::storage;
using fd::ErrorCode;
using fd::Result;
using fd::storage::test::createDatabase;
using fd::storage::test::scalar;

namespace {

void addRooms(Database& db, int n)
{
    REQUIRE(exec(db.connection(), QStringLiteral("CREATE TABLE IF NOT EXISTS room (name TEXT)")).ok());
    for (int i = 0; i < n; ++i)
        REQUIRE(exec(db.connection(), QStringLiteral("INSERT INTO room (name) VALUES (?)"), {QStringLiteral("r%1").arg(i)})
                    .ok());
}

// What a read aside saw: how many rooms, on which thread.
struct Seen
{
    int rooms = -1;
    QThread* thread = nullptr;
};

std::future<Result<Seen>> countAside(Database& db)
{
    return db.readAside<Seen>([](QSqlDatabase c) -> Result<Seen> {
        auto q = exec(c, QStringLiteral("SELECT count(*) FROM room"));
        if (!q)
            return q.error();
        q->next();
        return Seen{q->value(0).toInt(), QThread::currentThread()};
    });
}

// The answer of a read aside of the rooms, which must have come.
Seen countedAside(Database& db)
{
    auto seen = countAside(db).get();
    REQUIRE(seen.ok());
    return *seen;
}

}  // namespace

TEST_CASE("A read aside runs on another thread and sees what is committed", "[database][aside]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    addRooms(*db, 3);
    auto first = countAside(*db);
    auto second = countAside(*db);  // queued behind the first, on the same thread
    // The caller's connection is free meanwhile.
    CHECK(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM room")).toInt() == 3);
    auto a = first.get();
    auto b = second.get();
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->rooms == 3);
    CHECK(a->thread != QThread::currentThread());
    CHECK(b->thread == a->thread);
    addRooms(*db, 2);
    const Seen later = countedAside(*db);
    CHECK(later.rooms == 5);
}

TEST_CASE("Inside a transaction a read aside runs at once on the caller's connection", "[database][aside]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    addRooms(*db, 3);
    auto tx = db->begin();
    REQUIRE(tx.ok());
    addRooms(*db, 1);  // not committed: only the caller's connection sees it
    auto seen = countAside(*db);
    REQUIRE(seen.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    auto inside = seen.get();
    REQUIRE(inside.ok());
    CHECK(inside->rooms == 4);
    CHECK(inside->thread == QThread::currentThread());
    (*tx)->rollback();
    const Seen after = countedAside(*db);
    CHECK(after.rooms == 3);
    CHECK(after.thread != QThread::currentThread());
}

TEST_CASE("A read aside cannot write, and its errors come back", "[database][aside]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    addRooms(*db, 1);
    // Runs `sql` aside; what it did or why it failed.
    const auto execAside = [&](const QString& sql) {
        return db->readAside<int>([sql](QSqlDatabase c) -> Result<int> {
            auto q = exec(c, sql);
            if (!q)
                return q.error();
            return 1;
        }).get();
    };
    auto wrote = execAside(QStringLiteral("INSERT INTO room (name) VALUES ('aside')"));
    REQUIRE_FALSE(wrote.ok());
    CHECK(wrote.error().toString().contains(QStringLiteral("INSERT INTO room")));
    CHECK(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM room")).toInt() == 1);
    auto failed = execAside(QStringLiteral("SELECT count(*) FROM no_such_table"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().toString().contains(QStringLiteral("no_such_table")));
}

TEST_CASE("After a rekey reads aside open their connection with the new key", "[database][aside]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto db = createDatabase(path);
    addRooms(*db, 2);
    const Seen before = countedAside(*db);
    CHECK(before.rooms == 2);
    REQUIRE(db->rekey(test::key(0x22)).ok());
    addRooms(*db, 1);
    const Seen after = countedAside(*db);
    CHECK(after.rooms == 3);
    CHECK(after.thread != QThread::currentThread());
}

TEST_CASE("A database closed with reads aside queued finishes them first", "[database][aside]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    addRooms(*db, 4);
    std::vector<std::future<Result<Seen>>> pending;
    for (int i = 0; i < 20; ++i)
        pending.push_back(countAside(*db));
    db.reset();
    for (auto& p : pending) {
        auto seen = p.get();
        REQUIRE(seen.ok());
        CHECK(seen->rooms == 4);
    }
}

TEST_CASE("When the reader's connection cannot be opened, reads aside run in the caller's thread", "[database][aside]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto db = createDatabase(path);
    addRooms(*db, 2);
    // The open connection keeps its file; a new one finds none at the path.
    REQUIRE(QFile::rename(path, path + QStringLiteral(".moved")));
    for (int i = 0; i < 2; ++i) {
        const Seen seen = countedAside(*db);
        CHECK(seen.rooms == 2);
        CHECK(seen.thread == QThread::currentThread());
    }
}
