// frontdeskctl recalls add, list, dismiss and campaign, end to end on a real practice file.
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include "app/common/cores.h"
#include "calendar/core/calendar.h"
#include "calendar/core/recall_service.h"
#include "patients/core/patients.h"
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

const QString kPassword = QStringLiteral("recall cli password 7");

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

// A practice with two fictional patients (their account numbers), the first Spanish-speaking
// with email consent, and the reason "Annual physical" (12 months, PE45).
QStringList makePractice(fd::test::TempDir& dir, const QString& db)
{
    auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                        QStringLiteral("--practice"), QStringLiteral("Recall Test Clinic"),
                        QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--json")},
                       env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = dir.file(QStringLiteral("two.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("last_name,first_name,dob,sex,address1,city,state,zip\n"
            "Recalltest,Rosa,1970-02-02,F,7 Oak St,Albany,NY,12207\n"
            "Recalltest,Raul,1965-06-06,M,9 Elm St,Albany,NY,12207\n");
    f.close();
    auto imported =
        cli({QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    QStringList accounts;
    withPracticeServices(db, QStringLiteral("alice"), kPassword, [&](ServiceRegistry& registry) {
        auto patients = registry.get<patients::IPatientService>();
        for (const auto& s : need(patients->list({}))) {
            if (s.displayName.startsWith(QLatin1String("Recalltest, Rosa"))) {
                auto p = need(patients->get(s.id));
                p.email = QStringLiteral("rosa@example.org");
                p.emailConsent = true;
                p.preferredLanguage = QStringLiteral("es");
                need(patients->update(p));
                accounts.prepend(s.accountNumber);
            } else if (s.displayName.startsWith(QLatin1String("Recalltest"))) {
                accounts.append(s.accountNumber);
            }
        }
        calendar::AppointmentType pe;
        pe.code = QStringLiteral("PE45");
        pe.name = QStringLiteral("Annual physical");
        pe.durationMinutes = 45;
        need(registry.get<calendar::IScheduleAdmin>()->saveType(pe));
        calendar::RecallReason reason;
        reason.name = QStringLiteral("Annual physical");
        reason.intervalMonths = 12;
        reason.typeIds = {QStringLiteral("PE45")};
        need(registry.get<calendar::IRecallService>()->saveReason(reason));
    });
    REQUIRE(accounts.size() == 2);
    return accounts;
}

}  // namespace

TEST_CASE("recalls add, list, campaign --dry-run and dismiss", "[cli][recalls]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const QStringList accounts = makePractice(dir, db);
    const QDate today = QDate::currentDate();
    const QString lateDue = today.addDays(-40).toString(Qt::ISODate);
    const QString laterDue = today.addDays(60).toString(Qt::ISODate);

    auto added = cli({QStringLiteral("recalls"), QStringLiteral("add"), accounts[0],
                      QStringLiteral("Annual physical"), QStringLiteral("--due"), lateDue,
                      QStringLiteral("--json")},
                     db);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString lateId = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(lateId.isEmpty());
    added = cli({QStringLiteral("recalls"), QStringLiteral("add"), accounts[1],
                 QStringLiteral("annual physical"), QStringLiteral("--due"), laterDue},
                db);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains("added, due " + laterDue.toUtf8()));

    // Bad input: a malformed date is a usage error, an unknown reason is named.
    CHECK(cli({QStringLiteral("recalls"), QStringLiteral("add"), accounts[0],
               QStringLiteral("Annual physical"), QStringLiteral("--due"), QStringLiteral("soon")},
              db)
              .exitCode == 2);
    auto unknown = cli({QStringLiteral("recalls"), QStringLiteral("add"), accounts[0],
                        QStringLiteral("Dental cleaning"), QStringLiteral("--due"), laterDue},
                       db);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("Dental cleaning"));

    auto listed = cli({QStringLiteral("recalls"), QStringLiteral("list"), QStringLiteral("--json")}, db);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("id")).toString() == lateId);
    CHECK(rows.at(0).toObject().value(QStringLiteral("state")).toString() == QLatin1String("overdue"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("state")).toString() == QLatin1String("due"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("reason")).toString() ==
          QLatin1String("Annual physical"));

    auto overdue = cli({QStringLiteral("recalls"), QStringLiteral("list"), QStringLiteral("--overdue"),
                        QStringLiteral("--json")},
                       db);
    REQUIRE(overdue.exitCode == 0);
    CHECK(QJsonDocument::fromJson(overdue.out).array().size() == 1);
    auto before = cli({QStringLiteral("recalls"), QStringLiteral("list"), QStringLiteral("--due-before"),
                       today.addDays(60).toString(Qt::ISODate), QStringLiteral("--reason"),
                       QStringLiteral("Annual physical"), QStringLiteral("--json")},
                      db);
    REQUIRE(before.exitCode == 0);
    CHECK(QJsonDocument::fromJson(before.out).array().size() == 1);  // due before, not on

    // The dry run writes to the overdue patient only, by email (consent), in Spanish; it is
    // sent now or waits for her daytime, depending on when the test runs.
    auto dry = cli({QStringLiteral("recalls"), QStringLiteral("campaign"), QStringLiteral("--dry-run"),
                    QStringLiteral("--json")},
                   db);
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(dry.out).object();
    CHECK(report.value(QStringLiteral("dry_run")).toBool());
    CHECK(report.value(QStringLiteral("recalls")).toInt() == 1);
    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 1);
    const QJsonObject item = items.at(0).toObject();
    CHECK(item.value(QStringLiteral("channel")).toString() == QLatin1String("email"));
    CHECK(item.value(QStringLiteral("language")).toString() == QLatin1String("es"));
    const QString outcome = item.value(QStringLiteral("outcome")).toString();
    CHECK((outcome == QLatin1String("would_send") || outcome == QLatin1String("deferred")));
    if (outcome == QLatin1String("would_send"))
        CHECK(item.value(QStringLiteral("preview")).toString() ==
              QStringLiteral("Es hora de programar su próxima visita"));
    // Without an SMTP server nothing is sent, and the text says why.
    auto real = cli({QStringLiteral("recalls"), QStringLiteral("campaign")}, db);
    INFO(real.err.toStdString());
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains("0 sent"));

    CHECK(cli({QStringLiteral("recalls"), QStringLiteral("dismiss"), lateId}, db).exitCode == 2);
    auto dismissed = cli({QStringLiteral("recalls"), QStringLiteral("dismiss"), lateId,
                          QStringLiteral("--reason"), QStringLiteral("Moved away")},
                         db);
    INFO(dismissed.err.toStdString());
    REQUIRE(dismissed.exitCode == 0);
    listed = cli({QStringLiteral("recalls"), QStringLiteral("list"), QStringLiteral("--json")}, db);
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out).array().size() == 1);
    listed = cli({QStringLiteral("recalls"), QStringLiteral("list"), QStringLiteral("--all")}, db);
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains("dismissed"));
    CHECK(listed.out.contains("2 recall(s)"));
}
