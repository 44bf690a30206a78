// Each booking rule gives its own reason code; overbooking passes only some of them.
#include "calendar/core/booking_rules.h"
#include "rules_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::calendar;
using namespace fd::calendar::test;
using fd::practice::LocationResource;

namespace {

const QString kDoc = QStringLiteral("doc");
const QString kMain = QStringLiteral("main");
const QDate kMonday(2025, 3, 10);  // EDT: 8:00 local is 12:00 UTC

struct Desk
{
    std::vector<ScheduleTemplate> templates{weekTemplate(kDoc, kMain)};
    std::vector<Holiday> holidays;
    std::vector<ScheduleChange> changes;
    BusyIndex busy;
    AppointmentType type = visitType(QStringLiteral("fu"), 30);
    QList<LocationResource> rooms{{QStringLiteral("r1"), 1, QStringLiteral("room"),
                                   QStringLiteral("Exam 1"), true},
                                  {QStringLiteral("r2"), 1, QStringLiteral("room"),
                                   QStringLiteral("Exam 2"), true},
                                  {QStringLiteral("ecg"), 1, QStringLiteral("equipment"),
                                   QStringLiteral("ECG cart"), true}};
    DaySchedule day;

    BookingVerdict check(int hour, int minute = 0, int minutes = 30, const QString& self = {},
                         std::optional<bool> established = std::nullopt)
    {
        day = daySchedule(templates, holidays, changes, kDoc, kMain, kMonday);
        BookingCheck c;
        c.type = &type;
        c.providerId = kDoc;
        c.appointmentId = self;
        const qint64 start = utcSecs(2025, 3, 10, hour + 4, minute);
        c.span = {start, start + minutes * 60};
        c.localDate = kMonday;
        c.day = &day;
        c.zone = newYork();
        c.busy = &busy;
        c.locationResources = rooms;
        c.patientEstablished = established;
        c.now = utcSecs(2025, 3, 7, 12);
        return checkBooking(c);
    }

    void book(const QString& id, int hour, int minute, int minutes, QStringList resources = {})
    {
        Appointment a;
        a.id = id;
        a.providerId = kDoc;
        a.typeId = type.id;
        a.start = utc(2025, 3, 10, hour + 4, minute);
        a.end = a.start.addSecs(minutes * 60);
        a.resourceIds = resources;
        busy.addAppointment(a, kMonday);
    }
};

}  // namespace

TEST_CASE("A free time inside the hours books without conflicts", "[calendar][booking]")
{
    Desk d;
    const auto v = d.check(9);
    CHECK(v.clear());
    CHECK(v.codes().isEmpty());
}

TEST_CASE("Schedule conflicts: outside hours, in a block, holiday, closed hours",
          "[calendar][booking]")
{
    Desk d;
    CHECK(d.check(7, 30).codes() == QStringList{QStringLiteral("outside_hours")});
    CHECK(d.check(16, 45).codes() == QStringList{QStringLiteral("outside_hours")});
    CHECK(d.check(12, 0).codes() == QStringList{QStringLiteral("in_block")});
    // Half in the morning, half in lunch: only the block is to blame.
    CHECK(d.check(11, 45).codes() == QStringList{QStringLiteral("in_block")});
    d.holidays.push_back({{}, 0, kMonday, QStringLiteral("Closed"), {}});
    CHECK(d.check(9).codes() == QStringList{QStringLiteral("holiday")});
    d.holidays.clear();
    d.changes.push_back({{}, 0, kDoc, {}, kMonday, ChangeKind::Closed, hm(9), hm(10), {}});
    CHECK(d.check(9, 30).codes() == QStringList{QStringLiteral("provider_closed")});
    CHECK(d.check(10).clear());
}

TEST_CASE("Overlapping another appointment of the provider is provider_busy",
          "[calendar][booking]")
{
    Desk d;
    d.book(QStringLiteral("a1"), 9, 0, 30);
    auto v = d.check(9, 15);
    REQUIRE(v.codes() == QStringList{QStringLiteral("provider_busy")});
    CHECK(v.conflicts[0].otherAppointmentId == QStringLiteral("a1"));
    CHECK(d.check(9, 30).clear());   // back to back is fine
    CHECK(d.check(8, 30).clear());
    CHECK(d.check(9, 15, 30, QStringLiteral("a1")).clear());  // moving itself
    // Cancelled appointments free their time.
    Appointment cancelled;
    cancelled.id = QStringLiteral("c1");
    cancelled.providerId = kDoc;
    cancelled.start = utc(2025, 3, 10, 15);
    cancelled.end = utc(2025, 3, 10, 16);
    cancelled.status = AppointmentStatus::Cancelled;
    d.busy.addAppointment(cancelled, kMonday);
    CHECK(d.check(11).clear());
}

