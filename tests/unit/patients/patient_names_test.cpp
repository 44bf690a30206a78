// IPatientService::names: many patients' names in one call, in the order asked, each named
// patient audited as a read of the name, a restricted one hidden and audited as denied.
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients_fixture.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

int readsOf(PatientsFixture& fx, const QString& patientId, const QString& outcome)
{
    int n = 0;
    for (const auto& r : fx.audit->records)
        if (r.action == fd::security::audit::kRead && r.patientId == patientId &&
            r.outcome == outcome &&
            r.detailsObject().value(QStringLiteral("fields")).toString() == QStringLiteral("name"))
            ++n;
    return n;
}

}  // namespace

TEST_CASE("Names of many patients come in one call, each named patient audited",
          "[patients][names]")
{
    PatientsFixture fx;
    Patient ann = PatientsFixture::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1950, 3, 7));
    ann.middleName = QStringLiteral("Marie");
    ann.preferredName = QStringLiteral("Annie");
    ann = fx.add(ann);
    const Patient bob = fx.add(QStringLiteral("Bob"), QStringLiteral("Sample"), QDate(1980, 5, 1));
    Patient vip = PatientsFixture::person(QStringLiteral("Vera"), QStringLiteral("Important"), QDate(1970, 1, 1));
    vip.restricted = true;
    vip = fx.add(vip);
    fx.grantFrontDesk();
    fx.audit->records.clear();
    auto patients = fx.service<IPatientService>();

    // Duplicates and an unknown id are read once and left out respectively.
    auto named = patients->names({bob.id, ann.id, QStringLiteral("no-such-id"), bob.id, vip.id});
    REQUIRE(named.ok());
    REQUIRE(named->size() == 3);
    CHECK(named->at(0).id == bob.id);
    CHECK(named->at(0).displayName == QStringLiteral("Sample, Bob"));
    CHECK(named->at(1).id == ann.id);
    CHECK(named->at(1).displayName == QStringLiteral("Lee, Ann Marie"));
    CHECK(named->at(1).givenName == QStringLiteral("Annie"));
    CHECK(named->at(1).familyName == QStringLiteral("Lee"));
    CHECK(named->at(1).accountNumber == ann.accountNumber);
    CHECK_FALSE(named->at(1).hidden);
    // The restricted patient: no name, a denied read on the trail.
    CHECK(named->at(2).id == vip.id);
    CHECK(named->at(2).hidden);
    CHECK(named->at(2).displayName.isEmpty());
    CHECK(named->at(2).accountNumber.isEmpty());

    CHECK(readsOf(fx, ann.id, QStringLiteral("success")) == 1);
    CHECK(readsOf(fx, bob.id, QStringLiteral("success")) == 1);
    CHECK(readsOf(fx, vip.id, QStringLiteral("denied")) == 1);
    CHECK(readsOf(fx, vip.id, QStringLiteral("success")) == 0);
    CHECK(fx.audit->records.size() == 3);

    // With patients.restricted the name is given (and audited as read).
    fx.access->granted.insert(perm::kRestricted);
    named = patients->names({vip.id});
    REQUIRE(named.ok());
    REQUIRE(named->size() == 1);
    CHECK_FALSE(named->front().hidden);
    CHECK(named->front().displayName == QStringLiteral("Important, Vera"));
    CHECK(readsOf(fx, vip.id, QStringLiteral("success")) == 1);

    // More ids than one query takes.
    QStringList many;
    for (int i = 0; i < 1200; ++i)
        many << QStringLiteral("unknown-%1").arg(i);
    many << ann.id;
    named = patients->names(many);
    REQUIRE(named.ok());
    REQUIRE(named->size() == 1);
    CHECK(named->front().id == ann.id);

    // Without patients.read nothing is read or written.
    fx.access->granted.clear();
    const size_t before = fx.audit->records.size();
    auto refused = patients->names({ann.id});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.audit->records.size() == before);
}
