// What the ledger refuses, reversals, credit, aging, permissions per role and check().
#include "accounts_fixture.h"

#include "accounts/core/accounts_permissions.h"
#include "patients/core/patient_hooks.h"
#include "patients/core/patients_permissions.h"
#include "security/roles.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::accounts;
using fd::accounts::test::AccountsFixture;

namespace {

Money cents(qint64 c)
{
    return Money::fromCents(c);
}

}  // namespace

TEST_CASE("Reversals: once per entry, never of a reversal, never below zero",
          "[accounts][reversal]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Vera"), QStringLiteral("Reverse"));
    ILedger& l = fx.ledger();
    const LedgerEntry charge = fx.charge(p.id, 10000);
    const LedgerEntry payment = fx.pay(p.id, charge.lineId, 4000);

    CHECK(l.reverse(payment.id, QStringLiteral("  ")).error().details == QStringLiteral("reason"));
    auto paidCharge = l.reverse(charge.id, QStringLiteral("wrong patient"));
    REQUIRE_FALSE(paidCharge.ok());
    CHECK(paidCharge.error().code == ErrorCode::InvalidInput);
    CHECK(paidCharge.error().message.contains(QStringLiteral("below zero")));

    auto undone = l.reverse(payment.id, QStringLiteral("check bounced"));
    REQUIRE(undone.ok());
    CHECK(undone->patientDelta == cents(4000));
    auto twice = l.reverse(payment.id, QStringLiteral("again"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);
    auto ofReversal = l.reverse(undone->id, QStringLiteral("undo the undo"));
    REQUIRE_FALSE(ofReversal.ok());
    CHECK(ofReversal.error().message.contains(QStringLiteral("cannot be reversed")));
    CHECK(l.reverse(QStringLiteral("no-such-entry"), QStringLiteral("x")).error().code ==
          ErrorCode::NotFound);

    // With the payment reversed, the charge can go.
    auto chargeGone = l.reverse(charge.id, QStringLiteral("wrong patient"));
    REQUIRE(chargeGone.ok());
    auto line = l.lineBalance(charge.lineId);
    REQUIRE(line.ok());
    CHECK(line->charged == cents(0));
    CHECK(line->patient == cents(0));
    fx.requireInvariants();
}

