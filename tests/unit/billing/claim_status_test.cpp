#include "ack_test_support.h"
#include "claim_status_test_support.h"

#include "billing/core/claim_status_277_lines.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

// A 277 (X212) answering one claim: TRN02 `trace`, STC `status`, REF*EJ `claimNumber` when set.
QByteArray answer277(qint64 isa13, const QString& trace, const QByteArray& status, const QString& claimNumber)
{
    QList<QByteArray> body{"BHT*0010*08*STAT0001*20250310*0800*DG",
                           "HL*1**20*1",
                           "NM1*PR*2*ACME HEALTH*****PI*12345",
                           "HL*2*1*21*1",
                           "NM1*41*2*EXAMPLE FAMILY PRACTICE*****46*TGJ23",
                           "HL*3*2*19*1",
                           "NM1*1P*2*EXAMPLE FAMILY PRACTICE*****XX*1234567893",
                           "HL*4*3*22*0",
                           "NM1*IL*1*PATIENT*TEST****MI*TEST00000001",
                           "TRN*2*" + trace.toLatin1(),
                           "STC*" + status + "*20250310**100*80",
                           "REF*1K*PAYERCLM1"};
    if (!claimNumber.isEmpty())
        body << "REF*EJ*" + claimNumber.toLatin1();
    body << "DTP*472*D8*20250303";
    return inbound(isa13, "HN", isa13, "277", "005010X212", body);
}

StatusRequest request(BillingFixture& f, const QStringList& claims)
{
    auto made = f.registry.get<IClaimStatus>()->build276(claims);
    INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
    REQUIRE(made.ok());
    return made.value();
}

}  // namespace

TEST_CASE("The 276 asks about submitted claims and reads clean by two X12 readers", "[billing][claim_status]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    importAck(f, ack277ca(920, {s.alice.claimNumber, s.bob.claimNumber}, {QStringLiteral("A2:20:PR"), QStringLiteral("A2:20:PR")},
                          {QStringLiteral("PAYERCLM1"), {}}),
              QStringLiteral("ca.277"));
    const StatusRequest r = request(f, {s.alice.id, s.bob.claimNumber});
    REQUIRE(r.traceNumbers.size() == 2);
    CHECK(r.traceNumbers[0].startsWith(s.alice.claimNumber));
    CHECK(r.interchangeControlNumber > s.batch.interchangeControlNumber);

    const x12::Document d = requireValid276(r.content);
    const x12::Transaction& t = d.interchanges[0].groups[0].transactions[0];
    CHECK(t.root.descendants("2200D").size() == 1);  // Alice, the subscriber
    CHECK(t.root.descendants("2200E").size() == 1);  // Bob, a dependent
    CHECK(r.content.contains("REF*1K*PAYERCLM1~"));
    CHECK(r.content.contains("REF*EJ*" + s.bob.claimNumber.toLatin1() + "~"));
    CHECK(r.content.contains("TRN*1*" + r.traceNumbers[1].toLatin1() + "~"));
    CHECK(r.content.contains("AMT*T3*"));
    CHECK_FALSE(r.content.contains("SVC*"));  // no line named: the claims as a whole
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_status_requests")) == 2);
}

TEST_CASE("A 276 is refused for a claim the payer does not have", "[billing][claim_status]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 5), {QStringLiteral("99213")}));
    auto built = f.claims().build(QDate(2025, 3, 5), QDate(2025, 3, 5));
    REQUIRE(built.ok());
    REQUIRE(built->claims.size() == 1);
    auto refused = f.registry.get<IClaimStatus>()->build276({s.alice.id, built->claims[0].id});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("draft")));
    CHECK(f.registry.get<IClaimStatus>()->build276({QStringLiteral("FD000000777")}).error().code ==
          ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_status_requests")) == 0);
}

