#include "test_support.h"
#include "x12/acknowledgment_view.h"
#include "x12/claim_view.h"
#include "x12/eligibility_view.h"
#include "x12/remittance_view.h"
#include "x12/x12_reader.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::x12;
using fd::Money;

namespace {
Document readData(const QString& name)
{
    auto d = X12Reader::readFile(fd::test::sourceDir() + QStringLiteral("/tests/data/x12/") + name);
    REQUIRE(d.ok());
    REQUIRE_FALSE(d->hasErrors());
    return std::move(d.value());
}

const Transaction& only(const Document& d)
{
    return d.interchanges.at(0).groups.at(0).transactions.at(0);
}
}  // namespace

TEST_CASE("Claims of an 837P with their loops", "[x12][views]")
{
    const Document d = readData(QStringLiteral("clean_837p.x12"));
    auto claims = professionalClaims(only(d));
    REQUIRE(claims.ok());
    REQUIRE(claims->size() == 1);
    const ProfessionalClaim& c = claims->front();
    CHECK(c.claimId == "CLAIM0001");
    CHECK(c.totalCharge == Money::fromCents(15000));
    CHECK(c.placeOfService == "11");
    CHECK(c.frequencyCode == "1");
    CHECK(c.diagnoses == QList<QByteArray>{"J069"});
    CHECK(c.billingProvider.id == "1234567893");
    CHECK(c.subscriber.id == "W123456789");
    CHECK(c.payer.id == "12345");
    CHECK(c.patient.isEmpty());
    REQUIRE(c.lines.size() == 2);
    CHECK(c.lines[1].lineNumber == 2);
    CHECK(c.lines[1].procedureCode == "87880");
    CHECK(c.lines[1].charge == Money::fromCents(5000));
    CHECK(c.lines[1].serviceDate == QDate(2024, 1, 2));
    CHECK(c.lines[0].diagnosisPointers == QList<int>{1});
}

TEST_CASE("Remittance claims and service lines with CAS", "[x12][views]")
{
    const Document d = readData(QStringLiteral("clean_835.x12"));
    auto r = remittanceOf(only(d));
    REQUIRE(r.ok());
    CHECK(r->totalPaid == Money::fromCents(12000));
    CHECK(r->paymentMethod == "CHK");
    CHECK(r->paymentDate == QDate(2024, 1, 10));
    CHECK(r->traceNumber == "CHK12345");
    CHECK(r->payer.lastOrOrganization == "ACME HEALTH");
    CHECK(r->payee.id == "1234567893");
    REQUIRE(r->claims.size() == 1);
    const RemittanceClaim& c = r->claims.front();
    CHECK(c.claimId == "CLAIM0001");
    CHECK(c.paid == Money::fromCents(12000));
    CHECK(c.patientResponsibility == Money::fromCents(3000));
    REQUIRE(c.lines.size() == 2);
    CHECK(c.lines[0].lineControlNumber == "1");
    REQUIRE(c.lines[0].adjustments.size() == 1);
    CHECK(c.lines[0].adjustments[0].group == "PR");
    CHECK(c.lines[0].adjustments[0].reason == "1");
    CHECK(c.lines[0].adjustments[0].amount == Money::fromCents(2000));
    CHECK_FALSE(remittanceOf(only(readData(QStringLiteral("clean_837p.x12")))).ok());
}

TEST_CASE("Eligibility benefits of a 271", "[x12][views]")
{
    const Document d = readData(QStringLiteral("clean_271.x12"));
    auto e = eligibilityOf(only(d));
    REQUIRE(e.ok());
    CHECK(e->source.lastOrOrganization == "ACME HEALTH");
    REQUIRE(e->members.size() == 2);
    const EligibilityMember& s = e->members[0];
    CHECK(s.level == "subscriber");
    CHECK(s.birthDate == QDate(1980, 1, 1));
    REQUIRE(s.benefits.size() == 4);
    CHECK(s.benefits[0].information == "1");
    CHECK(s.benefits[1].information == "B");
    CHECK(s.benefits[1].serviceTypes == QList<QByteArray>{"98"});
    CHECK(s.benefits[1].timePeriod == "27");
    CHECK(s.benefits[1].amount == Money::fromCents(2500));
    CHECK(s.benefits[1].inNetwork == "Y");
    CHECK(s.benefits[2].coverageLevel == "IND");
    CHECK(s.benefits[2].inNetwork == "N");
    CHECK(s.benefits[2].messages.size() == 1);
    CHECK(s.benefits[3].serviceTypes == QList<QByteArray>{"1", "33"});
    CHECK(s.benefits[3].percent == "0.2");
    CHECK(e->members[1].level == "dependent");
    CHECK(e->members[1].name.firstName == "JIMMY");
}

TEST_CASE("999 results per transaction set", "[x12][views]")
{
    auto a = functionalAcknowledgmentOf(only(readData(QStringLiteral("clean_999.x12"))));
    REQUIRE(a.ok());
    CHECK(a->groupControlNumber == "101");
    CHECK(a->status == "P");
    CHECK(a->included == 2);
    CHECK(a->accepted == 1);
    REQUIRE(a->sets.size() == 2);
    CHECK(a->sets[0].accepted());
    CHECK_FALSE(a->sets[1].accepted());
    CHECK(a->sets[1].controlNumber == "0002");
    REQUIRE(a->sets[1].errors.size() == 1);
    CHECK(a->sets[1].errors[0].segmentId == "CLM");
    CHECK(a->sets[1].errors[0].elements.at(0).value == "ABC");
}

TEST_CASE("277CA status by claim", "[x12][views]")
{
    auto acks = claimAcknowledgmentsOf(only(readData(QStringLiteral("clean_277ca.x12"))));
    REQUIRE(acks.ok());
    REQUIRE(acks->size() == 2);
    CHECK(acks->at(0).claimId == "CLAIM0001");
    CHECK(acks->at(0).accepted());
    CHECK(acks->at(0).payerClaimNumber == "PAYERCLM1");
    CHECK(acks->at(1).claimId == "CLAIM0002");
    CHECK_FALSE(acks->at(1).accepted());
    CHECK(acks->at(1).category == "A7");
    CHECK(acks->at(1).status == "562");
}

TEST_CASE("TA1 interchange acknowledgments", "[x12][views]")
{
    const Document d = readData(QStringLiteral("ta1.x12"));
    const auto acks = interchangeAcknowledgmentsOf(d.interchanges.at(0));
    REQUIRE(acks.size() == 1);
    CHECK(acks[0].controlNumber == "000000101");
    CHECK_FALSE(acks[0].accepted());
    CHECK(acks[0].noteCode == "022");
    CHECK(acks[0].date == QDate(2024, 1, 5));
}
