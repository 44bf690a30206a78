#include "billing_fixture.h"

#include "billing/core/claim_837_writer.h"
#include "x12/x12_writer.h"
#include "x12_checks.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

// A claim of one line for a made-up patient who is their own subscriber.
ClaimEnvelope envelope(int n, const QString& billingNpi)
{
    ClaimEnvelope e;
    e.claim.claimNumber = QStringLiteral("T%1").arg(n, 8, 10, QLatin1Char('0'));
    e.claim.placeOfService = QStringLiteral("11");
    e.claim.diagnoses = {QStringLiteral("J069")};
    e.claim.serviceDate = QDate(2025, 3, 3);
    ClaimLine line;
    line.lineNumber = 1;
    line.code = QStringLiteral("99213");
    line.amount = Money::fromCents(10000 + n);
    line.pointers = {1};
    line.serviceDate = e.claim.serviceDate;
    e.claim.lines = {line};
    e.billing = {{true, QStringLiteral("Example Family Practice"), {}, {}, {}}, billingNpi, QStringLiteral("207Q00000X")};
    e.billingTaxId = QStringLiteral("123456789");
    e.billingAddress = {QStringLiteral("100 State St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                        QStringLiteral("122071234")};
    e.filingIndicator = QStringLiteral("CI");
    e.memberId = QStringLiteral("M%1").arg(n);
    e.subscriber = e.patient = {false, QStringLiteral("Example"), QStringLiteral("Pat"), {}, {}};
    e.patientAddress = {QStringLiteral("7 Elm St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                        QStringLiteral("12208")};
    e.patientBirthDate = QDate(1980, 1, 1);
    e.patientSex = QStringLiteral("F");
    e.payerName = QStringLiteral("Acme Health");
    e.payerId = QStringLiteral("60054");
    return e;
}

ClaimBatch batchOf(int claims, const QString& npi)
{
    ClaimBatch b;
    b.submitter = {QStringLiteral("Example Family Practice"), QStringLiteral("SUBMITTER01"), QStringLiteral("Billing"),
                   QStringLiteral("5185550100"), {}, QStringLiteral("Clearinghouse"), QStringLiteral("CLEARINGHOUSE")};
    b.interchangeControlNumber = 41;
    b.groupControlNumber = 42;
    b.created = QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC);
    for (int i = 0; i < claims; ++i)
        b.claims.push_back(envelope(i + 1, npi));
    return b;
}

}  // namespace

TEST_CASE("An exported 837P carries every loop the claims need", "[billing][837]")
{
    BillingFixture f;
    // Alice: her own plan, Dr. Lovelace billing under the practice, referred, supervised,
    // with a prior authorization, at an office away from the billing address.
    EncounterInput alice = f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99214"), QStringLiteral("36415")},
                                   {QStringLiteral("J06.9"), QStringLiteral("E11.9")});
    alice.lines[0].modifiers = {QStringLiteral("25")};
    alice.lines[1].pointers = {2, 1};
    alice.referringProviderId = f.referrerId;
    alice.supervisingProviderId = f.hopperId;
    alice.priorAuthorization = QStringLiteral("PA7781");
    f.enter(alice);
    // Bob: the child on his mother's plan, seen by Grace Hopper under her own NPI at the
    // billing address (no 2310C).
    EncounterInput bob = f.visit(f.bobId, QDate(2025, 3, 4), {QStringLiteral("87880")});
    bob.renderingProviderId = f.hopperId;
    bob.locationId = f.billingOfficeId;
    f.enter(bob);
    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE(built.ok());
    REQUIRE(built->claims.size() == 2);
    f.makeReady(built->claims);
    auto out = f.exporter().export837({}, f.dir.file(QStringLiteral("claims.837")));
    INFO((out.ok() ? std::string() : out.error().toString().toStdString()));
    REQUIRE(out.ok());
    const QByteArray x = out->content;
    const QByteArray npi = f.organizationNpi.toLatin1();
    const QByteArray aliceNumber = built->claims[0].claimNumber.toLatin1();

    CHECK(x.contains("~BHT*0019*00*"));
    CHECK(x.contains("~NM1*41*2*EXAMPLE FAMILY PRACTICE*****46*" + npi + "~PER*IC*EXAMPLE FAMILY PRACTICE*TE*5185550100~"));
    CHECK(x.contains("~NM1*40*2*CLEARINGHOUSE*****46*CLEARINGHOUSE~"));
    // 2000A/2010AA: the practice (type 2) and, for Hopper, herself (type 1).
    CHECK(x.contains("~HL*1**20*1~PRV*BI*PXC*207Q00000X~NM1*85*2*EXAMPLE FAMILY PRACTICE*****XX*" + npi +
                     "~N3*100 STATE ST~N4*ALBANY*NY*122071234~REF*EI*123456789~"));
    CHECK(x.contains("~NM1*85*1*HOPPER*GRACE****XX*"));
    // 2000B: Alice is the subscriber; Bob's mother is, with Bob in 2000C.
    CHECK(x.contains("~HL*2*1*22*0~SBR*P*18*GRP77******CI~NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~N3*7 ELM ST~"
                     "N4*ALBANY*NY*12208~DMG*D8*19800517*F~NM1*PR*2*ACME HEALTH*****PI*60054~"));
    CHECK(x.contains("*22*1~SBR*P***ACME HMO*****CI~"));  // no group number: the plan's name
    CHECK(x.contains("~NM1*IL*1*SAMPLE*CAROL****MI*ACM300400~DMG*D8*19840211*F~"));
    CHECK(x.contains("*23*0~PAT*19~NM1*QC*1*SAMPLE*BOB~N3*7 ELM ST~N4*ALBANY*NY*12208~DMG*D8*20150902*M~"));
    // 2300: CLM05 place of service and frequency, CLM06-09, prior authorization, HI.
    CHECK(x.contains("~CLM*" + aliceNumber + "*192.5***11:B:1*Y*A*Y*Y~REF*G1*PA7781~HI*ABK:J069*ABF:E119~"));
    CHECK(x.contains(":B:1*Y*A*Y*Y~HI*ABK:J069~LX*1~SV1*HC:87880*35*UN*1***1~DTP*472*D8*20250304~"));
    // 2310A referring, 2310B rendering (differs from the billing practice), 2310C facility,
    // 2310D supervising.
    CHECK(x.contains("~NM1*DN*1*DIJKSTRA*EDSGER****XX*"));
    CHECK(x.contains("~NM1*82*1*LOVELACE*ADA****XX*"));
    CHECK(x.contains("~PRV*PE*PXC*207Q00000X~NM1*77*2*MAIN OFFICE~N3*12 MAIN ST~N4*ALBANY*NY*12207~NM1*DQ*1*HOPPER*GRACE****XX*"));
    CHECK(x.count("NM1*82*") == 1);  // not for Hopper, who is her own billing provider
    CHECK(x.count("NM1*77*") == 1);  // not at the billing address
    // 2400: modifiers, units, pointers, date.
    CHECK(x.contains("~LX*1~SV1*HC:99214:25*180.5*UN*1***1~DTP*472*D8*20250303~LX*2~SV1*HC:36415*12*UN*1***2:1~"));
    requireValid837(x, 2);
}

TEST_CASE("A pay-to address that differs from the billing address gets loop 2010AB", "[billing][837]")
{
    ClaimBatch b = batchOf(1, npiFrom(QStringLiteral("123456789")));
    b.claims[0].payToAddress = {QStringLiteral("PO Box 55"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                                QStringLiteral("12201")};
    auto x = Claim837Writer::write(b);
    REQUIRE(x.ok());
    CHECK(x->contains("~REF*EI*123456789~NM1*87*2~N3*PO BOX 55~N4*ALBANY*NY*12201~HL*2*1*22*0~"));
    requireValid837(x.value(), 1);
    b.claims[0].payToAddress = b.claims[0].billingAddress;
    auto same = Claim837Writer::write(b);
    REQUIRE(same.ok());
    CHECK_FALSE(same->contains("NM1*87*"));
}

TEST_CASE("Separators in names are written as spaces, never as structure", "[billing][837]")
{
    ClaimBatch b = batchOf(1, npiFrom(QStringLiteral("123456789")));
    b.claims[0].subscriber.last = b.claims[0].patient.last = QStringLiteral("O:Brien*Smith~Jr");
    b.claims[0].subscriber.first = QStringLiteral("Ren\u00e9e");
    auto x = Claim837Writer::write(b);
    REQUIRE(x.ok());
    CHECK(x->contains("~NM1*IL*1*O BRIEN SMITH JR*RENEE****MI*M1~"));
    requireValid837(x.value(), 1);
}

TEST_CASE("Transaction sets hold at most 5,000 claims", "[billing][837][slow]")
{
    const ClaimBatch b = batchOf(5001, npiFrom(QStringLiteral("123456789")));
    auto x = Claim837Writer::write(b);
    REQUIRE(x.ok());
    CHECK(x->count("~ST*837*") == 2);
    CHECK(x->contains("~ST*837*0002*005010X222A1~"));
    CHECK(x->contains("~GE*2*42~IEA*1*000000041~"));
    requireValid837(x.value(), 5001);
}

TEST_CASE("The writer refuses a claim the guide would not accept, naming it", "[billing][837]")
{
    ClaimBatch b = batchOf(2, QStringLiteral("1234567890"));  // fails the check digit
    auto badNpi = Claim837Writer::write(b);
    REQUIRE_FALSE(badNpi.ok());
    CHECK(badNpi.error().message.contains(QStringLiteral("T00000001")));
    CHECK(badNpi.error().message.contains(QStringLiteral("1234567890")));
    b = batchOf(1, npiFrom(QStringLiteral("123456789")));
    b.claims[0].claim.claimNumber = QStringLiteral("X").repeated(21);
    CHECK_FALSE(Claim837Writer::write(b).ok());
    b = batchOf(1, npiFrom(QStringLiteral("123456789")));
    b.claims[0].memberId.clear();
    CHECK_FALSE(Claim837Writer::write(b).ok());
    b = batchOf(1, npiFrom(QStringLiteral("123456789")));
    b.claims[0].claim.frequency = Frequency::Replacement;
    CHECK_FALSE(Claim837Writer::write(b).ok());
}

TEST_CASE("Amounts are X12 decimals without trailing zeros", "[billing][837]")
{
    CHECK(Claim837Writer::amount(Money::fromCents(12500)) == "125");
    CHECK(Claim837Writer::amount(Money::fromCents(18050)) == "180.5");
    CHECK(Claim837Writer::amount(Money::fromCents(7)) == "0.07");
    CHECK(Claim837Writer::amount(Money::fromCents(1999)) == "19.99");
    CHECK(Claim837Writer::amount(Money::fromCents(12505)) == "125.05");
    CHECK(Claim837Writer::amount(Money::fromCents(0)) == "0");
    CHECK(Claim837Writer::amount(Money::fromCents(-307)) == "-3.07");
    CHECK(Claim837Writer::amount(Money::fromCents(-50)) == "-0.5");
}

TEST_CASE("Transaction sets written at once on several threads make the file one thread would", "[billing][837][slow]")
{
    ClaimBatch b = batchOf(12001, npiFrom(QStringLiteral("123456789")));
    auto x = Claim837Writer::write(b);
    REQUIRE(x.ok());
    // The same file set by set on this thread alone.
    x12::OutgoingInterchange one;
    one.senderId = "SUBMITTER01";
    one.receiverId = "CLEARINGHOUSE";
    one.controlNumber = "000000041";
    one.created = b.created;
    one.production = b.production;
    x12::OutgoingGroup g{"HC", "SUBMITTER01", "CLEARINGHOUSE", "42", "005010X222A1", {}};
    for (int set = 1; set <= 3; ++set) {
        const QByteArray control = QByteArray::number(set).rightJustified(4, '0');
        auto written = Claim837Writer::transactionSet(b, std::size_t(set - 1) * kMaxClaimsPerTransaction,
                                                      kMaxClaimsPerTransaction, control, "42" + control);
        REQUIRE(written.ok());
        g.transactions.push_back({"837", control, "005010X222A1", {}, std::move(written.value())});
    }
    one.groups.push_back(std::move(g));
    auto alone = x12::X12Writer().write(one);
    REQUIRE(alone.ok());
    CHECK(x->count("~ST*837*") == 3);
    CHECK(x.value() == alone.value());
    // A claim the guide refuses in the last set is named as it would be on one thread.
    b.claims[11000].memberId.clear();
    auto refused = Claim837Writer::write(b);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(b.claims[11000].claim.claimNumber));
}
