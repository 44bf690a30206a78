// frontdeskctl appointments export (iCalendar) and the calendar's resources in fhir export,
// end to end on a real practice file.
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include "app/common/cores.h"
#include "calendar/core/calendar.h"
#include "practice/core/locations.h"
#include "practice/core/providers.h"
#include "security/practice_session.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using fd::test::need;
using fd::test::runCli;
using fd::test::withPracticeServices;
using namespace fd;

namespace {

const QString kPassword = QStringLiteral("calendar export password 7");
const QString kNpi = QStringLiteral("1234567893");

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

// A practice with one fictional patient (returns the account number), a New York office, a
// provider working there Monday to Friday 8-17, and a 30-minute follow-up type.
QString makePractice(fd::test::TempDir& dir, const QString& db)
{
    auto init =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                QStringLiteral("Export Test Clinic"), QStringLiteral("--admin"),
                QStringLiteral("alice"), QStringLiteral("--json")},
               env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = dir.file(QStringLiteral("one.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        "last_name,first_name,dob,sex,address1,city,state,zip\n"
        "Exporttest,Nora,1984-04-04,F,7 Oak St,Albany,NY,12207\n");
    f.close();
    auto imported = cli(
        {QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    auto search = cli({QStringLiteral("patients"), QStringLiteral("search"),
                       QStringLiteral("exporttest"), QStringLiteral("--json")},
                      db);
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    REQUIRE(hits.size() == 1);

    withPracticeServices(db, QStringLiteral("alice"), kPassword, [&](ServiceRegistry& registry) {
        practice::Location l;
        l.name = QStringLiteral("Main Office");
        l.address = {QStringLiteral("12 Main St"),
                     {},
                     QStringLiteral("Albany"),
                     QStringLiteral("NY"),
                     QStringLiteral("12207")};
        l.timeZone = QStringLiteral("America/New_York");
        const QString location = need(registry.get<practice::ILocationService>()->save(l)).id;
        practice::Provider p;
        p.firstName = QStringLiteral("Ada");
        p.lastName = QStringLiteral("Lovelace");
        p.npi = kNpi;
        p.taxonomy = QStringLiteral("207Q00000X");
        p.locationIds = {location};
        const QString provider = need(registry.get<practice::IProviderService>()->save(p)).id;
        calendar::ScheduleTemplate t;
        t.providerId = provider;
        t.locationId = location;
        t.name = QStringLiteral("Week");
        t.effectiveFrom = QDate(2020, 1, 1);
        for (int d = 1; d <= 5; ++d)
            t.hours.push_back({d, calendar::WeekParity::Every, QTime(8, 0), QTime(17, 0)});
        need(registry.get<calendar::IScheduleAdmin>()->saveTemplate(t));
        calendar::AppointmentType fu;
        fu.code = QStringLiteral("FU30");
        fu.name = QStringLiteral("Follow-up");
        fu.durationMinutes = 30;
        need(registry.get<calendar::IScheduleAdmin>()->saveType(fu));
    });
    return hits.at(0).toObject().value(QStringLiteral("account_number")).toString();
}

QStringList exportArgs(const QString& from, const QString& to, const QString& out)
{
    return {QStringLiteral("appointments"), QStringLiteral("export"),
            QStringLiteral("--provider"),   kNpi,
            QStringLiteral("--from"),       from,
            QStringLiteral("--to"),         to,
            QStringLiteral("--format"),     QStringLiteral("ics"),
            QStringLiteral("--out"),        out};
}

}  // namespace

TEST_CASE("appointments export writes a provider's schedule as iCalendar", "[cli][calendar]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const QString account = makePractice(dir, db);
    QDate monday = QDate::currentDate().addDays(7);
    monday = monday.addDays(8 - monday.dayOfWeek());
    for (const QString& when :
         {monday.toString(Qt::ISODate) + QStringLiteral("T09:00"),
          monday.addDays(1).toString(Qt::ISODate) + QStringLiteral("T14:30")}) {
        auto booked =
            cli({QStringLiteral("appointments"), QStringLiteral("book"),
                 QStringLiteral("--patient"), account, QStringLiteral("--provider"), kNpi,
                 QStringLiteral("--type"), QStringLiteral("FU30"), QStringLiteral("--start"), when},
                db);
        INFO(booked.err.toStdString());
        REQUIRE(booked.exitCode == 0);
    }
    const QString from = monday.toString(Qt::ISODate);
    const QString to = monday.addDays(4).toString(Qt::ISODate);
    const QString ics = dir.file(QStringLiteral("schedule.ics"));
    auto exported = cli(exportArgs(from, to, ics) << QStringLiteral("--json"), db);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(exported.out)
              .object()
              .value(QStringLiteral("appointments"))
              .toInt() == 2);
    // Readable and writable by its owner only (Qt reports the owner's bits twice, as Owner and User).
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(ics) & others) == QFile::Permissions());
    CHECK(QFile::permissions(ics).testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    file.close();
    CHECK(text.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(text.count("BEGIN:VTIMEZONE") == 1);
    CHECK(text.count("BEGIN:VEVENT") == 2);
    CHECK(text.contains("TZID:America/New_York"));
    CHECK(text.contains("DTSTART;TZID=America/New_York:" +
                        monday.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "T090000"));
    CHECK(text.contains("DTSTART;TZID=America/New_York:" +
                        monday.addDays(1).toString(QStringLiteral("yyyyMMdd")).toLatin1() +
                        "T143000"));
    CHECK(text.count("SUMMARY:Follow-up\r\n") == 2);
    CHECK(text.count("STATUS:TENTATIVE") == 2);
    CHECK_FALSE(text.contains("Exporttest"));  // names only when asked for

    // An existing file is kept unless --force; with --with-names the summaries name the patient.
    auto refused = cli(exportArgs(from, to, ics) << QStringLiteral("--with-names"), db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("exists"));
    auto named = cli(exportArgs(from, to, ics)
                         << QStringLiteral("--with-names") << QStringLiteral("--force"),
                     db);
    INFO(named.err.toStdString());
    REQUIRE(named.exitCode == 0);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count("SUMMARY:Follow-up: Nora Exporttest\r\n") == 2);

    auto badFormat =
        cli({QStringLiteral("appointments"), QStringLiteral("export"), QStringLiteral("--provider"),
             kNpi, QStringLiteral("--from"), from, QStringLiteral("--to"), to,
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
             dir.file(QStringLiteral("x.csv"))},
            db);
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains("--format"));
    auto backwards = cli(exportArgs(to, from, dir.file(QStringLiteral("y.ics"))), db);
    CHECK(backwards.exitCode == 2);
    auto unknown =
        cli({QStringLiteral("appointments"), QStringLiteral("export"), QStringLiteral("--provider"),
             QStringLiteral("1999999992"), QStringLiteral("--from"), from, QStringLiteral("--to"),
             to, QStringLiteral("--out"), dir.file(QStringLiteral("z.ics"))},
            db);
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("z.ics"))));

    auto audit =
        runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db,
                QStringLiteral("--action"), QStringLiteral("export"), QStringLiteral("--json")},
               env());
    REQUIRE(audit.exitCode == 0);
    int icsExports = 0;
    for (const QJsonValue& e : QJsonDocument::fromJson(audit.out).array())
        icsExports += e.toObject().value(QStringLiteral("entity")).toString() ==
                      QStringLiteral("calendar_appointments");
    CHECK(icsExports == 2);

    // fhir export carries the schedule, its slots and the appointments; both validators pass.
    const QString out = dir.file(QStringLiteral("fhir"));
    auto fhir = runCli({QStringLiteral("fhir"), QStringLiteral("export"), QStringLiteral("--db"),
                        db, QStringLiteral("--out"), out, QStringLiteral("--json")},
                       env());
    INFO(fhir.err.toStdString());
    REQUIRE(fhir.exitCode == 0);
    for (const char* type : {"Schedule", "Slot", "Appointment"})
        CHECK(QFile::exists(
            QDir(out).filePath(QString::fromLatin1(type) + QStringLiteral(".ndjson"))));
    REQUIRE(fd::test::fhirValidatorInstalled());
    QProcess node;
    node.start(QStringLiteral("node"), {fd::test::fhirValidatorScript(),
                                        QDir(out).filePath(QStringLiteral("bundle.json"))});
    REQUIRE(node.waitForFinished(300000));
    const QByteArray verdict = node.readAllStandardOutput() + node.readAllStandardError();
    INFO(verdict.toStdString());
    CHECK(node.exitCode() == 0);
    CHECK(verdict.contains("1 file(s) checked, 0 problem(s)"));
}
