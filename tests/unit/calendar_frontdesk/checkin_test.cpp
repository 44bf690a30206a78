// Check-in: what it shows, the confirmations it records, the copay posted once as unapplied
// credit, and its refusals.
#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger.h"
#include "calendar/core/frontdesk_permissions.h"
#include "common/uuid.h"
#include "frontdesk_fixture.h"
#include "patients/core/patients.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::calendar;
using fd::calendar::test::FrontdeskFixture;

namespace {

QString errorOf(const auto& result)
{
    return result.ok() ? QString() : result.error().toString();
}

std::vector<accounts::LedgerEntry> ledgerOf(FrontdeskFixture& fx, const QString& patientId)
{
    auto entries = fx.registry.get<accounts::ILedger>()->entries(patientId);
    REQUIRE(entries.ok());
    return entries.value();
}

CheckInRequest fullCheckIn(const Appointment& a, const QString& clientId)
{
    CheckInRequest r;
    r.appointmentId = a.id;
    r.confirmDemographics = true;
    r.confirmInsurance = true;
    r.copay = Money::fromCents(2500);
    r.method = accounts::PaymentMethod::Card;
    r.reference = QStringLiteral("approval 4411");
    r.clientId = clientId;
    return r;
}

}  // namespace

TEST_CASE("Check-in shows coverage, balance and the expected copay", "[frontdesk][checkin]")
{
    FrontdeskFixture fx;
    const Appointment a = fx.bookToday(fx.aliceId, QTime(11, 0));
    auto info = fx.desk().checkInInfo(a.id);
    INFO(errorOf(info).toStdString());
    REQUIRE(info.ok());
    CHECK(info->patient.id == fx.aliceId);
    CHECK(info->day == FrontdeskFixture::kToday);
    CHECK_FALSE(info->demographicsConfirmedAt.isValid());
    CHECK_FALSE(info->insuranceConfirmedAt.isValid());
    REQUIRE(info->coverages.size() == 1);
    CHECK(info->coverages[0].activeOnDay);
    CHECK(info->coverages[0].payerName == QStringLiteral("Acme Health Plan"));
    REQUIRE(info->expectedCopay.has_value());
    CHECK(info->expectedCopay->cents() == 2500);
    CHECK(info->copayCoverageId == fx.aliceCoverageId);
    CHECK(info->balanceDue().cents() == 0);

    // Bob has no coverage: self-pay, no copay expected.
    const Appointment b = fx.bookToday(fx.bobId, QTime(10, 30));
    auto bob = fx.desk().checkInInfo(b.id);
    REQUIRE(bob.ok());
    CHECK(bob->coverages.empty());
    CHECK_FALSE(bob->expectedCopay.has_value());
}

TEST_CASE("An ended coverage is shown but gives no copay", "[frontdesk][checkin]")
{
    FrontdeskFixture fx;
    auto coverages = fx.registry.get<patients::ICoverageService>();
    auto c = coverages->get(fx.aliceCoverageId);
    REQUIRE(c.ok());
    c->effectiveTo = QDate(2025, 2, 28);
    REQUIRE(coverages->save(c.value()).ok());
    const Appointment a = fx.bookToday(fx.aliceId, QTime(11, 0));
    auto info = fx.desk().checkInInfo(a.id);
    REQUIRE(info.ok());
    REQUIRE(info->coverages.size() == 1);
    CHECK_FALSE(info->coverages[0].activeOnDay);
    CHECK_FALSE(info->expectedCopay.has_value());
}

