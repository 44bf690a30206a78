#pragma once

// The practice file the billing CLI tests start from (claims, acknowledgments): set up once
// here so each test names only what differs.

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

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace fd::test {

inline const QString kBillingCliNpi = QStringLiteral("1234567893");         // the provider's
inline const QString kBillingCliPracticeNpi = QStringLiteral("1245319599");  // the practice's

struct BillingCliPractice
{
    QString account;
    QString locationId;
};

// A practice with its billing profile, an office, a provider (NPI kBillingCliNpi), a payer, a
// charge master and one fictional patient on her own plan (`patientCsvRow`: last_name,
// first_name, dob, sex, address1, city, state, zip), made through frontdeskctl init and
// patients import as the administrator "alice" with `password`, then the services.
inline BillingCliPractice makeBillingCliPractice(TempDir& dir, const QString& db, const QString& password,
                                                 const QString& clinic, const QByteArray& patientCsvRow)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("FRONTDESK_PASSWORD"), password);
    auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                        clinic, QStringLiteral("--admin"), QStringLiteral("alice"),
                        QStringLiteral("--json")},
                       env);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = dir.file(QStringLiteral("one.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("last_name,first_name,dob,sex,address1,city,state,zip\n")
            + patientCsvRow);
    f.close();
    auto imported = runCli({QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv,
                            QStringLiteral("--db"), db},
                           env);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    BillingCliPractice out;
    withPracticeServices(db, QStringLiteral("alice"), password, [&](ServiceRegistry& registry) {
        auto profileService = registry.get<practice::IPracticeProfile>();
        practice::PracticeProfile profile = need(profileService->profile());
        profile.npi = kBillingCliPracticeNpi;
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
        p.npi = kBillingCliNpi;
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

// A visit of the practice's patient `daysAgo` days ago with `lines` (charges add's form) and
// `diagnoses`, charged, built into one claim and made ready through `cli` (the test's own
// runner, logged in); then, when `exportTo` is given, exported there as an 837P. The claim
// number.
template <typename Cli>
QString readyOneClaim(Cli&& cli, const QString& db, const BillingCliPractice& practice, int daysAgo,
                      const QString& lines = QStringLiteral("99213@1"),
                      const QString& diagnoses = QStringLiteral("J06.9"), const QString& exportTo = {})
{
    const QString day = QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
    auto added = cli({QStringLiteral("charges"), QStringLiteral("add"), QStringLiteral("--patient"), practice.account,
                      QStringLiteral("--lines"), lines, QStringLiteral("--dx"), diagnoses, QStringLiteral("--date"),
                      day, QStringLiteral("--provider"), kBillingCliNpi, QStringLiteral("--location"),
                      practice.locationId},
                     db);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    auto built = cli({QStringLiteral("claims"), QStringLiteral("build"), QStringLiteral("--from"), day,
                      QStringLiteral("--to"), day, QStringLiteral("--json")},
                     db);
    REQUIRE(built.exitCode == 0);
    const QJsonArray claims = QJsonDocument::fromJson(built.out).object().value(QStringLiteral("claims")).toArray();
    REQUIRE(claims.size() == 1);
    auto ready = cli({QStringLiteral("claims"), QStringLiteral("ready"), QStringLiteral("--all")}, db);
    INFO(ready.out.toStdString() + ready.err.toStdString());
    REQUIRE(ready.exitCode == 0);
    if (!exportTo.isEmpty()) {
        auto exported = cli({QStringLiteral("claims"), QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("837"), QStringLiteral("--out"), exportTo},
                            db);
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
    }
    return claims.at(0).toObject().value(QStringLiteral("claim_number")).toString();
}

}  // namespace fd::test
