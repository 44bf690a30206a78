#include "common/money.h"

#include <catch2/catch_test_macros.hpp>

using fd::Money;

TEST_CASE("Money parses the forms people type", "[money]")
{
    CHECK(Money::parse(QStringLiteral("125")).value().cents() == 12500);
    CHECK(Money::parse(QStringLiteral("125.5")).value().cents() == 12550);
    CHECK(Money::parse(QStringLiteral("$1,234.56")).value().cents() == 123456);
    CHECK(Money::parse(QStringLiteral("-3.07")).value().cents() == -307);
    CHECK(Money::parse(QStringLiteral(".99")).value().cents() == 99);
    CHECK_FALSE(Money::parse(QStringLiteral("1.234")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("abc")).ok());
    CHECK_FALSE(Money::parse(QString()).ok());
    CHECK(Money::parse(QStringLiteral("12x")).error().code == fd::ErrorCode::InvalidInput);
}

TEST_CASE("Money prints exact decimals and display form", "[money]")
{
    CHECK(Money::fromCents(12500).toDecimalString() == QStringLiteral("125.00"));
    CHECK(Money::fromCents(-5).toDecimalString() == QStringLiteral("-0.05"));
    CHECK(Money::fromCents(123456789).toDisplay() == QStringLiteral("$1,234,567.89"));
    CHECK(Money::fromCents(-100).toDisplay() == QStringLiteral("-$1.00"));
}

TEST_CASE("Money sums are exact where floats are not", "[money]")
{
    Money total;
    for (int i = 0; i < 1000; ++i)
        total += Money::fromCents(10);  // 0.10 a thousand times
    CHECK(total == Money::fromCents(10000));
    CHECK(Money::fromCents(7) * 3 == Money::fromCents(21));
}