TEST_CASE("Rooms and equipment: free ones are chosen, busy and missing ones conflict",
          "[calendar][booking]")
{
    Desk d;
    d.type.resources = {{QStringLiteral("room"), {}}, {QStringLiteral("equipment"),
                                                       QStringLiteral("ecg cart")}};
    auto v = d.check(9);
    REQUIRE(v.clear());
    CHECK(v.resourceIds == QStringList{QStringLiteral("r1"), QStringLiteral("ecg")});

    // Another provider's visit holds Exam 1: Exam 2 is taken instead.
    d.busy.addResource(QStringLiteral("r1"), kMonday,
                       {{utcSecs(2025, 3, 10, 13), utcSecs(2025, 3, 10, 14)}, QStringLiteral("x"),
                        {}});
    v = d.check(9);
    REQUIRE(v.clear());
    CHECK(v.resourceIds == QStringList{QStringLiteral("r2"), QStringLiteral("ecg")});

    d.busy.addResource(QStringLiteral("ecg"), kMonday,
                       {{utcSecs(2025, 3, 10, 13), utcSecs(2025, 3, 10, 14)}, QStringLiteral("y"),
                        {}});
    v = d.check(9);
    REQUIRE(v.codes() == QStringList{QStringLiteral("resource_busy")});
    CHECK(v.conflicts[0].resourceId == QStringLiteral("ecg"));
    CHECK(v.conflicts[0].otherAppointmentId == QStringLiteral("y"));
    CHECK(v.canOverbook());

    d.type.resources = {{QStringLiteral("equipment"), QStringLiteral("X-ray")}};
    v = d.check(9);
    REQUIRE(v.codes() == QStringList{QStringLiteral("resource_missing")});
    CHECK_FALSE(v.canOverbook());

    // Resources asked for by id.
    BusyIndex none;
    auto asked = chooseResources({}, d.rooms, {QStringLiteral("r2"), QStringLiteral("nope")}, none,
                                 kMonday, {utcSecs(2025, 3, 10, 13), utcSecs(2025, 3, 10, 14)}, {});
    CHECK(asked.resourceIds == QStringList{QStringLiteral("r2")});
    CHECK(asked.codes() == QStringList{QStringLiteral("resource_missing")});
}

TEST_CASE("The type's daily maximum counts the provider's visits of that type",
          "[calendar][booking]")
{
    Desk d;
    d.type.maxPerDay = 2;
    d.book(QStringLiteral("a1"), 8, 0, 30);
    CHECK(d.check(10).clear());
    d.book(QStringLiteral("a2"), 8, 30, 30);
    CHECK(d.check(10).codes() == QStringList{QStringLiteral("max_per_day")});
    CHECK(d.check(10, 0, 30, QStringLiteral("a2")).clear());  // moving one of the two
}

TEST_CASE("Lead time, new and established patients, allowed providers", "[calendar][booking]")
{
    Desk d;
    d.type.leadTimeMinutes = 4 * 24 * 60;  // now is Friday noon UTC
    CHECK(d.check(9).codes() == QStringList{QStringLiteral("lead_time")});
    d.type.leadTimeMinutes = 60;
    CHECK(d.check(9).clear());

    d.type.patientRule = PatientRule::NewOnly;
    CHECK(d.check(9, 0, 30, {}, true).codes() == QStringList{QStringLiteral("not_new_patient")});
    CHECK(d.check(9, 0, 30, {}, false).clear());
    CHECK(d.check(9, 0, 30, {}, std::nullopt).clear());
    d.type.patientRule = PatientRule::EstablishedOnly;
    CHECK(d.check(9, 0, 30, {}, false).codes() ==
          QStringList{QStringLiteral("not_established_patient")});

    d.type.patientRule = PatientRule::Any;
    d.type.allowedProviderIds = {QStringLiteral("someone-else")};
    auto v = d.check(9);
    CHECK(v.codes() == QStringList{QStringLiteral("provider_not_allowed")});
    CHECK_FALSE(v.canOverbook());
}

TEST_CASE("Several conflicts are listed once each, in a fixed order", "[calendar][booking]")
{
    Desk d;
    d.type.maxPerDay = 1;
    d.book(QStringLiteral("a1"), 12, 0, 60);  // inside lunch (an earlier overbook)
    const auto v = d.check(12, 15);
    CHECK(v.codes() == QStringList{QStringLiteral("in_block"), QStringLiteral("provider_busy"),
                                   QStringLiteral("max_per_day")});
    CHECK(v.canOverbook());
    for (const Conflict& c : v.conflicts)
        CHECK_FALSE(c.message.isEmpty());
}

TEST_CASE("Every reason code has a distinct id and a message", "[calendar][booking]")
{
    QSet<QString> ids, messages;
    for (int i = 0; i <= int(ConflictCode::ProviderNotAllowed); ++i) {
        const auto code = ConflictCode(i);
        ids.insert(conflictId(code));
        messages.insert(conflictMessage(code));
    }
    CHECK(ids.size() == int(ConflictCode::ProviderNotAllowed) + 1);
    CHECK(messages.size() == ids.size());
    CHECK_FALSE(ids.contains(QString()));
}
