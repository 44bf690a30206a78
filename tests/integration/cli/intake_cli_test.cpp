// frontdeskctl patients intake import and list, end to end on a real practice file.
#include "cli_runner.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::runCli;

namespace {

const QString kPassword = QStringLiteral("intake cli password 7");

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return e;
}

QString sample(const char* name)
{
    return fd::test::sourceDir() + QStringLiteral("/tests/data/patients/") + QString::fromLatin1(name);
}

fd::test::CliRun intake(const QStringList& args, const QString& db)
{
    return runCli(QStringList{QStringLiteral("patients"), QStringLiteral("intake")} + args +
                      QStringList{QStringLiteral("--db"), db},
                  env());
}

QJsonArray pending(const QString& db)
{
    auto r = intake({QStringLiteral("list"), QStringLiteral("--json")}, db);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    REQUIRE(doc.isArray());
    return doc.array();
}

}  // namespace

TEST_CASE("patients intake import stages both formats; a bad file exits 3 with its path and stages nothing",
          "[cli][patients][intake]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                        QStringLiteral("Intake Test Clinic"), QStringLiteral("--admin"), QStringLiteral("alice"),
                        QStringLiteral("--json")},
                       env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(pending(db).isEmpty());

    auto server = intake({QStringLiteral("import"), sample("intake-server.json"), QStringLiteral("--json")}, db);
    INFO(server.err.toStdString());
    REQUIRE(server.exitCode == 0);
    const QJsonObject staged = QJsonDocument::fromJson(server.out).object();
    CHECK(staged.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(staged.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1990-01-15"));
    CHECK(staged.value(QStringLiteral("matched_patient_id")).toString().isEmpty());  // nobody to match yet

    auto fhir = intake({QStringLiteral("import"), sample("intake-response.json")}, db);
    INFO(fhir.err.toStdString());
    REQUIRE(fhir.exitCode == 0);
    CHECK(fhir.out.contains("waiting for review"));
    REQUIRE(pending(db).size() == 2);

    auto bad = intake({QStringLiteral("import"), sample("intake-bad-date.json")}, db);
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains("intake-bad-date.json"));
    CHECK(bad.err.contains("valueDate"));
    CHECK(pending(db).size() == 2);

    // The same answers again are refused while the first copy waits.
    auto again = intake({QStringLiteral("import"), sample("intake-server.json")}, db);
    CHECK(again.exitCode != 0);
    CHECK(pending(db).size() == 2);

    auto wrongStatus = intake({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("maybe")}, db);
    CHECK(wrongStatus.exitCode == 2);
}
