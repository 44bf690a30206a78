#include "common/result.h"

#include <catch2/catch_test_macros.hpp>

namespace {
fd::Result<int> half(int n)
{
    if (n % 2)
        return fd::makeError(fd::ErrorCode::InvalidInput, QStringLiteral("odd"), QString::number(n));
    return n / 2;
}

fd::Result<int> quarter(int n)
{
    auto h = half(n);
    FD_TRY(h);
    return half(h.value());
}
}  // namespace

TEST_CASE("Result carries a value or an error across calls", "[result]")
{
    CHECK(quarter(8).value() == 2);
    auto r = quarter(6);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().details == QStringLiteral("3"));
    CHECK(fd::errorCodeName(fd::ErrorCode::WrongPassword) == QStringLiteral("wrong_password"));
}
