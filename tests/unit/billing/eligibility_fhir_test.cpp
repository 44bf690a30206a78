// FHIR R4 CoverageEligibilityRequest and CoverageEligibilityResponse of stored eligibility
// checks: the mapping, the export source (permissions, audit) and both pinned validators (the
// R4 JSON schema and FHIR.js, tests/validators/validate-fhir.js).
#include "billing/core/eligibility_fhir.h"
#include "billing/core/billing_permissions.h"
#include "eligibility_checks.h"
#include "fhir/fhir_exchange.h"
#include "patients/core/patients_permissions.h"
#include "test_support.h"

#include "fhir_validation.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

using fd::test::required;

// Copays in and out of network, out-of-network coinsurance, deductibles by year with what
// remains in and out of network, a family deductible, a family remainder without its total,
// a coinsurance of 12.5 %, a lifetime maximum without a service type and the out-of-pocket
// maximum with a message.
const char* kActiveMember = R"(HL*3*2*22*0~
TRN*2*%TRACE%*9877281234~
NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~
DMG*D8*19800517*F~
DTP*346*D8*20240101~
EB*1*IND*30**ACME PPO GOLD~
EB*B*IND*98*HM*ACME PPO GOLD*27*25*****Y~
EB*B*IND*98*HM*ACME PPO GOLD*27*60*****N~
EB*A*IND*98**ACME PPO GOLD*27**0.2****N~
EB*C*IND*30**ACME PPO GOLD*23*1500*****Y~
EB*C*IND*30**ACME PPO GOLD*29*350.25*****Y~
EB*C*IND*30**ACME PPO GOLD*23*3000*****N~
EB*C*IND*30**ACME PPO GOLD*29*2800*****N~
EB*C*FAM*30**ACME PPO GOLD*23*3000*****Y~
EB*C*FAM*30**ACME PPO GOLD*29*900*****N~
EB*A*IND*30**ACME PPO GOLD*27**0.125****Y~
EB*G*IND***ACME PPO GOLD*32*10000*****Y~
EB*G*IND*30**ACME PPO GOLD*22*6000*****Y~
MSG*OUT OF POCKET MAXIMUM INCLUDES DEDUCTIBLE~)";

const char* kInactiveMember = R"(HL*3*2*22*0~
TRN*2*%TRACE%*9877281234~
NM1*IL*1*SAMPLE*CAROL****MI*ACM300400~
EB*6*IND*30**ACME PPO~)";

const char* kRejectedMember = R"(HL*3*2*22*0~
TRN*2*%TRACE%*9877281234~
NM1*IL*1*EXAMPLE*ALICE****MI*ACM1~
AAA*Y**72*C~)";

const QString kServiceTypes = QStringLiteral("https://codesystem.x12.org/005010/1365");

QByteArray member(const char* text, const QString& trace)
{
    return QByteArray(text).replace("%TRACE%", trace.toLatin1());
}

EligibilityCheck answered(BillingFixture& f, const QString& coverageId, const QStringList& types,
                          const char* body)
{
    auto& service = *f.service<IEligibilityService>();
    const EligibilityCheck waiting = required(service.write270(coverageId, types));
    const QByteArray trace = waiting.traceNumber.toLatin1();
    auto imported = required(service.import271(make271(trace, member(body, waiting.traceNumber))));
    REQUIRE(imported.size() == 1);
    return imported.front();
}

fhir::IFhirResourceSource* eligibilitySource(BillingFixture& f)
{
    for (const auto& source : f.registry.all<fhir::IFhirResourceSource>())
        if (source->resourceTypes().contains(QStringLiteral("CoverageEligibilityRequest")))
            return source.get();
    FAIL("the billing core registers no CoverageEligibilityRequest source");
    return nullptr;
}

Result<QList<QJsonObject>> exportAll(BillingFixture& f)
{
    QList<QJsonObject> out;
    Status done = eligibilitySource(f)->exportResources([&](const QJsonObject& r) {
        out << r;
        return Status{};
    });
    FD_TRY(done);
    return out;
}

QJsonObject find(const QList<QJsonObject>& all, const QString& type, const QString& id)
{
    for (const QJsonObject& r : all)
        if (r.value(QStringLiteral("resourceType")).toString() == type &&
            r.value(QStringLiteral("id")).toString() == id)
            return r;
    return {};
}

