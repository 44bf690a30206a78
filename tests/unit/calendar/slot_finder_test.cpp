// Find first available: earliest slots across providers that pass every booking rule.
#include "calendar/core/slot_finder.h"
#include "rules_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::calendar;
using namespace fd::calendar::test;

namespace {

const QString kDoc = QStringLiteral("doc");
const QString kNp = QStringLiteral("np");
const QString kMain = QStringLiteral("main");
const QString kWest = QStringLiteral("west");

struct Practice
{
    ScheduleData data;
    BusyIndex busy;
    AppointmentType type = visitType(QStringLiteral("fu"), 30);

    Practice()
    {
        data.templates = {weekTemplate(kDoc, kMain),
                          weekTemplate(kNp, kMain, hm(13), hm(17), false),
                          weekTemplate(kNp, kWest, hm(8), hm(12), false, {6})};
        data.zones.insert(kMain, newYork());
        data.zones.insert(kWest, losAngeles());
        data.resources.insert(kMain, {{QStringLiteral("ecg"), 1, QStringLiteral("equipment"),
                                       QStringLiteral("ECG cart"), true}});
    }

    QStringList find(SlotQuery q, qint64 now = utcSecs(2025, 3, 7, 12))
    {
        if (!q.from.isValid())
            q.from = QDate(2025, 3, 10);
        if (!q.to.isValid())
            q.to = QDate(2025, 3, 16);
        QStringList out;
        for (const FoundSlot& s : SlotFinder(data, busy).find(type, q, now))
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(s.providerId, s.locationId, s.date.toString(QStringLiteral("MM-dd")),
                            s.localStart.toString(QStringLiteral("HH:mm")));
        return out;
    }

    void book(const QString& provider, const QDateTime& start, int minutes,
              const QStringList& resources = {})
    {
        Appointment a;
        a.id = QStringLiteral("a%1").arg(start.toSecsSinceEpoch());
        a.providerId = provider;
        a.typeId = type.id;
        a.start = start;
        a.end = start.addSecs(minutes * 60);
        a.resourceIds = resources;
        busy.addAppointment(a, start.toTimeZone(newYork()).date());
    }
};

}  // namespace

TEST_CASE("The earliest slots come first, whoever the provider", "[calendar][finder]")
{
    Practice p;
    SlotQuery q;
    q.limit = 3;
    CHECK(p.find(q) == QStringList{"doc main 03-10 08:00", "doc main 03-10 08:15",
                                   "doc main 03-10 08:30"});
    q.dayParts = kAfternoon;
    CHECK(p.find(q) == QStringList{"doc main 03-10 13:00", "np main 03-10 13:00",
                                   "doc main 03-10 13:15"});
    q.providerIds = {kNp};
    q.dayParts = kMorning;
    CHECK(p.find(q) == QStringList{"np west 03-15 08:00", "np west 03-15 08:15",
                                   "np west 03-15 08:30"});
    q.locationId = kMain;
    CHECK(p.find(q).isEmpty());
}

TEST_CASE("Busy providers, rooms, daily maximums and lead time are skipped",
          "[calendar][finder]")
{
    Practice p;
    SlotQuery q;
    q.limit = 1;
    p.book(kDoc, utc(2025, 3, 10, 12), 90);  // 8:00-9:30 EDT
    CHECK(p.find(q) == QStringList{"doc main 03-10 09:30"});

    p.type.leadTimeMinutes = 3 * 24 * 60 + 2 * 60;  // now: Friday 12:00 UTC
    CHECK(p.find(q) == QStringList{"doc main 03-10 10:00"});
    p.type.leadTimeMinutes = 0;

    p.type.resources = {{QStringLiteral("equipment"), QStringLiteral("ECG cart")}};
    p.book(kNp, utc(2025, 3, 10, 13, 30), 60, {QStringLiteral("ecg")});  // the cart 9:30-10:30
    CHECK(p.find(q) == QStringList{"doc main 03-10 10:30"});
    p.type.resources.clear();

    p.type.maxPerDay = 1;
    q.providerIds = {kDoc};
    CHECK(p.find(q) == QStringList{"doc main 03-11 08:00"});
}

TEST_CASE("Types limit the providers and the patient rule; holidays close days",
          "[calendar][finder]")
{
    Practice p;
    SlotQuery q;
    q.limit = 1;
    p.type.allowedProviderIds = {kNp};
    CHECK(p.find(q) == QStringList{"np main 03-10 13:00"});
    p.type.allowedProviderIds.clear();
    p.type.patientRule = PatientRule::NewOnly;
    q.patientEstablished = true;
    CHECK(p.find(q).isEmpty());
    q.patientEstablished = false;
    CHECK(p.find(q).size() == 1);
    p.data.holidays.push_back({{}, 0, QDate(2025, 3, 10), QStringLiteral("Closed"), {}});
    CHECK(p.find(q) == QStringList{"doc main 03-11 08:00"});
}

TEST_CASE("The search stops at the limit and at the end of the range", "[calendar][finder]")
{
    Practice p;
    SlotQuery q;
    q.limit = 1000;
    q.providerIds = {kDoc};
    q.from = QDate(2025, 3, 10);
    q.to = QDate(2025, 3, 11);
    // Two days of 30-minute visits every 15 minutes: 8:00-11:30 and 13:00-16:30 each day.
    CHECK(p.find(q).size() == 2 * 30);
    q.limit = 0;
    CHECK(p.find(q).isEmpty());
}
