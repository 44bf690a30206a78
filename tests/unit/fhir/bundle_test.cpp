// Bundles: fullUrls, references inside the bundle, transaction requests, and reading back.
#include "fhir/fhir_bundle.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>

using namespace fd::fhir;

namespace {
const QString kOrgId = QStringLiteral("0d0c09ff-6a28-4dce-a217-96254e68ef01");
const QString kLocId = QStringLiteral("f47b1e51-ef3f-4cfc-aadb-55abc02d2a26");

QJsonObject organization()
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Organization")},
            {QStringLiteral("id"), kOrgId},
            {QStringLiteral("name"), QStringLiteral("Test Clinic")}};
}

QJsonObject location(const QString& orgRef = QStringLiteral("Organization/") + kOrgId)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Location")},
            {QStringLiteral("id"), kLocId},
            {QStringLiteral("managingOrganization"),
             QJsonObject{{QStringLiteral("reference"), orgRef}}},
            {QStringLiteral("partOf"),
             QJsonObject{{QStringLiteral("reference"), QStringLiteral("Location/elsewhere")}}}};
}
}  // namespace

TEST_CASE("A collection bundle gives urn:uuid fullUrls and points references at them",
          "[fhir][bundle]")
{
    BundleWriter writer(BundleWriter::Type::Collection, QStringLiteral("b1"));
    writer.setTimestamp(QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC));
    REQUIRE(writer.add(organization()).ok());
    REQUIRE(writer.add(location()).ok());
    const QJsonObject bundle = writer.toJson();
    CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
    CHECK(bundle.value(QStringLiteral("timestamp")).toString() ==
          QStringLiteral("2026-11-27T08:00:00.000Z"));
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).toObject().value(QStringLiteral("fullUrl")).toString() ==
          QStringLiteral("urn:uuid:") + kOrgId);
    CHECK_FALSE(entries.at(0).toObject().contains(QStringLiteral("request")));
    const QJsonObject loc = entries.at(1).toObject().value(QStringLiteral("resource")).toObject();
    CHECK(loc.value(QStringLiteral("managingOrganization"))
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == QStringLiteral("urn:uuid:") + kOrgId);
    // A reference to something outside the bundle is left as it was.
    CHECK(loc.value(QStringLiteral("partOf"))
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == QStringLiteral("Location/elsewhere"));
}

TEST_CASE("A transaction bundle PUTs each entry under its id", "[fhir][bundle]")
{
    BundleWriter writer(BundleWriter::Type::Transaction);
    REQUIRE(writer.add(organization()).ok());
    QJsonObject notUuid = organization();
    notUuid.insert(QStringLiteral("id"), QStringLiteral("payer-7"));
    REQUIRE(writer.add(notUuid).ok());
    const QJsonArray entries = writer.toJson().value(QStringLiteral("entry")).toArray();
    REQUIRE(entries.size() == 2);
    const QJsonObject request =
        entries.at(1).toObject().value(QStringLiteral("request")).toObject();
    CHECK(request.value(QStringLiteral("method")).toString() == QStringLiteral("PUT"));
    CHECK(request.value(QStringLiteral("url")).toString() ==
          QStringLiteral("Organization/payer-7"));
    // Ids that are not UUIDs still get a unique urn:uuid fullUrl.
    const QString fullUrl = entries.at(1).toObject().value(QStringLiteral("fullUrl")).toString();
    CHECK(fullUrl.startsWith(QStringLiteral("urn:uuid:")));
    CHECK(fullUrl != entries.at(0).toObject().value(QStringLiteral("fullUrl")).toString());
}

TEST_CASE("The bundle writer refuses resources without ids and duplicates", "[fhir][bundle]")
{
    BundleWriter writer(BundleWriter::Type::Collection);
    REQUIRE(writer.add(organization()).ok());
    auto again = writer.add(organization());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("Organization/") + kOrgId));
    QJsonObject noId = organization();
    noId.remove(QStringLiteral("id"));
    CHECK_FALSE(writer.add(noId).ok());
    QJsonObject badId = organization();
    badId.insert(QStringLiteral("id"), QStringLiteral("bad id"));
    CHECK_FALSE(writer.add(badId).ok());
    CHECK(writer.size() == 1);
}

TEST_CASE("Reading a bundle turns urn:uuid references back into Type/id", "[fhir][bundle]")
{
    BundleWriter writer(BundleWriter::Type::Collection);
    REQUIRE(writer.add(organization()).ok());
    REQUIRE(writer.add(location()).ok());
    auto read = readBundle(writer.toJson());
    REQUIRE(read.ok());
    REQUIRE(read->size() == 2);
    CHECK(read->at(1) == location());

    QJsonObject broken = writer.toJson();
    QJsonArray entries = broken.value(QStringLiteral("entry")).toArray();
    QJsonObject second = entries.at(1).toObject();
    second.insert(QStringLiteral("resource"), QStringLiteral("not an object"));
    entries.replace(1, second);
    broken.insert(QStringLiteral("entry"), entries);
    auto bad = readBundle(broken);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.startsWith(QStringLiteral("Bundle.entry[1].resource")));
}