QString codeIn(const QJsonValue& cc, const QString& system)
{
    for (const QJsonValue& c : cc.toObject().value(QStringLiteral("coding")).toArray())
        if (c.toObject().value(QStringLiteral("system")).toString() == system)
            return c.toObject().value(QStringLiteral("code")).toString();
    return {};
}

QString ref(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("reference")).toString();
}

// The value of a Money in cents; fails on any other currency than USD.
qint64 centsOf(const QJsonValue& v)
{
    const QJsonObject m = v.toObject();
    CHECK(m.value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
    REQUIRE(m.value(QStringLiteral("value")).isDouble());
    return qRound64(m.value(QStringLiteral("value")).toDouble() * 100);
}

const QString kNetwork = QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-network");
const QString kUnit = QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-unit");
const QString kTerm = QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-term");
const QString kBenefitType = QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-type");
const QString kX12Period = QStringLiteral("https://codesystem.x12.org/005010/615");

// The insurance item of a service type, network, unit and X12 time period ("" for none).
QJsonObject item(const QJsonArray& items, const QString& type, const QString& network,
                 const QString& unit, const QString& period)
{
    QJsonObject hit;
    int hits = 0;
    for (const QJsonValue& v : items) {
        const QJsonObject i = v.toObject();
        if (codeIn(i.value(QStringLiteral("category")), kServiceTypes) == type &&
            codeIn(i.value(QStringLiteral("network")), kNetwork) == network &&
            codeIn(i.value(QStringLiteral("unit")), kUnit) == unit &&
            codeIn(i.value(QStringLiteral("term")), kX12Period) == period) {
            hit = i;
            ++hits;
        }
    }
    INFO(type.toStdString() << " " << network.toStdString() << " " << unit.toStdString() << " "
                            << period.toStdString());
    CHECK(hits == 1);
    return hit;
}

QJsonObject benefit(const QJsonObject& item, const QString& system, const QString& code)
{
    for (const QJsonValue& v : item.value(QStringLiteral("benefit")).toArray())
        if (codeIn(v.toObject().value(QStringLiteral("type")), system) == code)
            return v.toObject();
    FAIL_CHECK("no benefit " << code.toStdString());
    return {};
}

void checkActiveItems(const QJsonArray& items)
{
    CHECK(items.size() == 9);
    const QJsonObject inCopay = item(items, QStringLiteral("98"), QStringLiteral("in"),
                                     QStringLiteral("individual"), QStringLiteral("27"));
    CHECK(inCopay.value(QStringLiteral("benefit")).toArray().size() == 1);
    CHECK(centsOf(benefit(inCopay, kBenefitType, QStringLiteral("copay"))
                      .value(QStringLiteral("allowedMoney"))) == 2500);

    const QJsonObject out98 = item(items, QStringLiteral("98"), QStringLiteral("out"),
                                   QStringLiteral("individual"), QStringLiteral("27"));
    CHECK(centsOf(benefit(out98, kBenefitType, QStringLiteral("copay"))
                      .value(QStringLiteral("allowedMoney"))) == 6000);
    const QJsonObject coinsurance = benefit(out98, kBenefitType, QStringLiteral("copay-percent"));
    CHECK(coinsurance.value(QStringLiteral("allowedUnsignedInt")).toInt(-1) == 20);
    CHECK(codeIn(coinsurance.value(QStringLiteral("type")),
                 QStringLiteral("https://codesystem.x12.org/005010/1390")) == QStringLiteral("A"));

    const QJsonObject inDeductible = item(items, QStringLiteral("30"), QStringLiteral("in"),
                                          QStringLiteral("individual"), QStringLiteral("23"));
    CHECK(codeIn(inDeductible.value(QStringLiteral("term")), kTerm) == QStringLiteral("annual"));
    const QJsonObject ded = benefit(inDeductible, kBenefitType, QStringLiteral("deductible"));
    CHECK(centsOf(ded.value(QStringLiteral("allowedMoney"))) == 150000);
    CHECK(centsOf(ded.value(QStringLiteral("usedMoney"))) == 150000 - 35025);

    const QJsonObject outDed = benefit(item(items, QStringLiteral("30"), QStringLiteral("out"),
                                            QStringLiteral("individual"), QStringLiteral("23")),
                                       kBenefitType, QStringLiteral("deductible"));
    CHECK(centsOf(outDed.value(QStringLiteral("allowedMoney"))) == 300000);
    CHECK(centsOf(outDed.value(QStringLiteral("usedMoney"))) == 20000);

    const QJsonObject family = benefit(item(items, QStringLiteral("30"), QStringLiteral("in"),
                                            QStringLiteral("family"), QStringLiteral("23")),
                                       kBenefitType, QStringLiteral("deductible"));
    CHECK(centsOf(family.value(QStringLiteral("allowedMoney"))) == 300000);
    CHECK_FALSE(family.contains(QStringLiteral("usedMoney")));
    // What remains of a total the payer did not send stands alone, as term X12 29.
    const QJsonObject remaining = item(items, QStringLiteral("30"), QStringLiteral("out"),
                                       QStringLiteral("family"), QStringLiteral("29"));
    CHECK(centsOf(benefit(remaining, kBenefitType, QStringLiteral("deductible"))
                      .value(QStringLiteral("allowedMoney"))) == 90000);

    const QJsonObject fraction = benefit(item(items, QStringLiteral("30"), QStringLiteral("in"),
                                              QStringLiteral("individual"), QStringLiteral("27")),
                                         kBenefitType, QStringLiteral("copay-percent"));
    CHECK(fraction.value(QStringLiteral("allowedString")).toString() == QStringLiteral("12.50%"));
    CHECK_FALSE(fraction.contains(QStringLiteral("allowedUnsignedInt")));
    // No service type: the whole plan (30); lifetime in benefit-term.
    const QJsonObject lifetime = item(items, QStringLiteral("30"), QStringLiteral("in"),
                                      QStringLiteral("individual"), QStringLiteral("32"));
    CHECK(codeIn(lifetime.value(QStringLiteral("term")), kTerm) == QStringLiteral("lifetime"));
    CHECK(centsOf(benefit(lifetime, QStringLiteral("https://codesystem.x12.org/005010/1390"),
                          QStringLiteral("G"))
                      .value(QStringLiteral("allowedMoney"))) == 1000000);

    const QJsonObject oop = item(items, QStringLiteral("30"), QStringLiteral("in"),
                                 QStringLiteral("individual"), QStringLiteral("22"));
    const QJsonObject oopBenefit =
        benefit(oop, QStringLiteral("https://codesystem.x12.org/005010/1390"), QStringLiteral("G"));
    CHECK(centsOf(oopBenefit.value(QStringLiteral("allowedMoney"))) == 600000);
    CHECK(oop.value(QStringLiteral("description")).toString() ==
          QStringLiteral("OUT OF POCKET MAXIMUM INCLUDES DEDUCTIBLE"));
}

}  // namespace

