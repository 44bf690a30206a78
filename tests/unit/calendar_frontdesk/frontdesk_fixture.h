#pragma once

#include "calendar/core/frontdesk.h"
#include "calendar_fixture.h"

namespace fd::calendar::test {

// The calendar fixture with the front desk's schema and permissions, a payer, and Alice's
// primary coverage (25.00 copay, in effect since 2025-01-01). "Now" is Friday 2025-03-07
// 10:00 in New York (15:00 UTC).
class FrontdeskFixture : public CalendarFixture
{
public:
    FrontdeskFixture();

    IFrontDesk& desk() const { return *registry.get<IFrontDesk>(); }
    void grantFrontDesk();  // grantAll() plus check-in, check-out and payments
    // Dr. Lovelace's FU30 for `patient` today at New York `time`.
    Appointment bookToday(const QString& patient, const QTime& time);
    // Sets the clock to today's New York `time`.
    void at(const QTime& time);

    static const QDate kToday;
    QString payerId;
    QString aliceCoverageId;
};

}  // namespace fd::calendar::test
