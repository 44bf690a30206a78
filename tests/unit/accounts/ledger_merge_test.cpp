// A patient merge moves the ledger to the survivor (totals unchanged, ledger rows untouched)
// and its undo moves it back.
#include "accounts_fixture.h"

#include "patients/core/patient_merge.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::accounts;
using fd::accounts::test::AccountsFixture;

namespace {

Money cents(qint64 c)
{
    return Money::fromCents(c);
}

// Every column of every ledger row, in a fixed order: proves the rows were not touched.
QString ledgerDump(AccountsFixture& fx)
{
    auto q = storage::exec(fx.db->connection(),
                           QStringLiteral("SELECT * FROM ledger_entries ORDER BY id"));
    REQUIRE(q.ok());
    QStringList rows;
    while (q->next()) {
        QStringList cols;
        for (int i = 0; i < 40 && q->value(i).isValid(); ++i)
            cols << q->value(i).toString();
        rows << cols.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

}  // namespace

TEST_CASE("A merge moves the ledger to the survivor and its undo moves it back",
          "[accounts][merge]")
{
    AccountsFixture fx;
    ILedger& l = fx.ledger();
    const auto survivor = fx.addPatient(QStringLiteral("Mara"), QStringLiteral("Mergeton"));
    auto loserSaved = fx.addPatient(QStringLiteral("Marra"), QStringLiteral("Mergeton"));
    const QString loser = loserSaved.id;

    const LedgerEntry s1 =
        fx.charge(survivor.id, 10000, Bucket::Insurance, QStringLiteral("CLM-S"));
    fx.insurancePay(survivor.id, s1.lineId, 6000);
    const LedgerEntry l1 = fx.charge(loser, 8000);
    fx.pay(loser, l1.lineId, 3000);
    fx.pay(loser, {}, 1500);  // unapplied credit
    fx.requireInvariants();

    const auto totalsBefore = l.practiceTotals().value();
    const auto survivorBefore = l.balance(survivor.id).value();
    const auto loserBefore = l.balance(loser).value();
    const QString rowsBefore = ledgerDump(fx);

    auto merged = fx.service<patients::IPatientMerge>()->merge(survivor.id, loser,
                                                               QStringLiteral("same person"));
    INFO((merged.ok() ? std::string() : merged.error().toString().toStdString()));
    REQUIRE(merged.ok());

    // The survivor's account holds both; nothing in the ledger changed.
    const auto survivorAfter = l.balance(survivor.id).value();
    CHECK(survivorAfter.insurance == survivorBefore.insurance + loserBefore.insurance);
    CHECK(survivorAfter.patient == survivorBefore.patient + loserBefore.patient);
    CHECK(survivorAfter.credit == survivorBefore.credit + loserBefore.credit);
    const auto totalsAfter = l.practiceTotals().value();
    CHECK(totalsAfter.insurance == totalsBefore.insurance);
    CHECK(totalsAfter.patient == totalsBefore.patient);
    CHECK(totalsAfter.credit == totalsBefore.credit);
    CHECK(ledgerDump(fx) == rowsBefore);
    auto lines = l.lineBalances(survivor.id, false);
    REQUIRE(lines.ok());
    CHECK(lines->size() == 2);
    auto entries = l.entries(survivor.id, {});
    REQUIRE(entries.ok());
    CHECK(entries->size() == 5);
    CHECK(entries->back().running == survivorAfter.total());
    fx.requireInvariants();

    // Postings go to the survivor now, also on the loser's old line.
    const LedgerEntry more = fx.pay(survivor.id, l1.lineId, 1000);
    CHECK(more.patientId == loser);  // a line keeps the patient its charge was posted for
    CHECK(l.balance(survivor.id)->patient == survivorAfter.patient - cents(1000));
    fx.requireInvariants();
    REQUIRE(l.reverse(more.id, QStringLiteral("posted in error")).ok());

    // Undo: both accounts as they were, ledger rows still untouched by the merge.
    auto undone = fx.service<patients::IPatientMerge>()->undo(merged->id);
    INFO((undone.ok() ? std::string() : undone.error().toString().toStdString()));
    REQUIRE(undone.ok());
    const auto survivorUndone = l.balance(survivor.id).value();
    const auto loserUndone = l.balance(loser).value();
    CHECK(survivorUndone.insurance == survivorBefore.insurance);
    CHECK(survivorUndone.patient == survivorBefore.patient);
    CHECK(survivorUndone.credit == survivorBefore.credit);
    CHECK(loserUndone.insurance == loserBefore.insurance);
    CHECK(loserUndone.patient == loserBefore.patient);
    CHECK(loserUndone.credit == loserBefore.credit);
    CHECK(l.lineBalances(loser, false)->size() == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_patient_map")) == 0);
    const auto totalsUndone = l.practiceTotals().value();
    CHECK(totalsUndone.insurance == totalsBefore.insurance);
    CHECK(totalsUndone.patient == totalsBefore.patient);
    CHECK(totalsUndone.credit == totalsBefore.credit);
    fx.requireInvariants();
}

TEST_CASE("A merge of a patient who was a survivor before carries both records along",
          "[accounts][merge]")
{
    AccountsFixture fx;
    ILedger& l = fx.ledger();
    const auto a = fx.addPatient(QStringLiteral("Abe"), QStringLiteral("Chain"));
    const auto b = fx.addPatient(QStringLiteral("Bea"), QStringLiteral("Chain"));
    const auto c = fx.addPatient(QStringLiteral("Cy"), QStringLiteral("Chain"));
    fx.charge(a.id, 1000);
    fx.charge(b.id, 2000);
    fx.charge(c.id, 4000);
    auto merge = fx.service<patients::IPatientMerge>();
    auto first = merge->merge(b.id, a.id, QStringLiteral("same person"));
    REQUIRE(first.ok());
    auto second = merge->merge(c.id, b.id, QStringLiteral("same person"));
    REQUIRE(second.ok());
    CHECK(l.balance(c.id)->patient == cents(7000));
    CHECK(l.entries(c.id, {})->size() == 3);
    fx.requireInvariants();
    REQUIRE(merge->undo(second->id).ok());
    CHECK(l.balance(c.id)->patient == cents(4000));
    CHECK(l.balance(b.id)->patient == cents(3000));
    fx.requireInvariants();
}
