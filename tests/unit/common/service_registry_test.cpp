#include "common/service_registry.h"

#include <catch2/catch_test_macros.hpp>

namespace {
struct IGreeter
{
    virtual ~IGreeter() = default;
    virtual QString greet() const = 0;
};
struct Greeter final : IGreeter
{
    QString greet() const override { return QStringLiteral("hello"); }
};
struct IOther
{
    virtual ~IOther() = default;
};
}  // namespace

TEST_CASE("ServiceRegistry hands out services by interface", "[registry]")
{
    fd::ServiceRegistry registry;
    CHECK(registry.get<IGreeter>() == nullptr);
    registry.add<IGreeter>(std::make_shared<Greeter>());
    REQUIRE(registry.get<IGreeter>());
    CHECK(registry.get<IGreeter>()->greet() == QStringLiteral("hello"));
    CHECK_FALSE(registry.has<IOther>());
    registry.remove<IGreeter>();
    CHECK_FALSE(registry.has<IGreeter>());
}
