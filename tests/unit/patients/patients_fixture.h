#pragma once

#include "common/clock.h"
#include "common/service_registry.h"
#include "patients/core/patient_types.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "test_support.h"

#include <QSet>

#include <memory>
#include <vector>

namespace fd::patients::test {

// Grants a fixed set of permissions and remembers break-glass openings, like the real one.
class FakeAccess final : public security::IAccessControl
{
public:
    QSet<QString> granted;
    QSet<QString> brokenGlass;
    int denied = 0;
    security::UserInfo user;

    const security::UserInfo& currentUser() const override { return user; }
    QString workstation() const override { return QStringLiteral("test"); }
    bool can(const QString& permission) const override { return granted.contains(permission); }
    Status require(const QString& permission) override;
    bool roleHas(security::Role, const QString& permission) const override { return granted.contains(permission); }
    Status setRolePermission(security::Role, const QString&, bool) override { return {}; }
    Status breakGlass(const QString& patientId, const QString& reason) override;
    bool hasBrokenGlassFor(const QString& patientId) const override { return brokenGlass.contains(patientId); }
};

// Keeps the records in memory, including those of transactions that were rolled back.
class FakeAudit final : public security::IAuditTrail
{
public:
    std::vector<security::AuditRecord> records;

    Status record(const security::AuditRecord& record) override
    {
        records.push_back(record);
        return {};
    }
    Result<std::vector<security::AuditEntry>> list(const security::AuditFilter&) const override
    {
        return std::vector<security::AuditEntry>();
    }
    Result<qint64> count(const security::AuditFilter&) const override { return qint64(records.size()); }
    Result<security::AuditVerification> verify() const override { return security::AuditVerification(); }
    Status checkpoint() override { return {}; }

    // Records of `action` for `patientId` (any patient when empty).
    int countOf(const QString& action, const QString& patientId = {}) const;
};

// An encrypted practice database with the storage, practice and patients schemas, their
// services, one payer and one provider, at a pinned "now" (2025-03-14).
class PatientsFixture
{
public:
    PatientsFixture();

    template <typename T>
    std::shared_ptr<T> service() const
    {
        return registry.get<T>();
    }
    void grantAll();
    void grantFrontDesk();  // read and edit, no merge, no restricted
    qint64 count(const QString& sql, const QVariantList& binds = {}) const;

    // A valid patient (fictional: 555-01xx phones, example.com email).
    static Patient person(const QString& first, const QString& last, const QDate& birth, const QString& phone = {});
    // Creates the patient; REQUIREs success.
    Patient add(const Patient& patient);
    Patient add(const QString& first, const QString& last, const QDate& birth, const QString& phone = {});

    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeAccess> access = std::make_shared<FakeAccess>();
    std::shared_ptr<FakeAudit> audit = std::make_shared<FakeAudit>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
    QString payerId;
    QString otherPayerId;
    QString providerId;
};

}  // namespace fd::patients::test
