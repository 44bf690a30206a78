#include "ack_test_support.h"

#include "billing/core/ack_codes.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/submission_registration.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

std::vector<Rejection> openRejections(BillingFixture& f)
{
    auto list = f.registry.get<IRejectionQueue>()->list(true);
    REQUIRE(list.ok());
    return list.value();
}

QString batchStatus(BillingFixture& f, const SentBatch& s)
{
    auto status = f.registry.get<IAckImport>()->batchStatus(s.batch.batchId);
    REQUIRE(status.ok());
    return status->status;
}

Error refusal(BillingFixture& f, const QByteArray& content, const QString& name)
{
    auto imported = f.registry.get<IAckImport>()->importBytes(content, name);
    REQUIRE_FALSE(imported.ok());
    return imported.error();
}

}  // namespace

TEST_CASE("The code table knows the claim status categories and common status codes", "[billing][acks]")
{
    const AckCodes& codes = AckCodes::instance();
    CHECK(codes.size() > 150);
    CHECK(codes.meaning(QStringLiteral("category"), QStringLiteral("A7")).contains(QStringLiteral("invalid")));
    CHECK(codes.meaning(QStringLiteral("status"), QStringLiteral("562")).contains(QStringLiteral("NPI")));
    CHECK(codes.meaning(QStringLiteral("ta105"), QStringLiteral("022")) == QStringLiteral("Invalid control structure"));
    CHECK(codes.meaning(QStringLiteral("category"), QStringLiteral("ZZ")).isEmpty());
    for (const char* c : {"A1", "A2", "A5"})
        CHECK(isAcceptedCategory(QString::fromLatin1(c)));
    for (const char* c : {"A3", "A4", "A6", "A7", "A8"})
        CHECK(isRejectedCategory(QString::fromLatin1(c)));
    CHECK_FALSE(isRejectedCategory(QStringLiteral("P1")));
}

TEST_CASE("A 999 accepting the batch marks the batch accepted; its claims wait for the 277CA", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    CHECK(batchStatus(f, s) == QStringLiteral("submitted"));
    const AckImportResult r = importAck(f, ack999(900, s.batch.groupControlNumber, true), QStringLiteral("a.999"));
    CHECK_FALSE(r.alreadyImported);
    REQUIRE(r.kinds == QList<AckKind>{AckKind::Functional999});
    CHECK(batchStatus(f, s) == QStringLiteral("accepted"));
    CHECK(claimNow(f, s.alice.id).status == ClaimStatus::Submitted);
    CHECK(claimNow(f, s.bob.id).status == ClaimStatus::Submitted);
    CHECK(openRejections(f).empty());
}

TEST_CASE("A 999 rejecting the transaction set rejects all its claims into the queue", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    const AckImportResult r = importAck(f, ack999(901, s.batch.groupControlNumber, false), QStringLiteral("r.999"));
    CHECK(r.rejections == 2);
    CHECK(batchStatus(f, s) == QStringLiteral("rejected"));
    CHECK(claimNow(f, s.alice.id).status == ClaimStatus::Rejected);
    CHECK(claimNow(f, s.bob.id).status == ClaimStatus::Rejected);
    const auto queue = openRejections(f);
    REQUIRE(queue.size() == 2);
    CHECK(queue[0].source == QStringLiteral("999"));
    CHECK(queue[0].fileName == QStringLiteral("r.999"));
    CHECK(queue[0].rejectedOn == QDate(2025, 3, 7));
    CHECK(queue[0].reason.contains(QStringLiteral("IK5 R (Rejected)")));
    CHECK(queue[0].reason.contains(QStringLiteral("Invalid code value")));
    // The rejection released the charges: they are unbilled again.
    auto unbilled = f.charges().unbilled();
    REQUIRE(unbilled.ok());
    CHECK(unbilled->size() == 2);
    auto history = f.claims().history(s.alice.id);
    REQUIRE(history.ok());
    CHECK(history->back().toStatus == QStringLiteral("rejected"));
    CHECK(history->back().note.contains(QStringLiteral("r.999")));
}

