// Database: encryption at rest, settings, transactions, durability, connections.
#include "storage/database.h"

#include "common/clock.h"
#include "common/uuid.h"
#include "storage/database_private.h"
#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace fd::storage;
using fd::storage::test::createDatabase;
using fd::storage::test::scalar;

namespace {
const QFile::Permissions kOwnerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

void addSecret(QSqlDatabase db)
{
    REQUIRE(exec(db, QStringLiteral("CREATE TABLE secret (v TEXT)")).ok());
    REQUIRE(exec(db, QStringLiteral("INSERT INTO secret (v) VALUES (?)"),
                 {QStringLiteral("PLAINTEXT-MARKER-1234")})
                .ok());
}
}  // namespace

TEST_CASE("A new database is encrypted at rest and private", "[database]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto db = createDatabase(path);
    addSecret(db->connection());
    REQUIRE(exec(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() >= 4096);
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains("PLAINTEXT-MARKER"));
    CHECK_FALSE(bytes.contains("CREATE TABLE"));

    CHECK(db->cipherVersion().startsWith(QLatin1String("4.")));
    CHECK(scalar(db->connection(), QStringLiteral("PRAGMA cipher_version"))
              .toString()
              .startsWith(QLatin1String("4.")));
    CHECK(QFileInfo(path).permissions() == kOwnerOnly);
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            CHECK(QFileInfo(companion).permissions() == kOwnerOnly);
    }
}

TEST_CASE("A database is opened in WAL mode with foreign keys enforced", "[database]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase c = db->connection();
    CHECK(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 1);
    CHECK(scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    REQUIRE(exec(c, QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")).ok());
    REQUIRE(exec(c, QStringLiteral("CREATE TABLE child (p INTEGER REFERENCES parent (id))")).ok());
    auto orphan = exec(c, QStringLiteral("INSERT INTO child (p) VALUES (42)"));
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().code == fd::ErrorCode::Conflict);
    CHECK(orphan.error().details.contains(QStringLiteral("FOREIGN KEY")));
}

TEST_CASE("Keyed and unkeyed connections get the same cache and memory settings", "[database]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto keyed = createDatabase(path);
    auto plain = Database::openUnencryptedForBenchmark(dir.file(QStringLiteral("plain.db")));
    REQUIRE(plain.ok());
    for (QSqlDatabase c : {keyed->connection(), (*plain)->connection()}) {
        CHECK(scalar(c, QStringLiteral("PRAGMA cache_size")).toInt() == -128 * 1024);  // KiB
        CHECK(scalar(c, QStringLiteral("PRAGMA temp_store")).toInt() == 2);           // MEMORY
        CHECK(scalar(c, QStringLiteral("PRAGMA cipher_memory_security")).toInt() == 0);
        CHECK(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
        CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 1);
    }
    OpenOptions options;
    options.cacheKiB = 256 * 1024;
    auto reopened = Database::open(path, test::key(0x11), options);
    REQUIRE(reopened.ok());
    CHECK(scalar((*reopened)->connection(), QStringLiteral("PRAGMA cache_size")).toInt() ==
          -256 * 1024);
}

TEST_CASE("Reopening with the key finds the data", "[database]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    addSecret(createDatabase(path)->connection());
    auto reopened = Database::open(path, test::key(0x11));
    REQUIRE(reopened.ok());
    CHECK(scalar((*reopened)->connection(), QStringLiteral("SELECT v FROM secret")).toString() ==
          QLatin1String("PLAINTEXT-MARKER-1234"));
    CHECK((*reopened)->path() == path);
    CHECK((*reopened)->checkIntegrity().ok());
}

TEST_CASE("Each Database has its own connection, removed when it goes", "[database]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto first = createDatabase(path);
        auto second = Database::open(path, test::key(0x11));
        REQUIRE(second.ok());
        CHECK(first->connection().connectionName() != (*second)->connection().connectionName());
        REQUIRE(exec(first->connection(), QStringLiteral("CREATE TABLE t (x)")).ok());
        REQUIRE(exec(first->connection(), QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        CHECK(scalar((*second)->connection(), QStringLiteral("SELECT count(*) FROM t")).toInt() ==
              1);
        CHECK(QSqlDatabase::connectionNames().size() == before.size() + 2);
    }
    CHECK(QSqlDatabase::connectionNames() == before);
}

TEST_CASE("Transactions commit, roll back, and roll back when dropped", "[database][transaction]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase c = db->connection();
    REQUIRE(exec(c, QStringLiteral("CREATE TABLE t (x INTEGER)")).ok());
    {
        auto tx = db->begin();
        REQUIRE(tx.ok());
        REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        REQUIRE((*tx)->commit().ok());
        CHECK_FALSE((*tx)->isActive());
        CHECK_FALSE((*tx)->commit().ok());
    }
    {
        auto tx = db->begin();
        REQUIRE(tx.ok());
        REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (2)")).ok());
        (*tx)->rollback();
    }
    {
        auto tx = db->begin();
        REQUIRE(tx.ok());
        REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (3)")).ok());
        auto nested = db->begin();
        CHECK_FALSE(nested.ok());
    }  // dropped without commit
    CHECK(scalar(c, QStringLiteral("SELECT group_concat(x) FROM t")).toString() ==
          QLatin1String("1"));
    auto tx = db->begin();
    CHECK(tx.ok());  // the dropped one left no transaction open
}

TEST_CASE("Durability::Full syncs fully for the transaction only", "[database][transaction]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase c = db->connection();
    {
        auto tx = db->begin(Database::Durability::Full);
        REQUIRE(tx.ok());
        CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
        REQUIRE((*tx)->commit().ok());
    }
    CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 1);
    {
        auto tx = db->begin(Database::Durability::Full);
        REQUIRE(tx.ok());
        CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 2);
    }  // rolled back
    CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 1);
    {
        auto tx = db->begin();
        REQUIRE(tx.ok());
        CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 1);
    }
}

