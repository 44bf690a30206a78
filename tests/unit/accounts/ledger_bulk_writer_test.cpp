// LedgerBulkWriter posts as ILedger does: the same entries, balances, refusals, audit and
// outbox, with the summaries written once at finish().
#include "accounts_fixture.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger_bulk_writer.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::accounts;
using fd::accounts::test::AccountsFixture;

namespace {

Money cents(qint64 c)
{
    return Money::fromCents(c);
}

const QString kLine1 = QStringLiteral("0b6f4f0e-3b8e-4f7e-9b1a-5d7c2e9a1001");
const QString kLine2 = QStringLiteral("0b6f4f0e-3b8e-4f7e-9b1a-5d7c2e9a1002");
const QString kClient = QStringLiteral("6f1c2d2e-7a8b-4c3d-9e0f-112233445577");

// The same requests, through ILedger or a LedgerBulkWriter; returns the errors' fields of the
// refused ones, in order.
template <typename Poster>
QStringList postAll(Poster& post, const QString& patientId, const QString& payerId)
{
    QStringList refused;
    auto expect = [](const Result<LedgerEntry>& r) {
        INFO((r.ok() ? std::string() : r.error().toString().toStdString()));
        REQUIRE(r.ok());
        return r.value();
    };
    auto refuse = [&refused](const Result<LedgerEntry>& r) {
        REQUIRE_FALSE(r.ok());
        // A conflict names the entry made first, whose id differs between ledgers.
        refused << QStringLiteral("%1:%2")
                       .arg(int(r.error().code))
                       .arg(r.error().code == ErrorCode::Conflict ? QString() : r.error().details);
    };

    ChargeRequest c;
    c.patientId = patientId;
    c.lineId = kLine1;
    c.claimId = QStringLiteral("CLM-7");
    c.serviceDate = QDate(2025, 2, 1);
    c.code = QStringLiteral("99214");
    c.amount = cents(19500);
    c.responsibility = Bucket::Insurance;
    expect(post.postCharge(c));

    PatientPaymentRequest copay;
    copay.patientId = patientId;
    copay.amount = cents(2500);
    copay.method = PaymentMethod::Card;
    copay.reference = QStringLiteral("card ending 4821, approval 7F3K2Q");
    expect(post.recordPatientPayment(copay));

    InsurancePaymentRequest ins;
    ins.patientId = patientId;
    ins.lineId = kLine1;
    ins.payerId = payerId;
    ins.amount = cents(9000);
    ins.reference = QStringLiteral("EFT 123456789");
    ins.depositDate = QDate(2025, 3, 1);
    expect(post.recordInsurancePayment(ins));
    ins.amount = cents(99999);  // more than insurance owes
    refuse(post.recordInsurancePayment(ins));

    AdjustmentRequest adj;
    adj.patientId = patientId;
    adj.lineId = kLine1;
    adj.amount = cents(6500);
    adj.reasonGroup = QStringLiteral("co");
    adj.reasonCode = QStringLiteral("45");
    const LedgerEntry adjusted = expect(post.adjust(adj));
    adj.reasonGroup = QStringLiteral("XX");
    refuse(post.adjust(adj));

    TransferRequest t;
    t.patientId = patientId;
    t.lineId = kLine1;
    t.amount = cents(4000);
    t.note = QStringLiteral("PR-1: deductible");
    expect(post.transfer(t));  // takes the copay credit

    PatientPaymentRequest check;
    check.patientId = patientId;
    check.lineId = kLine1;
    check.amount = cents(2500);  // 1,500 owed: 1,000 becomes credit
    check.method = PaymentMethod::Check;
    check.reference = QStringLiteral("1042");
    check.clientId = kClient;
    const LedgerEntry paid = expect(post.recordPatientPayment(check));
    CHECK(expect(post.recordPatientPayment(check)).id == paid.id);  // a retry
    check.amount = cents(2600);
    refuse(post.recordPatientPayment(check));  // same client id, other content
    check.clientId.clear();
    check.reference = QStringLiteral("4111 1111 1111 1111");
    refuse(post.recordPatientPayment(check));

    RefundRequest back;
    back.patientId = patientId;
    back.amount = cents(400);
    back.reference = QStringLiteral("20017");
    expect(post.refund(back));

    c.lineId = kLine2;
    c.claimId.clear();
    c.code = QStringLiteral("36415");
    c.amount = cents(1800);
    c.responsibility = Bucket::Patient;
    expect(post.postCharge(c));  // takes the 600 left
    c.serviceDate = QDate(2099, 1, 1);
    refuse(post.postCharge(c));

    refuse(post.reverse(paid.id, QStringLiteral("returned check")));  // its credit is used
    expect(post.reverse(adjusted.id, QStringLiteral("wrong contract")));
    refuse(post.applyCredit(patientId, kLine2, cents(100)));  // no credit left
    return refused;
}

struct Snapshot
{
    std::vector<std::array<qint64, 5>> lines;
    QStringList since;
    std::array<qint64, 3> patient{};
    std::array<qint64, 3> totals{};
    qint64 entries = 0;
    qint64 outbox = 0;
    int audited = 0;
};

Snapshot snapshot(AccountsFixture& fx, const QString& patientId)
{
    Snapshot s;
    for (const QString& id : {kLine1, kLine2}) {
        auto l = fx.ledger().lineBalance(id);
        REQUIRE(l.ok());
        s.lines.push_back({l->charged.cents(), l->paid.cents(), l->adjusted.cents(),
                           l->insurance.cents(), l->patient.cents()});
        s.since << l->insuranceSince.toString(Qt::ISODate) << l->patientSince.toString(Qt::ISODate);
    }
    auto b = fx.ledger().balance(patientId);
    REQUIRE(b.ok());
    s.patient = {b->insurance.cents(), b->patient.cents(), b->credit.cents()};
    auto t = fx.ledger().practiceTotals();
    REQUIRE(t.ok());
    s.totals = {t->insurance.cents(), t->patient.cents(), t->credit.cents()};
    s.entries = fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries"));
    s.outbox =
        fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'ledger_entries'"));
    s.audited = fx.audit->countOf(QStringLiteral("create"), QStringLiteral("ledger_entries"));
    return s;
}

}  // namespace

