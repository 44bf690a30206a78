// The practice's types as FHIR resources (US Core 5.0.1) and back, and the practice's FHIR
// source and sink: permissions, round trip through a second practice, all-or-nothing import.
#include "practice/core/practice_fhir.h"
#include "fhir/fhir_exchange.h"
#include "fhir/fhir_reader.h"
#include "fhir/fhir_systems.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "practice_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>

using namespace fd::practice;
using fd::practice::test::PracticeFixture;
namespace sys = fd::fhir::systems;

namespace {

Location office()
{
    Location l;
    l.id = QStringLiteral("f47b1e51-ef3f-4cfc-aadb-55abc02d2a26");
    l.name = QStringLiteral("Main Office");
    l.address = {QStringLiteral("12 Main St"), QStringLiteral("Suite 2"), QStringLiteral("Albany"),
                 QStringLiteral("NY"), QStringLiteral("12207")};
    l.timeZone = QStringLiteral("America/Chicago");
    l.placeOfService = QStringLiteral("11");
    l.facilityNpi = QStringLiteral("1234567893");
    l.phone = QStringLiteral("518-555-0100");
    l.hours = {{QStringLiteral("mon"), QStringLiteral("08:00-12:00,13:00-17:00")},
               {QStringLiteral("sat"), QStringLiteral("09:00-12:00")}};
    return l;
}

Provider doctor(const QString& locationId)
{
    Provider p;
    p.id = QStringLiteral("0d0c09ff-6a28-4dce-a217-96254e68ef01");
    p.firstName = QStringLiteral("Ada");
    p.lastName = QStringLiteral("Lovelace");
    p.credentials = QStringLiteral("MD");
    p.npi = QStringLiteral("1245319599");
    p.taxonomy = QStringLiteral("207Q00000X");
    p.specialties = {QStringLiteral("Family Medicine")};
    p.locationIds = {locationId};
    p.claimRoles = int(ClaimRole::Rendering) | int(ClaimRole::Supervising);
    return p;
}

Payer medicare()
{
    Payer p;
    p.id = QStringLiteral("9a6b3c1e-1f7e-4d7e-9a51-2c1f0b5a7d10");
    p.name = QStringLiteral("Medicare Part B");
    p.payerIds = {{QStringLiteral("default"), QStringLiteral("12202")},
                  {QStringLiteral("availity"), QStringLiteral("MCRB1")}};
    p.claimFilingIndicator = QStringLiteral("MB");
    p.phone = QStringLiteral("800-555-0150");
    p.address = {QStringLiteral("PO Box 10"),
                 {},
                 QStringLiteral("Albany"),
                 QStringLiteral("NY"),
                 QStringLiteral("12201")};
    return p;
}

fd::fhir::ElementReader reader(const QJsonObject& json)
{
    auto r = fd::fhir::readResource(json);
    REQUIRE(r.ok());
    return r.value();
}

QString codeOf(const QJsonObject& codeable, const QString& system)
{
    for (const QJsonValue& c : codeable.value(QStringLiteral("coding")).toArray()) {
        if (c.toObject().value(QStringLiteral("system")).toString() == system)
            return c.toObject().value(QStringLiteral("code")).toString();
    }
    return {};
}

// Fills a practice through its services: a location, a payer, an in-house doctor and an
// outside referrer.
void fill(PracticeFixture& fx)
{
    PracticeProfile profile;
    profile.name = QStringLiteral("Test Family Medicine");
    profile.npi = QStringLiteral("1234567893");
    profile.taxId = QStringLiteral("12-3456789");
    profile.taxonomy = QStringLiteral("207Q00000X");
    profile.phone = QStringLiteral("518-555-0101");
    profile.billingAddress = {QStringLiteral("12 Main St"),
                              {},
                              QStringLiteral("Albany"),
                              QStringLiteral("NY"),
                              QStringLiteral("12207")};
    REQUIRE(fx.service<IPracticeProfile>()->save(profile).ok());
    Location l = office();
    l.id.clear();
    auto location = fx.service<ILocationService>()->save(l);
    REQUIRE(location.ok());
    Payer payer = medicare();
    payer.id.clear();
    REQUIRE(fx.service<IPayerService>()->save(payer).ok());
    Provider p = doctor(location->id);
    p.id.clear();
    REQUIRE(fx.service<IProviderService>()->save(p).ok());
    Provider referrer;
    referrer.firstName = QStringLiteral("Grace");
    referrer.lastName = QStringLiteral("Hopper");
    referrer.credentials = QStringLiteral("DO");
    referrer.npi = QStringLiteral("1679576722");
    referrer.taxonomy = QStringLiteral("207RC0000X");
    referrer.external = true;
    referrer.claimRoles = int(ClaimRole::Referring);
    REQUIRE(fx.service<IProviderService>()->save(referrer).ok());
}

std::vector<QJsonObject> exportAll(PracticeFixture& fx)
{
    std::vector<QJsonObject> out;
    auto done = fd::fhir::exportAll(fx.registry.all<fd::fhir::IFhirResourceSource>(),
                                    [&](const QJsonObject& r) -> fd::Status {
                                        out.push_back(r);
                                        return {};
                                    });
    REQUIRE(done.ok());
    return out;
}

std::vector<fd::fhir::IncomingResource> incoming(const std::vector<QJsonObject>& resources)
{
    std::vector<fd::fhir::IncomingResource> in;
    for (size_t i = 0; i < resources.size(); ++i)
        in.push_back({QStringLiteral("export.ndjson line %1").arg(i + 1),
                      resources[i].value(QStringLiteral("resourceType")).toString(),
                      resources[i].value(QStringLiteral("id")).toString(), resources[i]});
    return in;
}

fd::Status importInto(PracticeFixture& fx, const std::vector<fd::fhir::IncomingResource>& in,
                      fd::fhir::ImportContext& context)
{
    auto tx = fx.db->begin();
    REQUIRE(tx.ok());
    std::shared_ptr<fd::storage::Transaction> shared(std::move(tx.value()));
    context.services().add<fd::storage::Transaction>(shared);
    auto status =
        fd::fhir::dispatchImport(fx.registry.all<fd::fhir::IFhirResourceSink>(), in, context);
    if (status.ok())
        status = shared->commit();
    else
        shared->rollback();  // as the CLI does: the context still holds the transaction
    return status;
}

}  // namespace

