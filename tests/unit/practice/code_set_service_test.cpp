// Code sets in the database: versions by effective date, lookups by date of service,
// refusals that change nothing, permissions and the audit trail.
#include "practice/core/code_sets.h"
#include "practice_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace fd::practice;
using fd::practice::test::PracticeFixture;

namespace {
QByteArray read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
}  // namespace

TEST_CASE("A new practice starts with the starter code sets", "[practice][codes]")
{
    PracticeFixture fx;
    auto codes = fx.service<ICodeSetService>();
    for (CodeSet set : allCodeSets()) {
        auto versions = codes->versions(set);
        REQUIRE(versions.ok());
        INFO(codeSetId(set).toStdString());
        REQUIRE(versions->size() == 1);
        CHECK(versions->front().version == QStringLiteral("starter"));
        CHECK(versions->front().codeCount > 0);
    }
    auto e119 = codes->validate(CodeSet::Icd10Cm, QStringLiteral("E11.9"), QDate(2025, 1, 2));
    REQUIRE(e119.ok());
    CHECK(e119->displayCode == QStringLiteral("E11.9"));
    auto header = codes->validate(CodeSet::Icd10Cm, QStringLiteral("E11"), QDate(2025, 1, 2), true);
    REQUIRE_FALSE(header.ok());
    CHECK(header.error().message.contains(QStringLiteral("heading")));
    // Place of service 10 (telehealth in the patient's home) exists from 2022 only.
    CHECK(codes->validate(CodeSet::PlaceOfService, QStringLiteral("10"), QDate(2022, 1, 1)).ok());
    auto early = codes->validate(CodeSet::PlaceOfService, QStringLiteral("10"), QDate(2021, 12, 31));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("valid from 2022-01-01")));
}

TEST_CASE("A malformed import changes nothing", "[practice][codes]")
{
    PracticeFixture fx;
    auto codes = fx.service<ICodeSetService>();
    const qint64 before = fx.count(QStringLiteral("SELECT COUNT(*) FROM code_set_entries"));
    auto result = codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024"), QDate(2023, 10, 1),
                                    fx.dataFile(QStringLiteral("icd10cm_order_malformed.txt")));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.startsWith(QStringLiteral("icd10cm_order_malformed.txt:")));
    CHECK(result.error().details.contains(QStringLiteral("line 2:")));
    CHECK(result.error().details.contains(QStringLiteral("line 4:")));
    CHECK(result.error().details.contains(QStringLiteral("line 7:")));
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM code_set_entries")) == before);
    CHECK(codes->versions(CodeSet::Icd10Cm)->size() == 1);
    CHECK(fx.audit->records.empty());
}

TEST_CASE("A newer version keeps older codes valid for older dates", "[practice][codes]")
{
    PracticeFixture fx;
    auto codes = fx.service<ICodeSetService>();
    auto v2024 = codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024"), QDate(2023, 10, 1),
                                   fx.dataFile(QStringLiteral("icd10cm_order_2024.txt")));
    REQUIRE(v2024.ok());
    CHECK(v2024->codeCount == 6);
    auto v2025 = codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2025"), QDate(2024, 10, 1),
                                   fx.dataFile(QStringLiteral("icd10cm_order_2025.txt")));
    REQUIRE(v2025.ok());
    CHECK_FALSE(v2025->effectiveTo.isValid());

    auto versions = codes->versions(CodeSet::Icd10Cm);
    REQUIRE(versions->size() == 3);
    CHECK(versions->at(0).effectiveTo == QDate(2023, 9, 30));  // the starter set
    CHECK(versions->at(1).effectiveTo == QDate(2024, 9, 30));

    // E66.9 left in 2025: still valid for a 2024 service, refused for a 2025 one.
    CHECK(codes->validate(CodeSet::Icd10Cm, QStringLiteral("E66.9"), QDate(2024, 5, 1)).ok());
    auto gone = codes->validate(CodeSet::Icd10Cm, QStringLiteral("E66.9"), QDate(2025, 2, 1));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == fd::ErrorCode::InvalidInput);
    CHECK(gone.error().message.contains(QStringLiteral("E66.9")));
    CHECK(gone.error().message.contains(QStringLiteral("2025-02-01")));
    CHECK(gone.error().message.contains(QStringLiteral("2023-10-01 to 2024-09-30")));
    // E66.811 arrived in 2025: refused for a date before it.
    CHECK(codes->validate(CodeSet::Icd10Cm, QStringLiteral("E66.811"), QDate(2024, 10, 1)).ok());
    auto early = codes->validate(CodeSet::Icd10Cm, QStringLiteral("E66.811"), QDate(2024, 9, 30));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("valid from 2024-10-01")));
    // Descriptions follow the version in effect.
    CHECK(codes->validate(CodeSet::Icd10Cm, QStringLiteral("Z20.822"), QDate(2025, 1, 1))->entry.shortDescription
          == QStringLiteral("Contact w and suspected exposure to COVID-19"));
    // A code no version holds.
    auto never = codes->validate(CodeSet::Icd10Cm, QStringLiteral("Q99.99"), QDate(2025, 1, 1));
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().message.contains(QStringLiteral("not in any imported version")));
    // Before ICD-10 started, nothing is valid.
    CHECK_FALSE(codes->validate(CodeSet::Icd10Cm, QStringLiteral("E11.9"), QDate(2015, 9, 30)).ok());

    REQUIRE(fx.audit->records.size() == 2);
    CHECK(fx.audit->records.back().entity == QStringLiteral("code_set_versions"));
    CHECK(fx.audit->records.back().details.value(QStringLiteral("new")).toObject().value(QStringLiteral("version")).toString()
          == QStringLiteral("2025"));
}

