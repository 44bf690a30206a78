// Booking over stored data: refusals with reason codes, overbooks, moves, the day's flow,
// cancellations, no-shows, reschedules and their history; permissions by role.
#include "calendar/core/calendar_context.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar_fixture.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar;
using fd::calendar::test::CalendarFixture;

namespace {

const QDate kMonday(2025, 3, 10);

QString errorOf(const auto& result)
{
    return result.ok() ? QString() : result.error().toString();
}

}  // namespace

TEST_CASE("A booking inside the hours is stored with its history, outbox and audit",
          "[calendar][appointments]")
{
    CalendarFixture fx;
    const qint64 outboxBefore = fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    CHECK(a.status == AppointmentStatus::Scheduled);
    CHECK(a.start == QDateTime(kMonday, QTime(13, 0), Qt::UTC));  // 9:00 EDT
    CHECK(a.end == QDateTime(kMonday, QTime(13, 30), Qt::UTC));
    CHECK(a.locationId == fx.newYorkId);  // the provider's only location
    CHECK(a.reason == QStringLiteral("Follow-up visit"));
    CHECK_FALSE(a.overbooked);
    CHECK(a.rowVersion == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == outboxBefore + 2);
    CHECK(fx.audit->countOf(security::audit::kCreate, QStringLiteral("calendar_appointments")) == 1);
    auto history = fx.appointments().history(a.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->front().action == QStringLiteral("booked"));
    CHECK(history->front().userId == QStringLiteral("user-1"));

    AppointmentFilter day;
    day.from = QDateTime(kMonday, QTime(0, 0), Qt::UTC);
    day.to = day.from.addDays(1);
    auto listed = fx.appointments().list(day);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().id == a.id);
}

TEST_CASE("Conflicts refuse the booking with their reason codes and change nothing",
          "[calendar][appointments]")
{
    CalendarFixture fx;
    fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    const qint64 rows = fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_appointments"));

    auto busy = fx.appointments().book(fx.request(fx.bobId, kMonday, QTime(9, 15)));
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == ErrorCode::Conflict);
    CHECK(busy.error().details == QStringLiteral("provider_busy"));
    CHECK(busy.error().message.contains(QStringLiteral("another appointment")));

    auto early = fx.appointments().book(fx.request(fx.bobId, kMonday, QTime(7, 0)));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().details == QStringLiteral("outside_hours"));
    auto lunch = fx.appointments().book(fx.request(fx.bobId, kMonday, QTime(12, 0)));
    REQUIRE_FALSE(lunch.ok());
    CHECK(lunch.error().details == QStringLiteral("in_block"));
    auto past = fx.appointments().book(fx.request(fx.bobId, QDate(2025, 3, 6), QTime(9, 0)));
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().details == QStringLiteral("lead_time"));

    Holiday h;
    h.date = QDate(2025, 3, 11);
    h.name = QStringLiteral("Inventory");
    REQUIRE(fx.admin().saveHoliday(h).ok());
    auto holiday = fx.appointments().book(fx.request(fx.bobId, h.date, QTime(9, 0)));
    REQUIRE_FALSE(holiday.ok());
    CHECK(holiday.error().details == QStringLiteral("holiday"));

    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_appointments")) == rows);
    auto verdict = fx.appointments().check(fx.request(fx.bobId, kMonday, QTime(9, 15)));
    REQUIRE(verdict.ok());
    CHECK(verdict->codes() == QStringList{QStringLiteral("provider_busy")});

    auto badType = fx.appointments().book(fx.request(fx.bobId, kMonday, QTime(10, 0),
                                                     QStringLiteral("NOPE")));
    REQUIRE_FALSE(badType.ok());
    CHECK(badType.error().code == ErrorCode::InvalidInput);
    CHECK(badType.error().details == QStringLiteral("type"));

    // Longer than 12 hours: refused, by booking and by resizing (range reads rely on a
    // bound, kMaxAppointmentSecs).
    BookingRequest tooLong = fx.request(fx.bobId, kMonday, QTime(13, 0));
    tooLong.durationMinutes = 24 * 60 + 15;
    auto longOne = fx.appointments().book(tooLong);
    REQUIRE_FALSE(longOne.ok());
    CHECK(longOne.error().code == ErrorCode::InvalidInput);
    CHECK(longOne.error().details == QStringLiteral("duration_minutes"));
    const Appointment shortOne = fx.book(fx.request(fx.bobId, kMonday, QTime(14, 0)));
    auto stretched = fx.appointments().resize(shortOne.id, shortOne.rowVersion, 25 * 60);
    REQUIRE_FALSE(stretched.ok());
    CHECK(stretched.error().details == QStringLiteral("duration_minutes"));
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_appointments")) == rows + 1);
}

