#include "security/permissions.h"
#include "security/security_permissions.h"

#include <QCoreApplication>

#include <mutex>

namespace fd::security {

namespace {
std::vector<PermissionInfo>& catalog()
{
    static std::vector<PermissionInfo> all;
    return all;
}

std::mutex& catalogMutex()
{
    static std::mutex m;
    return m;
}
}  // namespace

void PermissionCatalog::declare(PermissionInfo info)
{
    std::lock_guard lock(catalogMutex());
    for (PermissionInfo& p : catalog()) {
        if (p.id == info.id) {
            p = std::move(info);
            return;
        }
    }
    catalog().push_back(std::move(info));
}

const std::vector<PermissionInfo>& PermissionCatalog::all()
{
    return catalog();
}

const PermissionInfo* PermissionCatalog::find(const QString& id)
{
    std::lock_guard lock(catalogMutex());
    for (const PermissionInfo& p : catalog())
        if (p.id == id)
            return &p;
    return nullptr;
}

bool PermissionCatalog::defaultAllows(Role role, const QString& permission)
{
    const PermissionInfo* p = find(permission);
    return p && p->defaultRoles.contains(role);
}

void declareSecurityPermissions()
{
    using R = Role;
    // Descriptions stay in English here and are translated (context fd::security) when shown.
    const auto text = [](const char* source) { return QString::fromUtf8(source); };
    const QSet<Role> admin{R::Administrator};
    const QSet<Role> managers{R::Administrator, R::OfficeManager};
    const QSet<Role> everyone{R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator, R::Provider};
    PermissionCatalog::declare({perm::kUsersView, text(QT_TRANSLATE_NOOP("fd::security", "See user accounts")), managers});
    PermissionCatalog::declare({perm::kUsersManage, text(QT_TRANSLATE_NOOP("fd::security", "Add, change and remove user accounts")), admin});
    PermissionCatalog::declare({perm::kRolesManage, text(QT_TRANSLATE_NOOP("fd::security", "Change what each role may do")), admin});
    PermissionCatalog::declare({perm::kAuditView, text(QT_TRANSLATE_NOOP("fd::security", "Read the audit trail")), managers});
    PermissionCatalog::declare({perm::kAuditExport, text(QT_TRANSLATE_NOOP("fd::security", "Export the audit trail")), managers});
    PermissionCatalog::declare({perm::kAuditSettings, text(QT_TRANSLATE_NOOP("fd::security", "Change audit settings")), admin});
    PermissionCatalog::declare({perm::kBreakGlassReview, text(QT_TRANSLATE_NOOP("fd::security", "Review break-glass accesses")), managers});
    PermissionCatalog::declare({perm::kBackup, text(QT_TRANSLATE_NOOP("fd::security", "Back up the practice")), managers});
    PermissionCatalog::declare({perm::kRestore, text(QT_TRANSLATE_NOOP("fd::security", "Restore the practice from a backup")), admin});
    PermissionCatalog::declare({perm::kRekey, text(QT_TRANSLATE_NOOP("fd::security", "Replace the database key")), admin});
    PermissionCatalog::declare({perm::kPracticeView, text(QT_TRANSLATE_NOOP("fd::security", "See the practice's setup")), everyone});
    PermissionCatalog::declare({perm::kPracticeEdit, text(QT_TRANSLATE_NOOP("fd::security", "Change the practice's setup")), managers});
    PermissionCatalog::declare({perm::kPatientsRead, text(QT_TRANSLATE_NOOP("fd::security", "Open patient records")), everyone});
    PermissionCatalog::declare({perm::kPatientsEdit, text(QT_TRANSLATE_NOOP("fd::security", "Change patient records")),
                                {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator}});
    PermissionCatalog::declare({perm::kPatientsRestricted, text(QT_TRANSLATE_NOOP("fd::security", "Open restricted patients without break-glass")),
                                {R::OfficeManager}});
}

}  // namespace fd::security
