// IPatientBulkReads: many patients' records in one call, with the one-patient reads' results,
// checks and audit entries (one per read, listing its patients when there are several).
#include "patients/core/patient_bulk_reads.h"
#include "patients/core/patients.h"
#include "patients_fixture.h"
#include "security/audit_actions.h"

#include <QJsonArray>

#include <catch2/catch_test_macros.hpp>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

int readsOf(const PatientsFixture& fx, const QString& patientId, const QString& entity, const QString& outcome)
{
    int n = 0;
    for (const auto& r : fx.audit->records)
        if (r.action == fd::security::audit::kRead && r.concerns(patientId) && r.entity == entity &&
            r.outcome == outcome)
            ++n;
    return n;
}

Coverage coverageOf(const PatientsFixture& fx, const QString& patientId, int order, const char* member)
{
    Coverage c;
    c.patientId = patientId;
    c.order = order;
    c.payerId = order == 1 ? fx.payerId : fx.otherPayerId;
    c.planName = QStringLiteral("PPO Gold");
    c.memberId = QString::fromLatin1(member);
    c.effectiveFrom = QDate(2024, 1, 1);
    return c;
}

// Ann with coverages (member ids given), Bob with a restriction on a self-paid service.
struct AnnAndBob
{
    Patient ann;
    Patient bob;
};

AnnAndBob annAndBob(PatientsFixture& fx, std::initializer_list<const char*> annMembers)
{
    AnnAndBob out{fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1950, 3, 7)),
                  fx.add(QStringLiteral("Bob"), QStringLiteral("Sample"), QDate(1980, 5, 1))};
    int order = 0;
    for (const char* member : annMembers)
        REQUIRE(fx.service<ICoverageService>()->save(coverageOf(fx, out.ann.id, ++order, member)).ok());
    PrivacyRestriction r;
    r.patientId = out.bob.id;
    r.description = QStringLiteral("Self-paid counseling visits");
    r.serviceCodes = {QStringLiteral("90834")};
    r.from = QDate(2025, 1, 1);
    REQUIRE(fx.service<IPatientPrivacy>()->addRestriction(r).ok());
    return out;
}

}  // namespace

TEST_CASE("Bulk reads return what the one-patient reads return, each patient audited once per read",
          "[patients][bulk-reads]")
{
    PatientsFixture fx;
    const auto [ann, bob] = annAndBob(fx, {"A111", "A222"});
    fx.grantFrontDesk();
    fx.audit->records.clear();
    auto bulk = fx.service<IPatientBulkReads>();
    REQUIRE(bulk);

    auto people = bulk->patients({bob.id, ann.id, bob.id});
    REQUIRE(people.ok());
    REQUIRE(people->size() == 2);
    CHECK(people->value(ann.id).lastName == QStringLiteral("Lee"));
    CHECK(people->value(ann.id).accountNumber == ann.accountNumber);
    CHECK(people->value(bob.id).birthDate == QDate(1980, 5, 1));
    CHECK(readsOf(fx, ann.id, QStringLiteral("patients"), QStringLiteral("success")) == 1);
    CHECK(readsOf(fx, bob.id, QStringLiteral("patients"), QStringLiteral("success")) == 1);
    // One entry for the read, listing each patient once, in the order asked for.
    REQUIRE(fx.audit->records.size() == 1);
    CHECK(fx.audit->records.front().patientId.isEmpty());
    CHECK(fx.audit->records.front().patientIds == QStringList{bob.id, ann.id});
    fx.audit->records.clear();
    CHECK(bulk->patients({ann.id}).ok());
    REQUIRE(fx.audit->records.size() == 1);
    CHECK(fx.audit->records.front().patientId == ann.id);  // one patient: an entry on the patient
    CHECK(fx.audit->records.front().patientIds.isEmpty());

    auto byPatient = bulk->coverages({ann.id, bob.id});
    REQUIRE(byPatient.ok());
    const auto one = fx.service<ICoverageService>()->list(ann.id);
    REQUIRE(one.ok());
    REQUIRE(byPatient->value(ann.id).size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(byPatient->value(ann.id)[i].id == one->at(i).id);
        CHECK(byPatient->value(ann.id)[i].memberId == one->at(i).memberId);
    }
    CHECK(byPatient->contains(bob.id));
    CHECK(byPatient->value(bob.id).empty());
    // The bulk read and list() above: two entries for Ann's coverages, one for Bob's.
    CHECK(readsOf(fx, ann.id, QStringLiteral("coverages"), QStringLiteral("success")) == 2);
    CHECK(readsOf(fx, bob.id, QStringLiteral("coverages"), QStringLiteral("success")) == 1);

    auto restrictions = bulk->restrictions({ann.id, bob.id});
    REQUIRE(restrictions.ok());
    CHECK(restrictions->value(ann.id).empty());
    REQUIRE(restrictions->value(bob.id).size() == 1);
    CHECK(restrictions->value(bob.id).front().serviceCodes == QStringList{QStringLiteral("90834")});
    CHECK(readsOf(fx, bob.id, QStringLiteral("patient_restrictions"), QStringLiteral("success")) == 1);
}

