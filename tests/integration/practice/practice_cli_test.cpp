// frontdeskctl's practice commands end to end: setup, imports refused whole, JSON shapes.
#include "cli_runner.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::runCli;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    e.insert(QStringLiteral("FRONTDESK_USER"), QStringLiteral("alice"));
    return e;
}

QString data(const QString& name)
{
    return fd::test::sourceDir() + QStringLiteral("/tests/data/practice/") + name;
}

fd::test::CliRun run(const QString& db, QStringList args)
{
    args << QStringLiteral("--db") << db;
    auto r = runCli(args, env());
    UNSCOPED_INFO("frontdeskctl " << args.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << r.out.toStdString()
                                  << "\nstderr: " << r.err.toStdString());
    return r;
}

// The JSON error object is the last line on stderr (log lines may come before it).
QJsonObject errorObject(const QByteArray& err)
{
    const QList<QByteArray> lines = err.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object().value(QStringLiteral("error")).toObject();
}

QString makePractice(const fd::test::TempDir& dir)
{
    const QString db = dir.file(QStringLiteral("practice.db"));
    auto r = run(db, {QStringLiteral("init"), QStringLiteral("--practice"), QStringLiteral("Test Family Medicine"),
                      QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--npi"),
                      QStringLiteral("1234567893")});
    REQUIRE(r.exitCode == 0);
    return db;
}

}  // namespace

