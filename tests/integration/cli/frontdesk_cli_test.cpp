// frontdeskctl flowboard, appointments checkin and appointments status, end to end on a real
// practice file: the copay posted once as unapplied credit, bad options named.
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include "accounts/core/ledger.h"
#include "app/common/cores.h"
#include "calendar/core/calendar.h"
#include "common/uuid.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
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

const QString kPassword = QStringLiteral("front desk cli password 3");
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));

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

// A practice with one fictional patient and her plan (25.00 copay), a New York office open
// every day so that "today" always has hours, and a 30-minute follow-up type. Returns the
// patient's id.
QString makePractice(fd::test::TempDir& dir, const QString& db)
{
    auto init =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                QStringLiteral("Front Desk Test Clinic"), QStringLiteral("--admin"),
                QStringLiteral("alice"), QStringLiteral("--json")},
               env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = dir.file(QStringLiteral("one.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        "last_name,first_name,dob,sex,address1,city,state,zip\n"
        "Deskcli,Dora,1979-09-09,F,9 Elm St,Albany,NY,12207\n");
    f.close();
    auto imported = cli(
        {QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    auto search = cli({QStringLiteral("patients"), QStringLiteral("search"),
                       QStringLiteral("deskcli"), QStringLiteral("--json")},
                      db);
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    REQUIRE(hits.size() == 1);
    const QString patientId = hits.at(0).toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(patientId.isEmpty());

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
        p.npi = QStringLiteral("1234567893");
        p.taxonomy = QStringLiteral("207Q00000X");
        p.locationIds = {location};
        const QString provider = need(registry.get<practice::IProviderService>()->save(p)).id;
        calendar::ScheduleTemplate t;
        t.providerId = provider;
        t.locationId = location;
        t.name = QStringLiteral("Every day");
        t.effectiveFrom = QDate(2020, 1, 1);
        for (int d = 1; d <= 7; ++d)
            t.hours.push_back({d, calendar::WeekParity::Every, QTime(0, 0), QTime(23, 30)});
        need(registry.get<calendar::IScheduleAdmin>()->saveTemplate(t));
        calendar::AppointmentType fu;
        fu.code = QStringLiteral("FU30");
        fu.name = QStringLiteral("Follow-up");
        fu.durationMinutes = 30;
        need(registry.get<calendar::IScheduleAdmin>()->saveType(fu));
        practice::Payer payer;
        payer.name = QStringLiteral("Acme Health Plan");
        payer.payerIds.insert(QStringLiteral("default"), QStringLiteral("60054"));
        const QString payerId = need(registry.get<practice::IPayerService>()->save(payer)).id;
        patients::Coverage c;
        c.patientId = patientId;
        c.payerId = payerId;
        c.planName = QStringLiteral("PPO Gold");
        c.memberId = QStringLiteral("XJK300400");
        c.effectiveFrom = QDate(2020, 1, 1);
        c.copay = Money::fromCents(2500);
        need(registry.get<patients::ICoverageService>()->save(c));
    });
    return patientId;
}

QJsonObject jsonOf(const fd::test::CliRun& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out).object();
}

}  // namespace

