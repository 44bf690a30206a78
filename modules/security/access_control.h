#pragma once

#include "security/audit_trail.h"
#include "security/interfaces.h"
#include "security/session_context.h"

#include <memory>

namespace fd::security {

// The session's IAccessControl: the role table (catalog defaults overridden in
// role_permissions), denied attempts audited, break-glass.
class AccessControl final : public IAccessControl
{
public:
    static constexpr int kMinBreakGlassReason = 10;

    AccessControl(std::shared_ptr<SessionContext> context, std::shared_ptr<AuditTrail> audit);

    const UserInfo& currentUser() const override;
    QString workstation() const override;
    bool can(const QString& permission) const override;
    Status require(const QString& permission) override;
    bool roleHas(Role role, const QString& permission) const override;
    Status setRolePermission(Role role, const QString& permission, bool allowed) override;
    Status breakGlass(const QString& patientId, const QString& reason) override;
    bool hasBrokenGlassFor(const QString& patientId) const override;

private:
    std::shared_ptr<SessionContext> m_context;
    std::shared_ptr<AuditTrail> m_audit;
};

}  // namespace fd::security