TEST_CASE("A bulk read with an unknown or restricted patient fails whole, as get() fails",
          "[patients][bulk-reads]")
{
    PatientsFixture fx;
    const Patient ann = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1950, 3, 7));
    Patient vip = PatientsFixture::person(QStringLiteral("Vera"), QStringLiteral("Important"), QDate(1970, 1, 1));
    vip.restricted = true;
    vip = fx.add(vip);
    fx.grantFrontDesk();
    fx.audit->records.clear();
    auto bulk = fx.service<IPatientBulkReads>();

    auto unknown = bulk->patients({ann.id, QStringLiteral("no-such-id")});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == fd::ErrorCode::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("no-such-id")));

    auto restricted = bulk->coverages({ann.id, vip.id});
    REQUIRE_FALSE(restricted.ok());
    CHECK(restricted.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(readsOf(fx, vip.id, QStringLiteral("patients"), QStringLiteral("denied")) == 1);
    // Nothing was read, so no successful read is on the trail.
    CHECK(readsOf(fx, ann.id, QStringLiteral("patients"), QStringLiteral("success")) == 0);
    CHECK(readsOf(fx, ann.id, QStringLiteral("coverages"), QStringLiteral("success")) == 0);

    fx.access->granted.clear();
    CHECK(bulk->patients({ann.id}).error().code == fd::ErrorCode::PermissionDenied);
}

TEST_CASE("A bundle read returns the three bulk reads' results, one entry for its patients, and fails whole as they do",
          "[patients][bulk-reads]")
{
    PatientsFixture fx;
    const auto [ann, bob] = annAndBob(fx, {"A111"});
    Patient vip = PatientsFixture::person(QStringLiteral("Vera"), QStringLiteral("Important"), QDate(1970, 1, 1));
    vip.restricted = true;
    vip = fx.add(vip);
    fx.grantFrontDesk();
    fx.audit->records.clear();
    auto bulk = fx.service<IPatientBulkReads>();

    auto read = bulk->bundle({ann.id, bob.id, ann.id});
    REQUIRE(read.ok());
    REQUIRE(read->patients.size() == 2);
    CHECK(read->patients.value(bob.id).birthDate == QDate(1980, 5, 1));
    REQUIRE(read->coverages.value(ann.id).size() == 1);
    CHECK(read->coverages.value(ann.id).front().memberId == QStringLiteral("A111"));
    CHECK(read->coverages.contains(bob.id));
    CHECK(read->coverages.value(bob.id).empty());
    CHECK(read->restrictions.value(ann.id).empty());
    REQUIRE(read->restrictions.value(bob.id).size() == 1);
    CHECK(read->restrictions.value(bob.id).front().serviceCodes == QStringList{QStringLiteral("90834")});
    // One reading of each file: one entry listing the patients, naming the records read.
    CHECK(readsOf(fx, ann.id, QStringLiteral("patients"), QStringLiteral("success")) == 1);
    CHECK(readsOf(fx, bob.id, QStringLiteral("patients"), QStringLiteral("success")) == 1);
    REQUIRE(fx.audit->records.size() == 1);
    CHECK(fx.audit->records.front().patientIds == QStringList{ann.id, bob.id});
    const QJsonArray whole{QStringLiteral("patients"), QStringLiteral("coverages"),
                           QStringLiteral("patient_restrictions")};
    CHECK(fx.audit->records.front().detailsObject().value(QStringLiteral("read")).toArray() == whole);

    fx.audit->records.clear();
    auto some = bulk->bundle({bob.id}, PatientBundle::Coverages);
    REQUIRE(some.ok());
    CHECK(some->patients.isEmpty());
    CHECK(some->restrictions.isEmpty());
    CHECK(some->coverages.contains(bob.id));
    REQUIRE(fx.audit->records.size() == 1);
    CHECK(fx.audit->records.front().detailsObject().value(QStringLiteral("read")).toArray() ==
          QJsonArray{QStringLiteral("coverages")});

    fx.audit->records.clear();
    auto refused = bulk->bundle({ann.id, vip.id});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(readsOf(fx, vip.id, QStringLiteral("patients"), QStringLiteral("denied")) == 1);
    CHECK(readsOf(fx, ann.id, QStringLiteral("patients"), QStringLiteral("success")) == 0);
    CHECK(bulk->bundle({ann.id, QStringLiteral("no-such-id")}).error().code == fd::ErrorCode::NotFound);
}

TEST_CASE("Bulk reads leave out the photo and the card images", "[patients][bulk-reads]")
{
    PatientsFixture fx;
    const QByteArray png("\x89PNG\r\n\x1a\n-image-bytes", 20);
    Patient ann = PatientsFixture::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1950, 3, 7));
    ann.photo = png;
    ann = fx.add(ann);
    Coverage c = coverageOf(fx, ann.id, 1, "A111");
    c.cardFront = png;
    c.cardBack = png;
    REQUIRE(fx.service<ICoverageService>()->save(c).ok());
    const Patient bob = fx.add(QStringLiteral("Bob"), QStringLiteral("Sample"), QDate(1980, 5, 1));
    fx.grantFrontDesk();
    auto bulk = fx.service<IPatientBulkReads>();

    // The one-patient reads still have them.
    REQUIRE(fx.service<IPatientService>()->get(ann.id).value().photo == png);
    REQUIRE(fx.service<ICoverageService>()->list(ann.id).value().front().cardFront == png);

    auto read = bulk->bundle({ann.id, bob.id});
    REQUIRE(read.ok());
    CHECK(read->patients.value(ann.id).lastName == QStringLiteral("Lee"));
    CHECK(read->patients.value(ann.id).photo.isEmpty());
    REQUIRE(read->coverages.value(ann.id).size() == 1);
    CHECK(read->coverages.value(ann.id).front().memberId == QStringLiteral("A111"));
    CHECK(read->coverages.value(ann.id).front().cardFront.isEmpty());
    CHECK(read->coverages.value(ann.id).front().cardBack.isEmpty());
    CHECK(bulk->patients({ann.id, bob.id}).value().value(ann.id).photo.isEmpty());
    CHECK(bulk->coverages({ann.id, bob.id}).value().value(ann.id).front().cardFront.isEmpty());
}