TEST_CASE("Bad postings are refused with the field named and change nothing",
          "[accounts][validation]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Val"), QStringLiteral("Idate"));
    const auto other = fx.addPatient(QStringLiteral("Otto"), QStringLiteral("Other"));
    ILedger& l = fx.ledger();
    const LedgerEntry charge = fx.charge(p.id, 10000, Bucket::Insurance);
    const qint64 before = fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries"));

    PatientPaymentRequest card;
    card.patientId = p.id;
    card.amount = cents(1000);
    card.method = PaymentMethod::Card;
    card.reference = QStringLiteral("4111 1111 1111 1111");
    auto pan = l.recordPatientPayment(card);
    REQUIRE_FALSE(pan.ok());
    CHECK(pan.error().details == QStringLiteral("reference"));
    card.reference = QStringLiteral("4111-1111-1111-1111");
    CHECK_FALSE(l.recordPatientPayment(card).ok());
    card.reference = QStringLiteral("ref4111111111111111x");
    CHECK_FALSE(l.recordPatientPayment(card).ok());
    card.reference = QStringLiteral("last4 1111 auth 0042");
    CHECK(l.recordPatientPayment(card).ok());  // a reference, not a number

    PatientPaymentRequest check;
    check.patientId = p.id;
    check.amount = cents(1000);
    check.method = PaymentMethod::Check;
    CHECK(l.recordPatientPayment(check).error().details == QStringLiteral("reference"));
    check.reference = QStringLiteral("1001");
    check.amount = cents(0);
    CHECK(l.recordPatientPayment(check).error().details == QStringLiteral("amount"));

    InsurancePaymentRequest tooMuch;
    tooMuch.patientId = p.id;
    tooMuch.lineId = charge.lineId;
    tooMuch.payerId = fx.payerId;
    tooMuch.amount = cents(10001);
    auto over = l.recordInsurancePayment(tooMuch);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().details == QStringLiteral("amount"));
    CHECK(over.error().message.contains(QStringLiteral("100.01")));
    tooMuch.amount = cents(100);
    tooMuch.payerId = QStringLiteral("no-such-payer");
    CHECK_FALSE(l.recordInsurancePayment(tooMuch).ok());

    InsurancePaymentRequest wrongPatient;
    wrongPatient.patientId = other.id;
    wrongPatient.lineId = charge.lineId;
    wrongPatient.payerId = fx.payerId;
    wrongPatient.amount = cents(100);
    auto stranger = l.recordInsurancePayment(wrongPatient);
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().details == QStringLiteral("line_id"));

    AdjustmentRequest adj;
    adj.patientId = p.id;
    adj.lineId = charge.lineId;
    adj.amount = cents(100);
    adj.reasonGroup = QStringLiteral("XX");
    adj.reasonCode = QStringLiteral("45");
    CHECK(l.adjust(adj).error().details == QStringLiteral("reason_group"));
    adj.reasonGroup = QStringLiteral("CO");
    adj.bucket = Bucket::Patient;
    CHECK(l.adjust(adj).error().details ==
          QStringLiteral("amount"));  // the patient owes nothing on it

    ChargeRequest future;
    future.patientId = p.id;
    future.serviceDate = fx.clock->nowUtc().date().addDays(1);
    future.code = QStringLiteral("99213");
    future.amount = cents(100);
    CHECK(l.postCharge(future).error().details == QStringLiteral("service_date"));
    future.serviceDate = fx.clock->nowUtc().date();
    future.code = QStringLiteral("9921");
    CHECK(l.postCharge(future).error().details == QStringLiteral("code"));
    future.code = QStringLiteral("99213");
    future.lineId = charge.lineId;
    CHECK(l.postCharge(future).error().code == ErrorCode::Conflict);

    RefundRequest refund;
    refund.patientId = p.id;
    refund.amount = cents(1001);  // the card payment left 10.00 of credit
    refund.reference = QStringLiteral("2002");
    CHECK(l.refund(refund).error().details == QStringLiteral("amount"));

    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) == before + 1);
    fx.requireInvariants();
}

TEST_CASE("Credit is applied to the oldest patient-owed lines first", "[accounts][credit]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Cora"), QStringLiteral("Credit"));
    ILedger& l = fx.ledger();
    const LedgerEntry older = fx.charge(p.id, 3000, Bucket::Patient, {}, QDate(2025, 1, 10));
    const LedgerEntry newer = fx.charge(p.id, 5000, Bucket::Patient, {}, QDate(2025, 2, 10));
    fx.pay(p.id, {}, 6000);  // unapplied
    CHECK(l.balance(p.id)->credit == cents(6000));
    auto applied = l.applyCreditsFor(p.id);
    REQUIRE(applied.ok());
    REQUIRE(applied->size() == 2);
    CHECK(applied->at(0).lineId == older.lineId);
    CHECK(applied->at(0).amount == cents(3000));
    CHECK(applied->at(1).lineId == newer.lineId);
    CHECK(applied->at(1).amount == cents(3000));
    CHECK(l.lineBalance(newer.lineId)->patient == cents(2000));
    CHECK(l.balance(p.id)->credit == cents(0));
    auto none = l.applyCreditsFor(p.id);
    REQUIRE(none.ok());
    CHECK(none->empty());
    fx.requireInvariants();
}

