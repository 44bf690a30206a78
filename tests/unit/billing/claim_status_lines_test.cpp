// The 276 asking about given service lines of a claim (loops 2210D/2210E, 005010X212).
#include "ack_test_support.h"
#include "claim_status_test_support.h"

#include "billing/core/claim_status_276_writer.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

Result<StatusRequest> ask(BillingFixture& f, const QStringList& claims, const QStringList& lines)
{
    StatusRequestOptions options;
    options.lines = lines;
    return f.registry.get<IClaimStatus>()->build276(claims, options);
}

StatusRequest asked(BillingFixture& f, const QStringList& claims, const QStringList& lines)
{
    auto made = ask(f, claims, lines);
    INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
    REQUIRE(made.ok());
    return made.value();
}

const ClaimLine& lineCoded(const Claim& c, const QString& code)
{
    auto it = std::find_if(c.lines.begin(), c.lines.end(),
                           [&](const ClaimLine& l) { return l.code == code; });
    REQUIRE(it != c.lines.end());
    return *it;
}

qint64 counter(BillingFixture& f, const QString& name)
{
    return f.count(
        QStringLiteral("SELECT next_value FROM billing_counters WHERE name = '%1'").arg(name));
}

// A batch asking about one claim (FD000000042, 2025-03-03) with one line: 99213-25, two
// units, $125.00, served that day.
StatusBatch oneClaimBatch()
{
    StatusClaim c;
    c.envelope.payerId = QStringLiteral("12345");
    c.envelope.payerName = QStringLiteral("ACME HEALTH");
    c.envelope.memberId = QStringLiteral("TEST00000001");
    c.envelope.subscriber = {false, QStringLiteral("PATIENT"), QStringLiteral("TEST"), {}, {}};
    c.envelope.billing.name = {true, QStringLiteral("EXAMPLE FAMILY PRACTICE"), {}, {}, {}};
    c.envelope.billing.npi = QStringLiteral("1234567893");
    c.envelope.claim.claimNumber = QStringLiteral("FD000000042");
    c.envelope.claim.serviceDate = QDate(2025, 3, 3);
    ClaimLine line;
    line.id = QStringLiteral("line-1");
    line.lineNumber = 1;
    line.code = QStringLiteral("99213");
    line.modifiers = {QStringLiteral("25")};
    line.units = 2;
    line.amount = Money::fromCents(12500);
    line.serviceDate = QDate(2025, 3, 3);
    c.envelope.claim.lines.push_back(line);
    c.trace = QStringLiteral("FD000000042-7");
    StatusBatch batch;
    batch.senderId = QStringLiteral("1234567893");
    batch.senderName = QStringLiteral("EXAMPLE FAMILY PRACTICE");
    batch.receiverId = QStringLiteral("CLEARINGHOUSE");
    batch.interchangeControlNumber = 17;
    batch.groupControlNumber = 7;
    batch.created = QDateTime(QDate(2025, 3, 10), QTime(8, 0), Qt::UTC);
    batch.claims.push_back(c);
    return batch;
}

}  // namespace