TEST_CASE("practice setup from the command line", "[practice_cli]")
{
    fd::test::TempDir dir;
    const QString db = makePractice(dir);

    auto show = run(db, {QStringLiteral("practice"), QStringLiteral("show"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    CHECK(QJsonDocument::fromJson(show.out).object().value(QStringLiteral("npi")).toString() == QStringLiteral("1234567893"));

    auto loc = run(db, {QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Lakeshore"),
                        QStringLiteral("--line1"), QStringLiteral("1 Lake St"), QStringLiteral("--city"), QStringLiteral("Evanston"),
                        QStringLiteral("--state"), QStringLiteral("il"), QStringLiteral("--zip"), QStringLiteral("60201"),
                        QStringLiteral("--time-zone"), QStringLiteral("America/Chicago"), QStringLiteral("--hours"),
                        QStringLiteral("mon=08:00-12:00,13:00-17:00;tue=08:00-17:00"), QStringLiteral("--rooms"),
                        QStringLiteral("Exam 1, Exam 2"), QStringLiteral("--json")});
    REQUIRE(loc.exitCode == 0);
    const QJsonObject location = QJsonDocument::fromJson(loc.out).object();
    CHECK(location.value(QStringLiteral("time_zone")).toString() == QStringLiteral("America/Chicago"));
    CHECK(location.value(QStringLiteral("resources")).toArray().size() == 2);

    auto badZone = run(db, {QStringLiteral("locations"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                            QStringLiteral("--line1"), QStringLiteral("1 A St"), QStringLiteral("--city"), QStringLiteral("B"),
                            QStringLiteral("--state"), QStringLiteral("NY"), QStringLiteral("--zip"), QStringLiteral("12207"),
                            QStringLiteral("--time-zone"), QStringLiteral("Central")});
    CHECK(badZone.exitCode == 1);
    CHECK(badZone.err.contains("Central"));

    auto prov = run(db, {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Ada"),
                         QStringLiteral("--last"), QStringLiteral("Lovelace"), QStringLiteral("--credentials"), QStringLiteral("MD"),
                         QStringLiteral("--npi"), QStringLiteral("1245319599"), QStringLiteral("--taxonomy"),
                         QStringLiteral("207Q00000X"), QStringLiteral("--locations"), QStringLiteral("Lakeshore"),
                         QStringLiteral("--roles"), QStringLiteral("rendering,supervising"), QStringLiteral("--json")});
    REQUIRE(prov.exitCode == 0);
    CHECK(QJsonDocument::fromJson(prov.out).object().value(QStringLiteral("location_ids")).toArray().first().toString()
          == location.value(QStringLiteral("id")).toString());
    auto badNpi = run(db, {QStringLiteral("providers"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("B"),
                           QStringLiteral("--last"), QStringLiteral("C"), QStringLiteral("--npi"), QStringLiteral("1245319590"),
                           QStringLiteral("--taxonomy"), QStringLiteral("207Q00000X"), QStringLiteral("--json")});
    CHECK(badNpi.exitCode == 1);
    CHECK(errorObject(badNpi.err).value(QStringLiteral("code")).toString() == QStringLiteral("invalid_input"));
    CHECK(errorObject(badNpi.err).value(QStringLiteral("message")).toString().contains(QStringLiteral("1245319590")));

    auto payer = run(db, {QStringLiteral("payers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Aetna"),
                          QStringLiteral("--payer-id"), QStringLiteral("60054"), QStringLiteral("--timely-days"),
                          QStringLiteral("180"), QStringLiteral("--json")});
    REQUIRE(payer.exitCode == 0);
    auto payers = run(db, {QStringLiteral("payers"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(payers.exitCode == 0);
    const QJsonArray payerRows = QJsonDocument::fromJson(payers.out).array();
    REQUIRE(payerRows.size() == 1);
    CHECK(payerRows.first().toObject().value(QStringLiteral("payer_ids")).toObject().value(QStringLiteral("default")).toString()
          == QStringLiteral("60054"));

    auto providers = run(db, {QStringLiteral("providers"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(providers.out).array().size() == 1);
    auto locations = run(db, {QStringLiteral("locations"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(locations.out).array().size() == 1);
}

TEST_CASE("fees import: charge master and payer schedules, malformed files refused", "[practice_cli]")
{
    fd::test::TempDir dir;
    const QString db = makePractice(dir);
    REQUIRE(run(db, {QStringLiteral("payers"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Aetna"),
                     QStringLiteral("--payer-id"), QStringLiteral("60054")}).exitCode == 0);
    auto bad = run(db, {QStringLiteral("fees"), QStringLiteral("import"), QStringLiteral("--effective"), QStringLiteral("2025-01-01"),
                        data(QStringLiteral("fees_malformed.csv"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("line 3:"));
    CHECK(bad.err.contains("line 5:"));
    auto cm = run(db, {QStringLiteral("fees"), QStringLiteral("import"), QStringLiteral("--effective"), QStringLiteral("2025-01-01"),
                       QStringLiteral("--json"), data(QStringLiteral("fees_2025.csv"))});
    REQUIRE(cm.exitCode == 0);
    CHECK(QJsonDocument::fromJson(cm.out).object().value(QStringLiteral("items")).toInt() == 4);
    auto aetna = run(db, {QStringLiteral("fees"), QStringLiteral("import"), QStringLiteral("--effective"), QStringLiteral("2025-01-01"),
                          QStringLiteral("--payer"), QStringLiteral("60054"), QStringLiteral("--json"), data(QStringLiteral("fees_2025.csv"))});
    REQUIRE(aetna.exitCode == 0);
    CHECK_FALSE(QJsonDocument::fromJson(aetna.out).object().value(QStringLiteral("payer_id")).toString().isEmpty());
    auto list = run(db, {QStringLiteral("fees"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(list.out).array().size() == 2);
    auto usage = run(db, {QStringLiteral("fees"), QStringLiteral("import"), data(QStringLiteral("fees_2025.csv"))});
    CHECK(usage.exitCode == 2);
}

TEST_CASE("codes import: versions by date, refusals with line numbers", "[practice_cli]")
{
    fd::test::TempDir dir;
    const QString db = makePractice(dir);
    auto bad = run(db, {QStringLiteral("codes"), QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("icd10cm"),
                        QStringLiteral("--version"), QStringLiteral("2024"), data(QStringLiteral("icd10cm_order_malformed.txt"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("line 2:"));
    CHECK(bad.err.contains("line 4:"));
    CHECK(bad.err.contains("line 7:"));

    auto v2024 = run(db, {QStringLiteral("codes"), QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("icd10cm"),
                          QStringLiteral("--version"), QStringLiteral("2024"), QStringLiteral("--json"),
                          data(QStringLiteral("icd10cm_order_2024.txt"))});
    REQUIRE(v2024.exitCode == 0);
    CHECK(QJsonDocument::fromJson(v2024.out).object().value(QStringLiteral("effective_from")).toString() == QStringLiteral("2023-10-01"));
    REQUIRE(run(db, {QStringLiteral("codes"), QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("icd10cm"),
                     QStringLiteral("--version"), QStringLiteral("2025"), data(QStringLiteral("icd10cm_order_2025.txt"))}).exitCode == 0);

    auto older = run(db, {QStringLiteral("codes"), QStringLiteral("check"), QStringLiteral("--set"), QStringLiteral("icd10cm"),
                          QStringLiteral("--date"), QStringLiteral("2024-06-01"), QStringLiteral("E66.9"), QStringLiteral("--json")});
    CHECK(older.exitCode == 0);
    auto newer = run(db, {QStringLiteral("codes"), QStringLiteral("check"), QStringLiteral("--set"), QStringLiteral("icd10cm"),
                          QStringLiteral("--date"), QStringLiteral("2025-01-15"), QStringLiteral("E66.9"), QStringLiteral("E11.9"),
                          QStringLiteral("--json")});
    CHECK(newer.exitCode == 3);
    const QJsonArray rows = QJsonDocument::fromJson(newer.out).array();
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows.at(0).toObject().value(QStringLiteral("valid")).toBool());
    CHECK(rows.at(1).toObject().value(QStringLiteral("valid")).toBool());

    auto versions = run(db, {QStringLiteral("codes"), QStringLiteral("versions"), QStringLiteral("--json")});
    REQUIRE(versions.exitCode == 0);
    CHECK(QJsonDocument::fromJson(versions.out).array().size() == 10);  // 8 starter sets + 2 imports
    auto unknown = run(db, {QStringLiteral("codes"), QStringLiteral("import"), QStringLiteral("--set"), QStringLiteral("cpt"),
                            QStringLiteral("--version"), QStringLiteral("2025"), data(QStringLiteral("fees_2025.csv"))});
    CHECK(unknown.exitCode == 2);
}
