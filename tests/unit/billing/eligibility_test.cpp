#include "billing/core/billing_permissions.h"
#include "billing/core/eligibility_271_reader.h"
#include "billing/core/eligibility_service.h"
#include "eligibility_checks.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "practice/core/payers.h"
#include "test_support.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <QTimeZone>

#include <algorithm>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

using fd::test::required;

IEligibilityService& eligibility(BillingFixture& f)
{
    return *f.service<IEligibilityService>();
}

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
EB*C*FAM*30**ACME PPO GOLD*23*3000*****Y~
EB*G*IND*30**ACME PPO GOLD*22*6000*****Y~
MSG*OUT OF POCKET MAXIMUM INCLUDES DEDUCTIBLE~)";

// A scheduled appointment of `patientId` on Monday 2025-03-03 at `hour`:00 New York.
calendar::Appointment bookAt(BillingFixture& f, const QString& patientId, int hour)
{
    const QDateTime now = f.clock->nowUtc();
    const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    f.clock->set(QDateTime(QDate(2025, 3, 3), QTime(8, 0), newYork).toUTC());
    calendar::BookingRequest r;
    r.patientId = patientId;
    r.providerId = f.lovelaceId;
    r.locationId = f.newYorkId;
    r.typeId = QStringLiteral("FU30");
    r.start = QDateTime(QDate(2025, 3, 3), QTime(hour, 0), newYork).toUTC();
    auto booked = required(f.service<calendar::IAppointmentService>()->book(r));
    f.clock->set(now);
    return booked;
}

QByteArray member(const char* text, const QByteArray& trace)
{
    return QByteArray(text).replace("%TRACE%", trace);
}

}  // namespace

TEST_CASE("a 270 for a subscriber passes the project's reader and node-x12", "[eligibility]")
{
    BillingFixture f;
    enableEligibility(f);
    auto check = required(eligibility(f).write270(f.aliceCoverageId));
    requireValid270(check.request);
    const QByteArray& x = check.request;
    CHECK(x.contains("GS*HS*"));
    CHECK(x.contains("ST*270*0001*005010X279A1~"));
    CHECK(x.contains("NM1*PR*2*ACME HEALTH*****PI*60054~"));
    CHECK(x.contains("NM1*1P*2*EXAMPLE FAMILY PRACTICE*****XX*" + f.organizationNpi.toLatin1() + "~"));
    CHECK(x.contains("HL*3*2*22*0~TRN*1*" + check.traceNumber.toLatin1() + "*1123456789~"));
    CHECK(x.contains("NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~DMG*D8*19800517*F~DTP*291*D8*20250307~EQ*30~"));
    CHECK_FALSE(x.contains("HL*4*"));
    CHECK(check.status == EligibilityStatus::NotChecked);
    CHECK(check.channel == CheckChannel::File);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_eligibility_checks")) == 1);
    const auto created = std::count_if(f.audit->records.begin(), f.audit->records.end(), [&](const auto& r) {
        return r.action == QLatin1String("create") && r.entity == QLatin1String("billing_eligibility_checks") &&
               r.patientId == f.aliceId && r.entityId == check.id;
    });
    CHECK(created == 1);
}

TEST_CASE("a 270 for a dependent names the subscriber and asks at the dependent level", "[eligibility]")
{
    BillingFixture f;
    enableEligibility(f);
    auto check = required(eligibility(f).write270(f.bobCoverageId, {QStringLiteral("98"), QStringLiteral("UC")}));
    requireValid270(check.request);
    const QByteArray& x = check.request;
    CHECK(x.contains("HL*3*2*22*1~NM1*IL*1*SAMPLE*CAROL****MI*ACM300400~DMG*D8*19840211*F~HL*4*3*23*0~"));
    CHECK(x.contains("TRN*1*" + check.traceNumber.toLatin1() + "*1123456789~NM1*03*1*SAMPLE*BOB~"
                     "DMG*D8*20150902*M~DTP*291*D8*20250307~EQ*98^UC~"));
    CHECK(x.count("TRN*") == 1);
}

