// The iCalendar export, read back with libical: every field, across the clock changes.
#include "calendar/core/calendar_ics.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar_fixture.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"

#include <libical/ical.h>
#include <catch2/catch_test_macros.hpp>

#include <map>
#include <memory>

using namespace fd::calendar;
using fd::calendar::test::CalendarFixture;

namespace {

struct Parsed
{
    std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> root{nullptr, icalcomponent_free};
    std::map<std::string, icalcomponent*> events;  // by UID
    int timezones = 0;
    int errors = 0;
};

// Parses the file, runs libical's RFC 5545 restriction checks and counts what it reports.
Parsed parse(const QByteArray& text)
{
    Parsed p;
    icalerror_clear_errno();
    p.root.reset(icalparser_parse_string(text.constData()));
    REQUIRE(p.root);
    CHECK(icalerrno == ICAL_NO_ERROR);
    REQUIRE(icalcomponent_isa(p.root.get()) == ICAL_VCALENDAR_COMPONENT);
    icalrestriction_check(p.root.get());
    p.errors = icalcomponent_count_errors(p.root.get());
    for (icalcomponent* c = icalcomponent_get_first_component(p.root.get(), ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(p.root.get(), ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(c) == ICAL_VTIMEZONE_COMPONENT)
            ++p.timezones;
        if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT)
            p.events[icalcomponent_get_uid(c)] = c;
    }
    return p;
}

icalproperty* property(icalcomponent* c, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(c, kind);
    REQUIRE(p);
    return p;
}

QString tzidOf(icalproperty* p)
{
    icalparameter* tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return tz ? QString::fromUtf8(icalparameter_get_tzid(tz)) : QString();
}

// The instant a zoned DTSTART/DTEND stands for, through the file's own VTIMEZONE.
qint64 utcSecs(const icaltimetype& t)
{
    REQUIRE(t.zone);
    return qint64(icaltime_as_timet_with_zone(t, t.zone));
}

qint64 utcOf(icaltimetype t)
{
    return qint64(icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone()));
}

std::string uidOf(const Appointment& a)
{
    return icsUid(a.id).toStdString();
}

}  // namespace

