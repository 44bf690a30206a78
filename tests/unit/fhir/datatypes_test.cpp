// Datatypes write valid R4 JSON: typed identifiers, money from cents, no empty elements.
#include "fhir/fhir_datatypes.h"
#include "fhir/fhir_resource.h"
#include "fhir/fhir_systems.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace fd::fhir;

TEST_CASE("Identifiers carry their v2-0203 type and system", "[fhir][datatypes]")
{
    const QJsonObject npi = Identifier::npi(QStringLiteral("1234567893")).toJson();
    CHECK(npi.value(QStringLiteral("system")).toString() ==
          QStringLiteral("http://hl7.org/fhir/sid/us-npi"));
    CHECK(npi.value(QStringLiteral("value")).toString() == QStringLiteral("1234567893"));
    const QJsonObject coding = npi.value(QStringLiteral("type"))
                                   .toObject()
                                   .value(QStringLiteral("coding"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    CHECK(coding.value(QStringLiteral("system")).toString() == systems::kIdentifierType);
    CHECK(coding.value(QStringLiteral("code")).toString() == QStringLiteral("NPI"));
    CHECK(Identifier::taxId(QStringLiteral("123456789")).typeCode() == QStringLiteral("TAX"));
    const Identifier member =
        Identifier::memberId(QStringLiteral("urn:example:payer"), QStringLiteral("W123"));
    CHECK(member.typeCode() == QStringLiteral("MB"));
    CHECK(member.toJson().value(QStringLiteral("system")).toString() ==
          QStringLiteral("urn:example:payer"));
}

TEST_CASE("Money is written from integer cents", "[fhir][datatypes]")
{
    const QJsonObject m = MoneyValue{fd::Money::fromCents(12345)}.toJson();
    CHECK(m.value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
    CHECK(QJsonDocument(m).toJson(QJsonDocument::Compact) ==
          QByteArray(R"({"currency":"USD","value":123.45})"));
    CHECK(MoneyValue{fd::Money::fromCents(-7)}.toJson().value(QStringLiteral("value")).toDouble() ==
          -0.07);
    CHECK(QJsonDocument(MoneyValue{fd::Money::fromCents(10000)}.toJson())
              .toJson(QJsonDocument::Compact) == QByteArray(R"({"currency":"USD","value":100})"));
}

TEST_CASE("Empty strings, arrays and objects are left out", "[fhir][datatypes]")
{
    HumanName name;
    name.family = QStringLiteral("Lovelace");
    name.given = {QStringLiteral("Ada"), QString(), QStringLiteral("  ")};
    const QJsonObject json = name.toJson();
    CHECK(json.value(QStringLiteral("given")).toArray() == QJsonArray{QStringLiteral("Ada")});
    CHECK_FALSE(json.contains(QStringLiteral("prefix")));
    CHECK_FALSE(json.contains(QStringLiteral("period")));
    CHECK(ContactPoint{QStringLiteral("phone"), QString(), QStringLiteral("work"), 0, {}}
              .toJson()
              .isEmpty());
    CHECK(Extension::code(QStringLiteral("http://example.org/x"), QString()).toJson().isEmpty());
    Address a;
    a.lines = {QStringLiteral("1 Main St")};
    a.state = QStringLiteral("NY");
    CHECK(a.toJson().keys() == QStringList{QStringLiteral("line"), QStringLiteral("state")});
}

TEST_CASE("References are relative Type/id and know their target", "[fhir][datatypes]")
{
    const Reference r =
        Reference::to(QStringLiteral("Location"), QStringLiteral("abc-1"), QStringLiteral("Main"));
    CHECK(r.reference == QStringLiteral("Location/abc-1"));
    CHECK(r.targetType() == QStringLiteral("Location"));
    CHECK(r.targetId() == QStringLiteral("abc-1"));
    CHECK(
        Reference::to(QStringLiteral("Location"), QStringLiteral("not an id")).reference.isEmpty());
    Reference urn;
    urn.reference = QStringLiteral("urn:uuid:0d0c09ff-6a28-4dce-a217-96254e68ef01");
    CHECK(urn.targetType().isEmpty());
    Reference absolute;
    absolute.reference = QStringLiteral("http://example.org/fhir/Location/1");
    CHECK(absolute.targetType().isEmpty());
}

TEST_CASE("A resource has its type, id, meta and extensions", "[fhir][datatypes]")
{
    Resource r(QStringLiteral("Location"), QStringLiteral("l1"));
    r.meta.profiles << systems::usCore(QStringLiteral("us-core-location"));
    r.meta.lastUpdated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    r.body.insert(QStringLiteral("name"), QStringLiteral("Main"));
    r.extensions << Extension::code(systems::kTimezoneExtension, QStringLiteral("America/Chicago"));
    const QJsonObject json = r.toJson();
    CHECK(json.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Location"));
    CHECK(json.value(QStringLiteral("id")).toString() == QStringLiteral("l1"));
    CHECK(json.value(QStringLiteral("meta"))
              .toObject()
              .value(QStringLiteral("lastUpdated"))
              .toString() == QStringLiteral("2026-01-02T03:04:05.000Z"));
    const QJsonObject ext = json.value(QStringLiteral("extension")).toArray().at(0).toObject();
    CHECK(ext.value(QStringLiteral("valueCode")).toString() == QStringLiteral("America/Chicago"));
    CHECK(relativeUrl(json) == QStringLiteral("Location/l1"));
}
