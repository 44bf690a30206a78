#include "security/access_control.h"

#include "common/clock.h"
#include "security/audit_actions.h"
#include "security/permissions.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace fd::security {

AccessControl::AccessControl(std::shared_ptr<SessionContext> context, std::shared_ptr<AuditTrail> audit)
    : m_context(std::move(context)), m_audit(std::move(audit))
{
}

const UserInfo& AccessControl::currentUser() const
{
    return m_context->user;
}

QString AccessControl::workstation() const
{
    return m_context->workstation;
}

bool AccessControl::can(const QString& permission) const
{
    return m_context->db && m_context->can(permission);
}

Status AccessControl::require(const QString& permission)
{
    return m_audit->requirePermission(permission);
}

bool AccessControl::roleHas(Role role, const QString& permission) const
{
    return m_context->roleHas(role, permission);
}

Status AccessControl::setRolePermission(Role role, const QString& permission, bool allowed)
{
    FD_TRY(require(perm::kRolesManage));
    if (!PermissionCatalog::find(permission))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security", "Unknown permission %1").arg(permission));
    // The table must stay editable: administrators always keep the right to change it.
    if (role == Role::Administrator && permission == perm::kRolesManage && !allowed)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security",
                                                     "Administrators always keep the right to change roles."));
    const bool prior = m_context->roleHas(role, permission);
    auto tx = m_context->db->begin(storage::Database::Durability::Full);
    if (!tx.ok())
        return tx.error();
    auto written = storage::exec(tx.value()->connection(),
                                 QStringLiteral("INSERT OR REPLACE INTO role_permissions "
                                                "(role, permission, allowed, changed_at, changed_by) VALUES (?,?,?,?,?)"),
                                 {roleId(role), permission, allowed ? 1 : 0, toIsoUtc(m_context->now()),
                                  m_context->user.id});
    if (!written.ok())
        return written.error();
    AuditRecord rec;
    rec.action = audit::kPermissionChange;
    rec.entity = QStringLiteral("role_permission");
    rec.entityId = roleId(role) + QLatin1Char('/') + permission;
    rec.details = QJsonObject{{QStringLiteral("role"), roleId(role)},
                              {QStringLiteral("permission"), permission},
                              {QStringLiteral("allowed"), allowed},
                              {QStringLiteral("prior"), prior}};
    FD_TRY(m_audit->record(rec));
    FD_TRY(tx.value()->commit());
    m_context->overrides.insert(SessionContext::overrideKey(role, permission), allowed);
    return {};
}

Status AccessControl::breakGlass(const QString& patientId, const QString& reason)
{
    FD_TRY(m_context->alive());
    if (patientId.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security", "Break-glass access needs a patient."));
    if (reason.trimmed().size() < kMinBreakGlassReason)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security",
                                                     "Break-glass access needs a reason of at least %1 characters.")
                             .arg(kMinBreakGlassReason));
    if (m_context->user.automation)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("fd::security", "The automation user cannot break the glass."));
    AuditRecord rec;
    rec.action = audit::kBreakGlass;
    rec.patientId = patientId;
    rec.entity = QStringLiteral("patient");
    rec.entityId = patientId;
    rec.details = QJsonObject{{QStringLiteral("reason"), reason.trimmed()}};
    FD_TRY(m_audit->record(rec));
    m_context->brokenGlass.insert(patientId);
    return {};
}

bool AccessControl::hasBrokenGlassFor(const QString& patientId) const
{
    return m_context->brokenGlass.contains(patientId);
}

}  // namespace fd::security