TEST_CASE("Check-in arrives the patient and posts the copay once as unapplied credit",
          "[frontdesk][checkin]")
{
    FrontdeskFixture fx;
    const Appointment a = fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.at(QTime(10, 50));
    const QString clientId = newUuid();
    auto first = fx.desk().checkIn(fullCheckIn(a, clientId));
    INFO(errorOf(first).toStdString());
    REQUIRE(first.ok());
    CHECK_FALSE(first->repeated);
    CHECK(first->appointment.status == AppointmentStatus::Arrived);
    CHECK(first->record.demographicsConfirmed);
    CHECK(first->record.insuranceConfirmed);
    CHECK(first->record.coverageIds == QStringList{fx.aliceCoverageId});
    CHECK(first->record.copay.cents() == 2500);
    CHECK(first->record.method == QStringLiteral("card"));
    REQUIRE(first->record.expectedCopay.has_value());
    CHECK(first->record.expectedCopay->cents() == 2500);

    // The double submit: same client id, nothing new.
    auto again = fx.desk().checkIn(fullCheckIn(a, clientId));
    INFO(errorOf(again).toStdString());
    REQUIRE(again.ok());
    CHECK(again->repeated);
    CHECK(again->record.id == first->record.id);
    CHECK(again->record.ledgerEntryId == first->record.ledgerEntryId);

    const auto entries = ledgerOf(fx, fx.aliceId);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].id == first->record.ledgerEntryId);
    CHECK(entries[0].kind == accounts::EntryKind::PatientPayment);
    CHECK(entries[0].lineId.isEmpty());
    CHECK(entries[0].amount.cents() == 2500);
    CHECK(entries[0].creditDelta.cents() == 2500);
    CHECK(entries[0].clientId == clientId);
    auto balance = fx.registry.get<accounts::ILedger>()->balance(fx.aliceId);
    REQUIRE(balance.ok());
    CHECK(balance->credit.cents() == 2500);
    CHECK(balance->patient.cents() == 0);

    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_checkins")) == 1);
    CHECK(fx.audit->countOf(security::audit::kCreate, QStringLiteral("calendar_checkins")) == 1);
    auto history = fx.appointments().history(a.id);
    REQUIRE(history.ok());
    CHECK(history->back().toStatus == QStringLiteral("arrived"));

    // The same client id for another appointment is a mistake, not a repeat.
    const Appointment b = fx.bookToday(fx.bobId, QTime(11, 30));
    auto misuse = fx.desk().checkIn(fullCheckIn(b, clientId));
    REQUIRE_FALSE(misuse.ok());
    CHECK(misuse.error().code == ErrorCode::Conflict);
    CHECK(misuse.error().details == QStringLiteral("client_id"));
}

TEST_CASE("Confirmations are remembered for the next check-in", "[frontdesk][checkin]")
{
    FrontdeskFixture fx;
    const Appointment a = fx.bookToday(fx.aliceId, QTime(11, 0));
    fx.at(QTime(10, 40));
    CheckInRequest r;
    r.appointmentId = a.id;
    r.confirmDemographics = true;  // insurance not confirmed, no copay
    auto done = fx.desk().checkIn(r);
    INFO(errorOf(done).toStdString());
    REQUIRE(done.ok());
    CHECK(done->record.ledgerEntryId.isEmpty());
    CHECK(ledgerOf(fx, fx.aliceId).empty());

    auto info = fx.desk().checkInInfo(a.id);
    REQUIRE(info.ok());
    const QDateTime at = QDateTime(FrontdeskFixture::kToday, QTime(10, 40),
                                   QTimeZone(QByteArrayLiteral("America/New_York")))
                             .toUTC();
    CHECK(info->demographicsConfirmedAt == at);
    CHECK(info->demographicsConfirmedBy == QStringLiteral("user-1"));
    CHECK_FALSE(info->insuranceConfirmedAt.isValid());

    // A second check-in later (the copay after all) keeps the status and adds the payment.
    fx.at(QTime(10, 45));
    CheckInRequest pay;
    pay.appointmentId = a.id;
    pay.confirmInsurance = true;
    pay.copay = Money::fromCents(2500);
    auto paid = fx.desk().checkIn(pay);
    INFO(errorOf(paid).toStdString());
    REQUIRE(paid.ok());
    CHECK(paid->appointment.status == AppointmentStatus::Arrived);
    auto after = fx.desk().checkInInfo(a.id);
    REQUIRE(after.ok());
    CHECK(after->demographicsConfirmedAt == at);
    CHECK(after->insuranceConfirmedAt == at.addSecs(300));
    CHECK(after->copayAlreadyTaken.cents() == 2500);
    auto records = fx.desk().checkIns(a.id);
    REQUIRE(records.ok());
    CHECK(records->size() == 2);
}