TEST_CASE("An iCalendar export reads back field by field across the spring clock change",
          "[calendar][ics]")
{
    CalendarFixture fx;
    // Friday before the change (EST, UTC-5) and Monday after it (EDT, UTC-4), both 09:00.
    const Appointment before = fx.book(fx.request(fx.aliceId, QDate(2025, 3, 7), QTime(16, 0)));
    const Appointment after = fx.book(fx.request(fx.bobId, QDate(2025, 3, 10), QTime(9, 0)));
    const Appointment cancelled = fx.book(fx.request(fx.aliceId, QDate(2025, 3, 11), QTime(10, 0)));
    auto confirmed =
        fx.appointments().setStatus(after.id, after.rowVersion, AppointmentStatus::Confirmed);
    REQUIRE(confirmed.ok());
    auto gone = fx.appointments().cancel(cancelled.id, cancelled.rowVersion,
                                         QStringLiteral("Patient asked"));
    REQUIRE(gone.ok());
    // Outside the range asked for: not exported.
    fx.book(fx.request(fx.bobId, QDate(2025, 3, 12), QTime(9, 0)));
    fx.audit->records.clear();

    auto exporter = fx.service<ICalendarIcsExport>();
    REQUIRE(exporter);
    auto text = exporter->exportSchedule({fx.lovelaceId, QDate(2025, 3, 7), QDate(2025, 3, 11)});
    INFO((text.ok() ? std::string() : text.error().toString().toStdString()));
    REQUIRE(text.ok());
    CHECK(text->startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(text->contains("PRODID:-//Frontdesk//Schedule//EN"));
    CHECK_FALSE(text->contains("Example"));  // no patient names unless asked for
    CHECK_FALSE(text->contains("Sample"));
    CHECK_FALSE(text->contains("Patient asked"));

    Parsed p = parse(text.value());
    CHECK(p.errors == 0);
    CHECK(p.timezones == 1);
    REQUIRE(p.events.size() == 3);
    icalcomponent* vtz = icalcomponent_get_first_component(p.root.get(), ICAL_VTIMEZONE_COMPONENT);
    CHECK(QString::fromUtf8(icalproperty_get_tzid(property(vtz, ICAL_TZID_PROPERTY))) ==
          QStringLiteral("America/New_York"));

    struct Expected
    {
        const Appointment& a;
        qint64 sequence;
        icalproperty_status status;
        int localHour;
        int localMinute;
    };
    const Expected expected[] = {
        {before, before.rowVersion, ICAL_STATUS_TENTATIVE, 16, 0},
        {confirmed.value(), confirmed->rowVersion, ICAL_STATUS_CONFIRMED, 9, 0},
        {gone.value(), gone->rowVersion, ICAL_STATUS_CANCELLED, 10, 0},
    };
    for (const Expected& e : expected) {
        INFO(e.a.start.toString(Qt::ISODate).toStdString());
        REQUIRE(p.events.count(uidOf(e.a)) == 1);
        icalcomponent* ev = p.events.at(uidOf(e.a));
        icalproperty* start = property(ev, ICAL_DTSTART_PROPERTY);
        icalproperty* end = property(ev, ICAL_DTEND_PROPERTY);
        CHECK(tzidOf(start) == QStringLiteral("America/New_York"));
        CHECK(tzidOf(end) == QStringLiteral("America/New_York"));
        const icaltimetype dtstart = icalcomponent_get_dtstart(ev);
        CHECK(dtstart.hour == e.localHour);  // wall clock at the office
        CHECK(dtstart.minute == e.localMinute);
        CHECK(utcSecs(dtstart) == e.a.start.toSecsSinceEpoch());
        CHECK(utcSecs(icalcomponent_get_dtend(ev)) == e.a.end.toSecsSinceEpoch());
        CHECK(QString::fromUtf8(icalcomponent_get_summary(ev)) == QStringLiteral("Follow-up"));
        CHECK(QString::fromUtf8(icalcomponent_get_location(ev)) == QStringLiteral("Main Office"));
        CHECK(icalcomponent_get_status(ev) == e.status);
        CHECK(icalcomponent_get_sequence(ev) == e.sequence);
        CHECK(utcOf(icalproperty_get_created(property(ev, ICAL_CREATED_PROPERTY))) ==
              e.a.createdAt.toSecsSinceEpoch());
        const qint64 modified =
            utcOf(icalproperty_get_lastmodified(property(ev, ICAL_LASTMODIFIED_PROPERTY)));
        CHECK(modified >= e.a.createdAt.toSecsSinceEpoch() - 1);
        CHECK(utcOf(icalcomponent_get_dtstamp(ev)) == fx.clock->nowUtc().toSecsSinceEpoch());
        CHECK(icalcomponent_get_first_property(ev, ICAL_DESCRIPTION_PROPERTY) == nullptr);
    }
    // The same wall-clock hour is an hour apart in UTC on either side of the change.
    CHECK(before.start.time() == QTime(21, 0));
    CHECK(confirmed->start.time() == QTime(13, 0));

    // Exported again: the same UIDs.
    auto again = exporter->exportSchedule({fx.lovelaceId, QDate(2025, 3, 7), QDate(2025, 3, 11)});
    REQUIRE(again.ok());
    CHECK(parse(again.value()).events.size() == 3);
    CHECK(fx.audit->countOf(fd::security::audit::kExport,
                            QStringLiteral("calendar_appointments")) == 2);
}

TEST_CASE("An iCalendar export over the autumn clock change keeps each time", "[calendar][ics]")
{
    CalendarFixture fx;
    fx.clock->set(QDateTime(QDate(2025, 10, 1), QTime(12, 0), Qt::UTC));
    const Appointment friday = fx.book(fx.request(fx.aliceId, QDate(2025, 10, 31), QTime(8, 0)));
    const Appointment monday = fx.book(fx.request(fx.bobId, QDate(2025, 11, 3), QTime(8, 0)));
    auto text = fx.service<ICalendarIcsExport>()->exportSchedule(
        {fx.lovelaceId, QDate(2025, 10, 27), QDate(2025, 11, 7)});
    REQUIRE(text.ok());
    Parsed p = parse(text.value());
    CHECK(p.errors == 0);
    REQUIRE(p.events.size() == 2);
    for (const Appointment* a : {&friday, &monday}) {
        icalcomponent* ev = p.events.at(uidOf(*a));
        CHECK(icalcomponent_get_dtstart(ev).hour == 8);
        CHECK(utcSecs(icalcomponent_get_dtstart(ev)) == a->start.toSecsSinceEpoch());
        CHECK(utcSecs(icalcomponent_get_dtend(ev)) == a->end.toSecsSinceEpoch());
    }
    CHECK(friday.start.time() == QTime(12, 0));  // EDT
    CHECK(monday.start.time() == QTime(13, 0));  // EST
}

TEST_CASE("Patient names go into an iCalendar export only when asked, with patients.export",
          "[calendar][ics][permissions]")
{
    CalendarFixture fx;
    const Appointment a = fx.book(fx.request(fx.aliceId, QDate(2025, 3, 10), QTime(9, 0)));
    auto exporter = fx.service<ICalendarIcsExport>();
    IcsRequest request{fx.lovelaceId, QDate(2025, 3, 10), QDate(2025, 3, 10), true};
    auto denied = exporter->exportSchedule(request);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == fd::ErrorCode::PermissionDenied);

    fx.access->granted.insert(fd::patients::perm::kExport);
    auto named = exporter->exportSchedule(request);
    REQUIRE(named.ok());
    Parsed p = parse(named.value());
    CHECK(p.errors == 0);
    REQUIRE(p.events.count(uidOf(a)) == 1);
    CHECK(QString::fromUtf8(icalcomponent_get_summary(p.events.at(uidOf(a)))) ==
          QStringLiteral("Follow-up: Alice Example"));

    fx.access->granted = {perm::kBook};  // no calendar.view
    CHECK(exporter->exportSchedule({fx.lovelaceId, QDate(2025, 3, 10), QDate(2025, 3, 10)})
              .error()
              .code == fd::ErrorCode::PermissionDenied);
}

