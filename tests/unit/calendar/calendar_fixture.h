#pragma once

#include "calendar/core/calendar.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "fake_security.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "test_support.h"

#include <QSet>

#include <memory>
#include <vector>

namespace fd::calendar::test {

using fd::test::FakeAccess;
using fd::test::FakeAudit;

// An encrypted practice database with every core up to the calendar, at a pinned "now"
// (Friday 2025-03-07 15:00 UTC): a New York office with two exam rooms and an ECG cart, a
// Los Angeles office, two providers (Dr. Ada Lovelace works in New York 8-17 with lunch on
// weekdays; Grace Hopper NP in Los Angeles 9-13 on Mondays), two patients and three
// appointment types (FU30 follow-up, NP60 new patient, ECG15 with the cart).
class CalendarFixture
{
public:
    CalendarFixture();

    template <typename T>
    std::shared_ptr<T> service() const
    {
        return registry.get<T>();
    }
    IAppointmentService& appointments() const { return *registry.get<IAppointmentService>(); }
    IScheduleAdmin& admin() const { return *registry.get<IScheduleAdmin>(); }
    void grantAll();
    void grantRole(security::Role role);  // the catalog's defaults for the role
    qint64 count(const QString& sql, const QVariantList& binds = {}) const;
    QString addPatient(const QString& first, const QString& last);

    // A request for `patient` with Dr. Lovelace in New York at local `time` on `date`.
    BookingRequest request(const QString& patient, const QDate& date, const QTime& time,
                           const QString& type = QStringLiteral("FU30")) const;
    // Books and REQUIREs success.
    Appointment book(const BookingRequest& request);

    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeAccess> access = std::make_shared<FakeAccess>();
    std::shared_ptr<FakeAudit> audit = std::make_shared<FakeAudit>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
    QString newYorkId;
    QString losAngelesId;
    QString ecgCartId;
    QString lovelaceId;
    QString hopperId;
    QString aliceId;
    QString bobId;
};

}  // namespace fd::calendar::test
