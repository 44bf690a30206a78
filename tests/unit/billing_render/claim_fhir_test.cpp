// FHIR R4 Claim and ChargeItem of the billing core: the mapping, the export source, both
// pinned validators (the R4 JSON schema and FHIR.js).
#include "billing/core/billing_permissions.h"
#include "billing/core/claim_fhir.h"
#include "billing_fixture.h"
#include "patients/core/patients_permissions.h"

#include "fhir_validation.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace fd;
using namespace fd::billing;
using fd::billing::test::BillingFixture;

namespace {

using fd::test::required;

fhir::IFhirResourceSource* claimSource(BillingFixture& fx)
{
    for (const auto& source : fx.registry.all<fhir::IFhirResourceSource>())
        if (source->resourceTypes().contains(QStringLiteral("Claim")))
            return source.get();
    FAIL("the billing core registers no Claim source");
    return nullptr;
}

Result<QList<QJsonObject>> exportAll(BillingFixture& fx)
{
    QList<QJsonObject> out;
    Status done = claimSource(fx)->exportResources([&](const QJsonObject& r) {
        out << r;
        return Status{};
    });
    FD_TRY(done);
    return out;
}

QString codeOf(const QJsonValue& cc)
{
    return cc.toObject().value(QStringLiteral("coding")).toArray().at(0).toObject().value(QStringLiteral("code")).toString();
}

QString systemOf(const QJsonValue& cc)
{
    return cc.toObject().value(QStringLiteral("coding")).toArray().at(0).toObject().value(QStringLiteral("system")).toString();
}

QString ref(const QJsonValue& v)
{
    return v.toObject().value(QStringLiteral("reference")).toString();
}

double moneyOf(const QJsonValue& v)
{
    CHECK(v.toObject().value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
    return v.toObject().value(QStringLiteral("value")).toDouble();
}

}  // namespace

TEST_CASE("Claims export as FHIR Claim and ChargeItem that both validators accept", "[billing][fhir]")
{
    BillingFixture fx;
    EncounterInput in = fx.visit(fx.aliceId, QDate(2025, 3, 3), {}, {QStringLiteral("J06.9"), QStringLiteral("R50.9")});
    in.supervisingProviderId = fx.hopperId;
    in.priorAuthorization = QStringLiteral("PA777");
    in.lines = {{QStringLiteral("99214"), {QStringLiteral("25")}, 1, {1, 2}, false, {}},
                {QStringLiteral("J1100"), {}, 2, {2}, false, {}}};
    fx.enter(in);
    fx.enter(fx.visit(fx.bobId, QDate(2025, 3, 4), {QStringLiteral("99213")}));
    auto built = required(fx.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 31)));
    REQUIRE(built.claims.size() == 2);
    fx.makeReady({built.claims[1]});
    fx.access->granted.insert(patients::perm::kExport);

    const QList<QJsonObject> all = required(exportAll(fx));
    REQUIRE(all.size() == 2 + 3);  // two claims, three lines
    const QJsonObject claim = all[0];
    const Claim& alice = built.claims[0];
    CHECK(claim.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Claim"));
    CHECK(claim.value(QStringLiteral("id")).toString() == alice.id);
    CHECK(claim.value(QStringLiteral("identifier")).toArray().at(0).toObject().value(QStringLiteral("value")).toString()
          == alice.claimNumber);
    CHECK(claim.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(codeOf(claim.value(QStringLiteral("type"))) == QStringLiteral("professional"));
    CHECK(claim.value(QStringLiteral("use")).toString() == QStringLiteral("claim"));
    CHECK(ref(claim.value(QStringLiteral("patient"))) == QStringLiteral("Patient/") + fx.aliceId);
    CHECK(claim.value(QStringLiteral("billablePeriod")).toObject().value(QStringLiteral("start")).toString()
          == QStringLiteral("2025-03-03"));
    CHECK(!claim.value(QStringLiteral("created")).toString().isEmpty());
    CHECK(ref(claim.value(QStringLiteral("provider"))) == QStringLiteral("Practitioner/") + fx.lovelaceId);
    CHECK(ref(claim.value(QStringLiteral("insurer"))) == QStringLiteral("Organization/") + fx.payerId);
    CHECK(codeOf(claim.value(QStringLiteral("priority"))) == QStringLiteral("normal"));
    const QJsonObject insurance = claim.value(QStringLiteral("insurance")).toArray().at(0).toObject();
    CHECK(insurance.value(QStringLiteral("sequence")).toInt() == 1);
    CHECK(insurance.value(QStringLiteral("focal")).toBool());
    CHECK(ref(insurance.value(QStringLiteral("coverage"))) == QStringLiteral("Coverage/") + fx.aliceCoverageId);
    CHECK(insurance.value(QStringLiteral("preAuthRef")).toArray().at(0).toString() == QStringLiteral("PA777"));
    const QJsonArray team = claim.value(QStringLiteral("careTeam")).toArray();
    REQUIRE(team.size() == 2);
    CHECK(codeOf(team.at(1).toObject().value(QStringLiteral("role"))) == QStringLiteral("supervisor"));
    const QJsonArray dx = claim.value(QStringLiteral("diagnosis")).toArray();
    REQUIRE(dx.size() == 2);
    CHECK(systemOf(dx.at(0).toObject().value(QStringLiteral("diagnosisCodeableConcept"))) == kIcd10CmSystem);
    CHECK(codeOf(dx.at(0).toObject().value(QStringLiteral("diagnosisCodeableConcept"))) == QStringLiteral("J06.9"));
    CHECK(codeOf(dx.at(1).toObject().value(QStringLiteral("diagnosisCodeableConcept"))) == QStringLiteral("R50.9"));
    CHECK(dx.at(1).toObject().value(QStringLiteral("sequence")).toInt() == 2);
    const QJsonArray items = claim.value(QStringLiteral("item")).toArray();
    REQUIRE(items.size() == 2);
    const QJsonObject first = items.at(0).toObject();
    CHECK(first.value(QStringLiteral("sequence")).toInt() == 1);
    CHECK(systemOf(first.value(QStringLiteral("productOrService"))) == kCptSystem);
    CHECK(codeOf(first.value(QStringLiteral("productOrService"))) == QStringLiteral("99214"));
    CHECK(codeOf(first.value(QStringLiteral("modifier")).toArray().at(0)) == QStringLiteral("25"));
    CHECK(first.value(QStringLiteral("servicedDate")).toString() == QStringLiteral("2025-03-03"));
    CHECK(codeOf(first.value(QStringLiteral("locationCodeableConcept"))) == QStringLiteral("11"));
    CHECK(first.value(QStringLiteral("diagnosisSequence")).toArray() == QJsonArray{1, 2});
    CHECK(moneyOf(first.value(QStringLiteral("net"))) == 180.5);
    const QJsonObject second = items.at(1).toObject();
    CHECK(systemOf(second.value(QStringLiteral("productOrService"))) == kHcpcsSystem);
    CHECK(second.value(QStringLiteral("quantity")).toObject().value(QStringLiteral("value")).toInt() == 2);
    CHECK(moneyOf(second.value(QStringLiteral("unitPrice"))) == 8.75);
    CHECK(moneyOf(second.value(QStringLiteral("net"))) == 17.5);
    CHECK(moneyOf(claim.value(QStringLiteral("total"))) == 198.0);

    const QJsonObject charge = all[1];
    CHECK(charge.value(QStringLiteral("resourceType")).toString() == QStringLiteral("ChargeItem"));
    CHECK(charge.value(QStringLiteral("id")).toString() == alice.lines[0].id);
    CHECK(charge.value(QStringLiteral("status")).toString() == QStringLiteral("billable"));
    CHECK(codeOf(charge.value(QStringLiteral("code"))) == QStringLiteral("99214"));
    CHECK(ref(charge.value(QStringLiteral("subject"))) == QStringLiteral("Patient/") + fx.aliceId);
    CHECK(moneyOf(charge.value(QStringLiteral("priceOverride"))) == 180.5);
    CHECK(charge.value(QStringLiteral("reason")).toArray().size() == 2);
    CHECK(ref(charge.value(QStringLiteral("supportingInformation")).toArray().at(0)) == QStringLiteral("Claim/") + alice.id);
    CHECK(all[3].value(QStringLiteral("status")).toString() == QStringLiteral("active"));  // Bob's claim is ready

    fd::test::validateFhir(all, fx.dir);

    SECTION("a replacement claim is related to the claim it corrects; billed lines are billed")
    {
        const Claim ready = required(fx.claims().claim(built.claims[1].id));
        required(fx.claims().setStatus(ready.id, ready.rowVersion, ClaimStatus::Submitted));
        const Claim replacement = required(fx.claims().replaceClaim(ready.id, QStringLiteral("PAYER123")));
        const QList<QJsonObject> again = required(exportAll(fx));
        QJsonObject related;
        for (const QJsonObject& r : again) {
            if (r.value(QStringLiteral("id")).toString() == replacement.id)
                related = r.value(QStringLiteral("related")).toArray().at(0).toObject();
            if (r.value(QStringLiteral("id")).toString() == ready.lines[0].id)
                CHECK(r.value(QStringLiteral("status")).toString() == QStringLiteral("billed"));
        }
        CHECK(ref(related.value(QStringLiteral("claim"))) == QStringLiteral("Claim/") + ready.id);
        CHECK(related.value(QStringLiteral("reference")).toObject().value(QStringLiteral("value")).toString()
              == QStringLiteral("PAYER123"));
        fd::test::validateFhir(again, fx.dir);
    }
    SECTION("the export needs patients.export and billing.view")
    {
        fx.access->granted.remove(patients::perm::kExport);
        CHECK(exportAll(fx).error().code == ErrorCode::PermissionDenied);
        fx.access->granted.insert(patients::perm::kExport);
        fx.access->granted.remove(perm::kView);
        CHECK(exportAll(fx).error().code == ErrorCode::PermissionDenied);
    }
}
