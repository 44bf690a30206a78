// Backups, restores and rekeying.
#include "storage/database.h"

#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <thread>

using namespace fd::storage;
using fd::ErrorCode;
using fd::storage::test::createDatabase;
using fd::storage::test::scalar;

namespace {

const QFile::Permissions kOwnerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

void fill(Database& db, int rows, const QString& tag)
{
    auto tx = db.begin();
    REQUIRE(tx.ok());
    for (int i = 0; i < rows; ++i)
        REQUIRE(exec(db.connection(),
                     QStringLiteral("INSERT INTO t (tag, v) VALUES (?, randomblob(300))"), {tag})
                    .ok());
    REQUIRE((*tx)->commit().ok());
}

qlonglong countRows(const QString& path, unsigned char keyFill)
{
    auto db = Database::open(path, test::key(keyFill));
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    REQUIRE((*db)->checkIntegrity().ok());
    return scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM t")).toLongLong();
}

}  // namespace

TEST_CASE("A backup is an encrypted, consistent copy taken while others write", "[backup]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto db = createDatabase(path);
    REQUIRE(exec(db->connection(),
                 QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, tag TEXT, v BLOB)"))
                .ok());
    fill(*db, 2000, QStringLiteral("before"));

    std::atomic<bool> stop{false};
    std::atomic<bool> writerGaveUp{false};
    std::atomic<int> batches{0};
    std::thread writer([&] {
        // Its own connection, as a worker thread would have.
        auto other = Database::open(path, test::key(0x11));
        if (!other) {
            writerGaveUp = true;
            return;
        }
        while (!stop) {
            auto tx = (*other)->begin();
            if (!tx)
                continue;
            for (int i = 0; i < 20; ++i)
                (void)exec(
                    (*other)->connection(),
                    QStringLiteral("INSERT INTO t (tag, v) VALUES ('during', randomblob(300))"));
            if ((*tx)->commit())
                ++batches;
        }
    });
    while (batches < 3 && !writerGaveUp)
        std::this_thread::yield();
    const QString target = dir.file(QStringLiteral("backup.db"));
    const fd::Status backedUp = db->backupTo(target);
    stop = true;
    writer.join();
    REQUIRE_FALSE(writerGaveUp);
    INFO((backedUp ? QString() : backedUp.error().toString()).toStdString());
    REQUIRE(backedUp.ok());

    CHECK(QFileInfo(target).permissions() == kOwnerOnly);
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.read(16).startsWith("SQLite format 3"));
    file.close();

    const qlonglong copied = countRows(target, 0x11);
    CHECK(copied >= 2000 + 3 * 20);
    CHECK(copied % 20 == 0);  // whole transactions only
    CHECK(copied <=
          scalar(db->connection(), QStringLiteral("SELECT count(*) FROM t")).toLongLong());
    CHECK(Database::open(target, test::key(0x22)).error().code == ErrorCode::WrongPassword);

    const QByteArray before = test::sha256(target);
    const fd::Status again = db->backupTo(target);
    REQUIRE_FALSE(again.ok());
    CHECK(test::sha256(target) == before);
}

TEST_CASE("restoreFrom verifies the backup before replacing the target", "[backup]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    const QString backup = dir.file(QStringLiteral("backup.db"));
    {
        auto db = createDatabase(path);
        REQUIRE(exec(db->connection(),
                     QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, tag TEXT, v BLOB)"))
                    .ok());
        fill(*db, 500, QStringLiteral("old"));
        REQUIRE(db->backupTo(backup).ok());
        fill(*db, 100, QStringLiteral("after backup"));
    }
    const QByteArray current = test::sha256(path);

    SECTION("a damaged backup changes nothing")
    {
        QFile file(backup);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() / 2 + 77));
        REQUIRE(file.putChar('\x42'));
        file.close();
        const fd::Status status = Database::restoreFrom(backup, path, test::key(0x11));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::Corrupt);
        CHECK(test::sha256(path) == current);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".restoring")));
    }
    SECTION("a wrong key changes nothing")
    {
        const fd::Status status = Database::restoreFrom(backup, path, test::key(0x22));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::WrongPassword);
        CHECK(test::sha256(path) == current);
    }
    SECTION("a good backup replaces the target")
    {
        REQUIRE(Database::restoreFrom(backup, path, test::key(0x11)).ok());
        CHECK(countRows(path, 0x11) == 500);
        CHECK(QFileInfo(path).permissions() == kOwnerOnly);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".restoring")));
    }
}

TEST_CASE("rekey: the old key no longer opens, the new one does", "[rekey]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    {
        auto db = createDatabase(path);
        REQUIRE(exec(db->connection(),
                     QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, tag TEXT, v BLOB)"))
                    .ok());
        fill(*db, 300, QStringLiteral("x"));
        CHECK(db->rekey(fd::SecureBytes(8)).error().code == ErrorCode::InvalidInput);
        REQUIRE(db->rekey(test::key(0x33)).ok());
        fill(*db, 10, QStringLiteral("after rekey"));
        // Backups after a rekey use the new key.
        REQUIRE(db->backupTo(dir.file(QStringLiteral("backup.db"))).ok());
    }
    CHECK(Database::open(path, test::key(0x11)).error().code == ErrorCode::WrongPassword);
    CHECK(countRows(path, 0x33) == 310);
    CHECK(countRows(dir.file(QStringLiteral("backup.db")), 0x33) == 310);
}
