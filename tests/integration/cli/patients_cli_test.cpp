// frontdeskctl patients search, show, import and export, end to end on real practice files.
#include "cli_runner.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::runCli;

namespace {

const QString kPassword = QStringLiteral("patients cli password 4");

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return e;
}

void makeEmpty(const QString& db)
{
    auto r = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                     QStringLiteral("--practice"), QStringLiteral("Patients Test Clinic"),
                     QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--json")},
                    env());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

fd::test::CliRun patients(const QStringList& args, const QString& db)
{
    return runCli(
        QStringList{QStringLiteral("patients")} + args + QStringList{QStringLiteral("--db"), db},
        env());
}

// Fictional people only: 555-01xx phones, example.com mail.
const QByteArray kGood =
    "last_name,first_name,dob,sex,phone,email,address1,city,state,zip\n"
    "Clitester,Olga,1979-11-02,F,(614) 555-0144,olga.c@example.com,5 Elm St,Columbus,OH,43215\n"
    "Clitester,Pavel,2012-06-30,M,,,5 Elm St,Columbus,OH,43215\n";

}  // namespace

TEST_CASE("patients import refuses a bad file with exit 3 and writes nothing", "[cli][patients]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    makeEmpty(db);
    const QString csv = dir.file(QStringLiteral("bad.csv"));
    writeFile(
        csv,
        "Last Name,First Name,DOB,State\nGoodrow,Gina,1990-01-01,NY\nBaddate,Hal,1990-13-01,NY\n"
        "Nostate,Ivy,1991-03-03,XX\n");
    auto r = patients({QStringLiteral("import"), QStringLiteral("--csv"), csv}, db);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains("nothing was imported"));
    CHECK(r.err.contains("row 3, column \"DOB\" (birth_date): \"1990-13-01\" is not a date"));
    CHECK(r.err.contains("row 4, column \"State\" (state)"));

    const QString out = dir.file(QStringLiteral("after.csv"));
    auto exported = patients(
        {QStringLiteral("export"), QStringLiteral("--csv"), out, QStringLiteral("--json")}, db);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(
        QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("patients")).toInt() ==
        0);
    CHECK(readFile(out).count('\n') == 1);  // the header only
}

TEST_CASE("patients import, search, show and export", "[cli][patients]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    makeEmpty(db);
    const QString csv = dir.file(QStringLiteral("good.csv"));
    writeFile(csv, kGood);
    auto imported = patients(
        {QStringLiteral("import"), QStringLiteral("--csv"), csv, QStringLiteral("--json")}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(
        QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("patients")).toInt() ==
        2);

    // Each imported patient has its chained create entry, with the row's values, and the
    // chain verifies.
    auto created = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"),
                           db, QStringLiteral("--action"), QStringLiteral("create"),
                           QStringLiteral("--json")},
                          env());
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    QStringList firstNames;
    for (const auto& value : QJsonDocument::fromJson(created.out).array()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("entity")).toString() != QLatin1String("patients"))
            continue;
        CHECK(entry.value(QStringLiteral("patient_id")).toString() ==
              entry.value(QStringLiteral("entity_id")).toString());
        firstNames << entry.value(QStringLiteral("details"))
                          .toObject()
                          .value(QStringLiteral("new"))
                          .toObject()
                          .value(QStringLiteral("first_name"))
                          .toString();
    }
    firstNames.sort();
    CHECK(firstNames == QStringList{QStringLiteral("Olga"), QStringLiteral("Pavel")});
    auto verified = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                            db, QStringLiteral("--json")},
                           env());
    INFO(verified.err.toStdString());
    REQUIRE(verified.exitCode == 0);
    CHECK(QJsonDocument::fromJson(verified.out).object().value(QStringLiteral("intact")).toBool());

    auto search = patients(
        {QStringLiteral("search"), QStringLiteral("clitester, ol"), QStringLiteral("--json")}, db);
    INFO(search.err.toStdString());
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    REQUIRE(hits.size() == 1);
    const QJsonObject olga = hits.at(0).toObject();
    CHECK(olga.value(QStringLiteral("name")).toString() == QStringLiteral("Clitester, Olga"));
    CHECK(olga.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1979-11-02"));
    const QString account = olga.value(QStringLiteral("account_number")).toString();
    const QString id = olga.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(account.isEmpty());

    auto show = patients({QStringLiteral("show"), account, QStringLiteral("--json")}, db);
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    const QJsonObject record = QJsonDocument::fromJson(show.out).object();
    CHECK(record.value(QStringLiteral("id")).toString() == id);
    CHECK(record.value(QStringLiteral("email")).toString() == QStringLiteral("olga.c@example.com"));
    CHECK(record.value(QStringLiteral("address"))
              .toObject()
              .value(QStringLiteral("state"))
              .toString() == QStringLiteral("OH"));

    auto byId = patients({QStringLiteral("show"), id}, db);
    REQUIRE(byId.exitCode == 0);
    CHECK(byId.out.contains("Clitester, Olga"));
    auto reads = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"),
                         db, QStringLiteral("--patient"), id, QStringLiteral("--action"),
                         QStringLiteral("read"), QStringLiteral("--json")},
                        env());
    REQUIRE(reads.exitCode == 0);
    CHECK(QJsonDocument::fromJson(reads.out).array().size() >= 2);  // both openings audited

    auto missing = patients({QStringLiteral("show"), QStringLiteral("9999999")}, db);
    CHECK(missing.exitCode == 1);

    const QString out = dir.file(QStringLiteral("export.csv"));
    auto exported = patients({QStringLiteral("export"), QStringLiteral("--csv"), out}, db);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK((QFile::permissions(out) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    const QByteArray text = readFile(out);
    CHECK(text.startsWith("account_number,last_name,first_name,"));
    CHECK(text.contains(account.toUtf8() + ",Clitester,Olga,,,,1979-11-02,F,(614) 555-0144"));
    CHECK(text.count('\n') == 3);
    // An existing file is not overwritten without --force.
    CHECK(patients({QStringLiteral("export"), QStringLiteral("--csv"), out}, db).exitCode == 1);

    // The export imports again: its account numbers are now taken, so it is refused (exit 3).
    auto again = patients({QStringLiteral("import"), QStringLiteral("--csv"), out}, db);
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains("belongs to an existing patient"));
}

TEST_CASE("patients import with a mapping file", "[cli][patients]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    makeEmpty(db);
    const QString csv = dir.file(QStringLiteral("odd.csv"));
    writeFile(csv, "Surname;Given;Born\nMapcli;Rita;02/14/1988\n");
    const QString mapping = dir.file(QStringLiteral("map.json"));
    writeFile(mapping, R"({"Surname": "last_name", "Given": "first_name", "Born": "birth_date"})");
    auto r = patients({QStringLiteral("import"), QStringLiteral("--csv"), csv,
                       QStringLiteral("--mapping"), mapping},
                      db);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    auto search = patients(
        {QStringLiteral("search"), QStringLiteral("mapcli"), QStringLiteral("--json")}, db);
    REQUIRE(search.exitCode == 0);
    CHECK(QJsonDocument::fromJson(search.out).array().size() == 1);

    writeFile(mapping, R"({"Surname": "family"})");
    auto bad = patients({QStringLiteral("import"), QStringLiteral("--csv"), csv,
                         QStringLiteral("--mapping"), mapping},
                        db);
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains("\"Surname\": \"family\" is not a field"));
}