TEST_CASE("A nestable transaction is a savepoint inside the caller's transaction",
          "[database][transaction]")
{
    fd::test::TempDir dir;
    auto db = createDatabase(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase c = db->connection();
    REQUIRE(exec(c, QStringLiteral("CREATE TABLE t (x INTEGER)")).ok());
    CHECK_FALSE(db->inTransaction());
    {
        // Alone it is a transaction of its own.
        auto alone = db->beginNestable();
        REQUIRE(alone.ok());
        CHECK_FALSE((*alone)->isNested());
        CHECK(db->inTransaction());
        REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        REQUIRE((*alone)->commit().ok());
        CHECK_FALSE(db->inTransaction());
    }
    {
        // Inside: a committed part stays, a rolled back part goes, the outer decides.
        auto outer = db->begin();
        REQUIRE(outer.ok());
        REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (2)")).ok());
        {
            auto kept = db->beginNestable();
            REQUIRE(kept.ok());
            CHECK((*kept)->isNested());
            REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (3)")).ok());
            REQUIRE((*kept)->commit().ok());
            CHECK_FALSE((*kept)->commit().ok());
        }
        {
            auto undone = db->beginNestable();
            REQUIRE(undone.ok());
            REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (4)")).ok());
            auto deeper = db->beginNestable();
            REQUIRE(deeper.ok());
            REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (5)")).ok());
            REQUIRE((*deeper)->commit().ok());
        }  // dropped: 4 and 5 go
        CHECK(db->inTransaction());
        CHECK(scalar(c, QStringLiteral("SELECT group_concat(x) FROM t")).toString() ==
              QLatin1String("1,2,3"));
        REQUIRE((*outer)->commit().ok());
    }
    CHECK(scalar(c, QStringLiteral("SELECT group_concat(x) FROM t")).toString() ==
          QLatin1String("1,2,3"));
    {
        // A committed savepoint goes with the outer transaction that rolls back.
        auto outer = db->begin();
        REQUIRE(outer.ok());
        auto inner = db->beginNestable();
        REQUIRE(inner.ok());
        REQUIRE(exec(c, QStringLiteral("INSERT INTO t VALUES (6)")).ok());
        REQUIRE((*inner)->commit().ok());
    }
    CHECK(scalar(c, QStringLiteral("SELECT group_concat(x) FROM t")).toString() ==
          QLatin1String("1,2,3"));
    CHECK_FALSE(db->inTransaction());
    {
        // Full durability cannot be had inside a transaction begun without it.
        auto outer = db->begin();
        REQUIRE(outer.ok());
        auto full = db->beginNestable(Database::Durability::Full);
        REQUIRE_FALSE(full.ok());
        CHECK(full.error().code == fd::ErrorCode::Internal);
    }
    {
        auto outer = db->begin(Database::Durability::Full);
        REQUIRE(outer.ok());
        auto full = db->beginNestable(Database::Durability::Full);
        REQUIRE(full.ok());
        REQUIRE((*full)->commit().ok());
        REQUIRE((*outer)->commit().ok());
    }
    CHECK(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt() == 1);
}

TEST_CASE("Bulk writes stamp rows with the time as toIsoUtc writes it", "[database]")
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QString stamp = fd::storage::detail::nowIsoUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const QDateTime parsed = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    REQUIRE(parsed.isValid());
    CHECK(fd::toIsoUtc(parsed) == stamp);  // the same text, milliseconds and Z included
    CHECK(parsed >= before.addMSecs(-1));
    CHECK(parsed <= after);
    CHECK(stamp.size() == 24);
}

