#pragma once

#include "security/roles.h"

#include <QSet>
#include <QString>

#include <vector>

namespace fd::security {

// Permission ids are dotted strings so that each feature declares its own. The defaults of
// every role are written down in docs/SECURITY.md; an administrator can change them per
// practice (stored in the database, audited).
namespace perm {
inline const QString kUsersView = QStringLiteral("admin.users.view");
inline const QString kUsersManage = QStringLiteral("admin.users.manage");
inline const QString kRolesManage = QStringLiteral("admin.roles.manage");
inline const QString kAuditView = QStringLiteral("admin.audit.view");
inline const QString kAuditExport = QStringLiteral("admin.audit.export");
inline const QString kAuditSettings = QStringLiteral("admin.audit.settings");
inline const QString kBreakGlassReview = QStringLiteral("admin.breakglass.review");
inline const QString kBackup = QStringLiteral("admin.backup");
inline const QString kRekey = QStringLiteral("admin.rekey");
inline const QString kRestore = QStringLiteral("admin.restore");
inline const QString kPracticeView = QStringLiteral("practice.view");
inline const QString kPracticeEdit = QStringLiteral("practice.edit");
inline const QString kPatientsRead = QStringLiteral("patients.read");
inline const QString kPatientsEdit = QStringLiteral("patients.edit");
inline const QString kPatientsRestricted = QStringLiteral("patients.restricted");  // without break-glass
}  // namespace perm

struct PermissionInfo
{
    QString id;
    QString description;  // translated when shown
    QSet<Role> defaultRoles;
};

// The catalog of every permission the linked features declare, with their default roles.
class PermissionCatalog
{
public:
    static void declare(PermissionInfo info);  // idempotent per id
    static const std::vector<PermissionInfo>& all();
    static const PermissionInfo* find(const QString& id);
    static bool defaultAllows(Role role, const QString& permission);
};

}  // namespace fd::security
