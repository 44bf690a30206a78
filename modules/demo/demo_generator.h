#pragma once

#include "common/result.h"
#include "common/service_registry.h"
#include "demo/demo_random.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace fd::storage {
class Database;
}

namespace fd::demo {

enum class DemoSize { Small, Medium, Large };

// What each size means once every feature contributes (DESIGN: small 3 providers / 500
// patients / 3 months back and 1 ahead; medium 10 / 25,000 / 1 year; large 40 providers in
// 4 locations over two time zones / 250,000 patients / 5 years).
struct DemoProfile
{
    DemoSize size = DemoSize::Small;
    int providers = 3;
    int locations = 1;
    int patients = 500;
    int monthsBack = 3;
    int monthsAhead = 1;
    int appointmentsPerProviderDay = 20;
};

DemoProfile profileFor(DemoSize size);
Result<DemoSize> parseDemoSize(const QString& text);
QString demoSizeName(DemoSize size);

struct DemoContext
{
    storage::Database& database;
    ServiceRegistry& services;
    DemoProfile profile;
    std::uint64_t seed = 1;
    QDate today;       // the practice's "today" for history and future bookings
    QString password;  // every demo user's password

    // An independent random stream per entity kind, so one feature's data does not move
    // when another feature changes how much randomness it draws.
    DemoRandom random(std::uint64_t salt) const { return DemoRandom(seed).fork(salt); }
};

struct DemoStep
{
    QString entity;
    qint64 count = 0;
    qint64 milliseconds = 0;
};

// One kind of demo data (users, practice, patients...). Each feature core adds its own; they
// run in the order added (lowest core first).
class IDemoContributor
{
public:
    virtual ~IDemoContributor() = default;
    virtual QString entity() const = 0;
    virtual Result<qint64> generate(DemoContext& context) = 0;  // returns rows made
};

class DemoGenerator
{
public:
    void add(std::shared_ptr<IDemoContributor> contributor);
    Result<std::vector<DemoStep>> run(DemoContext& context,
                                      const std::function<void(const DemoStep&)>& progress = {});

private:
    std::vector<std::shared_ptr<IDemoContributor>> m_contributors;
};

// Demo users, one per role (fd.demo users share the demo password).
std::shared_ptr<IDemoContributor> makeUsersContributor();

}  // namespace fd::demo