TEST_CASE("270 control and trace numbers are allocated once; a refused request uses none", "[eligibility]")
{
    BillingFixture f;
    enableEligibility(f);
    auto first = required(eligibility(f).write270(f.aliceCoverageId));
    auto second = required(eligibility(f).write270(f.aliceCoverageId));
    // One sequence with the 837 and 276 interchanges (nothing else was sent here yet).
    CHECK(first.interchangeControl == 1);
    CHECK(second.interchangeControl == 2);
    CHECK(first.request.contains("*000000001*0*T*:~"));
    CHECK(first.traceNumber != second.traceNumber);

    auto bad = eligibility(f).write270(f.aliceCoverageId, {QStringLiteral("ABC")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("service type")));
    auto third = required(eligibility(f).write270(f.aliceCoverageId));
    CHECK(third.interchangeControl == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_eligibility_checks")) == 3);
}

TEST_CASE("a payer answering by phone gets no 270, and the permission is checked", "[eligibility]")
{
    BillingFixture f;
    enableEligibility(f);
    auto payers = f.service<practice::IPayerService>();
    auto payer = required(payers->find(f.payerId));
    payer.eligibilityChannel = QStringLiteral("phone");
    required(payers->save(payer));
    auto refused = eligibility(f).write270(f.aliceCoverageId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("by phone")));

    f.access->granted.remove(perm::kEligibility);
    auto denied = eligibility(f).write270(f.bobCoverageId);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_eligibility_checks")) == 0);
}

TEST_CASE("a hand-written 271 gives status, plan, copays, coinsurance, deductibles by period and network",
          "[eligibility]")
{
    auto answers = required(Eligibility271Reader::read(make271("T1", member(kActiveMember, "T1"))));
    REQUIRE(answers.size() == 1);
    const EligibilityBenefits& b = answers.front().benefits;
    CHECK(answers.front().traceNumbers == QStringList{QStringLiteral("T1")});
    CHECK(b.status == EligibilityStatus::Active);
    CHECK(b.planName == QStringLiteral("ACME PPO GOLD"));
    CHECK(b.coverageFrom == QDate(2024, 1, 1));
    CHECK(b.copay({QStringLiteral("98")}) == Money::fromCents(2500));
    const BenefitAmount* out = nullptr;
    for (const BenefitAmount& a : b.amounts)
        if (a.kind == QLatin1String("copay") && a.network == Network::Out)
            out = &a;
    REQUIRE(out);
    CHECK(out->amount == Money::fromCents(6000));
    const BenefitAmount* co = b.find(QStringLiteral("coinsurance"), QStringLiteral("98"), QString());
    REQUIRE(co);
    CHECK(co->percentBasisPoints == 2000);
    CHECK(co->network == Network::Out);
    const BenefitAmount* year = b.find(QStringLiteral("deductible"), QStringLiteral("30"), QStringLiteral("23"));
    REQUIRE(year);
    CHECK(year->amount == Money::fromCents(150000));
    CHECK(year->coverageLevel == QStringLiteral("IND"));
    CHECK(b.deductibleRemaining() == Money::fromCents(35025));
    const BenefitAmount* oop = b.find(QStringLiteral("out_of_pocket"), QStringLiteral("30"), QStringLiteral("22"));
    REQUIRE(oop);
    CHECK(oop->amount == Money::fromCents(600000));
    CHECK(oop->messages == QStringList{QStringLiteral("OUT OF POCKET MAXIMUM INCLUDES DEDUCTIBLE")});
    CHECK(b.errors.isEmpty());
}

TEST_CASE("271 inactive coverage and AAA rejections read as plain language", "[eligibility]")
{
    auto inactive = required(Eligibility271Reader::read(make271("T2", "HL*3*2*22*0~\nTRN*2*T2*9877281234~\n"
                                                                      "NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~\n"
                                                                      "EB*6*IND*30**ACME PPO~")));
    CHECK(inactive.front().benefits.status == EligibilityStatus::Inactive);
    CHECK(inactive.front().benefits.planName == QStringLiteral("ACME PPO"));

    auto invalidId = required(Eligibility271Reader::read(make271("T3", "HL*3*2*22*0~\nTRN*2*T3*9877281234~\n"
                                                                       "NM1*IL*1*EXAMPLE*ALICE****MI*ACM1~\n"
                                                                       "AAA*Y**72*C~")));
    const EligibilityBenefits& b = invalidId.front().benefits;
    CHECK(b.status == EligibilityStatus::Error);
    CHECK(b.rejectCodes == QStringList{QStringLiteral("72")});
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors.front().contains(QStringLiteral("member id is not valid")));
    CHECK(b.errors.front().contains(QStringLiteral("72")));

    auto notFound = required(Eligibility271Reader::read(make271("T4", "HL*3*2*22*0~\nTRN*2*T4*9877281234~\n"
                                                                      "NM1*IL*1*EXAMPLE*ALICE****MI*ACM100200~\n"
                                                                      "AAA*Y**75*C~")));
    CHECK(notFound.front().benefits.errors.front().contains(QStringLiteral("cannot find the subscriber")));
}