TEST_CASE("A 277CA accepts one claim and rejects the other with the payer's reason", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    const QByteArray file = ack277ca(902, {s.alice.claimNumber, s.bob.claimNumber},
                                     {QStringLiteral("A2:20:PR"), QStringLiteral("A7:562:85")},
                                     {QStringLiteral("PAYERCLM1"), {}});
    const AckImportResult r = importAck(f, file, QStringLiteral("ca.277"));
    REQUIRE(r.claims.size() == 2);
    CHECK(r.rejections == 1);
    CHECK(claimNow(f, s.alice.id).status == ClaimStatus::Accepted);
    CHECK(claimNow(f, s.bob.id).status == ClaimStatus::Rejected);
    auto acks = f.registry.get<IAckImport>();
    CHECK(acks->payerClaimNumber(s.alice.id).value() == QStringLiteral("PAYERCLM1"));
    auto statuses = acks->payerStatuses(s.bob.id);
    REQUIRE(statuses.ok());
    REQUIRE(statuses->size() == 1);
    CHECK(statuses->front().category == QStringLiteral("A7"));
    CHECK(statuses->front().status == QStringLiteral("562"));
    const auto queue = openRejections(f);
    REQUIRE(queue.size() == 1);
    CHECK(queue[0].claimNumber == s.bob.claimNumber);
    CHECK(queue[0].code == QStringLiteral("A7:562:85"));
    CHECK(queue[0].reason.contains(QStringLiteral("Rejected for invalid information")));
    CHECK(queue[0].reason.contains(QStringLiteral("National Provider Identifier")));
    CHECK(queue[0].reason.contains(QStringLiteral("Billing provider")));
    CHECK(queue[0].rejectedOn == QDate(2025, 3, 8));
    CHECK(f.audit->countOf(QStringLiteral("update"), QStringLiteral("billing_claims")) >= 2);
}

TEST_CASE("The same acknowledgment imported twice changes nothing the second time", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    const QByteArray file = ack277ca(903, {s.alice.claimNumber, s.bob.claimNumber},
                                     {QStringLiteral("A2:20:PR"), QStringLiteral("A7:562:85")}, {});
    importAck(f, file, QStringLiteral("ca.277"));
    const QString before = snapshot(f);
    const AckImportResult again = importAck(f, file, QStringLiteral("ca-copy.277"));
    CHECK(again.alreadyImported);
    CHECK(again.claims.empty());
    CHECK(snapshot(f) == before);
    // A different file (another ISA13) saying the same again: no second rejection, no move.
    const QByteArray resentFile = ack277ca(904, {s.alice.claimNumber, s.bob.claimNumber},
                                           {QStringLiteral("A2:20:PR"), QStringLiteral("A7:562:85")}, {});
    const AckImportResult resent = importAck(f, resentFile, QStringLiteral("ca-resent.277"));
    CHECK_FALSE(resent.alreadyImported);
    CHECK(resent.rejections == 0);
    CHECK(openRejections(f).size() == 1);
    CHECK(f.registry.get<IAckImport>()->payerStatuses(s.bob.id)->size() == 1);
}

TEST_CASE("A malformed file or one naming an unknown batch or claim is refused whole", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    const QString before = snapshot(f);

    QByteArray broken = ack999(905, s.batch.groupControlNumber, false);
    broken.replace("SE*8*0001", "SE*7*0001");
    Error e = refusal(f, broken, QStringLiteral("broken.999"));
    CHECK(e.code == ErrorCode::InvalidInput);
    CHECK(e.message.contains(QStringLiteral("segment 10 (SE)")));

    e = refusal(f, ack999(906, 777, false), QStringLiteral("unknown.999"));
    CHECK(e.message.contains(QStringLiteral("segment 4 (AK1)")));
    CHECK(e.message.contains(QStringLiteral("777")));

    e = refusal(f, ack999(907, s.batch.groupControlNumber, false, "0002"), QStringLiteral("set.999"));
    CHECK(e.message.contains(QStringLiteral("segment 5 (AK2)")));

    // The first claim is known and accepted, the second unknown: nothing of it is kept.
    e = refusal(f, ack277ca(908, {s.alice.claimNumber, QStringLiteral("FD999999999")},
                            {QStringLiteral("A2:20:PR"), QStringLiteral("A2:20:PR")}, {}),
                QStringLiteral("unknown.277"));
    CHECK(e.message.contains(QStringLiteral("FD999999999")));
    CHECK(e.message.contains(QStringLiteral("(TRN)")));

    e = refusal(f, ta1File(909, 4242, 'R', "022"), QStringLiteral("unknown.ta1"));
    CHECK(e.message.contains(QStringLiteral("segment 2 (TA1)")));

    e = refusal(f, QByteArray("not an interchange at all"), QStringLiteral("junk.txt"));
    CHECK(e.code == ErrorCode::InvalidInput);
    CHECK(snapshot(f) == before);
    CHECK(claimNow(f, s.alice.id).status == ClaimStatus::Submitted);
}

