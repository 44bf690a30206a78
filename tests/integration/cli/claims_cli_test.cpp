// frontdeskctl charges add|unbilled, claims build|list|ready|export and x12 check, end to end
// on a real practice file.
#include "billing_cli_practice.h"
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include "app/common/cores.h"
#include "patients/core/patients.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/practice_session.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::need;
using fd::test::runCli;
using fd::test::withPracticeServices;
using namespace fd;

namespace {

const QString kPassword = QStringLiteral("claims cli password 9");
const QString kNpi = fd::test::kBillingCliNpi;

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return e;
}

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    return runCli(args + QStringList{QStringLiteral("--db"), db}, env());
}

using Practice = fd::test::BillingCliPractice;

Practice makePractice(fd::test::TempDir& dir, const QString& db)
{
    return fd::test::makeBillingCliPractice(dir, db, kPassword, QStringLiteral("Claims Test Clinic"),
                                            "Claimtest,Cora,1984-04-04,F,7 Oak St,Albany,NY,12207\n");
}

}  // namespace

TEST_CASE("charges add and unbilled, claims build, ready, list and export, then x12 check", "[cli][claims]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const Practice practice = makePractice(dir, db);
    const QString day = QDate::currentDate().addDays(-3).toString(Qt::ISODate);

    auto bad = cli({QStringLiteral("charges"), QStringLiteral("add"), QStringLiteral("--patient"), practice.account,
                    QStringLiteral("--lines"), QStringLiteral("9921"), QStringLiteral("--dx"), QStringLiteral("J06.9"),
                    QStringLiteral("--date"), day, QStringLiteral("--provider"), kNpi, QStringLiteral("--location"),
                    practice.locationId},
                   db);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("lines[1]"));

    auto added = cli({QStringLiteral("charges"), QStringLiteral("add"), QStringLiteral("--patient"), practice.account,
                      QStringLiteral("--lines"), QStringLiteral("99213:25@1,36415x2@2.1"), QStringLiteral("--dx"),
                      QStringLiteral("J06.9,E11.9"), QStringLiteral("--date"), day, QStringLiteral("--provider"), kNpi,
                      QStringLiteral("--location"), practice.locationId, QStringLiteral("--json")},
                     db);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject encounter = QJsonDocument::fromJson(added.out).object();
    CHECK(encounter.value(QStringLiteral("total")).toString() == QLatin1String("149.00"));
    CHECK(encounter.value(QStringLiteral("lines")).toArray().size() == 2);

    auto unbilled = cli({QStringLiteral("charges"), QStringLiteral("unbilled"), QStringLiteral("--json")}, db);
    REQUIRE(unbilled.exitCode == 0);
    CHECK(QJsonDocument::fromJson(unbilled.out).array().size() == 2);

    auto built = cli({QStringLiteral("claims"), QStringLiteral("build"), QStringLiteral("--from"), day,
                      QStringLiteral("--to"), day, QStringLiteral("--json")},
                     db);
    INFO(built.err.toStdString());
    REQUIRE(built.exitCode == 0);
    const QJsonArray claims = QJsonDocument::fromJson(built.out).object().value(QStringLiteral("claims")).toArray();
    REQUIRE(claims.size() == 1);
    CHECK(claims.at(0).toObject().value(QStringLiteral("claim_number")).toString().size() <= 20);

    auto drafts = cli({QStringLiteral("claims"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("draft"), QStringLiteral("--json")},
                      db);
    REQUIRE(drafts.exitCode == 0);
    CHECK(QJsonDocument::fromJson(drafts.out).array().size() == 1);
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("ready")}, db).exitCode == 2);
    REQUIRE(cli({QStringLiteral("claims"), QStringLiteral("ready"), QStringLiteral("--all")}, db).exitCode == 0);

    const QString file = dir.file(QStringLiteral("batch.837"));
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("835"),
               QStringLiteral("--out"), file},
              db)
              .exitCode == 2);
    auto exported = cli({QStringLiteral("claims"), QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("837"), QStringLiteral("--out"), file, QStringLiteral("--json")},
                        db);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("interchange_control_number")).toInt() ==
          1);
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray x = written.readAll();
    CHECK(x.contains("~SV1*HC:99213:25*125*UN*1***1~"));
    CHECK(x.contains("~SV1*HC:36415*24*UN*2***2:1~"));

    auto checked = runCli({QStringLiteral("x12"), QStringLiteral("check"), file});
    INFO(checked.out.toStdString());
    CHECK(checked.exitCode == 0);

    auto submitted = cli({QStringLiteral("claims"), QStringLiteral("list"), QStringLiteral("--status"),
                          QStringLiteral("submitted"), QStringLiteral("--json")},
                         db);
    REQUIRE(submitted.exitCode == 0);
    CHECK(QJsonDocument::fromJson(submitted.out).array().size() == 1);
    // Nothing is ready any more: a second export writes nothing.
    auto again = cli({QStringLiteral("claims"), QStringLiteral("export"), QStringLiteral("--format"),
                      QStringLiteral("837"), QStringLiteral("--out"), dir.file(QStringLiteral("again.837"))},
                     db);
    CHECK(again.exitCode != 0);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("again.837"))));
}