TEST_CASE("An iCalendar export refuses a bad range or an unknown provider, naming it",
          "[calendar][ics]")
{
    CalendarFixture fx;
    auto exporter = fx.service<ICalendarIcsExport>();
    auto backwards =
        exporter->exportSchedule({fx.lovelaceId, QDate(2025, 3, 10), QDate(2025, 3, 9)});
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == fd::ErrorCode::InvalidInput);
    CHECK(backwards.error().details == QStringLiteral("from,to"));
    auto unknown = exporter->exportSchedule({QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                             QDate(2025, 3, 10), QDate(2025, 3, 10)});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == fd::ErrorCode::NotFound);
    // An empty range still makes a valid calendar.
    auto empty = exporter->exportSchedule({fx.hopperId, QDate(2025, 3, 10), QDate(2025, 3, 10)});
    REQUIRE(empty.ok());
    Parsed p = parse(empty.value());
    CHECK(p.errors == 0);
    CHECK(p.events.empty());
}

TEST_CASE("writeIcs refuses an appointment whose location has no zone", "[calendar][ics]")
{
    IcsSchedule s;
    s.from = QDate(2025, 3, 10);
    s.to = s.from;
    s.stamp = QDateTime(s.from, QTime(12, 0), Qt::UTC);
    Appointment a;
    a.id = QStringLiteral("a1");
    a.locationId = QStringLiteral("nowhere");
    a.start = QDateTime(s.from, QTime(14, 0), Qt::UTC);
    a.end = a.start.addSecs(1800);
    s.appointments.push_back(a);
    auto out = writeIcs(s);
    REQUIRE_FALSE(out.ok());
    CHECK(out.error().message.contains(QStringLiteral("nowhere")));
    s.zones.insert(QStringLiteral("nowhere"), QTimeZone(QByteArrayLiteral("UTC")));
    auto utc = writeIcs(s);
    REQUIRE(utc.ok());
    Parsed p = parse(utc.value());
    CHECK(p.errors == 0);
    CHECK(utcSecs(icalcomponent_get_dtstart(p.events.at("a1@appointments.frontdesk"))) ==
          a.start.toSecsSinceEpoch());
}