TEST_CASE("An overbook needs the permission and a reason, and is flagged and audited",
          "[calendar][appointments][overbook]")
{
    CalendarFixture fx;
    fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    BookingRequest r = fx.request(fx.bobId, kMonday, QTime(9, 0));
    r.overbook.requested = true;

    fx.grantRole(security::Role::FrontDesk);
    auto denied = fx.appointments().book(r);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);

    fx.grantAll();
    auto noReason = fx.appointments().book(r);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().details == QStringLiteral("overbook_reason"));

    r.overbook.reason = QStringLiteral("Acute pain, doctor agreed");
    const Appointment a = fx.book(r);
    CHECK(a.overbooked);
    CHECK(a.overbookReason == QStringLiteral("Acute pain, doctor agreed"));
    REQUIRE(fx.audit->countOf(calendar::audit::kOverbook, QStringLiteral("calendar_appointments")) == 1);
    const auto& record = fx.audit->records.back();
    CHECK(record.patientId == fx.bobId);
    CHECK(record.details.value(QStringLiteral("conflicts")).toArray().first().toString() ==
          QStringLiteral("provider_busy"));

    // The type's own rules are not overbooked.
    BookingRequest np = fx.request(fx.aliceId, kMonday, QTime(14, 0), QStringLiteral("NP60"));
    np.providerId = fx.hopperId;
    np.locationId = fx.newYorkId;
    REQUIRE(fx.admin().type(QStringLiteral("NP60")).ok());
    AppointmentType restricted = fx.admin().type(QStringLiteral("NP60")).value();
    restricted.allowedProviderIds = {fx.lovelaceId};
    REQUIRE(fx.admin().saveType(restricted).ok());
    np.overbook = {true, QStringLiteral("try")};
    auto notAllowed = fx.appointments().book(np);
    REQUIRE_FALSE(notAllowed.ok());
    CHECK(notAllowed.error().details.contains(QStringLiteral("provider_not_allowed")));
}

TEST_CASE("Move, resize, the day's flow, cancel and no-show keep the history",
          "[calendar][appointments]")
{
    CalendarFixture fx;
    Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    const Appointment other = fx.book(fx.request(fx.bobId, kMonday, QTime(10, 0)));

    auto clash = fx.appointments().move(a.id, a.rowVersion,
                                        QDateTime(kMonday, QTime(14, 0), Qt::UTC));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().details == QStringLiteral("provider_busy"));
    auto stale = fx.appointments().move(a.id, a.rowVersion + 5,
                                        QDateTime(kMonday, QTime(15, 0), Qt::UTC));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    auto moved = fx.appointments().move(a.id, a.rowVersion,
                                        QDateTime(kMonday, QTime(15, 0), Qt::UTC));  // 11:00
    INFO(errorOf(moved).toStdString());
    REQUIRE(moved.ok());
    CHECK(moved->end == QDateTime(kMonday, QTime(15, 30), Qt::UTC));
    auto resized = fx.appointments().resize(moved->id, moved->rowVersion, 60);
    INFO(errorOf(resized).toStdString());
    REQUIRE(resized.ok());
    auto tooLong = fx.appointments().resize(resized->id, resized->rowVersion, 90);  // into lunch
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().details == QStringLiteral("in_block"));

    Appointment cur = resized.value();
    for (auto s : {AppointmentStatus::Confirmed, AppointmentStatus::Arrived,
                   AppointmentStatus::Roomed, AppointmentStatus::WithProvider,
                   AppointmentStatus::CheckedOut}) {
        auto next = fx.appointments().setStatus(cur.id, cur.rowVersion, s);
        INFO(errorOf(next).toStdString());
        REQUIRE(next.ok());
        cur = next.value();
    }
    CHECK_FALSE(fx.appointments().setStatus(cur.id, cur.rowVersion, AppointmentStatus::Arrived).ok());
    CHECK_FALSE(fx.appointments().cancel(cur.id, cur.rowVersion, QStringLiteral("late")).ok());
    auto history = fx.appointments().history(a.id);
    REQUIRE(history.ok());
    QStringList actions;
    for (const auto& h : history.value())
        actions << h.action;
    CHECK(actions == QStringList{"booked", "moved", "resized", "status", "status", "status",
                                 "status", "status"});
    CHECK(history->at(1).fromStart == QDateTime(kMonday, QTime(13, 0), Qt::UTC));
    CHECK(history->at(1).toStart == QDateTime(kMonday, QTime(15, 0), Qt::UTC));

    auto noReason = fx.appointments().cancel(other.id, other.rowVersion, QStringLiteral(" "));
    CHECK_FALSE(noReason.ok());
    auto early = fx.appointments().markNoShow(other.id, other.rowVersion);
    REQUIRE_FALSE(early.ok());  // it has not started
    fx.clock->set(QDateTime(kMonday, QTime(16, 0), Qt::UTC));
    auto noShow = fx.appointments().markNoShow(other.id, other.rowVersion);
    REQUIRE(noShow.ok());
    CHECK(noShow->status == AppointmentStatus::NoShow);
    // Its time is free again.
    fx.clock->set(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));
    CHECK(fx.appointments().check(fx.request(fx.aliceId, kMonday, QTime(10, 0)))->clear());
}

