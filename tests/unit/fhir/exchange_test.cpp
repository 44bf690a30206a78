// Import files (NDJSON or Bundle) and how resources reach the sinks cores register.
#include "common/service_registry.h"
#include "fhir/fhir_bundle.h"
#include "fhir/fhir_exchange.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonDocument>

using namespace fd::fhir;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QJsonObject resource(const QString& type, const QString& id)
{
    return {{QStringLiteral("resourceType"), type}, {QStringLiteral("id"), id}};
}

class RecordingSink final : public IFhirResourceSink
{
public:
    RecordingSink(QStringList types, int order, std::vector<QString>* log)
        : m_types(std::move(types)), m_order(order), m_log(log)
    {
    }
    QStringList resourceTypes() const override { return m_types; }
    int importOrder() const override { return m_order; }
    fd::Status importResources(const std::vector<IncomingResource>& resources,
                               ImportContext& context) override
    {
        for (const auto& r : resources) {
            m_log->push_back(r.type + QLatin1Char('/') + r.id);
            if (r.id == QStringLiteral("refuse"))
                return fd::makeError(fd::ErrorCode::InvalidInput,
                                     r.origin + QStringLiteral(": refused"));
            context.mapId(r.type, r.id, QStringLiteral("local-") + r.id);
            context.report().imported[r.type] += 1;
        }
        return {};
    }

private:
    QStringList m_types;
    int m_order;
    std::vector<QString>* m_log;
};

}  // namespace

TEST_CASE("The registry keeps several implementations of one interface", "[fhir][exchange]")
{
    fd::ServiceRegistry registry;
    std::vector<QString> log;
    CHECK(registry.all<IFhirResourceSink>().empty());
    registry.append<IFhirResourceSink>(
        std::make_shared<RecordingSink>(QStringList{QStringLiteral("A")}, 1, &log));
    registry.append<IFhirResourceSink>(
        std::make_shared<RecordingSink>(QStringList{QStringLiteral("B")}, 2, &log));
    CHECK(registry.all<IFhirResourceSink>().size() == 2);
    CHECK(registry.all<IFhirResourceSink>().at(1)->resourceTypes() ==
          QStringList{QStringLiteral("B")});
    CHECK_FALSE(registry.has<IFhirResourceSink>());  // lists and single services are apart
    registry.clear();
    CHECK(registry.all<IFhirResourceSink>().empty());
}

TEST_CASE("Sinks get their types, lowest import order first; other types are skipped",
          "[fhir][exchange]")
{
    std::vector<QString> log;
    std::vector<std::shared_ptr<IFhirResourceSink>> sinks{
        std::make_shared<RecordingSink>(QStringList{QStringLiteral("Patient")}, 200, &log),
        std::make_shared<RecordingSink>(
            QStringList{QStringLiteral("Organization"), QStringLiteral("Location")}, 100, &log)};
    std::vector<IncomingResource> in{
        {QStringLiteral("f line 1"), QStringLiteral("Patient"), QStringLiteral("p1"), {}},
        {QStringLiteral("f line 2"), QStringLiteral("Location"), QStringLiteral("l1"), {}},
        {QStringLiteral("f line 3"), QStringLiteral("Basic"), QStringLiteral("b1"), {}},
        {QStringLiteral("f line 4"), QStringLiteral("Organization"), QStringLiteral("o1"), {}}};
    ImportContext context;
    REQUIRE(dispatchImport(sinks, in, context).ok());
    CHECK(log == std::vector<QString>{QStringLiteral("Location/l1"),
                                      QStringLiteral("Organization/o1"),
                                      QStringLiteral("Patient/p1")});
    CHECK(context.report().skipped.value(QStringLiteral("Basic")) == 1);
    CHECK(context.localIdForReference(QStringLiteral("Organization/o1")) ==
          QStringLiteral("local-o1"));

    in.push_back(
        {QStringLiteral("f line 5"), QStringLiteral("Patient"), QStringLiteral("refuse"), {}});
    ImportContext second;
    auto refused = dispatchImport(sinks, in, second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("f line 5: refused"));
}

TEST_CASE("Import files are NDJSON, a Bundle, or one resource", "[fhir][exchange]")
{
    fd::test::TempDir dir;
    SECTION("NDJSON, lines counted from 1")
    {
        const QString path = dir.file(QStringLiteral("Location.ndjson"));
        writeFile(path, QJsonDocument(resource(QStringLiteral("Location"), QStringLiteral("a")))
                                .toJson(QJsonDocument::Compact) +
                            "\n\n" +
                            QJsonDocument(resource(QStringLiteral("Location"), QStringLiteral("b")))
                                .toJson(QJsonDocument::Compact) +
                            "\n");
        auto read = readImportFile(path);
        REQUIRE(read.ok());
        REQUIRE(read->size() == 2);
        CHECK(read->at(1).origin == QStringLiteral("Location.ndjson line 3"));
        CHECK(read->at(1).id == QStringLiteral("b"));
    }
    SECTION("a pretty-printed Bundle")
    {
        BundleWriter bundle(BundleWriter::Type::Collection);
        REQUIRE(bundle.add(resource(QStringLiteral("Organization"), QStringLiteral("o1"))).ok());
        REQUIRE(bundle.add(resource(QStringLiteral("Location"), QStringLiteral("l1"))).ok());
        const QString path = dir.file(QStringLiteral("bundle.json"));
        writeFile(path, QJsonDocument(bundle.toJson()).toJson(QJsonDocument::Indented));
        auto read = readImportFile(path);
        REQUIRE(read.ok());
        REQUIRE(read->size() == 2);
        CHECK(read->at(1).origin == QStringLiteral("bundle.json Bundle.entry[1]"));
    }
    SECTION("a bad line refuses the file, naming it")
    {
        const QString path = dir.file(QStringLiteral("Practitioner.ndjson"));
        writeFile(path,
                  QByteArray(R"({"resourceType":"Practitioner","id":"a"})") + "\n" + "{oops}\n");
        auto read = readImportFile(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.startsWith(
            QStringLiteral("Practitioner.ndjson line 2: not JSON")));
    }
    SECTION("a broken pretty-printed file names the line of the damage")
    {
        const QString path = dir.file(QStringLiteral("bundle.json"));
        writeFile(path,
                  "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [ "
                  ",\n  ]\n}\n");
        auto read = readImportFile(path);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.startsWith(QStringLiteral("bundle.json line 4: not JSON")));
    }
    SECTION("an empty file and a missing file")
    {
        writeFile(dir.file(QStringLiteral("empty.ndjson")), "\n\n");
        auto empty = readImportFile(dir.file(QStringLiteral("empty.ndjson")));
        REQUIRE_FALSE(empty.ok());
        CHECK(empty.error().message.contains(QStringLiteral("empty")));
        auto missing = readImportFile(dir.file(QStringLiteral("nope.ndjson")));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == fd::ErrorCode::Io);
    }
}
