// Opening fails clearly and changes nothing: missing files, wrong keys, damaged files.
#include "storage/database.h"

#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>

using namespace fd::storage;
using fd::ErrorCode;
using fd::storage::test::createDatabase;

namespace {

// A database of several hundred pages with committed data, checkpointed into the main file.
QString makeDatabase(const fd::test::TempDir& dir)
{
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto db = createDatabase(path);
    QSqlDatabase c = db->connection();
    REQUIRE(exec(c, QStringLiteral("CREATE TABLE t (v BLOB)")).ok());
    REQUIRE(exec(c, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "WHERE i < 4000) INSERT INTO t SELECT randomblob(200) FROM n"))
                .ok());
    return path;
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(char(byte ^ 0x5a)));
}

// Opens `path` expecting `code`; checks the file's bytes and the directory are unchanged.
fd::Error expectRefusal(const fd::test::TempDir& dir, const QString& path,
                        const fd::SecureBytes& key, ErrorCode code)
{
    const QByteArray before = test::sha256(path);
    const QStringList filesBefore = test::filesIn(dir.path());
    auto db = Database::open(path, key);
    REQUIRE_FALSE(db.ok());
    INFO(db.error().toString().toStdString());
    CHECK(db.error().code == code);
    CHECK(test::sha256(path) == before);
    CHECK(test::filesIn(dir.path()) == filesBefore);
    return db.error();
}

}  // namespace

TEST_CASE("A wrong key gives WrongPassword and leaves the file as it was", "[open]")
{
    fd::test::TempDir dir;
    const QString path = makeDatabase(dir);
    const fd::Error error = expectRefusal(dir, path, test::key(0x22), ErrorCode::WrongPassword);
    CHECK(error.message == QLatin1String("wrong password or key"));
    // The right key still opens it afterwards.
    CHECK(Database::open(path, test::key(0x11)).ok());
}

TEST_CASE("A missing file gives NotFound and creates nothing", "[open]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("missing.db"));
    auto db = Database::open(path, test::key(0x11));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::NotFound);
    CHECK(db.error().message.contains(path));
    CHECK(test::filesIn(dir.path()).isEmpty());
}

TEST_CASE("A file that is not a database gives Corrupt naming the file", "[open]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.db"));
    SECTION("text")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("These are not the pages you are looking for.\n");
    }
    SECTION("empty")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    SECTION("a plain SQLite database")
    {
        if (!test::sqlcipherCliAvailable())
            SKIP("the sqlcipher shell is not installed");
        const auto made = test::runSqlcipherCli(path, QStringLiteral("CREATE TABLE t (x);\n"));
        REQUIRE(made.exitCode == 0);
    }
    const fd::Error error = expectRefusal(dir, path, test::key(0x11), ErrorCode::Corrupt);
    CHECK(error.message.contains(path));
}

TEST_CASE("A flipped byte inside the file gives Corrupt", "[open]")
{
    fd::test::TempDir dir;
    const QString path = makeDatabase(dir);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 100 * 4096);
    flipByte(path, (size / 4096 / 2) * 4096 + 1234);  // inside a middle page's ciphertext
    const fd::Error error = expectRefusal(dir, path, test::key(0x11), ErrorCode::Corrupt);
    CHECK(error.message.contains(path));
}

TEST_CASE("A truncated file gives Corrupt", "[open]")
{
    fd::test::TempDir dir;
    const QString path = makeDatabase(dir);
    const qint64 size = QFileInfo(path).size();
    SECTION("cut at a page boundary")
    {
        REQUIRE(QFile::resize(path, (size / 4096 / 2) * 4096));
    }
    SECTION("cut inside a page")
    {
        REQUIRE(QFile::resize(path, size / 2 + 100));
    }
    const fd::Error error = expectRefusal(dir, path, test::key(0x11), ErrorCode::Corrupt);
    CHECK(error.message.contains(path));
}

TEST_CASE("create refuses an existing file and bad keys", "[open]")
{
    fd::test::TempDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = test::sha256(path);
    auto again = Database::create(path, test::key(0x11));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(test::sha256(path) == before);

    auto shortKey = Database::create(dir.file(QStringLiteral("new.db")), fd::SecureBytes(16));
    REQUIRE_FALSE(shortKey.ok());
    CHECK(shortKey.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("new.db"))));
    CHECK(Database::open(path, fd::SecureBytes(31)).error().code == ErrorCode::InvalidInput);
}
