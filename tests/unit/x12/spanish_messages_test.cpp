// With the Spanish catalog installed, X12 findings reach the user in Spanish: tr() asks for
// the context lupdate filed the text under.
#include "x12/x12_reader.h"

#include "scoped_language.h"
#include "test_support.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace fd::x12;

namespace {
QByteArray clean837p()
{
    QFile f(fd::test::sourceDir() + QStringLiteral("/tests/data/x12/clean_837p.x12"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const Finding* firstOf(const Document& d, FindingKind kind)
{
    for (const auto& f : d.findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}
}  // namespace

TEST_CASE("X12 findings are in Spanish once the Spanish catalog is installed", "[x12][i18n]")
{
    fd::test::ScopedLanguage spanish(QStringLiteral("es"));
    REQUIRE(spanish.installed());

    SECTION("an envelope count that does not match")
    {
        QByteArray bytes = clean837p();
        REQUIRE(bytes.contains("SE*26*0001~"));
        bytes.replace("SE*26*0001~", "SE*27*0001~");
        const Finding* f = firstOf(X12Reader::readBytes(bytes), FindingKind::EnvelopeMismatch);
        REQUIRE(f);
        CHECK(f->message == QStringLiteral("SE01 no coincide con el número de segmentos de ST a SE (26)"));
    }
    SECTION("a segment whose empty elements are not suppressed")
    {
        QByteArray bytes = clean837p();
        REQUIRE(bytes.contains("REF*EI*123456789~"));
        bytes.replace("REF*EI*123456789~", "REF*EI*123456789**~");
        const Finding* f = firstOf(X12Reader::readBytes(bytes), FindingKind::TrailingDelimiters);
        REQUIRE(f);
        CHECK(f->message == QStringLiteral("elemento(s) vacío(s) al final: delimitadores no suprimidos"));
    }
    SECTION("an empty file")
    {
        const Document d = X12Reader::readBytes({});
        REQUIRE_FALSE(d.findings.empty());
        CHECK(d.findings.front().kind == FindingKind::NotX12);
        CHECK(d.findings.front().message == QStringLiteral("el archivo está vacío"));
    }
}