TEST_CASE("the public 271 samples read without crashing into the expected statuses", "[eligibility]")
{
    const QString lfh = fd::test::x12SamplesDir() + QStringLiteral("/lfh/");
    auto active = required(Eligibility271Reader::read(
        readTestFile(lfh + QStringLiteral("271_005010X279A1__subscriber-health-benefit-check.271"))));
    REQUIRE(active.size() == 1);
    CHECK(active.front().benefits.status == EligibilityStatus::Active);
    CHECK(active.front().benefits.planName == QStringLiteral("GOLD 123 PLAN"));
    CHECK(active.front().traceNumbers.contains(QStringLiteral("93175-012547")));

    auto rejected = required(Eligibility271Reader::read(
        readTestFile(lfh + QStringLiteral("271_005010X279A1__subscriber-health-benefit-check-error.271"))));
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.front().benefits.status == EligibilityStatus::Error);
    CHECK(rejected.front().benefits.rejectCodes == QStringList{QStringLiteral("50")});
    CHECK(rejected.front().benefits.errors.front().contains(QStringLiteral("not enrolled")));

    auto clean = required(Eligibility271Reader::read(
        readTestFile(fd::test::sourceDir() + QStringLiteral("/tests/data/x12/clean_271.x12"))));
    REQUIRE(clean.size() == 1);  // the dependent's answer
    CHECK(clean.front().traceNumbers.contains(QStringLiteral("ELIG0002")));
    CHECK(clean.front().benefits.status == EligibilityStatus::Active);
    CHECK(clean.front().benefits.memberName == QStringLiteral("JIMMY DOE"));

    auto not271 = Eligibility271Reader::read(
        readTestFile(fd::test::sourceDir() + QStringLiteral("/tests/data/x12/clean_270.x12")));
    REQUIRE_FALSE(not271.ok());
    CHECK(not271.error().message.contains(QStringLiteral("not a 271")));
    CHECK_FALSE(Eligibility271Reader::read("hello").ok());
}

TEST_CASE("a 271 file answers its waiting 270; unknown or repeated answers import nothing", "[eligibility]")
{
    BillingFixture f;
    enableEligibility(f);
    auto& service = eligibility(f);
    auto waiting = required(service.write270(f.aliceCoverageId));
    CHECK_FALSE(required(service.latest(f.aliceCoverageId)).has_value());

    const QByteArray stranger = make271("NOPE", member(kActiveMember, "NOPE"));
    auto refused = service.import271(stranger);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("NOPE")));

    const QByteArray trace = waiting.traceNumber.toLatin1();
    auto imported = required(service.import271(make271(trace, member(kActiveMember, trace))));
    REQUIRE(imported.size() == 1);
    CHECK(imported.front().id == waiting.id);
    auto latest = required(service.latest(f.aliceCoverageId));
    REQUIRE(latest.has_value());
    CHECK(latest->status == EligibilityStatus::Active);
    CHECK(latest->benefits.copay(EligibilityService::officeVisitTypes()) == Money::fromCents(2500));
    CHECK(latest->checkedBy == QStringLiteral("user-1"));
    CHECK_FALSE(latest->response.isEmpty());

    CHECK_FALSE(service.import271(make271(trace, member(kActiveMember, trace))).ok());  // answered already
    auto summary = required(f.service<calendar::IInsuranceCheck>()->latest(f.aliceCoverageId));
    CHECK(summary.status == QStringLiteral("active"));
    CHECK(summary.officeVisitCopay == Money::fromCents(2500));
    CHECK(summary.deductibleRemaining == Money::fromCents(35025));
    CHECK(required(f.service<calendar::IInsuranceCheck>()->latest(f.bobCoverageId)).status ==
          QStringLiteral("not_checked"));
}