TEST_CASE("A 276 asks about the lines named, in loop 2210D, and passes both X12 readers",
          "[billing][claim_status][status_lines]")
{
    BillingFixture f;
    const Claim claim = sendTwoLineClaim(f);
    const ClaimLine& strep = lineCoded(claim, QStringLiteral("87880"));

    // By line number (LX01) of the one claim asked about.
    const StatusRequest byNumber =
        asked(f, {claim.claimNumber}, {QString::number(strep.lineNumber)});
    const x12::Document d = requireValid276(byNumber.content);
    const x12::Transaction& t = d.interchanges[0].groups[0].transactions[0];
    const auto loops = t.root.descendants("2210D");
    REQUIRE(loops.size() == 1);
    const x12::Segment* svc = loops.front()->segment("SVC");
    REQUIRE(svc != nullptr);
    CHECK(svc->element(1) == "HC:87880");
    CHECK(svc->element(2) == Claim837Writer::amount(strep.amount));
    CHECK(svc->element(3).isEmpty());
    CHECK(svc->element(7) == QByteArray::number(strep.units));
    const x12::Segment* dtp = loops.front()->segment("DTP", "472");
    REQUIRE(dtp != nullptr);
    CHECK(dtp->element(3) == strep.serviceDate.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    CHECK(loops.front()->segment("REF", "FJ") == nullptr);  // the 837 sent no line control number
    CHECK_FALSE(byNumber.content.contains("SVC*HC:99213"));
    // The claim-level segments stay: the payer finds the claim by them.
    CHECK(byNumber.content.contains("REF*EJ*" + claim.claimNumber.toLatin1() + "~"));
    CHECK(byNumber.content.contains("AMT*T3*"));

    // By claim line id, both lines, in line order whatever order they are named in.
    const StatusRequest both = asked(f, {claim.id}, {claim.lines[1].id, claim.lines[0].id});
    const x12::Document d2 = requireValid276(both.content);
    const auto lines2 = d2.interchanges[0].groups[0].transactions[0].root.descendants("2210D");
    REQUIRE(lines2.size() == 2);
    CHECK(lines2[0]->segment("SVC")->element(1) == "HC:" + claim.lines[0].code.toLatin1());
    CHECK(lines2[1]->segment("SVC")->element(1) == "HC:" + claim.lines[1].code.toLatin1());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_status_requests")) == 2);

    // The payer's 277 answers the line request like any other; its 2220D lines are matched.
    auto applied = f.registry.get<IClaimStatus>()->apply277(
        answer277Lines(960, both.traceNumbers[0].toLatin1()), QStringLiteral("lines-answer.277"));
    INFO((applied.ok() ? std::string() : applied.error().toString().toStdString()));
    REQUIRE(applied.ok());
    REQUIRE(applied->claims.size() == 1);
    REQUIRE(applied->claims[0].lines.size() == 2);
    CHECK(applied->claims[0].lines[0].claimLineId == strep.id);
}

TEST_CASE("A line of a dependent's claim goes in loop 2210E; the other claim is asked about whole",
          "[billing][claim_status][status_lines]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    REQUIRE(s.bob.lines.size() == 1);
    const StatusRequest r = asked(f, {s.alice.id, s.bob.claimNumber}, {s.bob.lines[0].id});
    const x12::Document d = requireValid276(r.content);
    const x12::Loop& root = d.interchanges[0].groups[0].transactions[0].root;
    CHECK(root.descendants("2210D").empty());
    const auto lines = root.descendants("2210E");
    REQUIRE(lines.size() == 1);
    CHECK(lines.front()->segment("SVC")->element(1) == "HC:99213");
    CHECK(lines.front()->segment("DTP", "472")->element(3) == "20250304");
    CHECK(root.descendants("2200D").size() == 1);
    CHECK(r.traceNumbers.size() == 2);
}

TEST_CASE(
    "Lines that are unknown, of another claim, out of range or named twice are refused, recording "
    "nothing",
    "[billing][claim_status][status_lines]")
{
    BillingFixture f;
    const SentBatch s = sendTwoClaims(f);
    const QString before = snapshot(f);
    const qint64 interchange = counter(f, QStringLiteral("interchange_control"));

    auto unknown = ask(f, {s.alice.id}, {QStringLiteral("7d1f2c0e-0000-4000-8000-000000000000")});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("7d1f2c0e-0000-4000-8000-000000000000")));

    auto other = ask(f, {s.alice.id}, {s.bob.lines[0].id});
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::InvalidInput);
    CHECK(other.error().message.contains(s.bob.claimNumber));
    CHECK(other.error().message.contains(QStringLiteral("not one of the claims asked about")));

    auto outOfRange = ask(f, {s.alice.claimNumber}, {QStringLiteral("4")});
    REQUIRE_FALSE(outOfRange.ok());
    CHECK(outOfRange.error().code == ErrorCode::NotFound);
    CHECK(outOfRange.error().message.contains(QStringLiteral("has no line 4")));

    auto ambiguous = ask(f, {s.alice.id, s.bob.id}, {QStringLiteral("1")});
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().message.contains(QStringLiteral("several claims")));

    auto twice = ask(f, {s.alice.id}, {QStringLiteral("1"), s.alice.lines[0].id});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("named twice")));

    auto empty = ask(f, {s.alice.id}, {QStringLiteral(" ")});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::InvalidInput);

    CHECK(snapshot(f) == before);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_status_requests")) == 0);
    CHECK(counter(f, QStringLiteral("interchange_control")) == interchange);
}