TEST_CASE("The 277 answer records each claim's payer status in its history", "[billing][claim_status]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    const StatusRequest r = request(f, {s.alice.id});
    auto status = f.registry.get<IClaimStatus>();
    const QByteArray answer = answer277(930, r.traceNumbers[0], "F1:65", {});
    auto applied = status->apply277(answer, QStringLiteral("answer.277"));
    INFO((applied.ok() ? std::string() : applied.error().toString().toStdString()));
    REQUIRE(applied.ok());
    REQUIRE(applied->claims.size() == 1);
    CHECK(applied->claims[0].claimNumber == s.alice.claimNumber);
    CHECK(claimNow(f, s.alice.id).status == ClaimStatus::Submitted);
    auto statuses = f.registry.get<IAckImport>()->payerStatuses(s.alice.id);
    REQUIRE(statuses.ok());
    REQUIRE(statuses->size() == 1);
    CHECK(statuses->back().source == QStringLiteral("277"));
    CHECK(statuses->back().category == QStringLiteral("F1"));
    CHECK(statuses->back().amount == Money::fromCents(10000));
    CHECK(f.registry.get<IAckImport>()->payerClaimNumber(s.alice.id).value() == QStringLiteral("PAYERCLM1"));
    auto history = f.claims().history(s.alice.id);
    REQUIRE(history.ok());
    CHECK(history->back().note.contains(QStringLiteral("Claim or line has been paid")));
    CHECK(history->back().toStatus == QStringLiteral("submitted"));

    const QString before = snapshot(f);
    CHECK(status->apply277(answer, QStringLiteral("answer-again.277"))->alreadyImported);
    // By claim number when the trace is not ours.
    auto byNumber = status->apply277(answer277(931, QStringLiteral("THEIRS1"), "P1:20", s.bob.claimNumber),
                                     QStringLiteral("bob.277"));
    REQUIRE(byNumber.ok());
    CHECK(f.registry.get<IAckImport>()->payerStatuses(s.bob.id)->back().category == QStringLiteral("P1"));
    CHECK(snapshot(f) != before);

    const QString after = snapshot(f);
    auto unknown = status->apply277(answer277(932, QStringLiteral("NOSUCHTRACE"), "F1:65", {}), QStringLiteral("x.277"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("(TRN)")));
    auto wrongKind = status->apply277(ack999(933, s.batch.groupControlNumber, true), QStringLiteral("a.999"));
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(snapshot(f) == after);
}

TEST_CASE("The 277's service lines (2220D) are kept per claim line and told in words", "[billing][claim_status]")
{
    BillingFixture f;
    const Claim claim = sendTwoLineClaim(f);
    const StatusRequest r = request(f, {claim.id});
    auto applied = f.registry.get<IClaimStatus>()->apply277(answer277Lines(940, r.traceNumbers[0].toLatin1()),
                                                            QStringLiteral("lines.277"));
    INFO((applied.ok() ? std::string() : applied.error().toString().toStdString()));
    REQUIRE(applied.ok());
    REQUIRE(applied->claims.size() == 1);
    const auto& answered = applied->claims[0].lines;
    REQUIRE(answered.size() == 2);
    // Matched by procedure, not by order: the payer listed the 87880 first.
    const ClaimLine& visit = claim.lines[0].code == QStringLiteral("99213") ? claim.lines[0] : claim.lines[1];
    const ClaimLine& strep = claim.lines[0].code == QStringLiteral("99213") ? claim.lines[1] : claim.lines[0];
    CHECK(answered[0].claimLineId == strep.id);
    CHECK(answered[0].lineNumber == strep.lineNumber);
    CHECK(answered[1].claimLineId == visit.id);

    auto statuses = f.registry.get<IAckImport>()->payerStatuses(claim.id);
    REQUIRE(statuses.ok());
    REQUIRE(statuses->size() == 1);
    const auto& lines = statuses->back().lines;
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].procedure == QStringLiteral("HC:87880"));
    CHECK(lines[0].category == QStringLiteral("F2"));
    CHECK(lines[0].status == QStringLiteral("88"));
    CHECK(lines[0].paid == Money::fromCents(0));
    CHECK(lines[0].lineControlNumber == QStringLiteral("2"));
    CHECK(lines[1].procedure == QStringLiteral("HC:99213"));
    CHECK(lines[1].category == QStringLiteral("F1"));
    CHECK(lines[1].charge == Money::fromCents(12500));
    CHECK(lines[1].paid == Money::fromCents(8000));
    CHECK(lines[1].units == 1);
    CHECK(lines[1].serviceFrom == QDate(2025, 3, 3));
    CHECK(lines[1].claimLineId == visit.id);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_payer_line_statuses")) == 2);

    // The claim's status in words names each line.
    auto history = f.claims().history(claim.id);
    REQUIRE(history.ok());
    const QString note = history->back().note;
    CHECK(note.contains(QStringLiteral("line %1 HC:99213").arg(visit.lineNumber)));
    CHECK(note.contains(QStringLiteral("Claim or line has been paid")));
    CHECK(note.contains(QStringLiteral("line %1 HC:87880").arg(strep.lineNumber)));
    CHECK(note.contains(QStringLiteral("Finalized/Denial")));

    // The same answer again (another file) records nothing new; a line that moved does.
    const QString before = snapshot(f);
    auto again = f.registry.get<IClaimStatus>()->apply277(answer277Lines(941, r.traceNumbers[0].toLatin1()),
                                                          QStringLiteral("lines-again.277"));
    REQUIRE(again.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_payer_statuses")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_payer_line_statuses")) == 2);
    auto moved = f.registry.get<IClaimStatus>()->apply277(
        answer277Lines(942, r.traceNumbers[0].toLatin1(),
                       {"SVC*HC:87880*35*35****1", "STC*F1:65*20250312", "DTP*472*D8*20250303",
                        "SVC*HC:99213*125*80****1", "STC*F1:65*20250310", "DTP*472*D8*20250303"}),
        QStringLiteral("lines-moved.277"));
    REQUIRE(moved.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_payer_statuses")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_payer_line_statuses")) == 4);
    CHECK(f.registry.get<IAckImport>()->payerStatuses(claim.id)->back().lines[0].category == QStringLiteral("F1"));
    CHECK(snapshot(f) != before);
}