TEST_CASE("the batch fills the verification list; the front desk marks entries verified", "[eligibility]")
{
    BillingFixture f;
    enableEligibility(f);
    auto& service = eligibility(f);
    const auto alice = f.pastAppointment(f.aliceId);
    const auto dan = bookAt(f, f.danId, 11);
    auto waiting = required(service.write270(f.aliceCoverageId));
    const QByteArray trace = waiting.traceNumber.toLatin1();
    required(service.import271(make271(trace, member(kActiveMember, trace))));

    BatchOptions options;
    options.day = alice.start.date();
    auto result = required(service.runBatch(options));
    CHECK(result.appointments == 2);
    CHECK(result.skipped == 1);  // Alice was checked today
    CHECK(result.notChecked == 1);  // Dan has no insurance
    auto list = required(service.verificationList(options.day));
    REQUIRE(list.size() == 2);
    const auto& aliceRow = list[0].patientId == f.aliceId ? list[0] : list[1];
    const auto& danRow = list[0].patientId == f.aliceId ? list[1] : list[0];
    CHECK(aliceRow.status == EligibilityStatus::Active);
    CHECK(aliceRow.copay == Money::fromCents(2500));
    CHECK(aliceRow.payerName == QStringLiteral("Acme Health"));
    CHECK(danRow.status == EligibilityStatus::NotChecked);
    CHECK(danRow.message.contains(QStringLiteral("self-pay")));
    CHECK(danRow.appointmentId == dan.id);
    // The names come from the registry as the list is read; the rows keep no copy of them.
    auto people = f.service<patients::IPatientService>();
    CHECK(aliceRow.patientName == required(people->get(f.aliceId)).displayName());
    CHECK(danRow.patientName == required(people->get(f.danId)).displayName());
    CHECK_FALSE(aliceRow.patientHidden);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_eligibility_verifications WHERE patient_name <> ''")) == 0);
    // Without patients.read the list still serves the front desk, without names.
    f.access->granted.remove(patients::perm::kRead);
    auto nameless = required(service.verificationList(options.day));
    REQUIRE(nameless.size() == 2);
    for (const VerificationItem& i : nameless) {
        CHECK(i.patientHidden);
        CHECK_FALSE(i.patientName.contains(QStringLiteral("Alice")));
    }
    f.access->granted.insert(patients::perm::kRead);

    // Without a recent check and without an endpoint the coverage is listed as not checked.
    options.skipWithinDays = 0;
    f.clock->set(f.clock->nowUtc().addSecs(3600));
    required(service.runBatch(options));
    auto again = required(service.verificationList(options.day));
    REQUIRE(again.size() == 2);  // one row per appointment, updated
    const auto& row = again[0].patientId == f.aliceId ? again[0] : again[1];
    CHECK(row.status == EligibilityStatus::NotChecked);
    CHECK(row.message.contains(QStringLiteral("endpoint")));

    auto verified = required(service.markVerified(row.id, row.rowVersion, QStringLiteral("Called Acme, active")));
    CHECK(verified.verifiedByPhone);
    CHECK(verified.note == QStringLiteral("Called Acme, active"));
    auto stale = service.markVerified(row.id, row.rowVersion, QStringLiteral("again"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
}

TEST_CASE("the endpoint keeps its password to itself and refuses plain http", "[eligibility]")
{
    BillingFixture f;
    enableEligibility(f);
    auto& service = eligibility(f);
    CHECK(service.endpoint().error().code == ErrorCode::NotFound);
    EligibilityEndpoint e;
    e.url = QStringLiteral("http://127.0.0.1:8443/core");
    e.senderId = QStringLiteral("FRONTDESK");
    e.receiverId = QStringLiteral("CLEARINGHOUSE");
    e.username = QStringLiteral("practice");
    e.password = QStringLiteral("s3cret-word");
    auto refused = service.setEndpoint(e);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("https")));
    e.url = QStringLiteral("https://127.0.0.1:8443/core");
    REQUIRE(service.setEndpoint(e).ok());
    auto shown = required(service.endpoint());
    CHECK(shown.hasPassword);
    CHECK(shown.password.isEmpty());
    for (const auto& record : f.audit->records)
        CHECK_FALSE(record.detailsObject().toVariantMap().values().contains(QStringLiteral("s3cret-word")));
    e.password.clear();  // keeps the stored one
    e.timeoutSeconds = 5;
    REQUIRE(service.setEndpoint(e).ok());
    CHECK(required(service.endpoint()).hasPassword);
}