TEST_CASE("The device id is a UUID made once and kept", "[database]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    QString id;
    {
        auto db = createDatabase(path);
        id = db->deviceId();
        CHECK(fd::isUuid(id));
        CHECK(db->deviceId() == id);
    }
    auto reopened = Database::open(path, test::key(0x11));
    REQUIRE(reopened.ok());
    CHECK((*reopened)->deviceId() == id);
    fd::test::TempDir other;
    CHECK(createDatabase(other.file(QStringLiteral("x.db")))->deviceId() != id);
}

TEST_CASE("The sqlcipher shell reads nothing without the key", "[database][cli]")
{
    if (!test::sqlcipherCliAvailable())
        SKIP("the sqlcipher shell is not installed");
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    addSecret(createDatabase(path)->connection());
    const QString query =
        QStringLiteral("SELECT count(*) FROM sqlite_master;\nSELECT v FROM secret;\n");

    const auto noKey = test::runSqlcipherCli(path, query);
    CHECK(noKey.output.contains(QStringLiteral("file is not a database")));
    CHECK_FALSE(noKey.output.contains(QStringLiteral("PLAINTEXT-MARKER")));

    const auto wrongKey = test::runSqlcipherCli(path, test::cliKeyPragma(test::key(0x22)) + query);
    CHECK(wrongKey.output.contains(QStringLiteral("file is not a database")));
    CHECK_FALSE(wrongKey.output.contains(QStringLiteral("PLAINTEXT-MARKER")));

    // The control: the same shell with the right key reads the row, so the two checks above
    // fail when the file is readable.
    const auto rightKey = test::runSqlcipherCli(path, test::cliKeyPragma(test::key(0x11)) + query);
    CHECK(rightKey.output.contains(QStringLiteral("PLAINTEXT-MARKER-1234")));
    CHECK_FALSE(rightKey.output.contains(QStringLiteral("not a database")));
}

namespace {
// One commit of about `mib` MiB of random (incompressible) rows: far more than 1,000 log pages.
void commitBulk(Database& db, int mib)
{
    REQUIRE(exec(db.connection(), QStringLiteral("CREATE TABLE IF NOT EXISTS bulk (v BLOB)")).ok());
    auto tx = db.begin();
    REQUIRE(tx.ok());
    REQUIRE(exec(db.connection(),
                 QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                "INSERT INTO bulk (v) SELECT randomblob(1024) FROM n"),
                 {mib * 1024})
                .ok());
    REQUIRE((*tx)->commit().ok());
}
}  // namespace

TEST_CASE("A large commit's log is folded into the file by the checkpoint thread", "[database][checkpoint]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    {
        auto db = createDatabase(path);
        // Small commits leave the log to grow: no checkpoint yet.
        addSecret(db->connection());
        CHECK(db->backgroundCheckpoints() == 0);
        commitBulk(*db, 8);
        CHECK(db->backgroundCheckpoints() == 1);
        // The pages are in the file now; the next write starts the log over.
        CHECK(QFileInfo(path).size() >= 8 * 1024 * 1024);
        const qint64 logAfterFirst = QFileInfo(path + QStringLiteral("-wal")).size();
        commitBulk(*db, 6);
        CHECK(db->backgroundCheckpoints() == 2);
        commitBulk(*db, 6);
        CHECK(db->backgroundCheckpoints() == 3);
        CHECK(QFileInfo(path).size() >= 20 * 1024 * 1024);
        // The log was started over each time rather than grown past the largest commit.
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() <= logAfterFirst);
        CHECK(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM bulk")).toInt() == 20 * 1024);
    }
    // Closed last, the owner's connection removed the log; every page verifies.
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto reopened = Database::open(path, test::key(0x11));
    REQUIRE(reopened.ok());
    CHECK((*reopened)->checkIntegrity().ok());
    CHECK(scalar((*reopened)->connection(), QStringLiteral("SELECT count(*) FROM bulk")).toInt() == 20 * 1024);
}

TEST_CASE("After a rekey the checkpoint thread folds the log in under the new key", "[database][checkpoint]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    {
        auto db = createDatabase(path);
        commitBulk(*db, 5);
        const int before = db->backgroundCheckpoints();
        CHECK(before == 1);
        REQUIRE(db->rekey(test::key(0x22)).ok());
        commitBulk(*db, 5);
        // A new thread with its own count, its connection opened with the new key.
        CHECK(db->backgroundCheckpoints() >= 1);
        CHECK(QFileInfo(path).size() >= 10 * 1024 * 1024);
    }
    CHECK_FALSE(Database::open(path, test::key(0x11)).ok());
    auto reopened = Database::open(path, test::key(0x22));
    REQUIRE(reopened.ok());
    CHECK((*reopened)->checkIntegrity().ok());
    CHECK(scalar((*reopened)->connection(), QStringLiteral("SELECT count(*) FROM bulk")).toInt() == 10 * 1024);
}
