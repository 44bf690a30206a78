#include "test_support.h"
#include "x12/segment_scanner.h"
#include "x12/semantic_checker.h"
#include "x12/x12_reader.h"

#include <QFile>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>

using namespace fd::x12;

namespace {
QByteArray dataFile(const QString& name)
{
    QFile f(fd::test::sourceDir() + QStringLiteral("/tests/data/x12/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

bool hasKind(const Document& d, FindingKind kind)
{
    for (const auto& f : d.findings)
        if (f.kind == kind)
            return true;
    return false;
}

const Finding* firstOf(const Document& d, FindingKind kind)
{
    for (const auto& f : d.findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}
}  // namespace

TEST_CASE("Separators come from the ISA segment", "[x12][reader]")
{
    auto layout = detectSeparators("ISA|00|          |00|          |ZZ|A              |ZZ|B              |240105|1200|!|00501|000000001|0|T|>\n");
    REQUIRE(layout.ok());
    CHECK(layout->separators.element == '|');
    CHECK(layout->separators.repetition == '!');
    CHECK(layout->separators.component == '>');
    CHECK(layout->separators.segment == '\n');
    CHECK(layout->isaLength == 106);
    CHECK_FALSE(detectSeparators("GS*HC").ok());
    CHECK_FALSE(detectSeparators("ISA*00*").ok());
}

TEST_CASE("A clean 837P reads without findings into its loop tree", "[x12][reader]")
{
    const Document d = X12Reader::readBytes(dataFile(QStringLiteral("clean_837p.x12")));
    INFO((d.findings.empty() ? QString() : d.findings.front().toText()).toStdString());
    CHECK(d.findings.empty());
    REQUIRE(d.interchanges.size() == 1);
    const Transaction& t = d.interchanges[0].groups.at(0).transactions.at(0);
    CHECK(t.guide != nullptr);
    const Loop* billing = t.root.loop("2000A");
    REQUIRE(billing);
    // NM1*85 opens 2010AA under the HL*20 level; NM1*PR opens 2010BB under HL*22.
    REQUIRE(billing->loop("2010AA"));
    CHECK(billing->loop("2010AA")->segment("NM1")->element(1) == "85");
    const Loop* subscriber = billing->loop("2000B");
    REQUIRE(subscriber);
    CHECK(subscriber->loop("2010BA")->segment("NM1", "IL"));
    CHECK(subscriber->loop("2010BB")->segment("NM1", "PR"));
    CHECK(subscriber->loop("2300")->loopsWith("2400").size() == 2);
}

TEST_CASE("Line breaks after terminators are tolerated", "[x12][reader]")
{
    QByteArray bytes = dataFile(QStringLiteral("clean_837p.x12"));
    const Document plain = X12Reader::readBytes(bytes);
    bytes.replace("~\n", "~\r\n");
    const Document crlf = X12Reader::readBytes(bytes);
    CHECK(crlf.findings.empty());
    CHECK(crlf.interchanges[0].groups[0].transactions[0].root == plain.interchanges[0].groups[0].transactions[0].root);
    QByteArray oneLine = dataFile(QStringLiteral("clean_837p.x12"));
    oneLine.replace("\n", "");
    CHECK(X12Reader::readBytes(oneLine).findings.empty());
}

TEST_CASE("Findings name the segment, loop, element, value and what was expected", "[x12][reader]")
{
    QByteArray bytes = dataFile(QStringLiteral("clean_837p.x12"));
    bytes.replace("XX*1234567893", "XX*1234567890");
    const Document d = X12Reader::readBytes(bytes);
    const Finding* f = firstOf(d, FindingKind::NpiCheckDigit);
    REQUIRE(f);
    CHECK(f->segmentNumber == 9);
    CHECK(f->segmentId == "NM1");
    CHECK(f->loop == "2010AA");
    CHECK(f->element == "NM109");
    CHECK(f->value == "1234567890");
    CHECK_FALSE(f->expected.isEmpty());
    CHECK(f->toText().startsWith(QStringLiteral("segment 9 (NM1) loop 2010AA element NM109: ")));
}

TEST_CASE("Structure errors: unexpected, missing, repeated beyond the guide", "[x12][reader]")
{
    QByteArray bytes = dataFile(QStringLiteral("clean_837p.x12"));
    SECTION("a required segment is missing")
    {
        bytes.replace("REF*EI*123456789~\n", "");
        bytes.replace("SE*26*", "SE*25*");
        const Document d = X12Reader::readBytes(bytes);
        const Finding* f = firstOf(d, FindingKind::RequiredSegmentMissing);
        REQUIRE(f);
        CHECK(f->loop == "2010AA");
        CHECK(f->message.contains(QStringLiteral("REF")));
    }
    SECTION("a wrong qualifier makes the segment unexpected")
    {
        bytes.replace("NM1*PR*2*ACME", "NM1*ZZ*2*ACME");
        const Document d = X12Reader::readBytes(bytes);
        REQUIRE(hasKind(d, FindingKind::UnexpectedSegment));
        CHECK(hasKind(d, FindingKind::RequiredLoopMissing));  // 2010BB never opened
    }
    SECTION("a code outside the guide's list")
    {
        bytes.replace("DMG*D8*19800101*M", "DMG*D8*19800101*X");
        const Finding* f = firstOf(X12Reader::readBytes(bytes), FindingKind::InvalidCode);
        REQUIRE(f);
        CHECK(f->element == "DMG03");
        CHECK(f->value == "X");
    }
    SECTION("bad dates and numbers")
    {
        bytes.replace("DTP*472*D8*20240102~\nLX*2", "DTP*472*D8*20241302~\nLX*2");
        bytes.replace("SV1*HC:87880*50*", "SV1*HC:87880*5X*");
        const Document d = X12Reader::readBytes(bytes);
        CHECK(hasKind(d, FindingKind::InvalidDate));
        CHECK(hasKind(d, FindingKind::InvalidNumber));
    }
    SECTION("envelope counts and control numbers")
    {
        bytes.replace("SE*26*0001", "SE*20*0002");
        bytes.replace("GE*1*101", "GE*2*101");
        bytes.replace("IEA*1*000000101", "IEA*1*000000102");
        const Document d = X12Reader::readBytes(bytes);
        int mismatches = 0;
        for (const auto& f : d.findings)
            mismatches += f.kind == FindingKind::EnvelopeMismatch ? 1 : 0;
        CHECK(mismatches == 4);
    }
}

TEST_CASE("Loop repeat limits of the guide are enforced", "[x12][reader]")
{
    QByteArray bytes = dataFile(QStringLiteral("clean_837p.x12"));
    QByteArray lines;
    for (int i = 3; i <= 51; ++i)
        lines += "LX*" + QByteArray::number(i) + "~\nSV1*HC:87880*0*UN*1***1~\nDTP*472*D8*20240102~\n";
    bytes.replace("SE*26*0001", lines + "SE*" + QByteArray::number(26 + 49 * 3) + "*0001");
    const Document d = X12Reader::readBytes(bytes);
    const Finding* f = firstOf(d, FindingKind::LoopRepeatExceeded);
    REQUIRE(f);
    CHECK(f->loop == "2400");
}

TEST_CASE("Any input gives findings, never a crash or a hang", "[x12][reader]")
{
    CHECK(X12Reader::readBytes({}).findings.front().kind == FindingKind::NotX12);
    CHECK(X12Reader::readBytes("hello").findings.front().kind == FindingKind::NotX12);
    const QByteArray clean = dataFile(QStringLiteral("clean_837p.x12"));
    for (int cut = 1; cut < clean.size(); cut += 37) {
        const Document d = X12Reader::readBytes(clean.left(cut));
        CHECK(d.hasErrors());
    }
    auto* rng = QRandomGenerator::global();
    for (int i = 0; i < 200; ++i) {
        QByteArray noise(int(rng->bounded(1, 4000)), '\0');
        for (auto& c : noise)
            c = char(rng->bounded(256));
        if (i % 2)
            noise.prepend(clean.left(106));  // a valid ISA, then garbage
        CHECK(X12Reader::readBytes(noise).hasErrors());
    }
}

TEST_CASE("A 2 MB line without terminators is reported, with bounded memory", "[x12][reader]")
{
    QByteArray bytes = dataFile(QStringLiteral("clean_837p.x12")).left(106 + 1);
    bytes += "GS*HC*A*B*20240105*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~NM1*";
    bytes += QByteArray(2 * 1024 * 1024, 'A');
    const Document d = X12Reader::readBytes(bytes);
    CHECK(hasKind(d, FindingKind::SegmentTooLong));
    CHECK(hasKind(d, FindingKind::Truncated));
}

TEST_CASE("Wrong separators are findings", "[x12][reader]")
{
    // The ISA declares '~' but the segments end with line feeds only.
    const QByteArray clean = dataFile(QStringLiteral("clean_837p.x12"));
    QByteArray rest = clean.mid(107);
    rest.replace("~\n", "\n");
    CHECK(X12Reader::readBytes(clean.left(107) + rest).hasErrors());
    QByteArray letters = dataFile(QStringLiteral("clean_837p.x12"));
    letters[3] = 'A';  // a letter as element separator
    CHECK(X12Reader::readBytes(letters).findings.front().kind == FindingKind::IsaLayout);
}

TEST_CASE("The reader streams transactions to a handler", "[x12][reader]")
{
    int seen = 0;
    ReadOptions options;
    options.onTransaction = [&](const Interchange&, const FunctionalGroup& g, Transaction&& t) {
        CHECK(g.functionalId == "HC");
        CHECK(t.root.loop("2000A"));
        ++seen;
    };
    const Document d = X12Reader::readBytes(dataFile(QStringLiteral("clean_837p.x12")), options);
    CHECK(seen == 1);
    CHECK(d.interchanges.at(0).groups.at(0).transactions.empty());
}

TEST_CASE("NPI check digits", "[x12][reader]")
{
    CHECK(SemanticChecker::isValidNpi("1234567893"));
    CHECK(SemanticChecker::isValidNpi("1912301953"));
    CHECK_FALSE(SemanticChecker::isValidNpi("1234567890"));
    CHECK_FALSE(SemanticChecker::isValidNpi("123456789"));
    CHECK_FALSE(SemanticChecker::isValidNpi("12345678AB"));
}

TEST_CASE("Acknowledgments and eligibility files read clean", "[x12][reader]")
{
    for (const char* name : {"clean_835.x12", "clean_999.x12", "clean_277ca.x12", "clean_271.x12", "ta1.x12"}) {
        const Document d = X12Reader::readBytes(dataFile(QString::fromLatin1(name)));
        INFO(name << ": " << (d.findings.empty() ? QString() : d.findings.front().toText()).toStdString());
        CHECK(d.findings.empty());
    }
}

TEST_CASE("Service types 77 and B2 are in the code list (the reference maps list 7 and B1 twice)", "[x12][reader]")
{
    const QByteArray clean = dataFile(QStringLiteral("clean_271.x12"));
    REQUIRE(clean.contains("EB*1*IND*30**GOLD PLAN~"));
    for (const char* code : {"77", "B2", "7", "B1"}) {
        QByteArray bytes = clean;
        bytes.replace("EB*1*IND*30**GOLD PLAN~", QByteArray("EB*1*IND*") + code + "**GOLD PLAN~");
        const Document d = X12Reader::readBytes(bytes);
        INFO("service type " << code);
        CHECK_FALSE(hasKind(d, FindingKind::InvalidCode));
    }
    QByteArray unknown = clean;
    unknown.replace("EB*1*IND*30**GOLD PLAN~", "EB*1*IND*Z9**GOLD PLAN~");
    CHECK(hasKind(X12Reader::readBytes(unknown), FindingKind::InvalidCode));
}