TEST_CASE("flowboard, appointments checkin (once per client id) and status", "[cli][frontdesk]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const QString patientId = makePractice(dir, db);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(kNewYork).date();
    const QString day = today.toString(Qt::ISODate);

    // Booked for the start of today (already past: an overbook over the lead time).
    const QJsonObject booked = jsonOf(
        cli({QStringLiteral("appointments"), QStringLiteral("book"), QStringLiteral("--patient"),
             patientId, QStringLiteral("--provider"), QStringLiteral("1234567893"),
             QStringLiteral("--type"), QStringLiteral("FU30"), QStringLiteral("--start"),
             day + QStringLiteral("T00:00"), QStringLiteral("--overbook"),
             QStringLiteral("Walk-in seen first thing"), QStringLiteral("--json")},
            db));
    const QString appointment = booked.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(appointment.isEmpty());

    auto board = cli(
        {QStringLiteral("flowboard"), QStringLiteral("--date"), day, QStringLiteral("--json")}, db);
    INFO(board.err.toStdString());
    REQUIRE(board.exitCode == 0);
    QJsonArray rows = QJsonDocument::fromJson(board.out).array();
    REQUIRE(rows.size() == 1);
    QJsonObject row = rows.at(0).toObject();
    CHECK(row.value(QStringLiteral("appointment_id")).toString() == appointment);
    CHECK(row.value(QStringLiteral("patient")).toString() == QStringLiteral("Deskcli, Dora"));
    CHECK(row.value(QStringLiteral("status")).toString() == QStringLiteral("scheduled"));
    CHECK(
        row.value(QStringLiteral("status_times")).toObject().contains(QStringLiteral("scheduled")));
    CHECK(row.value(QStringLiteral("minutes_since_arrival")).isNull());

    // Bad options are named and change nothing.
    const QStringList checkin{QStringLiteral("appointments"), QStringLiteral("checkin"),
                              appointment};
    auto badCopay =
        cli(checkin + QStringList{QStringLiteral("--copay"), QStringLiteral("25.00")}, db);
    CHECK(badCopay.exitCode == 2);
    CHECK(badCopay.err.contains("--copay"));
    auto badMethod =
        cli(checkin + QStringList{QStringLiteral("--copay"), QStringLiteral("2500"),
                                  QStringLiteral("--method"), QStringLiteral("bitcoin")},
            db);
    CHECK(badMethod.exitCode == 2);
    CHECK(badMethod.err.contains("--method"));

    const QString clientId = newUuid();
    const QStringList full = checkin + QStringList{QStringLiteral("--copay"),
                                                   QStringLiteral("2500"),
                                                   QStringLiteral("--method"),
                                                   QStringLiteral("card"),
                                                   QStringLiteral("--reference"),
                                                   QStringLiteral("approval 77"),
                                                   QStringLiteral("--confirm-demographics"),
                                                   QStringLiteral("--confirm-insurance"),
                                                   QStringLiteral("--client-id"),
                                                   clientId,
                                                   QStringLiteral("--json")};
    const QJsonObject first = jsonOf(cli(full, db));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("arrived"));
    CHECK(first.value(QStringLiteral("copay_cents")).toInt() == 2500);
    CHECK(first.value(QStringLiteral("expected_copay_cents")).toInt() == 2500);
    CHECK(first.value(QStringLiteral("demographics_confirmed")).toBool());
    CHECK(first.value(QStringLiteral("insurance_confirmed")).toBool());
    CHECK_FALSE(first.value(QStringLiteral("repeated")).toBool());
    const QString entry = first.value(QStringLiteral("ledger_entry_id")).toString();
    REQUIRE_FALSE(entry.isEmpty());

    const QJsonObject again = jsonOf(cli(full, db));
    CHECK(again.value(QStringLiteral("repeated")).toBool());
    CHECK(again.value(QStringLiteral("ledger_entry_id")).toString() == entry);

    withPracticeServices(db, QStringLiteral("alice"), kPassword, [&](ServiceRegistry& registry) {
        auto ledger = registry.get<accounts::ILedger>();
        const auto entries = need(ledger->entries(patientId));
        REQUIRE(entries.size() == 1);
        CHECK(entries[0].id == entry);
        CHECK(entries[0].kind == accounts::EntryKind::PatientPayment);
        CHECK(entries[0].lineId.isEmpty());
        CHECK(need(ledger->balance(patientId)).credit.cents() == 2500);
    });

    const QJsonObject roomed =
        jsonOf(cli({QStringLiteral("appointments"), QStringLiteral("status"), appointment,
                    QStringLiteral("roomed"), QStringLiteral("--json")},
                   db));
    CHECK(roomed.value(QStringLiteral("status")).toString() == QStringLiteral("roomed"));
    auto back = cli({QStringLiteral("appointments"), QStringLiteral("status"), appointment,
                     QStringLiteral("arrived")},
                    db);
    CHECK(back.exitCode == 1);  // forward only
    auto cancel = cli({QStringLiteral("appointments"), QStringLiteral("status"), appointment,
                       QStringLiteral("cancelled")},
                      db);
    CHECK(cancel.exitCode == 2);

    board = cli({QStringLiteral("flowboard"), QStringLiteral("--date"), day}, db);
    INFO(board.err.toStdString());
    REQUIRE(board.exitCode == 0);
    CHECK(board.out.contains("roomed"));
    CHECK(board.out.contains("Deskcli, Dora"));
    CHECK(board.out.contains("1 appointment(s)"));
    auto elsewhere = cli({QStringLiteral("flowboard"), QStringLiteral("--date"), day,
                          QStringLiteral("--location"), QStringLiteral("nowhere")},
                         db);
    CHECK(elsewhere.exitCode == 1);
    CHECK(elsewhere.err.contains("nowhere"));
}
