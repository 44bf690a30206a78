// Every form check a person meets when setting up the practice: NPI, tax id, taxonomy, time
// zone, addresses, hours and place of service.
#include "practice/core/practice_demo.h"
#include "practice/core/practice_profile.h"
#include "practice/core/practice_validation.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::practice;

TEST_CASE("NPI check digit uses Luhn with the 80840 prefix", "[practice][validation]")
{
    CHECK(isValidNpi(QStringLiteral("1234567893")));  // CMS's published example
    CHECK_FALSE(isValidNpi(QStringLiteral("1234567890")));
    CHECK_FALSE(isValidNpi(QStringLiteral("123456789")));
    CHECK_FALSE(isValidNpi(QStringLiteral("12345678931")));
    CHECK_FALSE(isValidNpi(QStringLiteral("3234567893")));  // NPIs start with 1 or 2
    CHECK_FALSE(isValidNpi(QStringLiteral("12345A7893")));
    CHECK_FALSE(isValidNpi(QString()));
    const QString made = npiWithCheckDigit(QStringLiteral("198765432"));
    CHECK(made.size() == 10);
    CHECK(isValidNpi(made));
    // A single changed digit is always caught.
    for (int i = 0; i < 9; ++i) {
        QString typo = made;
        typo[i] = QChar('0' + (made.at(i).digitValue() + 1) % 10);
        if (typo.at(0) == QLatin1Char('1') || typo.at(0) == QLatin1Char('2'))
            CHECK_FALSE(isValidNpi(typo));
    }
    auto missing = checkNpi(QString(), QStringLiteral("npi"), true);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().details == QStringLiteral("npi"));
    CHECK(checkNpi(QString(), QStringLiteral("facility_npi"), false).ok());
}

TEST_CASE("Tax id must be an EIN with a prefix the IRS issues", "[practice][validation]")
{
    CHECK(isValidTaxId(QStringLiteral("12-3456789")));
    CHECK(isValidTaxId(QStringLiteral("123456789")));
    CHECK_FALSE(isValidTaxId(QStringLiteral("12-345678")));
    CHECK_FALSE(isValidTaxId(QStringLiteral("1-23456789")));
    CHECK_FALSE(isValidTaxId(QStringLiteral("00-1234567")));
    CHECK_FALSE(isValidTaxId(QStringLiteral("07-1234567")));
    CHECK_FALSE(isValidTaxId(QStringLiteral("12 3456789")));
    CHECK(normalizeTaxId(QStringLiteral("12-3456789")) == QStringLiteral("123456789"));
    auto bad = checkTaxId(QStringLiteral("99-12"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("99-12")));
    CHECK(bad.error().details == QStringLiteral("tax_id"));
}

TEST_CASE("Taxonomy codes have NUCC's form", "[practice][validation]")
{
    CHECK(isValidTaxonomyForm(QStringLiteral("207Q00000X")));
    CHECK(isValidTaxonomyForm(QStringLiteral("363LF0000X")));
    CHECK_FALSE(isValidTaxonomyForm(QStringLiteral("207Q00000")));
    CHECK_FALSE(isValidTaxonomyForm(QStringLiteral("207q00000x")));
    CHECK_FALSE(isValidTaxonomyForm(QStringLiteral("207Q00000Y")));
    CHECK_FALSE(checkTaxonomyForm(QStringLiteral("ABC"), QStringLiteral("taxonomy")).ok());
}

TEST_CASE("Time zones must be IANA ids QTimeZone knows", "[practice][validation]")
{
    CHECK(isValidTimeZone(QStringLiteral("America/New_York")));
    CHECK(isValidTimeZone(QStringLiteral("America/Chicago")));
    CHECK(isValidTimeZone(QStringLiteral("Pacific/Honolulu")));
    CHECK_FALSE(isValidTimeZone(QStringLiteral("Mars/Olympus_Mons")));
    CHECK_FALSE(isValidTimeZone(QString()));
    auto bad = checkTimeZone(QStringLiteral("Eastern"), QStringLiteral("time_zone"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("Eastern")));
}

TEST_CASE("Addresses, hours and place of service are checked field by field", "[practice][validation]")
{
    Address a{QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12207")};
    CHECK(checkAddress(a, QStringLiteral("address"), true).ok());
    CHECK(checkAddress(Address{}, QStringLiteral("address"), false).ok());
    CHECK_FALSE(checkAddress(Address{}, QStringLiteral("address"), true).ok());
    a.state = QStringLiteral("XX");
    auto badState = checkAddress(a, QStringLiteral("address"), true);
    REQUIRE_FALSE(badState.ok());
    CHECK(badState.error().details == QStringLiteral("address.state"));
    a.state = QStringLiteral("NY");
    a.zip = QStringLiteral("1220");
    CHECK(checkAddress(a, QStringLiteral("address"), true).error().details == QStringLiteral("address.zip"));
    CHECK(isValidZip(QStringLiteral("12207-1234")));

    CHECK(checkHours({{QStringLiteral("mon"), QStringLiteral("08:00-12:00,13:00-17:00")}}).ok());
    CHECK_FALSE(checkHours({{QStringLiteral("mon"), QStringLiteral("17:00-08:00")}}).ok());
    CHECK_FALSE(checkHours({{QStringLiteral("funday"), QStringLiteral("08:00-12:00")}}).ok());
    CHECK_FALSE(checkHours({{QStringLiteral("tue"), QStringLiteral("8am-noon")}}).ok());

    CHECK(checkPlaceOfServiceForm(QStringLiteral("11")).ok());
    CHECK_FALSE(checkPlaceOfServiceForm(QStringLiteral("1")).ok());
}

TEST_CASE("The practice profile is validated as a whole", "[practice][validation]")
{
    PracticeProfile p;
    p.name = QStringLiteral("Test Family Medicine");
    p.npi = QStringLiteral("1234567893");
    p.taxId = QStringLiteral("12-3456789");
    CHECK(validate(p).ok());
    p.billingAddress = {QStringLiteral("PO Box 12"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12207")};
    auto poBox = validate(p);
    REQUIRE_FALSE(poBox.ok());
    CHECK(poBox.error().details == QStringLiteral("billing_address.line1"));
    p.billingAddress.line1 = QStringLiteral("12 Main St");
    p.payToAddress = {QStringLiteral("PO Box 12"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12201")};
    CHECK(validate(p).ok());
    p.email = QStringLiteral("not an email");
    CHECK(validate(p).error().details == QStringLiteral("email"));
    p.email.clear();
    p.logo = QByteArray("GIF89a....");
    CHECK(validate(p).error().details == QStringLiteral("logo"));
    p.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    CHECK(validate(p).ok());
    p.timeZone = QStringLiteral("Nowhere/Land");
    CHECK(validate(p).error().details == QStringLiteral("time_zone"));
}
