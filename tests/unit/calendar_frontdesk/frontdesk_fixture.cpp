#include "frontdesk_fixture.h"

#include "accounts/core/accounts_permissions.h"
#include "calendar/core/frontdesk_permissions.h"
#include "calendar/core/frontdesk_registration.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"

#include <catch2/catch_test_macros.hpp>

namespace fd::calendar::test {

const QDate FrontdeskFixture::kToday(2025, 3, 7);

FrontdeskFixture::FrontdeskFixture()
{
    auto migrated = db->migrate({frontdeskMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    grantFrontDesk();
    practice::Payer payer;
    payer.name = QStringLiteral("Acme Health Plan");
    payer.payerIds.insert(QStringLiteral("default"), QStringLiteral("60054"));
    auto savedPayer = registry.get<practice::IPayerService>()->save(payer);
    REQUIRE(savedPayer.ok());
    payerId = savedPayer->id;
    patients::Coverage c;
    c.patientId = aliceId;
    c.order = 1;
    c.payerId = payerId;
    c.planName = QStringLiteral("PPO Gold");
    c.memberId = QStringLiteral("XJK100200");
    c.effectiveFrom = QDate(2025, 1, 1);
    c.copay = Money::fromCents(2500);
    auto saved = registry.get<patients::ICoverageService>()->save(c);
    INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
    REQUIRE(saved.ok());
    aliceCoverageId = saved->id;
    audit->records.clear();
}

void FrontdeskFixture::grantFrontDesk()
{
    grantAll();
    access->granted.insert(perm::kCheckIn);
    access->granted.insert(perm::kCheckOut);
    access->granted.insert(accounts::perm::kPayments);
}

Appointment FrontdeskFixture::bookToday(const QString& patient, const QTime& time)
{
    return book(request(patient, kToday, time));
}

void FrontdeskFixture::at(const QTime& time)
{
    clock->set(QDateTime(kToday, time, QTimeZone(QByteArrayLiteral("America/New_York"))).toUTC());
}

}  // namespace fd::calendar::test
