// The publishers' layouts: what real files contain is read; anything malformed refuses the
// whole file and names every bad line.
#include "practice/core/code_set_parser.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace fd::practice;

namespace {
QByteArray data(const QString& name)
{
    QFile f(fd::test::sourceDir() + QStringLiteral("/tests/data/practice/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray resource(const QString& name)
{
    QFile f(fd::test::sourceDir() + QStringLiteral("/resources/codesets/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
}  // namespace

TEST_CASE("ICD-10-CM order file: columns, header flag, CRLF", "[practice][codes]")
{
    auto parsed = CodeSetParser(CodeSet::Icd10Cm).parse(data(QStringLiteral("icd10cm_order_2024.txt")));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 6);
    const CodeEntry& header = parsed->at(0);
    CHECK(header.code == QStringLiteral("E11"));
    CHECK_FALSE(header.billable);
    const CodeEntry& e119 = parsed->at(2);
    CHECK(e119.code == QStringLiteral("E119"));
    CHECK(e119.billable);
    CHECK(e119.shortDescription == QStringLiteral("Type 2 diabetes mellitus without complications"));
    CHECK(e119.description == QStringLiteral("Type 2 diabetes mellitus without complications"));
}

TEST_CASE("A malformed ICD-10-CM file is refused whole with every bad line", "[practice][codes]")
{
    auto parsed = CodeSetParser(CodeSet::Icd10Cm).parse(data(QStringLiteral("icd10cm_order_malformed.txt")));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == fd::ErrorCode::InvalidInput);
    CHECK(parsed.error().message.contains(QStringLiteral("3 bad lines")));
    const QString details = parsed.error().details;
    CHECK(details.contains(QStringLiteral("line 2: header flag must be 0 or 1")));
    CHECK(details.contains(QStringLiteral("line 4: not in the order-file layout")));
    CHECK(details.contains(QStringLiteral("line 7: code E119 appears again (first on line 3)")));
    CHECK_FALSE(details.contains(QStringLiteral("line 1:")));
}

TEST_CASE("ICD-10-CM codes file (code and description) is read too", "[practice][codes]")
{
    const QByteArray codes = "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\nE119    Type 2 diabetes mellitus "
                             "without complications\n\n";
    auto parsed = CodeSetParser(CodeSet::Icd10Cm).parse(codes);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 2);
    CHECK(parsed->at(1).description == QStringLiteral("Type 2 diabetes mellitus without complications"));
    auto bad = CodeSetParser(CodeSet::Icd10Cm).parse("A000    Cholera\n1234 not a code\n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().details.contains(QStringLiteral("line 2:")));
}

TEST_CASE("HCPCS tab layout joins continuation lines and reads termination dates", "[practice][codes]")
{
    auto parsed = CodeSetParser(CodeSet::Hcpcs).parse(data(QStringLiteral("hcpcs_2025_tabs.txt")));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 4);
    CHECK(parsed->at(0).code == QStringLiteral("G0438"));
    CHECK(parsed->at(0).description.endsWith(QStringLiteral("initial visit")));
    CHECK(parsed->at(2).validTo == QDate(2024, 12, 31));
    CHECK(parsed->at(3).code == QStringLiteral("25"));  // a modifier record
    auto orphan = CodeSetParser(CodeSet::Hcpcs).parse("HCPC\tRECID\tLONG DESCRIPTION\nG0439\t4\tcontinued\n");
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().details.contains(QStringLiteral("line 2: continuation of G0439")));
}

TEST_CASE("HCPCS fixed-width starter file and CMS record ids", "[practice][codes]")
{
    auto parsed = CodeSetParser(CodeSet::Hcpcs).parse(resource(QStringLiteral("hcpcs_starter.txt")));
    REQUIRE(parsed.ok());
    CHECK(parsed->size() >= 40);
    auto bad = CodeSetParser(CodeSet::Hcpcs).parse("G043800100XAnnual wellness visit\nG0439001003                    \n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().details.contains(QStringLiteral("line 1: record id must be 3, 4, 7 or 8")));
    CHECK(bad.error().details.contains(QStringLiteral("line 2: code G0439 has no description")));
}

TEST_CASE("NUCC CSV: quoted fields over several lines, Windows-1252 text", "[practice][codes]")
{
    auto parsed = CodeSetParser(CodeSet::Taxonomy).parse(data(QStringLiteral("nucc_taxonomy_250.csv")));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 2);
    CHECK(parsed->at(0).description == QStringLiteral("Family Medicine Physician"));
    CHECK(parsed->at(1).shortDescription == QStringLiteral("Nurse Practitioner, Family"));
    auto unclosed = CodeSetParser(CodeSet::Taxonomy)
                        .parse("Code,Grouping,Classification\n207Q00000X,\"Allopathic,Family Medicine\n");
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().details.contains(QStringLiteral("line 2: a quoted field is never closed")));
    auto badCode = CodeSetParser(CodeSet::Taxonomy).parse("Code,Grouping,Classification\n207Q0000X,G,Family\n");
    REQUIRE_FALSE(badCode.ok());
    CHECK(badCode.error().details.contains(QStringLiteral("line 2:")));
}

TEST_CASE("CARC and other simple lists carry per-code dates", "[practice][codes]")
{
    auto parsed = CodeSetParser(CodeSet::Carc).parse(data(QStringLiteral("carc_2025.csv")));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->size() == 3);
    CHECK(parsed->at(1).validFrom == QDate(2013, 6, 1));
    CHECK(parsed->at(2).validTo == QDate(2022, 12, 31));
    auto bad = CodeSetParser(CodeSet::Carc).parse("code,description\n45,Fine\n45x,Bad code\n46,Bad date,13/45/2020\n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().details.contains(QStringLiteral("line 3:")));
    CHECK(bad.error().details.contains(QStringLiteral("line 4:")));
}

TEST_CASE("Every starter set parses", "[practice][codes]")
{
    const std::pair<CodeSet, const char*> starters[] = {
        {CodeSet::Icd10Cm, "icd10cm_order_starter.txt"}, {CodeSet::Hcpcs, "hcpcs_starter.txt"},
        {CodeSet::Taxonomy, "nucc_taxonomy_starter.csv"}, {CodeSet::Carc, "carc_starter.csv"},
        {CodeSet::Rarc, "rarc_starter.csv"}, {CodeSet::PlaceOfService, "pos_starter.csv"},
        {CodeSet::ClaimStatus, "claim_status_starter.csv"},
        {CodeSet::ClaimStatusCategory, "claim_status_category_starter.csv"}};
    for (const auto& [set, file] : starters) {
        INFO(file);
        auto parsed = CodeSetParser(set).parse(resource(QString::fromLatin1(file)));
        INFO((parsed.ok() ? QString() : parsed.error().toString()).toStdString());
        CHECK(parsed.ok());
    }
}

TEST_CASE("Codes are normalized and shown the publisher's way", "[practice][codes]")
{
    CHECK(CodeSetParser::normalizeCode(CodeSet::Icd10Cm, QStringLiteral(" e11.9 ")) == QStringLiteral("E119"));
    CHECK(CodeSetParser::displayCode(CodeSet::Icd10Cm, QStringLiteral("E119")) == QStringLiteral("E11.9"));
    CHECK(CodeSetParser::displayCode(CodeSet::Icd10Cm, QStringLiteral("I10")) == QStringLiteral("I10"));
    CHECK(CodeSetParser::displayCode(CodeSet::Hcpcs, QStringLiteral("G0439")) == QStringLiteral("G0439"));
}
