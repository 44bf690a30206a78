#pragma once

// In-memory stand-ins for who is acting and for the audit trail, shared by the feature
// modules' test fixtures. Header-only, so that every test binary that includes a fixture gets
// them without linking anything more than the security interfaces it already uses.

#include "common/result.h"
#include "security/interfaces.h"

#include <QSet>
#include <QString>

#include <vector>

namespace fd::test {

// Grants a fixed set of permissions, like the real access control would for a role; counts
// denials (the real one audits them) and remembers break-glass openings.
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
    Status require(const QString& permission) override
    {
        if (granted.contains(permission))
            return {};
        ++denied;
        return makeError(ErrorCode::PermissionDenied, QStringLiteral("denied: %1").arg(permission));
    }
    bool roleHas(security::Role, const QString& permission) const override
    {
        return granted.contains(permission);
    }
    Status setRolePermission(security::Role, const QString&, bool) override { return {}; }
    // Like the real one: a reason of at least ten characters opens the record.
    Status breakGlass(const QString& patientId, const QString& reason) override
    {
        if (reason.trimmed().size() < 10)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("reason too short"));
        brokenGlass.insert(patientId);
        return {};
    }
    bool hasBrokenGlassFor(const QString& patientId) const override
    {
        return brokenGlass.contains(patientId);
    }
};

// Keeps the records in memory, including those of transactions that were rolled back: tests
// read them after the service returned.
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
    Result<qint64> count(const security::AuditFilter&) const override
    {
        return qint64(records.size());
    }
    Result<security::AuditVerification> verify() const override
    {
        return security::AuditVerification();
    }
    Status checkpoint() override { return {}; }

    // Records of `action` on the entity kind `entity`.
    int countOf(const QString& action, const QString& entity) const
    {
        int n = 0;
        for (const auto& r : records)
            if (r.action == action && r.entity == entity)
                ++n;
        return n;
    }
    // Records of `action` about `patientId`, alone or among others (any record when empty).
    int countForPatient(const QString& action, const QString& patientId = {}) const
    {
        int n = 0;
        for (const auto& r : records)
            if (r.action == action && (patientId.isEmpty() || r.concerns(patientId)))
                ++n;
        return n;
    }
};

}  // namespace fd::test