TEST_CASE("The same version or start date cannot be imported twice", "[practice][codes]")
{
    PracticeFixture fx;
    auto codes = fx.service<ICodeSetService>();
    const QString file = fx.dataFile(QStringLiteral("icd10cm_order_2024.txt"));
    REQUIRE(codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024"), QDate(2023, 10, 1), file).ok());
    CHECK(codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024"), QDate(2023, 11, 1), file).error().code
          == fd::ErrorCode::Conflict);
    CHECK(codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024b"), QDate(2023, 10, 1), file).error().code
          == fd::ErrorCode::Conflict);
    // An older version imported later slots in before the newer one.
    REQUIRE(codes->importData(CodeSet::Icd10Cm, QStringLiteral("2023"), QDate(2022, 10, 1), read(file),
                              QStringLiteral("2023.txt")).ok());
    auto versions = codes->versions(CodeSet::Icd10Cm);
    REQUIRE(versions->size() == 3);
    CHECK(versions->at(1).version == QStringLiteral("2023"));
    CHECK(versions->at(1).effectiveTo == QDate(2023, 9, 30));
}

TEST_CASE("Per-code stop dates refuse a code after it stopped", "[practice][codes]")
{
    PracticeFixture fx;
    auto codes = fx.service<ICodeSetService>();
    REQUIRE(codes->importFile(CodeSet::Carc, QStringLiteral("2025-03"), QDate(2025, 3, 1),
                              fx.dataFile(QStringLiteral("carc_2025.csv"))).ok());
    CHECK(codes->validate(CodeSet::Carc, QStringLiteral("253"), QDate(2025, 3, 2)).ok());
    auto stopped = codes->validate(CodeSet::Carc, QStringLiteral("999"), QDate(2025, 3, 2));
    REQUIRE_FALSE(stopped.ok());
    REQUIRE(codes->importFile(CodeSet::Hcpcs, QStringLiteral("2025"), QDate(2025, 1, 1),
                              fx.dataFile(QStringLiteral("hcpcs_2025_tabs.txt"))).ok());
    CHECK(codes->validate(CodeSet::Hcpcs, QStringLiteral("G0439"), QDate(2025, 2, 1)).ok());
    CHECK_FALSE(codes->validate(CodeSet::Hcpcs, QStringLiteral("G9999"), QDate(2025, 2, 1)).ok());
}

TEST_CASE("Prefix and text search find codes valid on the date", "[practice][codes]")
{
    PracticeFixture fx;
    auto codes = fx.service<ICodeSetService>();
    auto e11 = codes->searchPrefix(CodeSet::Icd10Cm, QStringLiteral("E11."), QDate(2025, 1, 1), 50);
    REQUIRE(e11.ok());
    REQUIRE(e11->size() >= 8);
    CHECK(e11->front().entry.code == QStringLiteral("E11"));
    for (const CodeMatch& m : e11.value())
        CHECK(m.entry.code.startsWith(QStringLiteral("E11")));
    auto limited = codes->searchPrefix(CodeSet::Icd10Cm, QStringLiteral("Z"), QDate(2025, 1, 1), 5);
    CHECK(limited->size() == 5);
    auto text = codes->searchText(CodeSet::Icd10Cm, QStringLiteral("otitis right"), QDate(2025, 1, 1), 50);
    REQUIRE(text.ok());
    REQUIRE_FALSE(text->empty());
    for (const CodeMatch& m : text.value())
        CHECK(m.entry.description.contains(QStringLiteral("right")));
    CHECK(codes->searchPrefix(CodeSet::Icd10Cm, QStringLiteral("E11"), QDate(2010, 1, 1), 50)->empty());
}

TEST_CASE("Importing needs the codes-import permission; reading needs practice.view", "[practice][codes]")
{
    PracticeFixture fx;
    fx.grantViewOnly();
    auto codes = fx.service<ICodeSetService>();
    auto denied = codes->importFile(CodeSet::Icd10Cm, QStringLiteral("2024"), QDate(2023, 10, 1),
                                    fx.dataFile(QStringLiteral("icd10cm_order_2024.txt")));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(codes->validate(CodeSet::Icd10Cm, QStringLiteral("I10"), QDate(2025, 1, 1)).ok());
    fx.access->granted.clear();
    CHECK(codes->validate(CodeSet::Icd10Cm, QStringLiteral("I10"), QDate(2025, 1, 1)).error().code
          == fd::ErrorCode::PermissionDenied);
}
