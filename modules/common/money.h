#pragma once

#include "common/result.h"

#include <QString>

#include <compare>
#include <cstdint>

namespace fd {

// An amount of US dollars as an exact integer count of cents. Never a float.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }

    // Parses "125", "125.5", "125.50", "-3.07", "$1,234.56"; more than two decimals is an error.
    static Result<Money> parse(const QString& text);

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // "1234.56" (machine form: JSON, X12, CSV); toDisplay() adds grouping and the sign in front.
    QString toDecimalString() const;
    QString toDisplay() const;

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money operator*(std::int64_t n) const { return Money(m_cents * n); }
    Money& operator+=(Money o) { m_cents += o.m_cents; return *this; }
    Money& operator-=(Money o) { m_cents -= o.m_cents; return *this; }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t cents) : m_cents(cents) {}
    std::int64_t m_cents = 0;
};

}  // namespace fd
