// Incoming JSON is read with errors that name the JSON path.
#include "fhir/fhir_reader.h"
#include "fhir/fhir_systems.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace fd::fhir;

namespace {
QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
}  // namespace

TEST_CASE("A resource reader checks resourceType and id", "[fhir][reader]")
{
    CHECK(
        readResource(parse(R"({"resourceType":"Location","id":"a.1"})"), QStringLiteral("Location"))
            .ok());
    auto wrongType =
        readResource(parse(R"({"resourceType":"Patient","id":"a"})"), QStringLiteral("Location"));
    REQUIRE_FALSE(wrongType.ok());
    CHECK(wrongType.error().message ==
          QStringLiteral("Patient.resourceType: expected \"Location\", found \"Patient\""));
    auto badId = readResource(parse(R"({"resourceType":"Location","id":"a b"})"));
    REQUIRE_FALSE(badId.ok());
    CHECK(badId.error().details == QStringLiteral("Location.id"));
    CHECK_FALSE(readResource(parse(R"({"id":"a"})")).ok());
}

TEST_CASE("Datatypes are read back with their paths in errors", "[fhir][reader]")
{
    const QJsonObject json = parse(R"({"resourceType":"Practitioner","id":"p",
        "identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893",
                       "type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"NPI"}]}}],
        "name":[{"family":"Lovelace","given":["Ada","King"],"suffix":["MD"]}],
        "address":[{"line":["1 Main St"],"city":"Albany","state":"NY","postalCode":"12207"}],
        "telecom":[{"system":"phone","value":"518-555-0100"}],
        "birthDate":"1815-12-10"})");
    auto reader = readResource(json, QStringLiteral("Practitioner"));
    REQUIRE(reader.ok());
    auto ids = reader->identifiers(QStringLiteral("identifier"));
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    CHECK(ids->first().typeCode() == QStringLiteral("NPI"));
    CHECK(ids->first().system == systems::kNpi);
    auto names = reader->humanNames(QStringLiteral("name"));
    REQUIRE(names.ok());
    CHECK(names->first().given == QStringList{QStringLiteral("Ada"), QStringLiteral("King")});
    auto addresses = reader->addresses(QStringLiteral("address"));
    REQUIRE(addresses.ok());
    CHECK(addresses->first().postalCode == QStringLiteral("12207"));
    auto born = reader->date(QStringLiteral("birthDate"));
    REQUIRE(born.ok());
    CHECK(*born.value() == QDate(1815, 12, 10));
}

TEST_CASE("Errors name the element where the input is wrong", "[fhir][reader]")
{
    auto messageFor = [](const char* json, auto read) {
        auto reader = readResource(parse(json));
        REQUIRE(reader.ok());
        auto result = read(reader.value());
        REQUIRE_FALSE(result.ok());
        return result.error().message;
    };
    CHECK(messageFor(R"({"resourceType":"Location","address":[{"postalCode":12207}]})",
                     [](const ElementReader& r) {
                         return r.addresses(QStringLiteral("address"));
                     }) == QStringLiteral("Location.address[0].postalCode: expected a string"));
    CHECK(messageFor(R"({"resourceType":"Location","name":""})", [](const ElementReader& r) {
              return r.string(QStringLiteral("name"));
          }) == QStringLiteral("Location.name: an empty string is not allowed"));
    CHECK(messageFor(R"({"resourceType":"Location"})", [](const ElementReader& r) {
              return r.string(QStringLiteral("name"), true);
          }) == QStringLiteral("Location.name: required but missing"));
    CHECK(messageFor(R"({"resourceType":"Practitioner","name":[{"given":["Ada",7]}]})",
                     [](const ElementReader& r) { return r.humanNames(QStringLiteral("name")); }) ==
          QStringLiteral("Practitioner.name[0].given[1]: expected a string"));
    CHECK(messageFor(R"({"resourceType":"Patient","birthDate":"12/10/1815"})",
                     [](const ElementReader& r) { return r.date(QStringLiteral("birthDate")); }) ==
          QStringLiteral("Patient.birthDate: \"12/10/1815\" is not a date (YYYY-MM-DD)"));
    CHECK(messageFor(
              R"({"resourceType":"Location","type":[{"coding":[{"code":" 11"}]}]})",
              [](const ElementReader& r) { return r.codeableConcepts(QStringLiteral("type")); }) ==
          QStringLiteral("Location.type[0].coding[0].code: \" 11\" is not a valid code"));
    CHECK(messageFor(R"({"resourceType":"Location","telecom":{"value":"x"}})",
                     [](const ElementReader& r) {
                         return r.contactPoints(QStringLiteral("telecom"));
                     }) == QStringLiteral("Location.telecom: expected an array"));
}

TEST_CASE("Extensions are found by url", "[fhir][reader]")
{
    auto reader = readResource(parse(R"({"resourceType":"Location","extension":[
        {"url":"http://example.org/other","valueString":"x"},
        {"url":"http://hl7.org/fhir/StructureDefinition/timezone","valueCode":"America/Denver"}]})"));
    REQUIRE(reader.ok());
    auto zone = reader->extension(systems::kTimezoneExtension);
    REQUIRE(zone.ok());
    REQUIRE(zone.value());
    CHECK(zone.value()->path() == QStringLiteral("Location.extension[1]"));
    CHECK(zone.value()->code(QStringLiteral("valueCode")).value() ==
          QStringLiteral("America/Denver"));
    auto none = reader->extension(QStringLiteral("http://example.org/missing"));
    REQUIRE(none.ok());
    CHECK_FALSE(none.value());
}
