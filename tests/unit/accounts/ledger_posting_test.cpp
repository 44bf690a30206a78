// Every kind of entry, with the ledger's invariants checked after each one.
#include "accounts_fixture.h"

#include "accounts/core/ledger.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::accounts;
using fd::accounts::test::AccountsFixture;

namespace {

Money cents(qint64 c)
{
    return Money::fromCents(c);
}

LineBalance lineOf(AccountsFixture& fx, const QString& lineId)
{
    auto line = fx.ledger().lineBalance(lineId);
    REQUIRE(line.ok());
    return line.value();
}

}  // namespace

TEST_CASE("Each kind of entry moves the buckets as documented and keeps every invariant",
          "[accounts][ledger]")
{
    AccountsFixture fx;
    const QString parent = fx.addGuarantor(QStringLiteral("Gail"), QStringLiteral("Ledgerwood"));
    const auto kid = fx.addPatient(QStringLiteral("Kim"), QStringLiteral("Ledgerwood"), parent);
    const auto adult = fx.addPatient(QStringLiteral("Ann"), QStringLiteral("Selfpay"));
    ILedger& l = fx.ledger();

    // A charge billed to insurance on a claim.
    const LedgerEntry charge =
        fx.charge(kid.id, 15000, Bucket::Insurance, QStringLiteral("CLM-1"), QDate(2025, 3, 1));
    CHECK(charge.kind == EntryKind::Charge);
    CHECK(charge.insuranceDelta == cents(15000));
    CHECK(charge.guarantorId == parent);
    CHECK(charge.createdBy == QStringLiteral("user-1"));
    CHECK(lineOf(fx, charge.lineId).insurance == cents(15000));
    fx.requireInvariants();

    // The plan pays part.
    const LedgerEntry paid = fx.insurancePay(kid.id, charge.lineId, 9000);
    CHECK(paid.insuranceDelta == cents(-9000));
    CHECK(paid.claimId == QStringLiteral("CLM-1"));
    fx.requireInvariants();

    // Contractual write-off CO-45.
    AdjustmentRequest adj;
    adj.patientId = kid.id;
    adj.lineId = charge.lineId;
    adj.bucket = Bucket::Insurance;
    adj.amount = cents(3000);
    adj.reasonGroup = QStringLiteral("co");
    adj.reasonCode = QStringLiteral("45");
    auto adjusted = l.adjust(adj);
    REQUIRE(adjusted.ok());
    CHECK(adjusted->reasonGroup == QStringLiteral("CO"));
    fx.requireInvariants();

    // The rest went to the deductible: the patient owes it.
    TransferRequest move;
    move.patientId = kid.id;
    move.lineId = charge.lineId;
    move.from = Bucket::Insurance;
    move.amount = cents(3000);
    auto moved = l.transfer(move);
    REQUIRE(moved.ok());
    LineBalance line = lineOf(fx, charge.lineId);
    CHECK(line.insurance == cents(0));
    CHECK(line.patient == cents(3000));
    CHECK(line.patientSince == fx.clock->nowUtc().date());
    fx.requireInvariants();

    // The parent pays $50 by check: $30 for the line, $20 left as credit.
    const LedgerEntry over =
        fx.pay(kid.id, charge.lineId, 5000, PaymentMethod::Check, QStringLiteral("1042"));
    CHECK(over.patientDelta == cents(-3000));
    CHECK(over.creditDelta == cents(2000));
    CHECK(lineOf(fx, charge.lineId).patient == cents(0));
    CHECK(lineOf(fx, charge.lineId).patientSince.isNull());
    CHECK(l.balance(kid.id)->credit == cents(2000));
    fx.requireInvariants();

    // $5 of the credit is refunded.
    RefundRequest back;
    back.patientId = kid.id;
    back.amount = cents(500);
    back.reference = QStringLiteral("2001");
    auto refunded = l.refund(back);
    REQUIRE(refunded.ok());
    CHECK(l.balance(kid.id)->credit == cents(1500));
    fx.requireInvariants();

    // A new patient-owed charge takes the remaining credit automatically.
    const LedgerEntry second = fx.charge(kid.id, 4000);
    CHECK(lineOf(fx, second.lineId).patient == cents(2500));
    CHECK(l.balance(kid.id)->credit == cents(0));
    auto kidEntries = l.entries(kid.id, {});
    REQUIRE(kidEntries.ok());
    LedgerEntry autoApplied;
    for (const LedgerEntry& e : kidEntries.value())
        if (e.kind == EntryKind::CreditApplication)
            autoApplied = e;
    REQUIRE_FALSE(autoApplied.id.isEmpty());
    CHECK(autoApplied.lineId == second.lineId);
    CHECK(autoApplied.amount == cents(1500));
    fx.requireInvariants();

    // A copay at the desk before the visit's charges exist is unapplied credit...
    const LedgerEntry copay =
        fx.pay(adult.id, {}, 2500, PaymentMethod::Card, QStringLiteral("visa 1111 auth 93A1"));
    CHECK(copay.creditDelta == cents(2500));
    CHECK(copay.lineId.isEmpty());
    CHECK(l.balance(adult.id)->credit == cents(2500));
    fx.requireInvariants();
    // ...applied when the charge is posted.
    const LedgerEntry visit = fx.charge(adult.id, 12000);
    CHECK(lineOf(fx, visit.lineId).patient == cents(9500));
    CHECK(l.balance(adult.id)->credit == cents(0));
    fx.requireInvariants();

    // Credit applied by hand.
    fx.pay(adult.id, {}, 1000);
    auto applied = l.applyCredit(adult.id, visit.lineId, cents(600));
    REQUIRE(applied.ok());
    CHECK(applied->kind == EntryKind::CreditApplication);
    CHECK(lineOf(fx, visit.lineId).patient == cents(8900));
    CHECK(l.balance(adult.id)->credit == cents(400));
    fx.requireInvariants();

    // Each kind reversed: the buckets go back, and the invariants hold after each.
    for (const QString& id :
         {applied->id, autoApplied.id, refunded->id, over.id, moved->id, adjusted->id, paid.id}) {
        auto reversed = l.reverse(id, QStringLiteral("posted in error"));
        INFO((reversed.ok() ? std::string() : reversed.error().toString().toStdString()));
        REQUIRE(reversed.ok());
        CHECK(reversed->kind == EntryKind::Reversal);
        CHECK(reversed->reversedEntryId == id);
        fx.requireInvariants();
    }
    // The first line is back to what the charge said.
    line = lineOf(fx, charge.lineId);
    CHECK(line.insurance == cents(15000));
    CHECK(line.patient == cents(0));
    CHECK(line.paid == cents(0));
    CHECK(line.adjusted == cents(0));

    // The practice totals are the sum of every account.
    auto totals = l.practiceTotals();
    REQUIRE(totals.ok());
    CHECK(totals->insurance == cents(15000));

    // Every posting was audited as a create of ledger_entries with the patient.
    CHECK(fx.audit->countOf(QStringLiteral("create"), QStringLiteral("ledger_entries")) ==
          fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")));
    // Each entry has its outbox mutation.
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'ledger_entries'")) ==
          fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")));
}

TEST_CASE("The ledger refuses updates and deletes, also through raw SQL", "[accounts][ledger]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Rae"), QStringLiteral("Rawsql"));
    const LedgerEntry e = fx.charge(p.id, 10000);
    auto update = storage::exec(
        fx.db->connection(),
        QStringLiteral("UPDATE ledger_entries SET amount_cents = 1 WHERE id = ?"), {e.id});
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().toString().contains(QStringLiteral("append-only")));
    auto tomb =
        storage::exec(fx.db->connection(), QStringLiteral("UPDATE ledger_entries SET deleted = 1"));
    CHECK_FALSE(tomb.ok());
    auto remove = storage::exec(fx.db->connection(),
                                QStringLiteral("DELETE FROM ledger_entries WHERE id = ?"), {e.id});
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().toString().contains(QStringLiteral("append-only")));
    CHECK(fx.count(QStringLiteral("SELECT amount_cents FROM ledger_entries WHERE id = ?"),
                   {e.id}) == 10000);
    fx.requireInvariants();
}

