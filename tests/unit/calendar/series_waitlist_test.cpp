// Recurring appointments (create, edit one / this and following / all), the waitlist, and
// the registry's hooks (merge and its undo, last and next visit).
#include "calendar_fixture.h"
#include "patients/core/patient_hooks.h"
#include "patients/core/patient_merge.h"
#include "practice/core/providers.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar;
using fd::calendar::test::CalendarFixture;

namespace {

const QDate kMonday(2025, 3, 10);

SeriesRequest weekly(CalendarFixture& fx, int count)
{
    SeriesRequest r;
    r.first = fx.request(fx.aliceId, kMonday, QTime(9, 0));
    r.rule.count = count;
    return r;
}

QStringList localStarts(const std::vector<Appointment>& list)
{
    QStringList out;
    const QTimeZone ny(QByteArrayLiteral("America/New_York"));
    for (const Appointment& a : list)
        if (holdsTime(a.status))
            out << a.start.toTimeZone(ny).toString(QStringLiteral("MM-dd HH:mm"));
    return out;
}

}  // namespace

TEST_CASE("A weekly series books every occurrence at the same local time across DST",
          "[calendar][series]")
{
    CalendarFixture fx;
    auto made = fx.service<ISeriesService>()->create(weekly(fx, 4));
    INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
    REQUIRE(made.ok());
    CHECK(localStarts(made->booked) ==
          QStringList{"03-10 09:00", "03-17 09:00", "03-24 09:00", "03-31 09:00"});

    // A series that starts before the clocks change keeps 9:00 local after it.
    fx.clock->set(QDateTime(QDate(2025, 2, 20), QTime(12, 0), Qt::UTC));
    SeriesRequest r = weekly(fx, 3);
    r.first = fx.request(fx.bobId, QDate(2025, 3, 3), QTime(11, 0));
    auto across = fx.service<ISeriesService>()->create(r);
    REQUIRE(across.ok());
    CHECK(across->booked[0].start.time() == QTime(16, 0));  // EST
    CHECK(across->booked[1].start.time() == QTime(15, 0));  // EDT
}

TEST_CASE("A series with a conflicting occurrence is refused whole, or skips it when asked",
          "[calendar][series]")
{
    CalendarFixture fx;
    fx.book(fx.request(fx.bobId, QDate(2025, 3, 17), QTime(9, 0)));
    auto refused = fx.service<ISeriesService>()->create(weekly(fx, 3));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().details == QStringLiteral("2025-03-17: provider_busy"));
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_series")) == 0);

    SeriesRequest r = weekly(fx, 3);
    r.skipConflicts = true;
    auto made = fx.service<ISeriesService>()->create(r);
    REQUIRE(made.ok());
    CHECK(made->booked.size() == 2);
    REQUIRE(made->skipped.size() == 1);
    CHECK(made->skipped[0] == QDate(2025, 3, 17));

    SeriesRequest bad = weekly(fx, 0);
    auto noEnd = fx.service<ISeriesService>()->create(bad);
    REQUIRE_FALSE(noEnd.ok());
    CHECK(noEnd.error().details == QStringLiteral("until"));
}

TEST_CASE("Editing one occurrence, this and following, or all", "[calendar][series]")
{
    CalendarFixture fx;
    auto series = fx.service<ISeriesService>();
    auto made = series->create(weekly(fx, 4));
    REQUIRE(made.ok());
    const QString id = made->seriesId;

    SeriesChange later;
    later.localStart = QTime(10, 0);
    auto one = series->edit(id, QDate(2025, 3, 17), SeriesScope::One, later);
    INFO((one.ok() ? std::string() : one.error().toString().toStdString()));
    REQUIRE(one.ok());
    CHECK(localStarts(series->occurrences(id).value()) ==
          QStringList{"03-10 09:00", "03-17 10:00", "03-24 09:00", "03-31 09:00"});

    SeriesChange afternoon;
    afternoon.localStart = QTime(14, 0);
    auto all = series->edit(id, QDate(2025, 3, 10), SeriesScope::All, afternoon);
    REQUIRE(all.ok());
    // The edited occurrence stays as it was made.
    CHECK(localStarts(series->occurrences(id).value()) ==
          QStringList{"03-10 14:00", "03-17 10:00", "03-24 14:00", "03-31 14:00"});

    SeriesChange morning;
    morning.localStart = QTime(8, 0);
    auto following = series->edit(id, QDate(2025, 3, 24), SeriesScope::ThisAndFollowing, morning);
    REQUIRE(following.ok());
    CHECK(following->seriesId != id);
    CHECK(localStarts(series->occurrences(id).value()) ==
          QStringList{"03-10 14:00", "03-17 10:00"});
    CHECK(localStarts(series->occurrences(following->seriesId).value()) ==
          QStringList{"03-24 08:00", "03-31 08:00"});

    SeriesChange cancel;
    cancel.cancel = true;
    cancel.cancelReason = QStringLiteral("Therapy finished");
    REQUIRE(series->edit(following->seriesId, QDate(2025, 3, 31), SeriesScope::One, cancel).ok());
    CHECK(localStarts(series->occurrences(following->seriesId).value()) ==
          QStringList{"03-24 08:00"});
    CHECK_FALSE(series->edit(id, QDate(2025, 3, 12), SeriesScope::One, later).ok());
}