TEST_CASE("The bulk writer posts what the ledger service posts, with the same refusals",
          "[accounts][bulk]")
{
    AccountsFixture one;
    const auto p1 = one.addPatient(QStringLiteral("Sal"), QStringLiteral("Service"));
    const QStringList serviceRefused = postAll(one.ledger(), p1.id, one.payerId);
    one.requireInvariants();

    AccountsFixture bulk;
    const auto p2 = bulk.addPatient(QStringLiteral("Bea"), QStringLiteral("Bulk"));
    auto tx = bulk.db->begin(storage::Database::Durability::Full);
    REQUIRE(tx.ok());
    LedgerBulkWriter writer(accountsContextOf(bulk.registry), **tx);
    const QStringList bulkRefused = postAll(writer, p2.id, bulk.payerId);
    CHECK(writer.written() == 11);
    REQUIRE(writer.finish().ok());
    REQUIRE((*tx)->commit().ok());
    bulk.requireInvariants();

    CHECK(bulkRefused == serviceRefused);
    CHECK(serviceRefused.size() == 7);
    const Snapshot a = snapshot(one, p1.id);
    const Snapshot b = snapshot(bulk, p2.id);
    CHECK(a.lines == b.lines);
    CHECK(a.since == b.since);
    CHECK(a.patient == b.patient);
    CHECK(a.totals == b.totals);
    CHECK(a.entries == b.entries);
    CHECK(b.entries == 11);
    CHECK(b.outbox == b.entries);
    CHECK(b.audited == b.entries);
    CHECK(a.lines.front() == std::array<qint64, 5>{19500, 9000 + 2500 + 1500, 0, 6500, 0});
    CHECK(a.lines.back() == std::array<qint64, 5>{1800, 600, 0, 0, 1200});
    CHECK(a.patient == std::array<qint64, 3>{6500, 1200, 0});
}

TEST_CASE("The bulk writer needs the permissions, finishes once and posts history on its day",
          "[accounts][bulk]")
{
    AccountsFixture fx;
    const auto p = fx.addPatient(QStringLiteral("Hal"), QStringLiteral("History"));
    auto tx = fx.db->begin();
    REQUIRE(tx.ok());
    LedgerBulkWriter writer(accountsContextOf(fx.registry), **tx);

    ChargeRequest c;
    c.patientId = p.id;
    c.serviceDate = QDate(2024, 11, 4);
    c.code = QStringLiteral("99213");
    c.amount = cents(13500);
    fx.access->granted.remove(perm::kCharges);
    auto denied = writer.postCharge(c);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    fx.grantAll();

    writer.setPostedAt(QDateTime(QDate(2024, 11, 4), QTime(14, 30), Qt::UTC));
    auto charged = writer.postCharge(c);
    REQUIRE(charged.ok());
    CHECK(charged->postedAt == QDateTime(QDate(2024, 11, 4), QTime(14, 30), Qt::UTC));
    writer.setPostedAt(QDateTime(QDate(2024, 12, 2), QTime(15, 0), Qt::UTC));
    auto gone = writer.reverse(charged->id, QStringLiteral("wrong patient"));
    REQUIRE(gone.ok());
    CHECK(gone->effectiveDate == QDate(2024, 12, 2));  // the day it was posted
    auto line = writer.line(charged->lineId);
    REQUIRE(line.ok());
    CHECK(line->patient == 0);

    REQUIRE(writer.finish().ok());
    CHECK_FALSE(writer.finish().ok());
    CHECK_FALSE(writer.postCharge(c).ok());
    REQUIRE((*tx)->commit().ok());
    fx.requireInvariants();
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE posted_at LIKE "
                                  "'2024-11-04T14:30%'")) == 1);
}
