// The QSQLCIPHER Qt Sql driver: binds, types, fetching, transactions, models.
#include "storage/database.h"
#include "storage/sqlcipher_driver.h"

#include "storage_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>

#include <limits>

using namespace fd::storage;
using fd::storage::test::createDatabase;
using fd::storage::test::scalar;

namespace {

struct Fixture
{
    fd::test::TempDir dir;
    std::unique_ptr<Database> database = createDatabase(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase db = database->connection();

    Fixture()
    {
        REQUIRE(exec(db, QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, "
                                        "amount INTEGER, ratio REAL, data BLOB, note VARCHAR(20))"))
                    .ok());
    }
};

}  // namespace

TEST_CASE("QSQLCIPHER is registered and the plain SQLite library is not in the process", "[driver]")
{
    registerSqlCipherDriver();
    CHECK(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    CHECK(mapped.contains("libsqlcipher"));
    CHECK_FALSE(mapped.contains("libsqlite3"));
}

TEST_CASE("Named and positional binds round-trip every type", "[driver]")
{
    Fixture f;
    QSqlQuery insert(f.db);
    REQUIRE(
        insert.prepare(QStringLiteral("INSERT INTO item (name, amount, ratio, data, note) VALUES "
                                      "(:name, :amount, :ratio, :data, :note)")));
    const QByteArray blob("\x00\x01\xff\x00zz", 6);
    const QString unicode = QStringLiteral("Zoë Ångström 名前 🩺");
    insert.bindValue(QStringLiteral(":name"), unicode);
    insert.bindValue(QStringLiteral(":amount"), std::numeric_limits<qlonglong>::max());
    insert.bindValue(QStringLiteral(":ratio"), 0.125);
    insert.bindValue(QStringLiteral(":data"), blob);
    insert.bindValue(QStringLiteral(":note"), QVariant(QMetaType(QMetaType::QString)));
    REQUIRE(insert.exec());
    CHECK(insert.numRowsAffected() == 1);
    CHECK(insert.lastInsertId() == QVariant(qlonglong(1)));

    QSqlQuery positional(f.db);
    REQUIRE(positional.prepare(
        QStringLiteral("INSERT INTO item (name, amount, data) VALUES (?, ?, ?)")));
    positional.addBindValue(QString());  // a null QString is SQL NULL
    positional.addBindValue(std::numeric_limits<qlonglong>::min());
    positional.addBindValue(QByteArray(""));
    REQUIRE(positional.exec());
    CHECK(positional.lastInsertId() == QVariant(qlonglong(2)));

    QSqlQuery read(f.db);
    REQUIRE(
        read.exec(QStringLiteral("SELECT name, amount, ratio, data, note FROM item ORDER BY id")));
    REQUIRE(read.next());
    CHECK(read.value(0).typeId() == QMetaType::QString);
    CHECK(read.value(0).toString() == unicode);
    CHECK(read.value(1).typeId() == QMetaType::LongLong);
    CHECK(read.value(1).toLongLong() == std::numeric_limits<qlonglong>::max());
    CHECK(read.value(2).typeId() == QMetaType::Double);
    CHECK(read.value(2).toDouble() == 0.125);
    CHECK(read.value(3).typeId() == QMetaType::QByteArray);
    CHECK(read.value(3).toByteArray() == blob);
    CHECK(read.isNull(4));
    CHECK(read.value(4).typeId() == QMetaType::QString);  // typed by the declared VARCHAR
    REQUIRE(read.next());
    CHECK(read.isNull(0));
    CHECK(read.value(1).toLongLong() == std::numeric_limits<qlonglong>::min());
    CHECK(read.isNull(2));
    CHECK(read.value(2).typeId() == QMetaType::Double);
    CHECK_FALSE(read.isNull(3));
    CHECK(read.value(3).toByteArray().isEmpty());
    CHECK_FALSE(read.next());
}

TEST_CASE("A named placeholder used twice binds both places", "[driver]")
{
    Fixture f;
    REQUIRE(exec(f.db, QStringLiteral(
                           "INSERT INTO item (name, amount) VALUES ('a', 1), ('b', 2), ('c', 3)"))
                .ok());
    QSqlQuery query(f.db);
    REQUIRE(query.prepare(QStringLiteral(
        "SELECT count(*) FROM item WHERE amount >= :v AND name <> ':v' AND amount <= :v + 1")));
    query.bindValue(QStringLiteral(":v"), 2);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
    CHECK(scalar(f.db, QStringLiteral("SELECT typeof(count(*)) FROM item")).toString() ==
          QLatin1String("integer"));
}

TEST_CASE("Statement errors are reported, never half-run", "[driver]")
{
    Fixture f;
    QSqlQuery query(f.db);
    CHECK_FALSE(
        query.exec(QStringLiteral("INSERT INTO item (name) VALUES ('x'); DROP TABLE item")));
    CHECK(query.lastError().type() == QSqlError::StatementError);
    CHECK(scalar(f.db, QStringLiteral("SELECT count(*) FROM item")).toInt() == 0);

    REQUIRE(query.prepare(QStringLiteral("SELECT * FROM item WHERE id = ? AND name = ?")));
    query.addBindValue(1);
    CHECK_FALSE(query.exec());
    CHECK(query.lastError().text().contains(QStringLiteral("mismatch")));

    CHECK_FALSE(query.exec(QStringLiteral("SELECT * FROM no_such_table")));
    CHECK(query.lastError().databaseText().contains(QStringLiteral("no such table")));

    auto failed = exec(f.db, QStringLiteral("SELEKT nothing FROM item"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("SELEKT nothing FROM item")));
    CHECK(failed.error().details.contains(QStringLiteral("syntax error")));
}

TEST_CASE("Forward-only and scrollable queries fetch the same rows", "[driver]")
{
    Fixture f;
    QSqlQuery fill(f.db);
    REQUIRE(fill.prepare(QStringLiteral("INSERT INTO item (amount) VALUES (?)")));
    for (int i = 0; i < 100; ++i) {
        fill.addBindValue(i);
        REQUIRE(fill.exec());
    }
    QSqlQuery scroll(f.db);
    REQUIRE(scroll.exec(QStringLiteral("SELECT amount FROM item ORDER BY amount")));
    CHECK(scroll.size() == -1);
    REQUIRE(scroll.seek(50));
    CHECK(scroll.value(0).toInt() == 50);
    REQUIRE(scroll.previous());
    CHECK(scroll.value(0).toInt() == 49);
    REQUIRE(scroll.last());
    CHECK(scroll.value(0).toInt() == 99);
    CHECK(scroll.at() == 99);
    REQUIRE(scroll.first());
    CHECK(scroll.value(0).toInt() == 0);

    QSqlQuery forward(f.db);
    forward.setForwardOnly(true);
    REQUIRE(forward.exec(QStringLiteral("SELECT amount FROM item ORDER BY amount")));
    int sum = 0;
    int rows = 0;
    while (forward.next()) {
        sum += forward.value(0).toInt();
        ++rows;
    }
    CHECK(rows == 100);
    CHECK(sum == 4950);
    REQUIRE(forward.exec());
    REQUIRE(forward.seek(10));
    CHECK(forward.value(0).toInt() == 10);
    CHECK_FALSE(forward.seek(5));
    REQUIRE(forward.exec());
    REQUIRE(forward.last());
    CHECK(forward.value(0).toInt() == 99);
    // Values come from the statement's current row: read twice, out of order, a null, a
    // column that does not exist; nothing once the end was reached, and no going back to it.
    REQUIRE(forward.exec(QStringLiteral("SELECT amount, NULL, amount * 2 FROM item WHERE amount >= 98 "
                                        "ORDER BY amount")));
    REQUIRE(forward.next());
    CHECK(forward.value(2).toInt() == 196);
    CHECK(forward.value(0).toInt() == 98);
    CHECK(forward.value(0).toInt() == 98);
    CHECK(forward.isNull(1));
    CHECK_FALSE(forward.isNull(0));
    CHECK_FALSE(forward.value(3).isValid());
    REQUIRE(forward.next());
    CHECK(forward.value(0).toInt() == 99);
    CHECK(forward.record().value(2).toInt() == 198);
    CHECK_FALSE(forward.next());
    CHECK_FALSE(forward.value(0).isValid());
    CHECK_FALSE(forward.seek(1));
    REQUIRE(forward.exec(QStringLiteral("SELECT amount FROM item WHERE amount < 0")));
    CHECK_FALSE(forward.next());
    CHECK_FALSE(forward.last());

    QSqlQuery update(f.db);
    REQUIRE(update.exec(QStringLiteral("UPDATE item SET name = 'n' WHERE amount < 10")));
    CHECK(update.numRowsAffected() == 10);
    REQUIRE(update.exec(QStringLiteral("CREATE TABLE other (x)")));
    CHECK(update.numRowsAffected() == 0);
}

TEST_CASE("Driver transactions commit and roll back", "[driver]")
{
    Fixture f;
    REQUIRE(f.db.driver()->hasFeature(QSqlDriver::Transactions));
    REQUIRE(f.db.transaction());
    REQUIRE(exec(f.db, QStringLiteral("INSERT INTO item (name) VALUES ('kept')")).ok());
    REQUIRE(f.db.commit());
    REQUIRE(f.db.transaction());
    REQUIRE(exec(f.db, QStringLiteral("INSERT INTO item (name) VALUES ('dropped')")).ok());
    REQUIRE(f.db.rollback());
    CHECK(scalar(f.db, QStringLiteral("SELECT group_concat(name) FROM item")).toString() ==
          QLatin1String("kept"));
    CHECK_FALSE(f.db.commit());  // nothing to commit
}

TEST_CASE("The driver describes tables, records and primary keys", "[driver]")
{
    Fixture f;
    REQUIRE(exec(f.db, QStringLiteral("CREATE TABLE pair (a TEXT NOT NULL, b INTEGER DEFAULT 7, "
                                      "PRIMARY KEY (b, a))"))
                .ok());
    REQUIRE(exec(f.db, QStringLiteral("CREATE VIEW names AS SELECT name FROM item")).ok());
    const QStringList tables = f.db.tables();
    CHECK(tables.contains(QStringLiteral("item")));
    CHECK(tables.contains(QStringLiteral("pair")));
    CHECK(tables.contains(QStringLiteral("schema_versions")));
    CHECK_FALSE(tables.contains(QStringLiteral("names")));
    CHECK(f.db.tables(QSql::Views) == QStringList{QStringLiteral("names")});
    CHECK(f.db.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));

    const QSqlRecord item = f.db.record(QStringLiteral("item"));
    REQUIRE(item.count() == 6);
    CHECK(item.field(0).isAutoValue());
    CHECK(item.field(1).metaType().id() == QMetaType::QString);
    CHECK(item.field(2).metaType().id() == QMetaType::LongLong);
    CHECK(item.field(3).metaType().id() == QMetaType::Double);
    CHECK(item.field(4).metaType().id() == QMetaType::QByteArray);
    const QSqlRecord pair = f.db.record(QStringLiteral("pair"));
    CHECK(pair.field(0).requiredStatus() == QSqlField::Required);
    CHECK(pair.field(1).defaultValue().toString() == QLatin1String("7"));
    const QSqlIndex pk = f.db.primaryIndex(QStringLiteral("pair"));
    REQUIRE(pk.count() == 2);
    CHECK(pk.fieldName(0) == QLatin1String("b"));
    CHECK(pk.fieldName(1) == QLatin1String("a"));
    CHECK(f.db.record(QStringLiteral("x\"; DROP TABLE item; --")).isEmpty());
    CHECK(f.db.tables().contains(QStringLiteral("item")));
    CHECK(f.db.driver()->escapeIdentifier(QStringLiteral("we\"ird"), QSqlDriver::FieldName) ==
          QLatin1String("\"we\"\"ird\""));
}

