// frontdeskctl slots find, appointments book and list, end to end on a real practice file.
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include "app/common/cores.h"
#include "calendar/core/calendar.h"
#include "practice/core/locations.h"
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

const QString kPassword = QStringLiteral("calendar cli password 5");
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
// provider working there Monday to Friday 8-17 with lunch, and a 30-minute follow-up type.
QString makePractice(fd::test::TempDir& dir, const QString& db)
{
    auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                        QStringLiteral("--practice"), QStringLiteral("Calendar Test Clinic"),
                        QStringLiteral("--admin"), QStringLiteral("alice"), QStringLiteral("--json")},
                       env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = dir.file(QStringLiteral("one.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("last_name,first_name,dob,sex,address1,city,state,zip\n"
            "Calendartest,Cora,1984-04-04,F,7 Oak St,Albany,NY,12207\n");
    f.close();
    auto imported =
        cli({QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    auto search = cli({QStringLiteral("patients"), QStringLiteral("search"),
                       QStringLiteral("calendartest"), QStringLiteral("--json")},
                      db);
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    REQUIRE(hits.size() == 1);

    withPracticeServices(db, QStringLiteral("alice"), kPassword, [&](ServiceRegistry& registry) {
        practice::Location l;
        l.name = QStringLiteral("Main Office");
        l.address = {QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"),
                     QStringLiteral("NY"), QStringLiteral("12207")};
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
        for (int d = 1; d <= 5; ++d) {
            t.hours.push_back({d, calendar::WeekParity::Every, QTime(8, 0), QTime(17, 0)});
            t.blocks.push_back({d, calendar::WeekParity::Every, QTime(12, 0), QTime(13, 0),
                                calendar::BlockKind::Lunch, QStringLiteral("Lunch")});
        }
        need(registry.get<calendar::IScheduleAdmin>()->saveTemplate(t));
        calendar::AppointmentType fu;
        fu.code = QStringLiteral("FU30");
        fu.name = QStringLiteral("Follow-up");
        fu.durationMinutes = 30;
        need(registry.get<calendar::IScheduleAdmin>()->saveType(fu));
    });
    return hits.at(0).toObject().value(QStringLiteral("account_number")).toString();
}

}  // namespace

TEST_CASE("slots find, appointments book (refused, overbooked) and list", "[cli][calendar]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const QString account = makePractice(dir, db);
    // A Monday at least a week ahead, so the booking is never in the past.
    QDate monday = QDate::currentDate().addDays(7);
    monday = monday.addDays(8 - monday.dayOfWeek());
    const QString day = monday.toString(Qt::ISODate);

    auto offered = cli({QStringLiteral("slots"), QStringLiteral("find"), QStringLiteral("--from"),
                      day, QStringLiteral("--to"), day, QStringLiteral("--type"),
                      QStringLiteral("FU30"), QStringLiteral("--limit"), QStringLiteral("3"),
                      QStringLiteral("--json")},
                     db);
    INFO(offered.err.toStdString());
    REQUIRE(offered.exitCode == 0);
    QJsonArray found = QJsonDocument::fromJson(offered.out).array();
    REQUIRE(found.size() == 3);
    CHECK(found.at(0).toObject().value(QStringLiteral("local_start")).toString() ==
          day + QStringLiteral("T08:00"));

    const QStringList book{QStringLiteral("appointments"), QStringLiteral("book"),
                           QStringLiteral("--patient"),    account,
                           QStringLiteral("--provider"),   kNpi,
                           QStringLiteral("--type"),       QStringLiteral("FU30"),
                           QStringLiteral("--start"),      day + QStringLiteral("T08:00"),
                           QStringLiteral("--json")};
    auto booked = cli(book, db);
    INFO(booked.err.toStdString());
    REQUIRE(booked.exitCode == 0);
    const QJsonObject a = QJsonDocument::fromJson(booked.out).object();
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("scheduled"));
    CHECK(a.value(QStringLiteral("local_start")).toString().startsWith(day + QStringLiteral("T08:00")));
    const QDateTime start = QDateTime::fromString(a.value(QStringLiteral("start")).toString(),
                                                  Qt::ISODateWithMs);
    CHECK(start == QDateTime(monday, QTime(8, 0), QTimeZone(QByteArrayLiteral("America/New_York"))));

    auto refused = cli(book, db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("provider_busy"));
    CHECK(refused.err.contains("another appointment"));

    auto lunch = cli({QStringLiteral("appointments"), QStringLiteral("book"),
                      QStringLiteral("--patient"), account, QStringLiteral("--provider"), kNpi,
                      QStringLiteral("--type"), QStringLiteral("FU30"), QStringLiteral("--start"),
                      day + QStringLiteral("T12:00")},
                     db);
    CHECK(lunch.exitCode == 1);
    CHECK(lunch.err.contains("in_block"));

    auto over = cli(book + QStringList{QStringLiteral("--overbook"),
                                       QStringLiteral("Urgent, doctor agreed")},
                    db);
    INFO(over.err.toStdString());
    REQUIRE(over.exitCode == 0);
    CHECK(QJsonDocument::fromJson(over.out).object().value(QStringLiteral("overbooked")).toBool());

    auto listed = cli({QStringLiteral("appointments"), QStringLiteral("list"),
                       QStringLiteral("--from"), day, QStringLiteral("--to"), day,
                       QStringLiteral("--provider"), kNpi, QStringLiteral("--json")},
                      db);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out).array().size() == 2);
    auto text = cli({QStringLiteral("appointments"), QStringLiteral("list"),
                     QStringLiteral("--from"), day, QStringLiteral("--to"), day},
                    db);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("(overbooked)"));
    CHECK(text.out.contains("2 appointment(s)"));
    auto nextDay = cli({QStringLiteral("appointments"), QStringLiteral("list"),
                        QStringLiteral("--from"), monday.addDays(1).toString(Qt::ISODate),
                        QStringLiteral("--to"), monday.addDays(1).toString(Qt::ISODate),
                        QStringLiteral("--json")},
                       db);
    REQUIRE(nextDay.exitCode == 0);
    CHECK(QJsonDocument::fromJson(nextDay.out).array().isEmpty());

    // The booked time is no longer offered.
    offered = cli({QStringLiteral("slots"), QStringLiteral("find"), QStringLiteral("--from"), day,
                 QStringLiteral("--to"), day, QStringLiteral("--type"), QStringLiteral("FU30"),
                 QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")},
                db);
    REQUIRE(offered.exitCode == 0);
    found = QJsonDocument::fromJson(offered.out).array();
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(QStringLiteral("local_start")).toString() ==
          day + QStringLiteral("T08:30"));
}

TEST_CASE("calendar commands refuse bad usage with exit 2", "[cli][calendar]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    makePractice(dir, db);
    CHECK(cli({QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--from"),
               QStringLiteral("2025-03-10")},
              db)
              .exitCode == 2);
    CHECK(cli({QStringLiteral("slots"), QStringLiteral("find"), QStringLiteral("--from"),
               QStringLiteral("2025-03-10"), QStringLiteral("--to"), QStringLiteral("2025-03-01")},
              db)
              .exitCode == 2);
    auto badStart = cli({QStringLiteral("appointments"), QStringLiteral("book"),
                         QStringLiteral("--patient"), QStringLiteral("1"),
                         QStringLiteral("--provider"), kNpi, QStringLiteral("--type"),
                         QStringLiteral("FU30"), QStringLiteral("--start"),
                         QStringLiteral("next monday")},
                        db);
    CHECK(badStart.exitCode == 2);
    CHECK(badStart.err.contains("YYYY-MM-DDTHH:MM"));
}