TEST_CASE("Check-in is refused without permission, on another day or for a cancelled visit",
          "[frontdesk][checkin][permissions]")
{
    FrontdeskFixture fx;
    const Appointment a = fx.bookToday(fx.aliceId, QTime(11, 0));
    const Appointment monday = fx.book(fx.request(fx.aliceId, QDate(2025, 3, 10), QTime(9, 0)));

    SECTION("a provider may move the flow but not check in")
    {
        fx.grantRole(security::Role::Provider);
        auto refused = fx.desk().checkIn(fullCheckIn(a, newUuid()));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    SECTION("taking a copay needs accounts.payments, and nothing is changed")
    {
        fx.access->granted.remove(accounts::perm::kPayments);
        auto refused = fx.desk().checkIn(fullCheckIn(a, newUuid()));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(fx.appointments().get(a.id)->status == AppointmentStatus::Scheduled);
        CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM calendar_checkins")) == 0);
        CHECK(ledgerOf(fx, fx.aliceId).empty());
    }
    SECTION("the front desk role has what check-in needs")
    {
        fx.grantRole(security::Role::FrontDesk);
        auto done = fx.desk().checkIn(fullCheckIn(a, newUuid()));
        INFO(errorOf(done).toStdString());
        CHECK(done.ok());
    }
    SECTION("only on the appointment's day")
    {
        auto early = fx.desk().checkIn(fullCheckIn(monday, newUuid()));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().code == ErrorCode::InvalidInput);
        CHECK(early.error().details == QStringLiteral("appointment_id"));
        CHECK(ledgerOf(fx, fx.aliceId).empty());
    }
    SECTION("not a cancelled appointment")
    {
        REQUIRE(
            fx.appointments().cancel(a.id, a.rowVersion, QStringLiteral("Patient called")).ok());
        auto cancelled = fx.desk().checkIn(fullCheckIn(a, newUuid()));
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().details == QStringLiteral("status"));
    }
    SECTION("bad input names its field")
    {
        CheckInRequest bad = fullCheckIn(a, QStringLiteral("not-a-uuid"));
        CHECK(fx.desk().checkIn(bad).error().details == QStringLiteral("client_id"));
        bad = fullCheckIn(a, newUuid());
        bad.copay = Money::fromCents(-100);
        CHECK(fx.desk().checkIn(bad).error().details == QStringLiteral("copay"));
    }
}

TEST_CASE("A copay the ledger refuses leaves the visit as it was: no arrival, no record",
          "[frontdesk][checkin]")
{
    FrontdeskFixture fx;
    const Appointment a = fx.bookToday(fx.aliceId, QTime(11, 0));
    const size_t entriesBefore = ledgerOf(fx, fx.aliceId).size();
    CheckInRequest bad = fullCheckIn(a, newUuid());
    bad.reference = QStringLiteral("4111111111111111");  // a card number: the ledger refuses it
    auto refused = fx.desk().checkIn(bad);
    REQUIRE_FALSE(refused.ok());
    auto unchanged = fx.registry.get<IAppointmentService>()->get(a.id);
    REQUIRE(unchanged.ok());
    CHECK(unchanged->status == a.status);
    CHECK(unchanged->rowVersion == a.rowVersion);
    CHECK(ledgerOf(fx, fx.aliceId).size() == entriesBefore);
    auto info = fx.desk().checkInInfo(a.id);
    REQUIRE(info.ok());
    CHECK_FALSE(info->demographicsConfirmedAt.isValid());

    // Corrected, with the same client id: one arrival, one payment.
    bad.reference = QStringLiteral("approval 4411");
    auto done = fx.desk().checkIn(bad);
    INFO(errorOf(done).toStdString());
    REQUIRE(done.ok());
    CHECK_FALSE(done->repeated);
    CHECK(done->appointment.status == AppointmentStatus::Arrived);
    CHECK(ledgerOf(fx, fx.aliceId).size() == entriesBefore + 1);
}