TEST_CASE("A retried payment with the same client id posts once; other content is a conflict",
          "[accounts][ledger]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Reid"), QStringLiteral("Retry"));
    const LedgerEntry c = fx.charge(p.id, 8000);
    PatientPaymentRequest r;
    r.patientId = p.id;
    r.lineId = c.lineId;
    r.amount = Money::fromCents(2500);
    r.clientId = QStringLiteral("6f1c2d2e-7a8b-4c3d-9e0f-112233445566");
    auto first = fx.ledger().recordPatientPayment(r);
    REQUIRE(first.ok());
    auto again = fx.ledger().recordPatientPayment(r);
    REQUIRE(again.ok());
    CHECK(again->id == first->id);
    CHECK(fx.count(QStringLiteral(
              "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'patient_payment'")) == 1);
    CHECK(fx.ledger().balance(p.id)->patient == Money::fromCents(5500));

    r.amount = Money::fromCents(2600);
    auto different = fx.ledger().recordPatientPayment(r);
    REQUIRE_FALSE(different.ok());
    CHECK(different.error().code == ErrorCode::Conflict);
    CHECK(different.error().message.contains(QStringLiteral("amount_cents")));
    CHECK(fx.count(QStringLiteral(
              "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'patient_payment'")) == 1);

    r.clientId = QStringLiteral("not-a-uuid");
    auto bad = fx.ledger().recordPatientPayment(r);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().details == QStringLiteral("client_id"));
    fx.requireInvariants();
}

