// The day's flow board over stored appointments: rows, status times, wait figures, filters.
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/frontdesk_permissions.h"
#include "frontdesk_fixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar;
using fd::calendar::test::FrontdeskFixture;

namespace {

QString errorOf(const auto& result)
{
    return result.ok() ? QString() : result.error().toString();
}

std::vector<FlowRow> boardOf(FrontdeskFixture& fx, const FlowQuery& query)
{
    auto rows = fx.desk().board(query);
    INFO(errorOf(rows).toStdString());
    REQUIRE(rows.ok());
    return rows.value();
}

}  // namespace

TEST_CASE("The flow board lists the day's appointments with their status times and waits",
          "[frontdesk][board]")
{
    FrontdeskFixture fx;
    const Appointment bob = fx.bookToday(fx.bobId, QTime(10, 30));
    const Appointment alice = fx.bookToday(fx.aliceId, QTime(11, 0));
    // Another day is not on the board.
    fx.book(fx.request(fx.aliceId, QDate(2025, 3, 10), QTime(9, 0)));

    fx.at(QTime(10, 5));
    REQUIRE(fx.desk().advance(alice.id, AppointmentStatus::Confirmed).ok());
    fx.at(QTime(10, 20));
    REQUIRE(fx.desk().advance(bob.id, AppointmentStatus::Arrived).ok());
    fx.at(QTime(10, 32));
    REQUIRE(fx.desk().advance(bob.id, AppointmentStatus::Roomed).ok());
    fx.at(QTime(10, 40));

    std::vector<FlowRow> rows = boardOf(fx, {FrontdeskFixture::kToday, {}, {}, true});
    REQUIRE(rows.size() == 2);
    const FlowRow& first = rows[0];
    CHECK(first.appointment.id == bob.id);  // by start
    CHECK(first.patientName == QStringLiteral("Sample, Bob"));
    CHECK(first.providerName.contains(QStringLiteral("Lovelace")));
    CHECK(first.locationName == QStringLiteral("Main Office"));
    CHECK(first.typeCode == QStringLiteral("FU30"));
    CHECK(first.localStart.time() == QTime(10, 30));
    CHECK(first.appointment.status == AppointmentStatus::Roomed);
    const QTimeZone ny(QByteArrayLiteral("America/New_York"));
    CHECK(first.times.of(AppointmentStatus::Arrived) ==
          QDateTime(FrontdeskFixture::kToday, QTime(10, 20), ny).toUTC());
    CHECK(first.times.of(AppointmentStatus::Roomed) ==
          QDateTime(FrontdeskFixture::kToday, QTime(10, 32), ny).toUTC());
    CHECK(first.wait.minutesSinceArrival == 20);
    CHECK(first.wait.minutesInStatus == 8);
    CHECK_FALSE(first.wait.late());

    const FlowRow& second = rows[1];
    CHECK(second.appointment.status == AppointmentStatus::Confirmed);
    CHECK(second.times.of(AppointmentStatus::Confirmed) ==
          QDateTime(FrontdeskFixture::kToday, QTime(10, 5), ny).toUTC());
    CHECK(second.wait.minutesInStatus == -1);
    CHECK_FALSE(second.wait.late());

    // The minute tick: Alice has not come 10 minutes after 11:00.
    fx.at(QTime(11, 9));
    fx.desk().refreshWaits(rows);
    CHECK_FALSE(rows[1].wait.late());
    fx.at(QTime(11, 12));
    fx.desk().refreshWaits(rows);
    CHECK(rows[1].wait.late());
    CHECK(rows[1].wait.minutesLate == 12);
    CHECK(rows[0].wait.minutesSinceArrival == 52);
}

TEST_CASE("The flow board filters by provider and location", "[frontdesk][board]")
{
    FrontdeskFixture fx;
    fx.bookToday(fx.aliceId, QTime(11, 0));
    CHECK(boardOf(fx, {FrontdeskFixture::kToday, fx.newYorkId, fx.lovelaceId, true}).size() == 1);
    CHECK(boardOf(fx, {FrontdeskFixture::kToday, fx.losAngelesId, {}, true}).empty());
    CHECK(boardOf(fx, {FrontdeskFixture::kToday, {}, fx.hopperId, true}).empty());
    CHECK(boardOf(fx, {FrontdeskFixture::kToday.addDays(1), {}, {}, true}).empty());

    auto unknown = fx.desk().board({FrontdeskFixture::kToday, QStringLiteral("nowhere"), {}, true});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::InvalidInput);
    CHECK(unknown.error().details == QStringLiteral("location"));
    auto noDate = fx.desk().board({});
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.error().details == QStringLiteral("date"));
}

TEST_CASE("Cancelled and no-show rows can be left off the board", "[frontdesk][board]")
{
    FrontdeskFixture fx;
    const Appointment early = fx.bookToday(fx.bobId, QTime(10, 30));
    fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.at(QTime(10, 50));
    auto missed = fx.desk().advance(early.id, AppointmentStatus::NoShow);
    INFO(errorOf(missed).toStdString());
    REQUIRE(missed.ok());
    CHECK(missed->status == AppointmentStatus::NoShow);
    CHECK(boardOf(fx, {FrontdeskFixture::kToday, {}, {}, true}).size() == 2);
    CHECK(boardOf(fx, {FrontdeskFixture::kToday, {}, {}, false}).size() == 1);
    auto cancel = fx.desk().advance(early.id, AppointmentStatus::Cancelled);
    REQUIRE_FALSE(cancel.ok());
    CHECK(cancel.error().details == QStringLiteral("status"));
}

TEST_CASE("Status moves go through the appointment flow and its permission",
          "[frontdesk][board][permissions]")
{
    FrontdeskFixture fx;
    const Appointment a = fx.bookToday(fx.aliceId, QTime(11, 0));
    REQUIRE(fx.desk().advance(a.id, AppointmentStatus::Roomed).ok());
    // Forward only: the appointment service refuses going back.
    CHECK_FALSE(fx.desk().advance(a.id, AppointmentStatus::Arrived).ok());
    fx.access->granted.remove(perm::kFlow);
    auto refused = fx.desk().advance(a.id, AppointmentStatus::WithProvider);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    fx.access->granted.clear();
    auto board = fx.desk().board({FrontdeskFixture::kToday, {}, {}, true});
    REQUIRE_FALSE(board.ok());
    CHECK(board.error().code == ErrorCode::PermissionDenied);
}