TEST_CASE("The practice is an Organization with its NPI and tax id", "[practice][fhir]")
{
    PracticeProfile p;
    p.name = QStringLiteral("Test Family Medicine");
    p.npi = QStringLiteral("1234567893");
    p.taxId = QStringLiteral("12-3456789");
    p.email = QStringLiteral("office@example.com");
    const QJsonObject org = practiceToFhir(p, QStringLiteral("org-1"));
    CHECK(org.value(QStringLiteral("meta"))
              .toObject()
              .value(QStringLiteral("profile"))
              .toArray()
              .at(0)
              .toString() == sys::usCore(QStringLiteral("us-core-organization")));
    const QJsonArray ids = org.value(QStringLiteral("identifier")).toArray();
    REQUIRE(ids.size() == 2);
    CHECK(ids.at(0).toObject().value(QStringLiteral("system")).toString() == sys::kNpi);
    CHECK(ids.at(1).toObject().value(QStringLiteral("value")).toString() ==
          QStringLiteral("123456789"));
    CHECK(codeOf(ids.at(1).toObject().value(QStringLiteral("type")).toObject(),
                 sys::kIdentifierType) == QStringLiteral("TAX"));
    CHECK(codeOf(org.value(QStringLiteral("type")).toArray().at(0).toObject(),
                 sys::kOrganizationType) == QStringLiteral("prov"));
    CHECK_FALSE(isPayerOrganization(org));
    CHECK(org.value(QStringLiteral("telecom")).toArray().size() == 1);  // no empty phone or fax
}

TEST_CASE("A payer is an Organization of type pay with its payer ids, and reads back",
          "[practice][fhir]")
{
    const QJsonObject org = payerToFhir(medicare());
    CHECK(isPayerOrganization(org));
    CHECK(codeOf(org.value(QStringLiteral("type")).toArray().at(0).toObject(),
                 sys::kClaimFilingIndicator) == QStringLiteral("MB"));
    CHECK(org.value(QStringLiteral("identifier")).toArray().size() == 2);
    auto back = payerFromFhir(reader(org));
    REQUIRE(back.ok());
    CHECK(back->name == medicare().name);
    CHECK(back->payerIds == medicare().payerIds);
    CHECK(back->claimFilingIndicator == QStringLiteral("MB"));
    CHECK(back->phone == medicare().phone);
    CHECK(back->address == medicare().address);
}

