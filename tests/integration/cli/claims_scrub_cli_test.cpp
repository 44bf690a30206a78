// frontdeskctl claims scrub|ack-warning, billing ncci import and billing payer-rules set, end
// to end on a real practice file: exit 3 while a claim has an error.
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include "patients/core/patients.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"

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

const QString kPassword = QStringLiteral("scrub cli password 4");
const QString kNpi = QStringLiteral("1234567893");
const QString kPracticeNpi = QStringLiteral("1245319599");

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return runCli(args + QStringList{QStringLiteral("--db"), db}, e);
}

QString writeFile(fd::test::TempDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.file(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

// A practice with its billing profile, an office, a provider, the payer Acme Health, a charge
// master and one fictional patient on her own plan; returns the patient's account number.
QString makePractice(fd::test::TempDir& dir, const QString& db)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                        QStringLiteral("Scrub Test Clinic"), QStringLiteral("--admin"), QStringLiteral("alice")},
                       e);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = writeFile(dir, "one.csv",
                                  "last_name,first_name,dob,sex,address1,city,state,zip\n"
                                  "Scrubtest,Cora,1984-04-04,F,7 Oak St,Albany,NY,12207\n");
    REQUIRE(cli({QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv}, db).exitCode == 0);
    QString account;
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
        const QString locationId = need(registry.get<practice::ILocationService>()->save(l)).id;
        practice::Provider p;
        p.firstName = QStringLiteral("Ada");
        p.lastName = QStringLiteral("Lovelace");
        p.npi = kNpi;
        p.taxonomy = QStringLiteral("207Q00000X");
        p.locationIds = {locationId};
        need(registry.get<practice::IProviderService>()->save(p));
        practice::Payer payer;
        payer.name = QStringLiteral("Acme Health");
        payer.payerIds = {{QStringLiteral("default"), QStringLiteral("60054")}};
        const QString payerId = need(registry.get<practice::IPayerService>()->save(payer)).id;
        std::vector<practice::FeeItem> items;
        for (const auto& [code, cents] : {std::pair{"99213", 12500}, std::pair{"87880", 3500}}) {
            practice::FeeItem item;
            item.code = QString::fromLatin1(code);
            item.amount = Money::fromCents(cents);
            items.push_back(item);
        }
        need(registry.get<practice::IFeeScheduleService>()->addSchedule(
            {{}, 0, QStringLiteral("Charge master"), {}, QDate(2020, 1, 1), {}, 0}, items));
        auto patients = need(registry.get<patients::IPatientService>()->list());
        REQUIRE(patients.size() == 1);
        account = patients.front().accountNumber;
        patients::Coverage c;
        c.patientId = patients.front().id;
        c.payerId = payerId;
        c.memberId = QStringLiteral("ACM100200");
        c.planName = QStringLiteral("Acme PPO");
        c.effectiveFrom = QDate(2020, 1, 1);
        need(registry.get<patients::ICoverageService>()->save(c));
        // The location id is what charges add needs.
        account += QLatin1Char(' ') + locationId;
    });
    return account;
}

}  // namespace