TEST_CASE("Aging: insurance from the service date, the patient's part from when it became theirs",
          "[accounts][aging]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Ada"), QStringLiteral("Aging"));
    ILedger& l = fx.ledger();
    const QDate today = fx.clock->nowUtc().date();
    fx.charge(p.id, 1000, Bucket::Insurance, {}, today.addDays(-10));
    fx.charge(p.id, 2000, Bucket::Insurance, {}, today.addDays(-45));
    fx.charge(p.id, 3000, Bucket::Insurance, {}, today.addDays(-75));
    fx.charge(p.id, 4000, Bucket::Insurance, {}, today.addDays(-100));
    const LedgerEntry old = fx.charge(p.id, 5000, Bucket::Insurance, {}, today.addDays(-200));
    fx.charge(p.id, 700, Bucket::Patient, {}, today.addDays(-61));

    // 200 days old, but the patient's part is new today.
    TransferRequest t;
    t.patientId = p.id;
    t.lineId = old.lineId;
    t.amount = cents(1500);
    REQUIRE(l.transfer(t).ok());

    auto b = l.balance(p.id);
    REQUIRE(b.ok());
    CHECK(b->insuranceAging.days0to30 == cents(1000));
    CHECK(b->insuranceAging.days31to60 == cents(2000));
    CHECK(b->insuranceAging.days61to90 == cents(3000));
    CHECK(b->insuranceAging.days91to120 == cents(4000));
    CHECK(b->insuranceAging.over120 == cents(3500));
    CHECK(b->patientAging.days0to30 == cents(1500));
    CHECK(b->patientAging.days61to90 == cents(700));

    // A month later everything has moved one band.
    fx.clock->set(fx.clock->nowUtc().addDays(31));
    b = l.balance(p.id);
    REQUIRE(b.ok());
    CHECK(b->insuranceAging.days0to30 == cents(0));
    CHECK(b->insuranceAging.days31to60 == cents(1000));
    CHECK(b->patientAging.days31to60 == cents(1500));
    CHECK(b->patientAging.days91to120 == cents(700));
    auto totals = l.practiceTotals();
    REQUIRE(totals.ok());
    CHECK(totals->insuranceAging.over120 == cents(3500 + 4000));
    CHECK(totals->patientAging.days91to120 == cents(700));
    fx.requireInvariants();
}

TEST_CASE("check() names each summary row that disagrees with the entries", "[accounts][check]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Chet"), QStringLiteral("Check"));
    const LedgerEntry c = fx.charge(p.id, 10000);
    fx.pay(p.id, c.lineId, 2500);
    auto clean = fx.ledger().check();
    REQUIRE(clean.ok());
    CHECK(clean->clean());
    CHECK(clean->entries == 2);
    CHECK(clean->lines == 1);

    REQUIRE(
        storage::exec(
            fx.db->connection(),
            QStringLiteral(
                "UPDATE ledger_patient_balances SET patient = patient + 1 WHERE patient_id = ?"),
            {p.id})
            .ok());
    REQUIRE(
        storage::exec(fx.db->connection(),
                      QStringLiteral("UPDATE ledger_line_balances SET paid = 0 WHERE line_id = ?"),
                      {c.lineId})
            .ok());
    auto report = fx.ledger().check();
    REQUIRE(report.ok());
    REQUIRE(report->differences.size() == 2);
    bool patientRow = false, lineRow = false;
    for (const auto& d : report->differences) {
        if (d.summary == QStringLiteral("ledger_patient_balances")) {
            patientRow = true;
            CHECK(d.key == p.id);
            CHECK(d.field == QStringLiteral("patient"));
            CHECK(d.expected == 7500);
            CHECK(d.stored == 7501);
        }
        if (d.summary == QStringLiteral("ledger_line_balances")) {
            lineRow = true;
            CHECK(d.key == c.lineId);
            CHECK(d.field == QStringLiteral("paid"));
            CHECK(d.expected == 2500);
            CHECK(d.stored == 0);
        }
    }
    CHECK(patientRow);
    CHECK(lineRow);
}