TEST_CASE("QSqlTableModel selects, inserts and edits over QSQLCIPHER", "[driver][model]")
{
    Fixture f;
    REQUIRE(
        exec(f.db, QStringLiteral("INSERT INTO item (name, amount) VALUES ('first', 10)")).ok());
    QSqlTableModel model(nullptr, f.db);
    model.setTable(QStringLiteral("item"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, 1)).toString() == QLatin1String("first"));

    REQUIRE(model.setData(model.index(0, 2), 11));
    QSqlRecord row = model.record();
    row.setValue(QStringLiteral("name"), QStringLiteral("second"));
    row.setValue(QStringLiteral("amount"), 20);
    row.setGenerated(QStringLiteral("id"), false);
    REQUIRE(model.insertRecord(-1, row));
    INFO(model.lastError().text().toStdString());
    REQUIRE(model.submitAll());
    CHECK(scalar(f.db, QStringLiteral("SELECT amount FROM item WHERE name = 'first'")).toInt() ==
          11);
    CHECK(scalar(f.db, QStringLiteral("SELECT amount FROM item WHERE name = 'second'")).toInt() ==
          20);

    model.setFilter(QStringLiteral("amount > 15"));
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.removeRows(0, 1));
    REQUIRE(model.submitAll());
    CHECK(scalar(f.db, QStringLiteral("SELECT count(*) FROM item")).toInt() == 1);
}

