// Profile, locations, providers and payers: validation inside the services, one synced and
// audited transaction per change, permissions checked in the core.
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_demo.h"
#include "practice/core/practice_profile.h"
#include "practice/core/practice_service_context.h"
#include "practice/core/providers.h"
#include "practice_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonDocument>

using namespace fd::practice;
using fd::practice::test::PracticeFixture;

namespace {

Location office(const char* name = "Main Office", const char* zone = "America/New_York")
{
    Location l;
    l.name = QString::fromLatin1(name);
    l.address = {QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12207")};
    l.timeZone = QString::fromLatin1(zone);
    l.hours.insert(QStringLiteral("mon"), QStringLiteral("08:00-17:00"));
    l.resources.append({{}, 0, QStringLiteral("room"), QStringLiteral("Exam 1"), true});
    l.resources.append({{}, 0, QStringLiteral("equipment"), QStringLiteral("ECG cart"), true});
    return l;
}

Provider doctor(const QString& npi, const QStringList& locations)
{
    Provider p;
    p.firstName = QStringLiteral("Ada");
    p.lastName = QStringLiteral("Lovelace");
    p.credentials = QStringLiteral("MD");
    p.npi = npi;
    p.taxonomy = QStringLiteral("207Q00000X");
    p.locationIds = locations;
    p.claimRoles = int(ClaimRole::Rendering) | int(ClaimRole::Supervising);
    return p;
}

}  // namespace

TEST_CASE("The practice profile keeps the billing organization and audits changes", "[practice][services]")
{
    PracticeFixture fx;
    auto profiles = fx.service<IPracticeProfile>();
    PracticeProfile p;
    p.name = QStringLiteral("Test Family Medicine");
    p.npi = QStringLiteral("1234567893");
    p.taxId = QStringLiteral("12-3456789");
    p.taxonomy = QStringLiteral("207Q00000X");
    p.billingAddress = {QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12207")};
    REQUIRE(profiles->save(p).ok());
    p.payToAddress = {QStringLiteral("PO Box 7"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12201")};
    p.name = QStringLiteral("Test Family Medicine PLLC");
    REQUIRE(profiles->save(p).ok());
    auto read = profiles->profile();
    REQUIRE(read.ok());
    CHECK(read->name == QStringLiteral("Test Family Medicine PLLC"));
    CHECK(read->payToAddress == p.payToAddress);
    CHECK(read->taxonomy == QStringLiteral("207Q00000X"));
    REQUIRE(fx.audit->records.size() == 2);
    CHECK(fx.audit->records.at(0).action == QStringLiteral("create"));
    CHECK(fx.audit->records.at(1).detailsObject().value(QStringLiteral("prior")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Test Family Medicine"));
    CHECK(fx.count(QStringLiteral("SELECT row_version FROM practice_profile")) == 2);

    p.taxonomy = QStringLiteral("207Q00001X");  // the right form, but no such NUCC code
    auto unknown = profiles->save(p);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().details == QStringLiteral("taxonomy"));
    fx.grantViewOnly();
    CHECK(profiles->save(p).error().code == fd::ErrorCode::PermissionDenied);
}

TEST_CASE("Locations carry their time zone, place of service and resources", "[practice][services]")
{
    PracticeFixture fx;
    auto locations = fx.service<ILocationService>();
    auto saved = locations->save(office());
    REQUIRE(saved.ok());
    CHECK(saved->rowVersion == 1);
    CHECK(saved->resources.size() == 2);
    auto chicago = locations->save(office("Lakeshore", "America/Chicago"));
    REQUIRE(chicago.ok());
    CHECK(locations->timeZoneOf(chicago->id)->id() == QByteArray("America/Chicago"));
    CHECK(locations->list()->size() == 2);

    Location edited = saved.value();
    edited.placeOfService = QStringLiteral("22");
    edited.resources.removeFirst();  // the room goes; the cart stays
    edited.resources.append({{}, 0, QStringLiteral("room"), QStringLiteral("Procedure room"), true});
    auto updated = locations->save(edited);
    REQUIRE(updated.ok());
    CHECK(updated->rowVersion == 2);
    CHECK(updated->placeOfService == QStringLiteral("22"));
    REQUIRE(updated->resources.size() == 2);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM location_resources WHERE deleted = 1")) == 1);

    // A stale copy is refused, not silently overwritten.
    CHECK(locations->save(edited).error().code == fd::ErrorCode::Conflict);

    Location bad = office();
    bad.timeZone = QStringLiteral("Eastern Time");
    CHECK(locations->save(bad).error().details == QStringLiteral("time_zone"));
    bad = office();
    bad.placeOfService = QStringLiteral("98");  // two digits, but no such CMS code
    CHECK(locations->save(bad).error().details == QStringLiteral("place_of_service"));
    bad = office();
    bad.facilityNpi = QStringLiteral("1234567890");
    CHECK(locations->save(bad).error().details == QStringLiteral("facility_npi"));

    REQUIRE(locations->remove(chicago->id, chicago->rowVersion).ok());
    CHECK(locations->list()->size() == 1);
    CHECK(fx.audit->records.back().action == QStringLiteral("delete"));
}

TEST_CASE("Providers: NPI, taxonomy, locations and claim roles", "[practice][services]")
{
    PracticeFixture fx;
    auto location = fx.service<ILocationService>()->save(office());
    REQUIRE(location.ok());
    auto providers = fx.service<IProviderService>();
    const QString npi = npiWithCheckDigit(QStringLiteral("123456780"));
    auto saved = providers->save(doctor(npi, {location->id}));
    REQUIRE(saved.ok());
    CHECK(saved->displayName() == QStringLiteral("Ada Lovelace, MD"));
    CHECK(providers->findByNpi(npi)->id == saved->id);

    CHECK(providers->save(doctor(npi, {})).error().code == fd::ErrorCode::Conflict);  // NPI taken
    CHECK(providers->save(doctor(QStringLiteral("1234567890"), {})).error().details == QStringLiteral("npi"));
    Provider unknownTaxonomy = doctor(npiWithCheckDigit(QStringLiteral("123456781")), {});
    unknownTaxonomy.taxonomy = QStringLiteral("207Q00001X");
    CHECK(providers->save(unknownTaxonomy).error().details == QStringLiteral("taxonomy"));
    Provider nowhere = doctor(npiWithCheckDigit(QStringLiteral("123456782")), {QStringLiteral("no-such-location")});
    CHECK(providers->save(nowhere).error().details == QStringLiteral("location_ids"));
    Provider noRole = doctor(npiWithCheckDigit(QStringLiteral("123456783")), {});
    noRole.claimRoles = 0;
    CHECK(providers->save(noRole).error().details == QStringLiteral("claim_roles"));

    Provider referring = doctor(npiWithCheckDigit(QStringLiteral("123456784")), {});
    referring.external = true;
    referring.taxonomy.clear();
    CHECK(providers->save(referring).error().details == QStringLiteral("external"));  // rendering is not allowed
    referring.claimRoles = int(ClaimRole::Referring);
    REQUIRE(providers->save(referring).ok());

    ProviderFilter inHouse;
    inHouse.includeExternal = false;
    CHECK(providers->list(inHouse)->size() == 1);
    ProviderFilter referrers;
    referrers.role = int(ClaimRole::Referring);
    CHECK(providers->list(referrers)->size() == 1);

    // Billing NPI: the organization's unless the provider bills under their own.
    CHECK(providers->billingNpiFor(saved->id).error().code == fd::ErrorCode::NotFound);
    PracticeProfile profile;
    profile.name = QStringLiteral("Test");
    profile.npi = QStringLiteral("1234567893");
    REQUIRE(fx.service<IPracticeProfile>()->save(profile).ok());
    CHECK(providers->billingNpiFor(saved->id).value() == QStringLiteral("1234567893"));
    Provider own = saved.value();
    own.billsUnderOrganization = false;
    REQUIRE(providers->save(own).ok());
    CHECK(providers->billingNpiFor(saved->id).value() == npi);
}

TEST_CASE("Payers: filing indicator, payer ids, limits and channels", "[practice][services]")
{
    PracticeFixture fx;
    auto payers = fx.service<IPayerService>();
    Payer aetna;
    aetna.name = QStringLiteral("Aetna");
    aetna.payerIds = {{QStringLiteral("availity"), QStringLiteral("60054")}, {QStringLiteral("default"), QStringLiteral("60054")}};
    aetna.timelyFilingDays = 180;
    auto saved = payers->save(aetna);
    REQUIRE(saved.ok());
    CHECK(payers->findByPayerId(QStringLiteral("availity"), QStringLiteral("60054"))->id == saved->id);
    CHECK(payers->findByPayerId(QStringLiteral("other"), QStringLiteral("60054"))->id == saved->id);  // default id
    CHECK(payers->timelyFilingDeadline(saved->id, QDate(2025, 1, 1)).value() == QDate(2025, 6, 30));

    Payer bad = aetna;
    bad.claimFilingIndicator = QStringLiteral("XX");
    CHECK(payers->save(bad).error().details == QStringLiteral("claim_filing_indicator"));
    bad = aetna;
    bad.payerIds.clear();
    CHECK(payers->save(bad).error().details == QStringLiteral("payer_ids"));
    bad.payerIds.insert(QStringLiteral("default"), QStringLiteral("6 0054"));
    CHECK(payers->save(bad).error().details == QStringLiteral("payer_ids"));
    bad = aetna;
    bad.timelyFilingDays = 0;
    CHECK(payers->save(bad).error().details == QStringLiteral("timely_filing_days"));
    bad = aetna;
    bad.claimChannel = QStringLiteral("paper");  // paper claims need the payer's address
    CHECK(payers->save(bad).error().details.startsWith(QStringLiteral("address")));

    Payer selfPay;
    selfPay.name = QStringLiteral("Self-pay");
    selfPay.claimFilingIndicator = QStringLiteral("09");
    selfPay.claimChannel = QStringLiteral("portal");
    REQUIRE(payers->save(selfPay).ok());

    Payer inactive = saved.value();
    inactive.active = false;
    REQUIRE(payers->save(inactive).ok());
    CHECK(payers->list(false)->size() == 1);
    CHECK(payers->list(true)->size() == 2);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'payers'")) == 3);
}

TEST_CASE("Reading needs practice.view", "[practice][services]")
{
    PracticeFixture fx;
    fx.access->granted.clear();
    CHECK(fx.service<ILocationService>()->list().error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.service<IProviderService>()->list().error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.service<IPayerService>()->list().error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.service<IPracticeProfile>()->profile().error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.access->denied == 4);
}

TEST_CASE("Audit details written as text are what the document of auditJson() holds",
          "[practice][services][audit]")
{
    const QVariantMap prior{{QStringLiteral("name"), QStringLiteral("Main \"Old\" Office\\")},
                            {QStringLiteral("logo"), QByteArray(2048, 'x')},
                            {QStringLiteral("notes"), QStringLiteral("line\nbreak, tab\t, Peña")},
                            {QStringLiteral("row_version"), 1},
                            {QStringLiteral("active"), true},
                            {QStringLiteral("closed_on"), QVariant()}};
    QVariantMap fresh = prior;
    fresh.insert(QStringLiteral("name"), QStringLiteral("Main Office"));
    fresh.insert(QStringLiteral("logo"), QByteArray());
    fresh.insert(QStringLiteral("notes"), QString());
    const auto document = [](const QJsonObject& object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    CHECK(auditDetailsJson(&fresh) == document({{QStringLiteral("new"), auditJson(fresh)}}));
    CHECK(auditDetailsJson(nullptr, &prior) ==
          document({{QStringLiteral("prior"), auditJson(prior)}}));
    CHECK(auditDetailsJson(&fresh, &prior) ==
          document({{QStringLiteral("prior"), auditJson(prior)}, {QStringLiteral("new"), auditJson(fresh)}}));
    CHECK(auditDetailsJson(&fresh, &prior).contains("\"logo\":\"2048 bytes\""));
    const QVariantMap empty;
    CHECK(auditDetailsJson(&empty) == QByteArray("{\"new\":{}}"));
}
