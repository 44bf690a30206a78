// Check-out: the visit checked out and the follow-up proposed and booked.
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

FollowUpRequest inTwoWeeks()
{
    FollowUpRequest r;
    r.interval = *FollowUpInterval::parse(QStringLiteral("2w"));
    r.limit = 3;
    return r;
}

}  // namespace

TEST_CASE("Check-out proposes follow-up slots from the interval and books the chosen one",
          "[frontdesk][checkout]")
{
    FrontdeskFixture fx;
    const Appointment visit = fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.at(QTime(10, 55));
    REQUIRE(fx.desk().advance(visit.id, AppointmentStatus::Arrived).ok());
    fx.at(QTime(11, 40));

    auto proposal = fx.desk().proposeFollowUp(visit.id, inTwoWeeks());
    INFO(errorOf(proposal).toStdString());
    REQUIRE(proposal.ok());
    CHECK(proposal->target == QDate(2025, 3, 21));
    REQUIRE(proposal->found.size() == 3);
    const FoundSlot& slot = proposal->found[0];
    CHECK(slot.date == QDate(2025, 3, 21));  // a Friday Dr. Lovelace works
    CHECK(slot.localStart == QTime(8, 0));
    CHECK(slot.providerId == fx.lovelaceId);
    CHECK(slot.locationId == fx.newYorkId);
    CHECK(proposal->found[1].localStart > slot.localStart);

    auto out = fx.desk().checkOut(visit.id, inTwoWeeks(), slot);
    INFO(errorOf(out).toStdString());
    REQUIRE(out.ok());
    CHECK(out->visit.status == AppointmentStatus::CheckedOut);
    REQUIRE(out->followUp.has_value());
    CHECK(out->followUp->patientId == fx.aliceId);
    CHECK(out->followUp->providerId == fx.lovelaceId);
    CHECK(out->followUp->start == utcFromSecs(slot.utc.start));
    CHECK(out->followUp->status == AppointmentStatus::Scheduled);

    // The booked slot is no longer proposed.
    auto next = fx.desk().proposeFollowUp(visit.id, inTwoWeeks());
    REQUIRE(next.ok());
    REQUIRE_FALSE(next->found.empty());
    CHECK(next->found[0].utc.start >= slot.utc.end);
}

TEST_CASE("Check-out without a follow-up, and its refusals", "[frontdesk][checkout]")
{
    FrontdeskFixture fx;
    const Appointment visit = fx.bookToday(fx.aliceId, QTime(11, 0));

    SECTION("checked out only")
    {
        auto out = fx.desk().checkOut(visit.id, {}, std::nullopt);
        REQUIRE(out.ok());
        CHECK(out->visit.status == AppointmentStatus::CheckedOut);
        CHECK_FALSE(out->followUp.has_value());
    }
    SECTION("a bad interval or type names its field")
    {
        FollowUpRequest bad;
        CHECK(fx.desk().proposeFollowUp(visit.id, bad).error().details ==
              QStringLiteral("interval"));
        bad = inTwoWeeks();
        bad.typeId = QStringLiteral("NOPE");
        CHECK(fx.desk().proposeFollowUp(visit.id, bad).error().details == QStringLiteral("type"));
    }
    SECTION("booking the follow-up needs calendar.book; nothing changes without it")
    {
        auto proposal = fx.desk().proposeFollowUp(visit.id, inTwoWeeks());
        REQUIRE(proposal.ok());
        REQUIRE_FALSE(proposal->found.empty());
        fx.access->granted.remove(perm::kBook);
        auto out = fx.desk().checkOut(visit.id, inTwoWeeks(), proposal->found[0]);
        REQUIRE_FALSE(out.ok());
        CHECK(out.error().code == ErrorCode::PermissionDenied);
        CHECK(fx.appointments().get(visit.id)->status == AppointmentStatus::Scheduled);
    }
    SECTION("a taken slot refuses the booking before the visit is checked out")
    {
        auto proposal = fx.desk().proposeFollowUp(visit.id, inTwoWeeks());
        REQUIRE(proposal.ok());
        const FoundSlot slot = proposal->found[0];
        fx.book(fx.request(fx.bobId, slot.date, slot.localStart));
        auto out = fx.desk().checkOut(visit.id, inTwoWeeks(), slot);
        REQUIRE_FALSE(out.ok());
        CHECK(out.error().code == ErrorCode::Conflict);
        CHECK(fx.appointments().get(visit.id)->status == AppointmentStatus::Scheduled);
    }
    SECTION("without calendar.checkout")
    {
        fx.access->granted.remove(perm::kCheckOut);
        CHECK(fx.desk().checkOut(visit.id, {}, std::nullopt).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(fx.desk().proposeFollowUp(visit.id, inTwoWeeks()).error().code ==
              ErrorCode::PermissionDenied);
    }
}