TEST_CASE(
    "stored eligibility checks export as CoverageEligibilityRequest and Response that both "
    "validators accept",
    "[eligibility][fhir]")
{
    BillingFixture f;
    enableEligibility(f);
    f.access->granted.insert(patients::perm::kExport);
    const EligibilityCheck active =
        answered(f, f.aliceCoverageId, {QStringLiteral("98"), QStringLiteral("30")}, kActiveMember);
    const EligibilityCheck inactive = answered(f, f.bobCoverageId, {}, kInactiveMember);
    const EligibilityCheck rejected = answered(f, f.aliceCoverageId, {}, kRejectedMember);
    const EligibilityCheck waiting =
        required(f.service<IEligibilityService>()->write270(f.bobCoverageId));
    REQUIRE(active.status == EligibilityStatus::Active);
    REQUIRE(inactive.status == EligibilityStatus::Inactive);
    REQUIRE(rejected.status == EligibilityStatus::Error);

    const std::size_t auditBefore = f.audit->records.size();
    const QList<QJsonObject> all = required(exportAll(f));
    CHECK(all.size() == 4 + 3);  // four requests, three answered

    const QJsonObject request = find(all, QStringLiteral("CoverageEligibilityRequest"), active.id);
    REQUIRE_FALSE(request.isEmpty());
    CHECK(request.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(request.value(QStringLiteral("purpose")).toArray() ==
          QJsonArray{QStringLiteral("benefits"), QStringLiteral("validation")});
    CHECK(ref(request.value(QStringLiteral("patient"))) == QStringLiteral("Patient/") + f.aliceId);
    CHECK(request.value(QStringLiteral("servicedDate")).toString() == QStringLiteral("2025-03-07"));
    CHECK(request.value(QStringLiteral("created"))
              .toString()
              .startsWith(QStringLiteral("2025-03-07T15:00:00")));
    CHECK(ref(request.value(QStringLiteral("insurer"))) ==
          QStringLiteral("Organization/") + f.payerId);
    const QJsonObject provider = request.value(QStringLiteral("provider")).toObject();
    CHECK(provider.value(QStringLiteral("type")).toString() == QStringLiteral("Organization"));
    CHECK(provider.value(QStringLiteral("identifier"))
              .toObject()
              .value(QStringLiteral("value"))
              .toString() == f.organizationNpi);
    const QJsonObject asked = request.value(QStringLiteral("insurance")).toArray().at(0).toObject();
    CHECK(asked.value(QStringLiteral("focal")).toBool());
    CHECK(ref(asked.value(QStringLiteral("coverage"))) ==
          QStringLiteral("Coverage/") + f.aliceCoverageId);
    const QJsonArray askedItems = request.value(QStringLiteral("item")).toArray();
    REQUIRE(askedItems.size() == 2);
    CHECK(codeIn(askedItems.at(0).toObject().value(QStringLiteral("category")), kServiceTypes) ==
          QStringLiteral("98"));
    CHECK(codeIn(askedItems.at(1).toObject().value(QStringLiteral("category")), kServiceTypes) ==
          QStringLiteral("30"));
    CHECK(request.value(QStringLiteral("identifier"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("value"))
              .toString() == active.traceNumber);

    const QJsonObject response =
        find(all, QStringLiteral("CoverageEligibilityResponse"), active.id);
    REQUIRE_FALSE(response.isEmpty());
    CHECK(ref(response.value(QStringLiteral("request"))) ==
          QStringLiteral("CoverageEligibilityRequest/") + active.id);
    CHECK(response.value(QStringLiteral("outcome")).toString() == QStringLiteral("complete"));
    CHECK(response.value(QStringLiteral("disposition"))
              .toString()
              .contains(QStringLiteral("ACME PPO GOLD")));
    CHECK(ref(response.value(QStringLiteral("insurer"))) ==
          QStringLiteral("Organization/") + f.payerId);
    CHECK(ref(response.value(QStringLiteral("patient"))) == QStringLiteral("Patient/") + f.aliceId);
    CHECK_FALSE(response.contains(QStringLiteral("error")));
    const QJsonObject insurance =
        response.value(QStringLiteral("insurance")).toArray().at(0).toObject();
    CHECK(insurance.value(QStringLiteral("inforce")) == QJsonValue(true));
    CHECK(ref(insurance.value(QStringLiteral("coverage"))) ==
          QStringLiteral("Coverage/") + f.aliceCoverageId);
    CHECK(insurance.value(QStringLiteral("benefitPeriod"))
              .toObject()
              .value(QStringLiteral("start"))
              .toString() == QStringLiteral("2024-01-01"));
    checkActiveItems(insurance.value(QStringLiteral("item")).toArray());

    const QJsonObject off = find(all, QStringLiteral("CoverageEligibilityResponse"), inactive.id);
    CHECK(off.value(QStringLiteral("outcome")).toString() == QStringLiteral("complete"));
    const QJsonObject offInsurance =
        off.value(QStringLiteral("insurance")).toArray().at(0).toObject();
    CHECK(offInsurance.value(QStringLiteral("inforce")) == QJsonValue(false));
    CHECK(ref(offInsurance.value(QStringLiteral("coverage"))) ==
          QStringLiteral("Coverage/") + f.bobCoverageId);
    CHECK(ref(off.value(QStringLiteral("patient"))) == QStringLiteral("Patient/") + f.bobId);
    CHECK_FALSE(offInsurance.contains(QStringLiteral("item")));
    // Nothing asked: the 270 asks for 30, health benefit plan coverage.
    const QJsonArray offAsked = find(all, QStringLiteral("CoverageEligibilityRequest"), inactive.id)
                                    .value(QStringLiteral("item"))
                                    .toArray();
    REQUIRE(offAsked.size() == 1);
    CHECK(codeIn(offAsked.at(0).toObject().value(QStringLiteral("category")), kServiceTypes) ==
          QStringLiteral("30"));

    const QJsonObject error = find(all, QStringLiteral("CoverageEligibilityResponse"), rejected.id);
    CHECK(error.value(QStringLiteral("outcome")).toString() == QStringLiteral("error"));
    CHECK_FALSE(error.contains(QStringLiteral("insurance")));
    const QJsonArray errors = error.value(QStringLiteral("error")).toArray();
    REQUIRE(errors.size() == 1);
    const QJsonObject code = errors.at(0).toObject().value(QStringLiteral("code")).toObject();
    CHECK(codeIn(code, QStringLiteral("https://codesystem.x12.org/005010/901")) ==
          QStringLiteral("72"));
    CHECK(code.value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("member id is not valid")));

    CHECK_FALSE(find(all, QStringLiteral("CoverageEligibilityRequest"), waiting.id).isEmpty());
    CHECK(find(all, QStringLiteral("CoverageEligibilityResponse"), waiting.id).isEmpty());

    // One read per patient, in that patient's trail.
    std::vector<security::AuditRecord> reads(f.audit->records.begin() + std::ptrdiff_t(auditBefore),
                                             f.audit->records.end());
    REQUIRE(reads.size() == 2);
    for (const security::AuditRecord& r : reads) {
        CHECK(r.action == QStringLiteral("read"));
        CHECK(r.entity == QStringLiteral("billing_eligibility_checks"));
        CHECK(r.details.value(QStringLiteral("via")).toString() == QStringLiteral("fhir export"));
        CHECK(r.details.value(QStringLiteral("checks")).toInt() == 2);
    }
    CHECK(std::any_of(reads.begin(), reads.end(),
                      [&](const auto& r) { return r.patientId == f.aliceId; }));
    CHECK(std::any_of(reads.begin(), reads.end(),
                      [&](const auto& r) { return r.patientId == f.bobId; }));

    fd::test::validateFhir(all, f.dir);
}

TEST_CASE(
    "the eligibility FHIR export needs billing.eligibility and patients.export, and audits nothing "
    "when refused",
    "[eligibility][fhir]")
{
    BillingFixture f;
    enableEligibility(f);
    answered(f, f.aliceCoverageId, {}, kActiveMember);
    const std::size_t auditBefore = f.audit->records.size();
    CHECK(exportAll(f).error().code == ErrorCode::PermissionDenied);  // no patients.export
    f.access->granted.insert(patients::perm::kExport);
    f.access->granted.remove(perm::kEligibility);
    CHECK(exportAll(f).error().code == ErrorCode::PermissionDenied);
    CHECK(f.audit->records.size() == auditBefore);
}

TEST_CASE("a stored 270 without a date of service or service types is refused naming the segment",
          "[eligibility][fhir]")
{
    const QByteArray noDate =
        "ISA*00*          *00*          *ZZ*FRONTDESK      *ZZ*ACMEHEALTH     *250307*1500*^*00501*"
        "000000001*0*T*:~\nEQ*30~\n";
    auto refused = read270Facts(noDate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().details == QStringLiteral("270 DTP*291"));
    auto noEq = read270Facts(QByteArray(noDate).replace("EQ*30~", "DTP*291*D8*20250307~"));
    REQUIRE_FALSE(noEq.ok());
    CHECK(noEq.error().details == QStringLiteral("270 EQ"));
    auto facts = required(
        read270Facts(QByteArray(noDate).replace("EQ*30~", "DTP*291*D8*20250307~\nEQ*98^UC~")));
    CHECK(facts.serviceDate == QDate(2025, 3, 7));
    CHECK(facts.serviceTypes == QStringList{QStringLiteral("98"), QStringLiteral("UC")});
}