TEST_CASE("A cancelled appointment proposes waitlist patients by wait and preference",
          "[calendar][waitlist]")
{
    CalendarFixture fx;
    auto waitlist = fx.service<IWaitlistService>();
    const Appointment a = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    const QString carol = fx.addPatient(QStringLiteral("Carol"), QStringLiteral("Tester"));

    fx.clock->set(QDateTime(QDate(2025, 2, 1), QTime(12, 0), Qt::UTC));
    WaitlistEntry early;
    early.patientId = fx.bobId;
    early.typeId = QStringLiteral("FU30");
    auto bob = waitlist->add(early);
    REQUIRE(bob.ok());
    fx.clock->set(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    WaitlistEntry picky;
    picky.patientId = carol;
    picky.typeId = QStringLiteral("FU30");
    picky.providerIds = {fx.lovelaceId};
    picky.dayParts = kMorning;
    REQUIRE(waitlist->add(picky).ok());
    WaitlistEntry evenings = picky;
    evenings.patientId = fx.aliceId;
    evenings.dayParts = kEvening;
    REQUIRE(waitlist->add(evenings).ok());
    fx.clock->set(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));

    auto notYet = waitlist->matchFreed(a.id);
    REQUIRE_FALSE(notYet.ok());
    auto cancelled = fx.appointments().cancel(a.id, a.rowVersion, QStringLiteral("Sick"));
    REQUIRE(cancelled.ok());
    auto matches = waitlist->matchFreed(a.id);
    REQUIRE(matches.ok());
    REQUIRE(matches->size() == 2);
    CHECK(matches->at(0).patientId == fx.bobId);
    CHECK(matches->at(1).patientId == carol);

    REQUIRE(waitlist->markBooked(bob->id, bob->rowVersion, a.id).ok());
    matches = waitlist->matchFreed(a.id);
    REQUIRE(matches.ok());
    REQUIRE(matches->size() == 1);
    CHECK(matches->at(0).patientId == carol);
    CHECK(waitlist->waiting()->size() == 2);

    WaitlistEntry bad = picky;
    bad.dayParts = 0;
    CHECK(waitlist->add(bad).error().details == QStringLiteral("day_parts"));
}

TEST_CASE("A merge moves appointments and waitlist entries; its undo moves them back",
          "[calendar][merge]")
{
    CalendarFixture fx;
    const QString twin = fx.addPatient(QStringLiteral("Alyce"), QStringLiteral("Example"));
    const Appointment mine = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    const Appointment theirs = fx.book(fx.request(twin, kMonday, QTime(10, 0)));
    WaitlistEntry e;
    e.patientId = twin;
    e.typeId = QStringLiteral("FU30");
    REQUIRE(fx.service<IWaitlistService>()->add(e).ok());

    auto merged = fx.service<patients::IPatientMerge>()->merge(fx.aliceId, twin,
                                                                QStringLiteral("same person"));
    INFO((merged.ok() ? std::string() : merged.error().toString().toStdString()));
    REQUIRE(merged.ok());
    CHECK(fx.appointments().get(theirs.id)->patientId == fx.aliceId);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_waitlist WHERE patient_id = ?"),
                   {fx.aliceId}) == 1);
    // A row the survivor gains after the merge stays with the survivor on undo.
    const Appointment later = fx.book(fx.request(fx.aliceId, kMonday, QTime(11, 0)));

    auto undone = fx.service<patients::IPatientMerge>()->undo(merged->id);
    INFO((undone.ok() ? std::string() : undone.error().toString().toStdString()));
    REQUIRE(undone.ok());
    CHECK(fx.appointments().get(theirs.id)->patientId == twin);
    CHECK(fx.appointments().get(mine.id)->patientId == fx.aliceId);
    CHECK(fx.appointments().get(later.id)->patientId == fx.aliceId);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_waitlist WHERE patient_id = ?"),
                   {twin}) == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_merge_moves")) == 0);
}