TEST_CASE("The kinds the walk-through above leaves out keep every invariant too",
          "[accounts][ledger]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Pat"), QStringLiteral("Partial"));
    ILedger& l = fx.ledger();

    // A charge billed to the patient, part written off from the patient's bucket (a prompt-pay
    // discount), then billed to the plan after all: moved from the patient to insurance.
    const LedgerEntry charge = fx.charge(p.id, 20000, Bucket::Patient, {}, QDate(2025, 2, 20));
    fx.requireInvariants();
    AdjustmentRequest discount;
    discount.patientId = p.id;
    discount.lineId = charge.lineId;
    discount.bucket = Bucket::Patient;
    discount.amount = cents(2000);
    discount.reasonGroup = QStringLiteral("PR");
    discount.reasonCode = QStringLiteral("45");
    auto discounted = l.adjust(discount);
    REQUIRE(discounted.ok());
    CHECK(discounted->patientDelta == cents(-2000));
    CHECK(discounted->insuranceDelta == cents(0));
    CHECK(lineOf(fx, charge.lineId).adjusted == cents(2000));
    fx.requireInvariants();

    TransferRequest rebill;
    rebill.patientId = p.id;
    rebill.lineId = charge.lineId;
    rebill.from = Bucket::Patient;
    rebill.amount = cents(18000);
    auto rebilled = l.transfer(rebill);
    REQUIRE(rebilled.ok());
    CHECK(rebilled->insuranceDelta == cents(18000));
    CHECK(rebilled->patientDelta == cents(-18000));
    LineBalance line = lineOf(fx, charge.lineId);
    CHECK(line.insurance == cents(18000));
    CHECK(line.patient == cents(0));
    CHECK(line.patientSince.isNull());
    CHECK(line.insuranceSince == QDate(2025, 2, 20));
    fx.requireInvariants();

    // A copay taken as credit and reversed (keyed on the wrong account) before it was used.
    const LedgerEntry copay = fx.pay(p.id, {}, 3000, PaymentMethod::Cash);
    CHECK(l.balance(p.id)->credit == cents(3000));
    fx.requireInvariants();
    auto undone = l.reverse(copay.id, QStringLiteral("wrong account"));
    REQUIRE(undone.ok());
    CHECK(undone->creditDelta == cents(-3000));
    CHECK(undone->lineId.isEmpty());
    CHECK(l.balance(p.id)->credit == cents(0));
    fx.requireInvariants();

    // The transfer back and the discount reversed, then the charge itself.
    for (const QString& id : {rebilled->id, discounted->id, charge.id}) {
        auto reversed = l.reverse(id, QStringLiteral("posted in error"));
        INFO((reversed.ok() ? std::string() : reversed.error().toString().toStdString()));
        REQUIRE(reversed.ok());
        fx.requireInvariants();
    }
    line = lineOf(fx, charge.lineId);
    CHECK(line.charged == cents(0));
    CHECK(line.adjusted == cents(0));
    CHECK(line.insurance == cents(0));
    CHECK(line.patient == cents(0));
    CHECK(l.balance(p.id)->total() == cents(0));
}
