#pragma once

#include "common/clock.h"
#include "common/service_registry.h"
#include "fake_security.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "test_support.h"

#include <QSet>

#include <memory>
#include <vector>

namespace fd::practice::test {

using fd::test::FakeAccess;
using fd::test::FakeAudit;

// An encrypted practice database with the storage and practice schemas, the practice services
// and fakes for who is acting, at a pinned "now" (2025-03-14).
class PracticeFixture
{
public:
    PracticeFixture();

    template <typename T>
    std::shared_ptr<T> service() const
    {
        return registry.get<T>();
    }
    void grantAll();
    void grantViewOnly();
    qint64 count(const QString& sql, const QVariantList& binds = {}) const;
    QString dataFile(const QString& name) const;  // tests/data/practice/NAME

    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeAccess> access = std::make_shared<FakeAccess>();
    std::shared_ptr<FakeAudit> audit = std::make_shared<FakeAudit>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
};

}  // namespace fd::practice::test