TEST_CASE("Each role may do what the permission table says", "[accounts][permissions]")
{
    using security::Role;
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Pam"), QStringLiteral("Perms"));
    for (const Role role : security::allRoles()) {
        INFO("role " << security::roleId(role).toStdString());
        fx.grantAll();
        const LedgerEntry charge = fx.charge(p.id, 10000, Bucket::Insurance);
        const LedgerEntry credit = fx.pay(p.id, {}, 1000);
        fx.grantRole(role);
        fx.access->granted.insert(patients::perm::kRead);  // the ledger's rules only
        auto allowed = [&](const QString& permission) {
            return security::PermissionCatalog::defaultAllows(role, permission);
        };
        ILedger& l = fx.ledger();
        auto denied = [](const auto& result) {
            return !result.ok() && result.error().code == ErrorCode::PermissionDenied;
        };

        CHECK(denied(l.balance(p.id)) != allowed(perm::kView));
        CHECK(denied(l.practiceTotals()) != allowed(perm::kView));
        CHECK(denied(l.check()) != allowed(perm::kView));
        ChargeRequest cr;
        cr.patientId = p.id;
        cr.serviceDate = fx.clock->nowUtc().date();
        cr.code = QStringLiteral("99213");
        cr.amount = cents(100);
        CHECK(denied(l.postCharge(cr)) != allowed(perm::kCharges));
        PatientPaymentRequest pay;
        pay.patientId = p.id;
        pay.amount = cents(100);
        CHECK(denied(l.recordPatientPayment(pay)) != allowed(perm::kPayments));
        AdjustmentRequest adj;
        adj.patientId = p.id;
        adj.lineId = charge.lineId;
        adj.amount = cents(100);
        adj.reasonGroup = QStringLiteral("CO");
        adj.reasonCode = QStringLiteral("45");
        CHECK(denied(l.adjust(adj)) != allowed(perm::kAdjust));
        TransferRequest t;
        t.patientId = p.id;
        t.lineId = charge.lineId;
        t.amount = cents(100);
        CHECK(denied(l.transfer(t)) != allowed(perm::kTransfer));
        RefundRequest r;
        r.patientId = p.id;
        r.amount = cents(100);
        r.reference = QStringLiteral("3003");
        CHECK(denied(l.refund(r)) != allowed(perm::kRefund));
        CHECK(denied(l.reverse(credit.id, QStringLiteral("test"))) != allowed(perm::kReverse));
    }
    // The table of docs/SECURITY.md.
    CHECK(security::PermissionCatalog::defaultAllows(Role::FrontDesk, perm::kPayments));
    CHECK_FALSE(security::PermissionCatalog::defaultAllows(Role::FrontDesk, perm::kAdjust));
    CHECK(security::PermissionCatalog::defaultAllows(Role::Biller, perm::kTransfer));
    CHECK_FALSE(security::PermissionCatalog::defaultAllows(Role::Biller, perm::kReverse));
    CHECK(security::PermissionCatalog::defaultAllows(Role::OfficeManager, perm::kRefund));
    CHECK(security::PermissionCatalog::defaultAllows(Role::Provider, perm::kView));
    CHECK_FALSE(security::PermissionCatalog::defaultAllows(Role::Provider, perm::kPayments));
    fx.grantAll();
    fx.requireInvariants();
}

TEST_CASE("The registry's search shows what the patient owes", "[accounts][hooks]")
{
    AccountsFixture fx;
    const auto owes = fx.addPatient(QStringLiteral("Owen"), QStringLiteral("Owes"));
    const auto none = fx.addPatient(QStringLiteral("Nina"), QStringLiteral("None"));
    fx.charge(owes.id, 4200);
    fx.pay(owes.id, {}, 200);
    auto hooks = fx.service<patients::PatientHooks>();
    REQUIRE(hooks);
    REQUIRE(hooks->activitySources().size() == 1);
    std::vector<patients::PatientActivity> activity;
    REQUIRE(hooks->activitySources().front()->fill({owes.id, none.id}, activity).ok());
    REQUIRE(activity.size() == 2);
    REQUIRE(activity[0].balance.has_value());
    CHECK(*activity[0].balance == cents(4000));  // owed less the unapplied credit
    CHECK_FALSE(activity[1].balance.has_value());
    fx.access->granted.remove(perm::kView);
    std::vector<patients::PatientActivity> hidden;
    REQUIRE(hooks->activitySources().front()->fill({owes.id}, hidden).ok());
    CHECK((hidden.empty() || !hidden[0].balance.has_value()));
}
