// FHIR R4 Schedule, Slot and Appointment: the mapping, the export source, both validators.
#include "calendar/core/calendar_fhir.h"
#include "calendar/core/schedule_rules.h"
#include "calendar_fixture.h"
#include "fhir/fhir_primitives.h"
#include "patients/core/patients_permissions.h"
#include "test_support.h"

#include "fhir_validation.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace fd::calendar;
using fd::calendar::test::CalendarFixture;

namespace {

fd::fhir::IFhirResourceSource* calendarSource(CalendarFixture& fx)
{
    for (const auto& source : fx.registry.all<fd::fhir::IFhirResourceSource>())
        if (source->resourceTypes().contains(QStringLiteral("Appointment")))
            return source.get();
    return nullptr;
}

// Every resource the calendar's source emits, by type.
QMap<QString, QList<QJsonObject>> exported(CalendarFixture& fx)
{
    QMap<QString, QList<QJsonObject>> out;
    auto* source = calendarSource(fx);
    REQUIRE(source);
    auto done = source->exportResources([&](const QJsonObject& r) -> fd::Status {
        out[r.value(QStringLiteral("resourceType")).toString()] << r;
        return {};
    });
    INFO((done.ok() ? std::string() : done.error().toString().toStdString()));
    REQUIRE(done.ok());
    return out;
}

QString reference(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("reference")).toString();
}

}  // namespace

