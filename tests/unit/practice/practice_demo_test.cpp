// The demo practice: plausible, sized by the demo profile, two time zones from two locations.
#include "demo/demo_generator.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_demo.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "practice_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace fd::practice;
using fd::practice::test::PracticeFixture;

TEST_CASE("Demo practice of medium size spans two time zones", "[practice][demo]")
{
    PracticeFixture fx;
    fd::demo::DemoContext ctx{*fx.db, fx.registry, fd::demo::profileFor(fd::demo::DemoSize::Medium), 7,
                              QDate(2025, 3, 14), QStringLiteral("pw")};
    auto practice = makeDemoContributor()->generate(ctx);
    INFO((practice.ok() ? QString() : practice.error().toString()).toStdString());
    REQUIRE(practice.ok());
    auto payers = makePayerDemoContributor()->generate(ctx);
    INFO((payers.ok() ? QString() : payers.error().toString()).toStdString());
    REQUIRE(payers.ok());

    auto profile = fx.service<IPracticeProfile>()->profile();
    CHECK(isValidNpi(profile->npi));
    auto locations = fx.service<ILocationService>()->list();
    REQUIRE(locations->size() == 2);
    QSet<QString> zones;
    for (const Location& l : locations.value())
        zones.insert(l.timeZone);
    CHECK(zones == QSet<QString>{QStringLiteral("America/New_York"), QStringLiteral("America/Chicago")});
    ProviderFilter inHouse;
    inHouse.includeExternal = false;
    auto providers = fx.service<IProviderService>()->list(inHouse);
    CHECK(providers->size() == 10);
    for (const Provider& p : providers.value()) {
        CHECK(isValidNpi(p.npi));
        CHECK_FALSE(p.taxonomy.isEmpty());
        CHECK_FALSE(p.locationIds.isEmpty());
    }
    auto allPayers = fx.service<IPayerService>()->list();
    CHECK(allPayers->size() >= 20);
    auto fees = fx.service<IFeeScheduleService>();
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2025, 3, 14)).ok());
    CHECK(fees->chargeFor(QStringLiteral("99213"), {}, QDate(2024, 3, 14))->amount
          < fees->chargeFor(QStringLiteral("99213"), {}, QDate(2025, 3, 14))->amount);
    const auto aetna = std::find_if(allPayers->begin(), allPayers->end(),
                                    [](const Payer& p) { return p.name == QStringLiteral("Aetna"); });
    REQUIRE(aetna != allPayers->end());
    auto quote = fees->quote(aetna->id, QStringLiteral("99213"), {}, QDate(2025, 3, 14));
    REQUIRE(quote.ok());
    CHECK(quote->hasAllowed);
    CHECK(quote->allowed < quote->charge);
}

TEST_CASE("Demo practice of small size has one location", "[practice][demo]")
{
    PracticeFixture fx;
    fd::demo::DemoContext ctx{*fx.db, fx.registry, fd::demo::profileFor(fd::demo::DemoSize::Small), 1,
                              QDate(2025, 3, 14), QStringLiteral("pw")};
    REQUIRE(makeDemoContributor()->generate(ctx).ok());
    CHECK(fx.service<ILocationService>()->list()->size() == 1);
}