TEST_CASE("A location keeps its time zone, place of service and hours", "[practice][fhir]")
{
    const QJsonObject json = locationToFhir(office(), QStringLiteral("org-1"));
    CHECK(json.value(QStringLiteral("managingOrganization"))
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == QStringLiteral("Organization/org-1"));
    const QJsonObject zone = json.value(QStringLiteral("extension")).toArray().at(0).toObject();
    CHECK(zone.value(QStringLiteral("url")).toString() ==
          QStringLiteral("http://hl7.org/fhir/StructureDefinition/timezone"));
    CHECK(zone.value(QStringLiteral("valueCode")).toString() == QStringLiteral("America/Chicago"));
    CHECK(json.value(QStringLiteral("hoursOfOperation")).toArray().size() == 3);
    CHECK(json.value(QStringLiteral("address"))
              .toObject()
              .value(QStringLiteral("line"))
              .toArray()
              .size() == 2);
    auto back = locationFromFhir(reader(json));
    REQUIRE(back.ok());
    const Location l = office();
    CHECK(back->name == l.name);
    CHECK(back->address == l.address);
    CHECK(back->timeZone == l.timeZone);
    CHECK(back->placeOfService == l.placeOfService);
    CHECK(back->facilityNpi == l.facilityNpi);
    CHECK(back->phone == l.phone);
    CHECK(back->hours == l.hours);
}

TEST_CASE("A provider is a Practitioner and a PractitionerRole per location", "[practice][fhir]")
{
    const Provider p = doctor(office().id);
    const QJsonObject practitioner = providerToFhir(p);
    CHECK(practitioner.value(QStringLiteral("identifier"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("value"))
              .toString() == p.npi);
    auto back = providerFromFhir(reader(practitioner));
    REQUIRE(back.ok());
    CHECK(back->firstName == p.firstName);
    CHECK(back->lastName == p.lastName);
    CHECK(back->credentials == p.credentials);
    CHECK(back->taxonomy == p.taxonomy);

    const QJsonObject role =
        providerRoleToFhir(p, office().id, QStringLiteral("org-1"), QStringLiteral("518-555-0100"));
    CHECK(role.value(QStringLiteral("id")).toString() ==
          providerRoleToFhir(p, office().id, QStringLiteral("org-1"), {})
              .value(QStringLiteral("id"))
              .toString());
    CHECK(role.value(QStringLiteral("practitioner"))
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == QStringLiteral("Practitioner/") + p.id);
    CHECK(codeOf(role.value(QStringLiteral("specialty")).toArray().at(0).toObject(), sys::kNucc) ==
          p.taxonomy);
    CHECK_FALSE(role.value(QStringLiteral("telecom")).toArray().isEmpty());  // US Core pd-1
    auto link = roleFromFhir(reader(role));
    REQUIRE(link.ok());
    CHECK(link->practitionerId == p.id);
    CHECK(link->locationId == office().id);
    CHECK(link->specialties == p.specialties);
    CHECK(link->claimRoles == p.claimRoles);

    QJsonObject noNpi = practitioner;
    noNpi.remove(QStringLiteral("identifier"));
    auto refused = providerFromFhir(reader(noNpi));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("Practitioner.identifier:")));
}

TEST_CASE("Exporting the practice needs practice.view", "[practice][fhir]")
{
    PracticeFixture fx;
    fill(fx);
    fx.access->granted.clear();
    int emitted = 0;
    auto denied = fd::fhir::exportAll(fx.registry.all<fd::fhir::IFhirResourceSource>(),
                                      [&](const QJsonObject&) -> fd::Status {
                                          ++emitted;
                                          return {};
                                      });
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(emitted == 0);
    fx.grantViewOnly();
    const auto resources = exportAll(fx);
    QMap<QString, int> types;
    for (const QJsonObject& r : resources)
        types[r.value(QStringLiteral("resourceType")).toString()] += 1;
    CHECK(types.value(QStringLiteral("Organization")) == 2);  // the practice and the payer
    CHECK(types.value(QStringLiteral("Location")) == 1);
    CHECK(types.value(QStringLiteral("Practitioner")) == 2);
    CHECK(types.value(QStringLiteral("PractitionerRole")) ==
          1);  // the referrer works at no location
}