TEST_CASE("A malformed 277 service line is refused naming the segment, changing nothing", "[billing][claim_status]")
{
    BillingFixture f;
    const Claim claim = sendTwoLineClaim(f);
    const StatusRequest r = request(f, {claim.id});
    const QString before = snapshot(f);
    const qint64 lines = f.count(QStringLiteral("SELECT count(*) FROM billing_payer_line_statuses"));
    // SVC02 is not an amount; the SVC is segment 17 of the file (ISA = 1).
    auto bad = f.registry.get<IClaimStatus>()->apply277(
        answer277Lines(950, r.traceNumbers[0].toLatin1(), {"SVC*HC:99213*12X5*80****1", "STC*F1:65*20250310"}),
        QStringLiteral("bad-line.277"));
    REQUIRE_FALSE(bad.ok());
    INFO(bad.error().toString().toStdString());
    CHECK(bad.error().toString().contains(QStringLiteral("segment 17 (SVC)")));
    CHECK(snapshot(f) == before);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_payer_line_statuses")) == lines);
}

TEST_CASE("2220 loops are read line by line; a line without status or with a bad date is refused", "[billing][claim_status]")
{
    auto segment = [](const QByteArray& text, qint64 number) {
        QList<QByteArray> elements = text.split('*');
        const QByteArray id = elements.takeFirst();
        x12::Segment s = x12::Segment::make(id, elements);
        s.number = number;
        return s;
    };
    x12::Loop claim;
    claim.id = "2200D";
    claim.appendSegment(segment("TRN*2*T1", 10));
    x12::Loop& first = claim.appendLoop("2220D");
    first.appendSegment(segment("SVC*HC:99213:25*125*100****2", 11));
    first.appendSegment(segment("STC*F1:65*20250310", 12));
    first.appendSegment(segment("DTP*472*RD8*20250303-20250304", 13));
    x12::Loop& second = claim.appendLoop("2220D");
    second.appendSegment(segment("SVC*HC:87880*35", 14));
    second.appendSegment(segment("STC*F2:88:PR*20250310", 15));
    auto read = Claim277Lines::read(claim, QStringLiteral("t.277"));
    REQUIRE(read.ok());
    REQUIRE(read->size() == 2);
    CHECK(read->at(0).procedure == QStringLiteral("HC:99213:25"));
    CHECK(read->at(0).units == 2);
    CHECK(read->at(0).serviceTo == QDate(2025, 3, 4));
    CHECK(read->at(0).category == QStringLiteral("F1"));
    CHECK(read->at(1).category == QStringLiteral("F2"));
    CHECK(read->at(1).entity == QStringLiteral("PR"));
    CHECK_FALSE(read->at(1).paid.has_value());

    // Matched to the claim's lines by code and modifiers.
    Claim c;
    c.serviceDate = QDate(2025, 3, 3);
    c.lines.push_back({QStringLiteral("l1"), {}, 1, QStringLiteral("99213"), {QStringLiteral("25")}});
    c.lines.push_back({QStringLiteral("l2"), {}, 2, QStringLiteral("87880"), {}});
    std::vector<PayerLineStatus> matched = read.value();
    Claim277Lines::match(matched, c);
    CHECK(matched[0].claimLineId == QStringLiteral("l1"));
    CHECK(matched[1].lineNumber == 2);

    x12::Loop noStatus;
    noStatus.id = "2200D";
    noStatus.appendLoop("2220D").appendSegment(segment("SVC*HC:87880*35", 14));
    auto refused = Claim277Lines::read(noStatus, QStringLiteral("t.277"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("segment 14 (SVC)")));
    CHECK(refused.error().message.contains(QStringLiteral("STC")));

    x12::Loop badDate;
    badDate.id = "2200E";
    x12::Loop& line = badDate.appendLoop("2220E");
    line.appendSegment(segment("SVC*HC:99213*125", 20));
    line.appendSegment(segment("STC*F1:65", 21));
    line.appendSegment(segment("DTP*472*RD8*20250304-20250303", 22));
    auto dated = Claim277Lines::read(badDate, QStringLiteral("t.277"));
    REQUIRE_FALSE(dated.ok());
    CHECK(dated.error().message.contains(QStringLiteral("segment 22 (DTP)")));
}
