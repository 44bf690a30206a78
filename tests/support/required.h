#pragma once

// A Result's value for a test that cannot go on without it: REQUIREs success, and shows the
// error when there is none.
#include "common/result.h"

#include <catch2/catch_test_macros.hpp>

#include <string>
#include <utility>

namespace fd::test {

template <typename T>
T required(Result<T> result)
{
    INFO((result.ok() ? std::string() : result.error().toString().toStdString()));
    REQUIRE(result.ok());
    return std::move(result.value());
}

}  // namespace fd::test