TEST_CASE("The registry hook gives the last and next visit", "[calendar][activity]")
{
    CalendarFixture fx;
    fx.clock->set(QDateTime(QDate(2025, 2, 3), QTime(12, 0), Qt::UTC));
    const Appointment past = fx.book(fx.request(fx.aliceId, QDate(2025, 2, 5), QTime(9, 0)));
    fx.clock->set(QDateTime(QDate(2025, 2, 5), QTime(16, 0), Qt::UTC));
    REQUIRE(fx.appointments().setStatus(past.id, past.rowVersion, AppointmentStatus::CheckedOut).ok());
    fx.clock->set(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));
    const Appointment next = fx.book(fx.request(fx.aliceId, kMonday, QTime(9, 0)));
    const Appointment cancelled = fx.book(fx.request(fx.aliceId, kMonday, QTime(8, 0)));
    REQUIRE(fx.appointments().cancel(cancelled.id, cancelled.rowVersion, QStringLiteral("Sick")).ok());

    auto hooks = fx.service<patients::PatientHooks>();
    std::vector<patients::PatientActivity> activity;
    for (const auto& source : hooks->activitySources())
        REQUIRE(source->fill({fx.aliceId, fx.bobId}, activity).ok());
    REQUIRE(activity.size() == 2);
    REQUIRE(activity[0].lastVisit.has_value());
    CHECK(*activity[0].lastVisit == past.start);
    REQUIRE(activity[0].nextVisit.has_value());
    CHECK(*activity[0].nextVisit == next.start);
    CHECK_FALSE(activity[1].lastVisit.has_value());
    CHECK_FALSE(activity[1].nextVisit.has_value());
}

TEST_CASE("Templates and types are validated naming the field", "[calendar][admin]")
{
    CalendarFixture fx;
    ScheduleTemplate t;
    t.providerId = fx.lovelaceId;
    t.locationId = fx.newYorkId;
    t.effectiveFrom = QDate(2025, 1, 1);
    auto field = [](const auto& r) { return r.ok() ? QString() : r.error().details; };
    CHECK(field(fx.admin().saveTemplate(t)) == QStringLiteral("hours"));
    t.hours.push_back({1, WeekParity::Every, QTime(17, 0), QTime(8, 0)});
    CHECK(field(fx.admin().saveTemplate(t)) == QStringLiteral("hours[0]"));
    t.hours[0] = {1, WeekParity::WeekA, QTime(8, 0), QTime(12, 0)};
    CHECK(field(fx.admin().saveTemplate(t)) == QStringLiteral("anchor_date"));
    t.anchorDate = QDate(2025, 3, 3);
    t.providerId = QStringLiteral("nobody");
    CHECK(field(fx.admin().saveTemplate(t)) == QStringLiteral("provider_id"));
    t.providerId = fx.lovelaceId;
    auto saved = fx.admin().saveTemplate(t);
    REQUIRE(saved.ok());
    CHECK(saved->hours == t.hours);
    CHECK(saved->anchorDate == t.anchorDate);

    AppointmentType type;
    type.code = QStringLiteral("fu30");  // taken, once upper-cased
    type.name = QStringLiteral("Again");
    CHECK(fx.admin().saveType(type).error().code == ErrorCode::Conflict);
    type.code = QStringLiteral("LONG");
    type.durationMinutes = 1000;
    CHECK(field(fx.admin().saveType(type)) == QStringLiteral("duration_minutes"));
    type.durationMinutes = 45;
    type.color = QStringLiteral("red");
    CHECK(field(fx.admin().saveType(type)) == QStringLiteral("color"));
    type.color = QStringLiteral("#aa0000");
    type.resources = {{QStringLiteral("robot"), {}}};
    CHECK(field(fx.admin().saveType(type)) == QStringLiteral("resources"));
    type.resources = {{QStringLiteral("room"), {}}};
    auto savedType = fx.admin().saveType(type);
    REQUIRE(savedType.ok());
    CHECK(savedType->resources == type.resources);
    CHECK(fx.admin().types()->size() == 4);
}