TEST_CASE("Appointment statuses map to FHIR's, participants and times are written",
          "[calendar][fhir]")
{
    CHECK(appointmentStatusCode(AppointmentStatus::Scheduled) == QStringLiteral("booked"));
    CHECK(appointmentStatusCode(AppointmentStatus::Confirmed) == QStringLiteral("booked"));
    CHECK(appointmentStatusCode(AppointmentStatus::Arrived) == QStringLiteral("arrived"));
    CHECK(appointmentStatusCode(AppointmentStatus::Roomed) == QStringLiteral("checked-in"));
    CHECK(appointmentStatusCode(AppointmentStatus::WithProvider) == QStringLiteral("checked-in"));
    CHECK(appointmentStatusCode(AppointmentStatus::CheckedOut) == QStringLiteral("fulfilled"));
    CHECK(appointmentStatusCode(AppointmentStatus::Cancelled) == QStringLiteral("cancelled"));
    CHECK(appointmentStatusCode(AppointmentStatus::NoShow) == QStringLiteral("noshow"));

    Appointment a;
    a.id = QStringLiteral("5b0c1b8e-3a53-4bde-9c1d-2f3f4e5a6b7c");
    a.patientId = QStringLiteral("pat-1");
    a.providerId = QStringLiteral("prov-1");
    a.locationId = QStringLiteral("loc-1");
    a.typeId = QStringLiteral("type-1");
    a.start = QDateTime(QDate(2025, 3, 10), QTime(13, 0), Qt::UTC);
    a.end = a.start.addSecs(45 * 60);
    a.status = AppointmentStatus::Cancelled;
    a.cancelReason = QStringLiteral("Weather");
    a.reason = QStringLiteral("Knee pain");
    a.createdAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
    AppointmentType t;
    t.id = a.typeId;
    t.code = QStringLiteral("PE45");
    t.name = QStringLiteral("Physical");
    t.visitReason = QStringLiteral("Annual physical");

    const QJsonObject plain = appointmentToFhir(a, &t, {});
    CHECK(plain.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Appointment"));
    CHECK(plain.value(QStringLiteral("id")).toString() == a.id);
    CHECK(plain.value(QStringLiteral("status")).toString() == QStringLiteral("cancelled"));
    CHECK(
        plain.value(QStringLiteral("cancelationReason")).toObject().value(QStringLiteral("text")) ==
        QStringLiteral("Weather"));
    CHECK(plain.value(QStringLiteral("start")).toString() ==
          QStringLiteral("2025-03-10T13:00:00.000Z"));
    CHECK(plain.value(QStringLiteral("end")).toString() ==
          QStringLiteral("2025-03-10T13:45:00.000Z"));
    CHECK(plain.value(QStringLiteral("minutesDuration")).toInt() == 45);
    CHECK(plain.value(QStringLiteral("created")).toString() ==
          QStringLiteral("2025-03-01T09:30:00Z"));
    const QJsonObject kind = plain.value(QStringLiteral("appointmentType")).toObject();
    const QJsonObject coding = kind.value(QStringLiteral("coding")).toArray().at(0).toObject();
    CHECK(coding.value(QStringLiteral("system")).toString() == kAppointmentTypeSystem);
    CHECK(coding.value(QStringLiteral("code")).toString() == QStringLiteral("PE45"));
    CHECK(kind.value(QStringLiteral("text")).toString() == QStringLiteral("Physical"));
    // Minimum necessary: no reason unless the caller may read it.
    CHECK_FALSE(plain.contains(QStringLiteral("reasonCode")));
    CHECK_FALSE(plain.contains(QStringLiteral("serviceType")));
    const QJsonArray who = plain.value(QStringLiteral("participant")).toArray();
    REQUIRE(who.size() == 3);
    CHECK(reference(who.at(0).toObject().value(QStringLiteral("actor"))) ==
          QStringLiteral("Patient/pat-1"));
    CHECK(who.at(0).toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("declined"));
    CHECK(reference(who.at(1).toObject().value(QStringLiteral("actor"))) ==
          QStringLiteral("Practitioner/prov-1"));
    CHECK(reference(who.at(2).toObject().value(QStringLiteral("actor"))) ==
          QStringLiteral("Location/loc-1"));

    const QJsonObject full = appointmentToFhir(a, &t, {true});
    CHECK(full.value(QStringLiteral("reasonCode"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("text")) == QStringLiteral("Knee pain"));
    CHECK(full.value(QStringLiteral("serviceType"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("text")) == QStringLiteral("Annual physical"));

    a.status = AppointmentStatus::Scheduled;  // a reason is kept only for cancellations
    const QJsonObject booked = appointmentToFhir(a, &t, {});
    CHECK_FALSE(booked.contains(QStringLiteral("cancelationReason")));
    CHECK(booked.value(QStringLiteral("participant"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("status")) == QStringLiteral("tentative"));
}

TEST_CASE("Slots come from the template: free, busy and the lunch block busy-unavailable",
          "[calendar][fhir]")
{
    CalendarFixture fx;
    const QDate monday(2025, 3, 10);
    const Appointment taken = fx.book(fx.request(fx.aliceId, monday, QTime(9, 0)));
    ScheduleData data;
    data.templates = fx.admin().templates().value();
    data.zones.insert(fx.newYorkId, QTimeZone(QByteArrayLiteral("America/New_York")));
    data.zones.insert(fx.losAngelesId, QTimeZone(QByteArrayLiteral("America/Los_Angeles")));
    BusyIndex busy;
    busy.addAppointment(taken, monday);
    const auto generated = scheduleSlots(data, busy, monday, monday);
    int free = 0, busyCount = 0, unavailable = 0;
    for (const ScheduleSlot& s : generated) {
        if (s.providerId != fx.lovelaceId)
            continue;
        if (s.status == SlotStatus::Free)
            ++free;
        if (s.status == SlotStatus::Busy) {
            ++busyCount;
            CHECK(s.utc.overlaps(taken.interval()));
        }
        if (s.status == SlotStatus::BusyUnavailable) {
            ++unavailable;
            // Lunch 12:00-13:00 EDT.
            CHECK(s.utc == Interval{QDateTime(monday, QTime(16, 0), Qt::UTC).toSecsSinceEpoch(),
                                    QDateTime(monday, QTime(17, 0), Qt::UTC).toSecsSinceEpoch()});
        }
    }
    // 8-12 and 13-17 in 15-minute slots: 32; the 9:00 half hour takes two.
    CHECK(free == 30);
    CHECK(busyCount == 2);
    CHECK(unavailable == 1);
    // Dr. Hopper works Mondays 9-13 in Los Angeles: 16 free slots.
    CHECK(std::count_if(generated.begin(), generated.end(), [&](const ScheduleSlot& s) {
              return s.providerId == fx.hopperId && s.status == SlotStatus::Free;
          }) == 16);
    const QJsonObject json = slotToFhir(generated.front());
    CHECK(json.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Slot"));
    CHECK(reference(json.value(QStringLiteral("schedule"))) ==
          QStringLiteral("Schedule/") +
              scheduleId(generated.front().providerId, generated.front().locationId));
    CHECK(slotToFhir(generated.front()).value(QStringLiteral("id")) ==
          json.value(QStringLiteral("id")));
}

TEST_CASE("The calendar's FHIR export validates and needs calendar.view and patients.export",
          "[calendar][fhir][permissions]")
{
    CalendarFixture fx;
    const Appointment monday = fx.book(fx.request(fx.aliceId, QDate(2025, 3, 10), QTime(9, 0)));
    auto withReason = fx.request(fx.bobId, QDate(2025, 3, 11), QTime(10, 0));
    withReason.reason = QStringLiteral("Persistent cough");
    const Appointment tuesday = fx.book(withReason);
    REQUIRE(fx.appointments()
                .cancel(tuesday.id, tuesday.rowVersion, QStringLiteral("Feeling better"))
                .ok());

    auto* source = calendarSource(fx);
    REQUIRE(source);
    CHECK(source->resourceTypes() == QStringList{"Schedule", "Slot", "Appointment"});
    const auto none = [](const QJsonObject&) -> fd::Status { return {}; };
    CHECK(source->exportResources(none).error().code == fd::ErrorCode::PermissionDenied);

    fx.access->granted.insert(fd::patients::perm::kExport);
    const auto all = exported(fx);
    REQUIRE(all.value(QStringLiteral("Schedule")).size() == 2);
    const QJsonObject schedule = all.value(QStringLiteral("Schedule")).at(0);
    const QJsonArray actors = schedule.value(QStringLiteral("actor")).toArray();
    REQUIRE(actors.size() == 2);
    CHECK(reference(actors.at(0)).startsWith(QStringLiteral("Practitioner/")));
    CHECK(reference(actors.at(1)).startsWith(QStringLiteral("Location/")));
    const QJsonObject horizon = schedule.value(QStringLiteral("planningHorizon")).toObject();
    CHECK(horizon.value(QStringLiteral("start")).toString() == QStringLiteral("2025-03-07"));
    CHECK(horizon.value(QStringLiteral("end")).toString() == QStringLiteral("2025-04-03"));
    const auto generated = all.value(QStringLiteral("Slot"));
    CHECK(generated.size() > 500);
    int busy = 0;
    for (const QJsonObject& s : generated)
        busy += s.value(QStringLiteral("status")).toString() == QStringLiteral("busy");
    CHECK(busy == 2);  // Monday's half hour; Tuesday's was cancelled

    const auto appointments = all.value(QStringLiteral("Appointment"));
    REQUIRE(appointments.size() == 2);
    CHECK(appointments.at(0).value(QStringLiteral("id")).toString() == monday.id);
    CHECK(appointments.at(1).value(QStringLiteral("status")).toString() ==
          QStringLiteral("cancelled"));
    CHECK(appointments.at(1)
              .value(QStringLiteral("reasonCode"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("text")) ==
          QStringLiteral("Persistent cough"));  // patients.read is held

    fx.access->granted.remove(fd::patients::perm::kRead);
    const auto minimal = exported(fx).value(QStringLiteral("Appointment"));
    CHECK_FALSE(minimal.at(1).contains(QStringLiteral("reasonCode")));
    CHECK_FALSE(minimal.at(0).contains(QStringLiteral("serviceType")));

    QList<QJsonObject> sample = all.value(QStringLiteral("Schedule"));
    sample << generated.mid(0, 40) << appointments;
    fd::test::validateFhir(sample, fx.dir);
}
