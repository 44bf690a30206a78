#pragma once

#include "common/clock.h"
#include "common/service_registry.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "test_support.h"

#include <QSet>

#include <memory>
#include <vector>

namespace fd::practice::test {

// Grants a fixed set of permissions; denials are counted like the real one audits them.
class FakeAccess final : public security::IAccessControl
{
public:
    QSet<QString> granted;
    int denied = 0;
    security::UserInfo user;

    const security::UserInfo& currentUser() const override { return user; }
    QString workstation() const override { return QStringLiteral("test"); }
    bool can(const QString& permission) const override { return granted.contains(permission); }
    Status require(const QString& permission) override;
    bool roleHas(security::Role, const QString& permission) const override { return granted.contains(permission); }
    Status setRolePermission(security::Role, const QString&, bool) override { return {}; }
    Status breakGlass(const QString&, const QString&) override { return {}; }
    bool hasBrokenGlassFor(const QString&) const override { return false; }
};

// Keeps the records in memory; only those of committed transactions matter to the tests,
// which read them after the service returned.
class FakeAudit final : public security::IAuditTrail
{
public:
    std::vector<security::AuditRecord> records;

    Status record(const security::AuditRecord& record) override
    {
        records.push_back(record);
        return {};
    }
    Result<std::vector<security::AuditEntry>> list(const security::AuditFilter&) const override { return std::vector<security::AuditEntry>(); }
    Result<qint64> count(const security::AuditFilter&) const override { return qint64(records.size()); }
    Result<security::AuditVerification> verify() const override { return security::AuditVerification(); }
    Status checkpoint() override { return {}; }
};

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