TEST_CASE("claims scrub exits 3 on errors; payer rules, NCCI import and acknowledgments", "[cli][claims][scrub]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const QStringList made = makePractice(dir, db).split(QLatin1Char(' '));
    const QString day = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
    auto added = cli({QStringLiteral("charges"), QStringLiteral("add"), QStringLiteral("--patient"), made.at(0),
                      QStringLiteral("--lines"), QStringLiteral("99213,87880"), QStringLiteral("--dx"),
                      QStringLiteral("J06.9"), QStringLiteral("--date"), day, QStringLiteral("--provider"), kNpi,
                      QStringLiteral("--location"), made.at(1)},
                     db);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    auto built = cli({QStringLiteral("claims"), QStringLiteral("build"), QStringLiteral("--from"), day,
                      QStringLiteral("--to"), day, QStringLiteral("--json")},
                     db);
    REQUIRE(built.exitCode == 0);
    const QJsonObject claim =
        QJsonDocument::fromJson(built.out).object().value(QStringLiteral("claims")).toArray().at(0).toObject();
    const QString claimId = claim.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(claimId.isEmpty());

    auto clean = cli({QStringLiteral("claims"), QStringLiteral("scrub")}, db);
    INFO(clean.out.toStdString() + clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains("1 claim(s) scrubbed, 1 clean"));

    // A bad NCCI file changes nothing and names its line; a good one makes 87880 an error.
    const QString bad = writeFile(dir, "bad.txt",
                                  "Column 1\tColumn 2\tPrior\tEffective\tDeletion\tModifier\n"
                                  "99213\t87880\t\t20200101\t*\t1\n"
                                  "99213\t87881\t\t20200101\t*\t7\n");
    auto refused = cli({QStringLiteral("billing"), QStringLiteral("ncci"), QStringLiteral("import"), bad}, db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("line 3"));
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("scrub")}, db).exitCode == 0);
    const QString good = writeFile(dir, "ptp.txt",
                                   "Column 1\tColumn 2\tPrior\tEffective\tDeletion\tModifier\n"
                                   "99213\t87880\t\t20200101\t*\t1\tStandards of practice\n");
    auto imported = cli({QStringLiteral("billing"), QStringLiteral("ncci"), QStringLiteral("import"), good,
                         QStringLiteral("--json")},
                        db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("inserted")).toInt() == 1);

    auto flagged = cli({QStringLiteral("claims"), QStringLiteral("scrub"), QStringLiteral("--claim"), claimId,
                        QStringLiteral("--json")},
                       db);
    CHECK(flagged.exitCode == 3);
    const QJsonArray results = QJsonDocument::fromJson(flagged.out).array();
    REQUIRE(results.size() == 1);
    const QJsonObject result = results.at(0).toObject();
    CHECK(result.value(QStringLiteral("errors")).toInt() == 1);
    const QJsonObject finding = result.value(QStringLiteral("findings")).toArray().at(0).toObject();
    CHECK(finding.value(QStringLiteral("rule")).toString() == QLatin1String("NCCI-PTP"));
    CHECK(finding.value(QStringLiteral("line")).toInt() == 2);
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("ack-warning"), claimId, QStringLiteral("NCCI-PTP")}, db)
              .exitCode == 1);
    auto notReady = cli({QStringLiteral("claims"), QStringLiteral("ready"), claimId}, db);
    CHECK(notReady.exitCode == 1);
    CHECK(notReady.err.contains("NCCI-PTP"));

    // A payer rule adds a second error; taking both away lets the claim go to ready.
    REQUIRE(cli({QStringLiteral("billing"), QStringLiteral("payer-rules"), QStringLiteral("set"),
                 QStringLiteral("Acme Health"), QStringLiteral("--require-referring"), QStringLiteral("yes")},
                db)
                .exitCode == 0);
    auto two = cli({QStringLiteral("claims"), QStringLiteral("scrub")}, db);
    CHECK(two.exitCode == 3);
    CHECK(two.out.contains("REFERRING-REQUIRED"));
    CHECK(cli({QStringLiteral("billing"), QStringLiteral("payer-rules"), QStringLiteral("set"),
               QStringLiteral("Nobody Health"), QStringLiteral("--require-referring"), QStringLiteral("no")},
              db)
              .exitCode == 1);
    CHECK(cli({QStringLiteral("billing"), QStringLiteral("payer-rules"), QStringLiteral("set"),
               QStringLiteral("60054"), QStringLiteral("--require-referring"), QStringLiteral("maybe")},
              db)
              .exitCode == 2);
    REQUIRE(cli({QStringLiteral("billing"), QStringLiteral("payer-rules"), QStringLiteral("set"),
                 QStringLiteral("60054"), QStringLiteral("--require-referring"), QStringLiteral("no")},
                db)
                .exitCode == 0);
    const QString deleted = writeFile(dir, "deleted.txt",
                                      "99213\t87880\t\t20200101\t20201231\t1\tDeleted at the end of 2020\n");
    REQUIRE(cli({QStringLiteral("billing"), QStringLiteral("ncci"), QStringLiteral("import"), deleted}, db).exitCode ==
            0);
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("scrub"), claimId}, db).exitCode == 0);
    auto ready = cli({QStringLiteral("claims"), QStringLiteral("ready"), claimId}, db);
    INFO(ready.err.toStdString());
    CHECK(ready.exitCode == 0);
}