TEST_CASE(
    "The 276 writer sends REF*FJ when a line has a control number and refuses a line not of the "
    "claim",
    "[billing][claim_status][status_lines]")
{
    StatusBatch batch = oneClaimBatch();
    const ClaimLine line = batch.claims[0].envelope.claim.lines[0];
    batch.claims[0].lines.push_back({line, QStringLiteral("A1B2")});

    auto written = Claim276Writer::write(batch);
    INFO((written.ok() ? std::string() : written.error().toString().toStdString()));
    REQUIRE(written.ok());
    const QByteArray text = written.value();
    const qsizetype svc = text.indexOf("SVC*HC:99213:25*125*****2~");
    REQUIRE(svc > 0);
    CHECK(text.indexOf("REF*FJ*A1B2~", svc) > svc);
    CHECK(text.indexOf("DTP*472*D8*20250303~", svc) > svc);
    requireValid276(written.value());

    batch.claims[0].lines[0].line.id = QStringLiteral("line-of-another-claim");
    auto refused = Claim276Writer::write(batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("FD000000042, line 1")));
    batch.claims[0].lines[0].line.id = line.id;
    batch.claims[0].lines[0].line.units = 0;
    CHECK_FALSE(Claim276Writer::write(batch).ok());
}

TEST_CASE(
    "A claim line without a service date takes the claim's in the 276; with neither, the claim "
    "is refused",
    "[billing][claim_status][status_lines]")
{
    StatusBatch batch = oneClaimBatch();
    Claim& claim = batch.claims[0].envelope.claim;
    ClaimLine undated = claim.lines[0];
    undated.id = QStringLiteral("line-2");
    undated.lineNumber = 2;
    undated.code = QStringLiteral("87880");
    undated.modifiers.clear();
    undated.units = 1;
    undated.amount = Money::fromCents(3500);
    undated.serviceDate = QDate();
    claim.lines[0].serviceDate = QDate(2025, 3, 5);
    claim.lines.push_back(undated);
    batch.claims[0].lines.push_back({undated, {}});

    // The claim's dates run from the claim's (the undated line's) to the dated line's.
    auto written = Claim276Writer::write(batch);
    INFO((written.ok() ? std::string() : written.error().toString().toStdString()));
    REQUIRE(written.ok());
    const QByteArray text = written.value();
    const qsizetype trn = text.indexOf("TRN*1*FD000000042-7~");
    REQUIRE(trn > 0);
    const qsizetype svc = text.indexOf("SVC*HC:87880*35*****1~");
    REQUIRE(svc > trn);
    CHECK(text.indexOf("DTP*472*RD8*20250303-20250305~", trn) > trn);
    CHECK(text.indexOf("DTP*472*RD8*20250303-20250305~", trn) < svc);
    CHECK(text.indexOf("DTP*472*D8*20250303~", svc) > svc);
    const x12::Document d = requireValid276(text);
    const auto lines = d.interchanges[0].groups[0].transactions[0].root.descendants("2210D");
    REQUIRE(lines.size() == 1);
    CHECK(lines.front()->segment("DTP", "472")->element(3) == "20250303");

    // Every line dated and the claim not: the lines' dates make the range.
    claim.serviceDate = QDate();
    claim.lines[1].serviceDate = QDate(2025, 3, 4);
    batch.claims[0].lines[0].line = claim.lines[1];
    auto fromLines = Claim276Writer::write(batch);
    INFO((fromLines.ok() ? std::string() : fromLines.error().toString().toStdString()));
    REQUIRE(fromLines.ok());
    CHECK(fromLines->contains("DTP*472*RD8*20250304-20250305~"));
    requireValid276(fromLines.value());

    // Neither the line nor the claim dated: refused, naming the claim and the line.
    claim.lines[1].serviceDate = QDate();
    batch.claims[0].lines[0].line = claim.lines[1];
    auto refused = Claim276Writer::write(batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("FD000000042")));
    CHECK(refused.error().message.contains(QStringLiteral("line 2")));
    CHECK(refused.error().message.contains(QStringLiteral("service date")));
}