TEST_CASE("QSqlQueryModel pages through a result", "[driver][model]")
{
    Fixture f;
    REQUIRE(f.db.transaction());
    QSqlQuery fill(f.db);
    REQUIRE(fill.prepare(QStringLiteral("INSERT INTO item (name, amount) VALUES (?, ?)")));
    for (int i = 0; i < 600; ++i) {
        fill.addBindValue(QStringLiteral("n%1").arg(i, 4, 10, QLatin1Char('0')));
        fill.addBindValue(i);
        REQUIRE(fill.exec());
    }
    REQUIRE(f.db.commit());
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT name, amount FROM item ORDER BY amount"), f.db);
    REQUIRE_FALSE(model.lastError().isValid());
    CHECK(model.columnCount() == 2);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QLatin1String("name"));
    CHECK(model.rowCount() < 600);  // fetched in pages, not all at once
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 600);
    CHECK(model.data(model.index(599, 0)).toString() == QLatin1String("n0599"));
    CHECK(model.data(model.index(3, 1)).toLongLong() == 3);
}

TEST_CASE("Connect options are honoured and unknown ones refused", "[driver]")
{
    registerSqlCipherDriver();
    fd::test::TempDir dir;
    const QString missing = dir.file(QStringLiteral("missing.db"));
    auto tryOpen = [&](const QString& options, const QString& password) {
        const QString name = QStringLiteral("driver-options-test");
        bool opened = false;
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), name);
            db.setDatabaseName(missing);
            db.setConnectOptions(options);
            db.setPassword(password);
            opened = db.open();
            error = db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return std::make_pair(opened, error);
    };
    auto noCreate = tryOpen(QStringLiteral("FD_SQLCIPHER_NO_CREATE"), {});
    CHECK_FALSE(noCreate.first);
    CHECK_FALSE(QFile::exists(missing));
    auto unknown = tryOpen(QStringLiteral("NOT_AN_OPTION=10"), {});
    CHECK_FALSE(unknown.first);
    CHECK(unknown.second.contains(QStringLiteral("Unknown connect option")));
    auto password = tryOpen({}, QStringLiteral("secret"));
    CHECK_FALSE(password.first);
    CHECK_FALSE(QFile::exists(missing));
    auto readOnly = tryOpen(QStringLiteral("FD_SQLCIPHER_READONLY"), {});
    CHECK_FALSE(readOnly.first);  // read-only never creates
    auto plain = tryOpen(QStringLiteral("FD_SQLCIPHER_BUSY_TIMEOUT=250"), {});
    CHECK(plain.first);
}
