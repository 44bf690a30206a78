// frontdeskctl charges add|unbilled, claims build|list|ready|export and x12 check, end to end
// on a real practice file.
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
const QString kNpi = QStringLiteral("1234567893");
const QString kPracticeNpi = QStringLiteral("1245319599");

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

struct Practice
{
    QString account;
    QString locationId;
};

// A practice with its billing profile, an office, a provider, a payer, a charge master and
// one fictional patient on her own plan.
Practice makePractice(fd::test::TempDir& dir, const QString& db)
{
    auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                        QStringLiteral("Claims Test Clinic"), QStringLiteral("--admin"), QStringLiteral("alice"),
                        QStringLiteral("--json")},
                       env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = dir.file(QStringLiteral("one.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("last_name,first_name,dob,sex,address1,city,state,zip\n"
            "Claimtest,Cora,1984-04-04,F,7 Oak St,Albany,NY,12207\n");
    f.close();
    auto imported = cli({QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    Practice out;
    withPracticeServices(db, QStringLiteral("alice"), kPassword, [&](ServiceRegistry& registry) {
        auto profileService = registry.get<practice::IPracticeProfile>();
        practice::PracticeProfile profile = need(profileService->profile());
        profile.npi = kPracticeNpi;
        profile.taxId = QStringLiteral("12-3456789");
        profile.taxonomy = QStringLiteral("207Q00000X");
        profile.billingAddress = {QStringLiteral("100 State St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                                  QStringLiteral("12207-1234")};
        profile.phone = QStringLiteral("5185550123");
        REQUIRE(profileService->save(profile).ok());
        practice::Location l;
        l.name = QStringLiteral("Main Office");
        l.address = {QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                     QStringLiteral("12207")};
        out.locationId = need(registry.get<practice::ILocationService>()->save(l)).id;
        practice::Provider p;
        p.firstName = QStringLiteral("Ada");
        p.lastName = QStringLiteral("Lovelace");
        p.npi = kNpi;
        p.taxonomy = QStringLiteral("207Q00000X");
        p.locationIds = {out.locationId};
        need(registry.get<practice::IProviderService>()->save(p));
        practice::Payer payer;
        payer.name = QStringLiteral("Acme Health");
        payer.payerIds = {{QStringLiteral("default"), QStringLiteral("60054")}};
        const QString payerId = need(registry.get<practice::IPayerService>()->save(payer)).id;
        practice::FeeItem visit;
        visit.code = QStringLiteral("99213");
        visit.amount = Money::fromCents(12500);
        practice::FeeItem draw;
        draw.code = QStringLiteral("36415");
        draw.amount = Money::fromCents(1200);
        need(registry.get<practice::IFeeScheduleService>()->addSchedule(
            {{}, 0, QStringLiteral("Charge master"), {}, QDate(2020, 1, 1), {}, 0}, {visit, draw}));
        auto patients = registry.get<patients::IPatientService>()->list();
        REQUIRE(patients.ok());
        REQUIRE(patients->size() == 1);
        out.account = patients->front().accountNumber;
        patients::Coverage c;
        c.patientId = patients->front().id;
        c.payerId = payerId;
        c.memberId = QStringLiteral("ACM100200");
        c.planName = QStringLiteral("Acme PPO");
        c.effectiveFrom = QDate(2020, 1, 1);
        need(registry.get<patients::ICoverageService>()->save(c));
    });
    return out;
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