TEST_CASE("A reschedule books the new time and cancels the old, linked both ways",
          "[calendar][appointments]")
{
    CalendarFixture fx;
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    BookingRequest r;
    r.start = QDateTime(kMonday, QTime(13, 15), Qt::UTC);  // overlaps the old one: allowed
    auto next = fx.appointments().reschedule(a.id, a.rowVersion, r);
    INFO(errorOf(next).toStdString());
    REQUIRE(next.ok());
    CHECK(next->patientId == fx.aliceId);
    CHECK(next->rescheduledFrom == a.id);
    auto old = fx.appointments().get(a.id);
    REQUIRE(old.ok());
    CHECK(old->status == AppointmentStatus::Cancelled);
    CHECK(old->rescheduledTo == next->id);
    auto history = fx.appointments().history(a.id);
    REQUIRE(history.ok());
    CHECK(history->back().action == QStringLiteral("rescheduled"));
    CHECK(history->back().relatedAppointmentId == next->id);
}

TEST_CASE("Rooms and equipment are taken by the booking and refuse a double booking",
          "[calendar][appointments][resources]")
{
    CalendarFixture fx;
    const Appointment ecg = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0),
                                               QStringLiteral("ECG15")));
    CHECK(ecg.resourceIds == QStringList{fx.ecgCartId});
    // Another provider in the same office at the same time: the cart is busy.
    ScheduleTemplate visiting;
    visiting.providerId = fx.hopperId;
    visiting.locationId = fx.newYorkId;
    visiting.name = QStringLiteral("Visiting");
    visiting.effectiveFrom = QDate(2025, 3, 1);
    visiting.hours.push_back({1, WeekParity::Every, QTime(8, 0), QTime(12, 0)});
    REQUIRE(fx.admin().saveTemplate(visiting).ok());
    BookingRequest r = fx.request(fx.bobId, kMonday, QTime(9, 0), QStringLiteral("ECG15"));
    r.providerId = fx.hopperId;
    r.locationId = fx.newYorkId;
    auto clash = fx.appointments().book(r);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().details == QStringLiteral("resource_busy"));
    r.start = r.start.addSecs(15 * 60);
    CHECK(fx.appointments().book(r).ok());
}

TEST_CASE("New-patient types refuse patients seen in the last three years",
          "[calendar][appointments]")
{
    CalendarFixture fx;
    fx.clock->set(QDateTime(QDate(2025, 1, 6), QTime(12, 0), Qt::UTC));
    Appointment past = fx.book(fx.request(fx.aliceId, QDate(2025, 1, 8), QTime(9, 0)));
    fx.clock->set(QDateTime(QDate(2025, 1, 8), QTime(16, 0), Qt::UTC));
    auto out = fx.appointments().setStatus(past.id, past.rowVersion, AppointmentStatus::CheckedOut);
    REQUIRE(out.ok());
    fx.clock->set(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));
    auto seen = fx.appointments().book(fx.request(fx.aliceId, kMonday, QTime(9, 0),
                                                  QStringLiteral("NP60")));
    REQUIRE_FALSE(seen.ok());
    CHECK(seen.error().details == QStringLiteral("not_new_patient"));
    CHECK(fx.appointments().book(fx.request(fx.bobId, kMonday, QTime(9, 0),
                                            QStringLiteral("NP60"))).ok());
}

TEST_CASE("Find first available reads the stored schedule and appointments",
          "[calendar][appointments][finder]")
{
    CalendarFixture fx;
    fx.book(fx.request(fx.aliceId, kMonday, QTime(8, 0)));
    SlotSearch s;
    s.typeId = QStringLiteral("FU30");
    s.query.from = kMonday;
    s.query.to = kMonday.addDays(6);
    s.query.limit = 2;
    auto found = fx.appointments().findSlots(s);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 2);
    CHECK(found->at(0).providerId == fx.lovelaceId);
    CHECK(found->at(0).localStart == QTime(8, 30));
    s.query.locationId = fx.losAngelesId;
    found = fx.appointments().findSlots(s);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->empty());
    CHECK(found->at(0).providerId == fx.hopperId);
    CHECK(found->at(0).utc.start == QDateTime(kMonday, QTime(16, 0), Qt::UTC).toSecsSinceEpoch());
    s.query.to = s.query.from.addDays(-1);
    CHECK_FALSE(fx.appointments().findSlots(s).ok());
}

TEST_CASE("Roles: front desk books and cancels, providers move the flow, managers set up",
          "[calendar][appointments][permissions]")
{
    CalendarFixture fx;
    fx.grantRole(security::Role::Provider);
    auto refused = fx.appointments().book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);

    fx.grantRole(security::Role::FrontDesk);
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    AppointmentType t;
    t.code = QStringLiteral("X1");
    t.name = QStringLiteral("X");
    CHECK(fx.admin().saveType(t).error().code == ErrorCode::PermissionDenied);

    fx.grantRole(security::Role::Provider);
    CHECK(fx.appointments().setStatus(a.id, a.rowVersion, AppointmentStatus::Confirmed).ok());

    fx.grantRole(security::Role::OfficeManager);
    CHECK(fx.admin().saveType(t).ok());
    CHECK(security::PermissionCatalog::defaultAllows(security::Role::OfficeManager,
                                                     perm::kOverbook));
    CHECK_FALSE(security::PermissionCatalog::defaultAllows(security::Role::FrontDesk,
                                                           perm::kOverbook));
}