TEST_CASE("A TA1 rejecting the interchange rejects the batch and its claims", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    const AckImportResult r =
        importAck(f, ta1File(910, s.batch.interchangeControlNumber, 'R', "022"), QStringLiteral("x.ta1"));
    REQUIRE(r.kinds == QList<AckKind>{AckKind::Ta1});
    CHECK(batchStatus(f, s) == QStringLiteral("rejected"));
    CHECK(claimNow(f, s.alice.id).status == ClaimStatus::Rejected);
    const auto queue = openRejections(f);
    REQUIRE(queue.size() == 2);
    CHECK(queue[0].source == QStringLiteral("TA1"));
    CHECK(queue[0].reason.contains(QStringLiteral("Invalid control structure")));
}

TEST_CASE("A TA1 accepting the interchange never hides the 999's verdict", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    importAck(f, ta1File(911, s.batch.interchangeControlNumber, 'A', "000"), QStringLiteral("a.ta1"));
    CHECK(batchStatus(f, s) == QStringLiteral("received"));
    importAck(f, ack999(912, s.batch.groupControlNumber, true), QStringLiteral("a.999"));
    CHECK(batchStatus(f, s) == QStringLiteral("accepted"));
    importAck(f, ta1File(913, s.batch.interchangeControlNumber, 'A', "000"), QStringLiteral("late.ta1"));
    CHECK(batchStatus(f, s) == QStringLiteral("accepted"));
}

TEST_CASE("An acknowledgment cannot reject a claim the payer accepted", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    importAck(f, ack277ca(914, {s.alice.claimNumber}, {QStringLiteral("A2:20:PR")}, {}), QStringLiteral("a.277"));
    const QString before = snapshot(f);
    const Error e = refusal(f, ack999(915, s.batch.groupControlNumber, false), QStringLiteral("late.999"));
    CHECK(e.code == ErrorCode::Conflict);
    CHECK(e.message.contains(s.alice.claimNumber));
    CHECK(snapshot(f) == before);
}

TEST_CASE("A biller works the rejection queue: resubmit as a new draft, or resolve with a note", "[billing][acks]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    importAck(f, ack999(916, s.batch.groupControlNumber, false), QStringLiteral("r.999"));
    auto queue = f.registry.get<IRejectionQueue>();
    auto alice = queue->openFor(s.alice.claimNumber);
    REQUIRE(alice.ok());

    f.access->granted.remove(perm::kClaims);
    CHECK(queue->resolve(alice->id, QStringLiteral("written off")).error().code == ErrorCode::PermissionDenied);
    f.access->granted.insert(perm::kClaims);

    CHECK(queue->resolve(alice->id, QStringLiteral("  ")).error().code == ErrorCode::InvalidInput);
    auto redone = queue->resubmit(alice->id, QStringLiteral("member id corrected"));
    REQUIRE(redone.ok());
    CHECK(redone->state == QStringLiteral("resubmitted"));
    const Claim fresh = claimNow(f, redone->newClaimId);
    CHECK(fresh.status == ClaimStatus::Draft);
    CHECK(fresh.claimNumber != s.alice.claimNumber);
    REQUIRE(fresh.lines.size() == s.alice.lines.size());
    CHECK(fresh.lines[0].chargeId == s.alice.lines[0].chargeId);
    CHECK(queue->resubmit(alice->id, {}).error().code == ErrorCode::Conflict);

    // Bob's charges were built into a new claim by hand: resubmitting would bill them twice.
    auto rebuilt = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE(rebuilt.ok());
    REQUIRE(rebuilt->claims.size() == 1);
    auto bob = queue->openFor(s.bob.id);
    REQUIRE(bob.ok());
    CHECK(queue->resubmit(bob->id, {}).error().code == ErrorCode::Conflict);
    auto resolved = queue->resolve(bob->id, QStringLiteral("rebuilt by hand"));
    REQUIRE(resolved.ok());
    CHECK(resolved->state == QStringLiteral("resolved"));
    CHECK(resolved->workedBy == QStringLiteral("user-1"));
    CHECK(openRejections(f).empty());
    auto all = queue->list(false);
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    CHECK(f.audit->countOf(QStringLiteral("update"), QStringLiteral("billing_rejections")) == 2);
    auto history = f.claims().history(s.bob.id);
    REQUIRE(history.ok());
    CHECK(history->back().note.contains(QStringLiteral("rebuilt by hand")));
}

TEST_CASE("With the submission tables, a TA1 or 999 marks the batch acknowledged", "[billing][acks]")
{
    BillingFixture f;
    REQUIRE(f.db->migrate({submissionMigrations()}).ok());
    const SentBatch s = sendTwoClaims(f);
    const QString status = QStringLiteral("SELECT count(*) FROM billing_batches WHERE id = ? AND status = 'acknowledged'");
    CHECK(f.count(status, {s.batch.batchId}) == 0);
    importAck(f, ack999(940, s.batch.groupControlNumber, true), QStringLiteral("a.999"));
    CHECK(f.count(status, {s.batch.batchId}) == 1);
}
