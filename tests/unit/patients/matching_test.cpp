// The pieces search and duplicate detection are built from: folding, Soundex, nicknames,
// phone numbers, dates of birth, account numbers.
#include "patients/core/name_matching.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::patients;

TEST_CASE("Names fold accents, case, spaces and punctuation", "[patients][matching]")
{
    CHECK(foldName(QStringLiteral("Muñoz")) == QStringLiteral("munoz"));
    CHECK(foldName(QStringLiteral("  O'Brien ")) == QStringLiteral("obrien"));
    CHECK(foldName(QStringLiteral("Groß")) == QStringLiteral("gross"));
    CHECK(foldName(QStringLiteral("Zoë Ångström")) == QStringLiteral("zoeangstrom"));
    CHECK(foldName(QStringLiteral("Smith-Jones")) == QStringLiteral("smithjones"));
    CHECK(nameParts(QStringLiteral("Smith-Jones")) == QStringList{QStringLiteral("smith"), QStringLiteral("jones")});
    CHECK(nameParts(QStringLiteral("Smith")).isEmpty());
}

TEST_CASE("Soundex follows the National Archives rules", "[patients][matching]")
{
    CHECK(soundex(QStringLiteral("Robert")) == QStringLiteral("R163"));
    CHECK(soundex(QStringLiteral("Rupert")) == QStringLiteral("R163"));
    CHECK(soundex(QStringLiteral("Ashcraft")) == QStringLiteral("A261"));  // the H/W rule
    CHECK(soundex(QStringLiteral("Tymczak")) == QStringLiteral("T522"));
    CHECK(soundex(QStringLiteral("Pfister")) == QStringLiteral("P236"));
    CHECK(soundex(QStringLiteral("Lee")) == QStringLiteral("L000"));
    CHECK(soundex(QStringLiteral("Smith")) == soundex(QStringLiteral("Smyth")));
    CHECK(soundex(QStringLiteral("123")).isEmpty());
}

TEST_CASE("Nicknames come from the shipped table, in both directions", "[patients][matching]")
{
    CHECK(nicknamesOf(QStringLiteral("bob")).contains(QStringLiteral("robert")));
    CHECK(nicknamesOf(QStringLiteral("robert")).contains(QStringLiteral("bob")));
    CHECK(nicknamesOf(QStringLiteral("bill")).contains(QStringLiteral("william")));
    CHECK_FALSE(nicknamesOf(QStringLiteral("bob")).contains(QStringLiteral("bob")));
    CHECK(nicknamesOf(QStringLiteral("zzyzx")).isEmpty());
}

TEST_CASE("Phone numbers are ten NANP digits", "[patients][matching]")
{
    CHECK(phoneDigits(QStringLiteral("(518) 555-0142")) == QStringLiteral("5185550142"));
    CHECK(phoneDigits(QStringLiteral("+1 518 555 0142")) == QStringLiteral("5185550142"));
    CHECK(phoneDigits(QStringLiteral("555-0142")).isEmpty());
    CHECK(phoneDigits(QStringLiteral("018-555-0142")).isEmpty());
    CHECK(phoneDigits(QStringLiteral("518-555-01x2")).isEmpty());
}

TEST_CASE("Dates of birth are read in the common formats", "[patients][matching]")
{
    const QDate today(2025, 3, 14);
    const QDate expected(1980, 3, 7);
    CHECK(parseBirthDate(QStringLiteral("1980-03-07"), today) == expected);
    CHECK(parseBirthDate(QStringLiteral("03/07/1980"), today) == expected);
    CHECK(parseBirthDate(QStringLiteral("3/7/80"), today) == expected);
    CHECK(parseBirthDate(QStringLiteral("03071980"), today) == expected);
    CHECK(parseBirthDate(QStringLiteral("3-7-1980"), today) == expected);
    CHECK(parseBirthDate(QStringLiteral("1/2/24"), today) == QDate(2024, 1, 2));  // up to this year: 20xx
    CHECK(parseBirthDate(QStringLiteral("1/2/26"), today) == QDate(1926, 1, 2));
    CHECK_FALSE(parseBirthDate(QStringLiteral("02/30/1980"), today));
    CHECK_FALSE(parseBirthDate(QStringLiteral("2030-01-01"), today));
    CHECK_FALSE(parseBirthDate(QStringLiteral("smith"), today));
}

TEST_CASE("Account numbers carry a Luhn check digit", "[patients][matching]")
{
    const QString a = accountNumberFor(100001);
    CHECK(a.size() == 7);
    CHECK(a.startsWith(QStringLiteral("100001")));
    CHECK(isValidAccountNumber(a));
    QString typo = a;
    typo[2] = QChar(typo[2].unicode() == '9' ? '0' : typo[2].unicode() + 1);
    CHECK_FALSE(isValidAccountNumber(typo));
    CHECK_FALSE(isValidAccountNumber(QStringLiteral("12a4")));
    CHECK(normalizeMemberId(QStringLiteral(" xyz-123 456 ")) == QStringLiteral("XYZ123456"));
}
