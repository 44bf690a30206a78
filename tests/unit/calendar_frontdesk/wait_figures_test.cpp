// The flow board's figures as pure functions: status times from the history, wait minutes,
// lateness, the follow-up interval.
#include "calendar/core/frontdesk_types.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::calendar;

namespace {

const QDate kDay(2025, 3, 7);

QDateTime utc(int h, int m)
{
    return QDateTime(kDay, QTime(h, m), Qt::UTC);
}

Appointment appointmentAt(int h, int m, AppointmentStatus status, const QDateTime& statusAt)
{
    Appointment a;
    a.id = QStringLiteral("a1");
    a.start = utc(h, m);
    a.end = a.start.addSecs(30 * 60);
    a.status = status;
    a.statusAt = statusAt;
    a.createdAt = utc(8, 0);
    return a;
}

HistoryEntry change(const QString& action, const QString& from, const QString& to,
                    const QDateTime& at)
{
    HistoryEntry h;
    h.action = action;
    h.fromStatus = from;
    h.toStatus = to;
    h.at = at;
    return h;
}

}  // namespace

TEST_CASE("Status times come from status changes only", "[frontdesk][wait]")
{
    const Appointment a = appointmentAt(14, 0, AppointmentStatus::Roomed, utc(14, 20));
    const std::vector<HistoryEntry> history{
        change(QStringLiteral("booked"), {}, QStringLiteral("scheduled"), utc(8, 0)),
        change(QStringLiteral("status"), QStringLiteral("scheduled"), QStringLiteral("confirmed"),
               utc(9, 0)),
        // A move keeps the status: it is not a confirmation at 10:00.
        change(QStringLiteral("moved"), QStringLiteral("confirmed"), QStringLiteral("confirmed"),
               utc(10, 0)),
        change(QStringLiteral("status"), QStringLiteral("confirmed"), QStringLiteral("arrived"),
               utc(13, 55)),
        change(QStringLiteral("status"), QStringLiteral("arrived"), QStringLiteral("roomed"),
               utc(14, 20))};
    const StatusTimes t = statusTimesOf(a, history);
    CHECK(t.of(AppointmentStatus::Scheduled) == utc(8, 0));
    CHECK(t.of(AppointmentStatus::Confirmed) == utc(9, 0));
    CHECK(t.of(AppointmentStatus::Arrived) == utc(13, 55));
    CHECK(t.of(AppointmentStatus::Roomed) == utc(14, 20));
    CHECK_FALSE(t.of(AppointmentStatus::WithProvider).isValid());
    CHECK_FALSE(t.of(AppointmentStatus::NoShow).isValid());
    CHECK(t.arrival() == utc(13, 55));
    CHECK(t.lastChange == utc(14, 20));

    const WaitFigures w = waitFiguresOf(a, t, utc(14, 32));
    CHECK(w.minutesSinceArrival == 37);
    CHECK(w.minutesInStatus == 12);
    CHECK_FALSE(w.late());
}

TEST_CASE("Late means not arrived ten minutes after the start", "[frontdesk][wait]")
{
    const Appointment a = appointmentAt(14, 0, AppointmentStatus::Confirmed, utc(9, 0));
    const StatusTimes t = statusTimesOf(a, {});
    CHECK(t.lastChange == utc(9, 0));  // from the row when there is no history
    CHECK_FALSE(waitFiguresOf(a, t, utc(13, 50)).late());
    CHECK_FALSE(waitFiguresOf(a, t, utc(14, 9)).late());
    const WaitFigures late = waitFiguresOf(a, t, utc(14, 10));
    CHECK(late.late());
    CHECK(late.minutesLate == 10);
    CHECK(late.minutesSinceArrival == -1);
    CHECK(late.minutesInStatus == -1);  // only counted in the office
    CHECK(waitFiguresOf(a, t, utc(15, 5)).minutesLate == 65);

    Appointment arrived = a;
    arrived.status = AppointmentStatus::Arrived;
    arrived.statusAt = utc(14, 12);
    const WaitFigures in = waitFiguresOf(arrived, statusTimesOf(arrived, {}), utc(14, 30));
    CHECK_FALSE(in.late());
    CHECK(in.minutesSinceArrival == 18);
    CHECK(in.minutesInStatus == 18);
}

TEST_CASE("A checked-out visit keeps its length; cancelled rows have no figures",
          "[frontdesk][wait]")
{
    const Appointment a = appointmentAt(14, 0, AppointmentStatus::CheckedOut, utc(14, 50));
    const std::vector<HistoryEntry> history{
        change(QStringLiteral("status"), QStringLiteral("scheduled"), QStringLiteral("roomed"),
               utc(14, 5)),  // arrival skipped: rooming is when the patient came in
        change(QStringLiteral("status"), QStringLiteral("roomed"), QStringLiteral("checked_out"),
               utc(14, 50))};
    const StatusTimes t = statusTimesOf(a, history);
    CHECK(t.arrival() == utc(14, 5));
    const WaitFigures w = waitFiguresOf(a, t, utc(17, 0));
    CHECK(w.minutesSinceArrival == 45);
    CHECK(w.minutesInStatus == -1);
    CHECK_FALSE(w.late());

    const Appointment gone = appointmentAt(9, 0, AppointmentStatus::NoShow, utc(9, 30));
    const WaitFigures none = waitFiguresOf(gone, statusTimesOf(gone, {}), utc(17, 0));
    CHECK(none.minutesSinceArrival == -1);
    CHECK(none.minutesInStatus == -1);
    CHECK_FALSE(none.late());
}

TEST_CASE("Follow-up intervals are read and added in calendar units", "[frontdesk][followup]")
{
    auto two = FollowUpInterval::parse(QStringLiteral("2w"));
    REQUIRE(two);
    CHECK(two->after(QDate(2025, 3, 7)) == QDate(2025, 3, 21));
    CHECK(two->id() == QStringLiteral("2w"));
    auto three = FollowUpInterval::parse(QStringLiteral("3 months"));
    REQUIRE(three);
    CHECK(three->after(QDate(2025, 11, 30)) == QDate(2026, 2, 28));  // month end clamps
    auto days = FollowUpInterval::parse(QStringLiteral(" 10 Days "));
    REQUIRE(days);
    CHECK(days->after(QDate(2025, 3, 7)) == QDate(2025, 3, 17));
    CHECK_FALSE(FollowUpInterval::parse(QStringLiteral("0w")));
    CHECK_FALSE(FollowUpInterval::parse(QStringLiteral("2 fortnights")));
    CHECK_FALSE(FollowUpInterval::parse(QStringLiteral("w2")));
    CHECK_FALSE(FollowUpInterval::parse(QString()));
}
