// NDJSON: one resource per line both ways; a bad line is named by its number.
#include "fhir/fhir_ndjson.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QJsonArray>

using namespace fd::fhir;
using fd::Result;

namespace {
QJsonObject practitioner(int n)
{
    return {{QStringLiteral("resourceType"), QStringLiteral("Practitioner")},
            {QStringLiteral("id"), QStringLiteral("p%1").arg(n)},
            {QStringLiteral("name"),
             QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Line\nBreak")}}}}};
}

Result<std::vector<QJsonObject>> readAll(const QByteArray& text, qint64* lastLine = nullptr)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    NdjsonReader reader(buffer, QStringLiteral("Practitioner.ndjson"));
    std::vector<QJsonObject> out;
    while (true) {
        auto next = reader.next();
        if (lastLine)
            *lastLine = reader.lineNumber();
        if (!next)
            return next.error();
        if (!next.value())
            return out;
        out.push_back(*next.value());
    }
}
}  // namespace

TEST_CASE("NDJSON round trip: one compact resource per line", "[fhir][ndjson]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    NdjsonWriter writer(buffer);
    for (int i = 0; i < 3; ++i)
        REQUIRE(writer.write(practitioner(i)).ok());
    CHECK(writer.count() == 3);
    const QByteArray text = buffer.data();
    CHECK(text.count('\n') == 3);  // the newline inside a value is escaped
    CHECK(text.endsWith('\n'));
    auto back = readAll(text);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 3);
    CHECK(back->at(2) == practitioner(2));
}

TEST_CASE("NDJSON writer refuses what is not a resource", "[fhir][ndjson]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    NdjsonWriter writer(buffer);
    CHECK_FALSE(writer.write(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}).ok());
    CHECK(buffer.data().isEmpty());
}

TEST_CASE("NDJSON reader names the line of a bad entry", "[fhir][ndjson]")
{
    const QByteArray good = R"({"resourceType":"Practitioner","id":"a"})";
    SECTION("broken JSON")
    {
        qint64 line = 0;
        auto r = readAll(good + "\n\n" + good + "\n{\"resourceType\": \"Practitioner\", \n", &line);
        REQUIRE_FALSE(r.ok());
        CHECK(line == 4);
        CHECK(r.error().message.startsWith(QStringLiteral("Practitioner.ndjson line 4: not JSON")));
    }
    SECTION("an array instead of an object")
    {
        auto r = readAll(good + "\n[1,2]\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(
            QStringLiteral("line 2: expected one JSON object per line")));
    }
    SECTION("no resourceType")
    {
        auto r = readAll(good + "\n" + good + "\n{\"id\":\"x\"}\n");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("line 3: the object has no resourceType")));
    }
    SECTION("blank lines and a missing last newline are fine")
    {
        auto r = readAll("\n" + good + "\n   \n" + good);
        REQUIRE(r.ok());
        CHECK(r->size() == 2);
    }
}