TEST_CASE("An export imported into a new practice gives the same payers, locations and providers",
          "[practice][fhir]")
{
    PracticeFixture source;
    fill(source);
    const auto resources = exportAll(source);
    PracticeFixture target;
    target.audit->records.clear();
    fd::fhir::ImportContext context;
    auto imported = importInto(target, incoming(resources), context);
    INFO((imported.ok() ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported.ok());
    CHECK(context.report().imported.value(QStringLiteral("Organization")) == 1);
    CHECK(context.report().skipped.value(QStringLiteral("Organization")) ==
          1);  // the practice itself
    CHECK(context.report().imported.value(QStringLiteral("Practitioner")) == 2);
    CHECK(target.audit->records.size() == 4);  // each row created is audited

    auto payers = target.service<IPayerService>()->list();
    REQUIRE(payers.ok());
    REQUIRE(payers->size() == 1);
    CHECK(payers->front().payerIds == medicare().payerIds);
    auto locations = target.service<ILocationService>()->list();
    REQUIRE(locations.ok());
    REQUIRE(locations->size() == 1);
    CHECK(locations->front().hours == office().hours);
    CHECK(locations->front().timeZone == QStringLiteral("America/Chicago"));
    auto providers = target.service<IProviderService>()->list();
    REQUIRE(providers.ok());
    REQUIRE(providers->size() == 2);
    for (const Provider& p : providers.value()) {
        auto original = source.service<IProviderService>()->findByNpi(p.npi);
        REQUIRE(original.ok());
        CHECK(p.displayName() == original->displayName());
        CHECK(p.taxonomy == original->taxonomy);
        CHECK(p.external == original->external);
        CHECK(p.claimRoles == original->claimRoles);
        CHECK(p.specialties == original->specialties);
        CHECK(p.locationIds.size() == original->locationIds.size());
        if (!p.locationIds.isEmpty())
            CHECK(p.locationIds.front() == locations->front().id);
    }

    // The same export again finds everything already there.
    fd::fhir::ImportContext again;
    REQUIRE(importInto(target, incoming(resources), again).ok());
    CHECK(again.report().imported.isEmpty());
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM providers WHERE deleted = 0")) == 2);
}

TEST_CASE("A refused resource leaves the practice as it was and names where it is",
          "[practice][fhir]")
{
    PracticeFixture source;
    fill(source);
    auto in = incoming(exportAll(source));
    // The last practitioner loses its name: the payer and location before it were written first.
    for (auto it = in.rbegin(); it != in.rend(); ++it) {
        if (it->type == QStringLiteral("Practitioner")) {
            QJsonArray names = it->json.value(QStringLiteral("name")).toArray();
            QJsonObject name = names.at(0).toObject();
            name.insert(QStringLiteral("family"), 42);
            names.replace(0, name);
            it->json.insert(QStringLiteral("name"), names);
            break;
        }
    }
    PracticeFixture target;
    fd::fhir::ImportContext context;
    auto refused = importInto(target, in, context);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("export.ndjson line ")));
    CHECK(refused.error().message.contains(
        QStringLiteral("Practitioner.name[0].family: expected a string")));
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM payers")) == 0);
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM locations")) == 0);
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM providers")) == 0);
}

TEST_CASE("Importing needs practice.edit and an open transaction", "[practice][fhir]")
{
    PracticeFixture source;
    fill(source);
    const auto in = incoming(exportAll(source));
    PracticeFixture target;
    target.grantViewOnly();
    fd::fhir::ImportContext denied;
    auto refused = importInto(target, in, denied);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == fd::ErrorCode::PermissionDenied);
    target.grantAll();
    fd::fhir::ImportContext noTransaction;
    auto outside = fd::fhir::dispatchImport(target.registry.all<fd::fhir::IFhirResourceSink>(), in,
                                            noTransaction);
    REQUIRE_FALSE(outside.ok());
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM payers")) == 0);
}
