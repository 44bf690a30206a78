#include "admin/ui/admin_module.h"

#include "admin/ui/audit_view.h"
#include "admin/ui/password_dialog.h"
#include "admin/ui/roles_view.h"
#include "admin/ui/users_view.h"
#include "practice/core/practice_profile.h"
#include "security/interfaces.h"
#include "security/permissions.h"
#include "shell/icons.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

namespace fd::admin {

const QString AdminModule::kUsersDock = QStringLiteral("fd.admin.users");
const QString AdminModule::kRolesDock = QStringLiteral("fd.admin.roles");
const QString AdminModule::kAuditDock = QStringLiteral("fd.admin.audit");

AdminModule::AdminModule() = default;
AdminModule::~AdminModule() = default;

QString AdminModule::id() const
{
    return QStringLiteral("fd.admin");
}

QString AdminModule::displayName() const
{
    return tr("&Administration");
}

QIcon AdminModule::icon() const
{
    return shell::icon(QStringLiteral("roles"));
}

Status AdminModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);  // the security core publishes the services this module shows
    return {};
}

Status AdminModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_users = registry.get<security::IUserService>();
    m_access = registry.get<security::IAccessControl>();
    m_audit = registry.get<security::IAuditTrail>();
    if (!m_users || !m_access || !m_audit)
        return makeError(ErrorCode::Unavailable, tr("The security services are not available"));
    if (auto profiles = registry.get<practice::IPracticeProfile>()) {
        if (auto profile = profiles->profile())
            m_practiceName = profile->name;
    }
    return {};
}

std::vector<shell::DockSpec> AdminModule::docks()
{
    shell::DockSpec users;
    users.objectName = kUsersDock;
    users.title = tr("Users");
    users.icon = shell::icon(QStringLiteral("users"));
    users.permission = security::perm::kUsersView;
    users.area = Qt::LeftDockWidgetArea;
    users.tabGroup = QStringLiteral("fd.admin.accounts");
    users.preferredWidth = 680;
    users.create = [this](QWidget* parent) { return m_usersView = new UsersView(m_users, m_access, parent); };

    shell::DockSpec roles;
    roles.objectName = kRolesDock;
    roles.title = tr("Roles");
    roles.icon = shell::icon(QStringLiteral("roles"));
    roles.permission = security::perm::kUsersView;
    roles.area = Qt::LeftDockWidgetArea;
    roles.tabGroup = QStringLiteral("fd.admin.accounts");
    roles.create = [this](QWidget* parent) { return m_rolesView = new RolesView(m_access, parent); };

    shell::DockSpec audit;
    audit.objectName = kAuditDock;
    audit.title = tr("Audit Trail");
    audit.icon = shell::icon(QStringLiteral("audit"));
    audit.permission = security::perm::kAuditView;
    audit.area = Qt::RightDockWidgetArea;
    audit.preferredWidth = 760;
    audit.create = [this](QWidget* parent) {
        return m_auditView = new AuditView(m_audit, m_access, m_practiceName, parent);
    };
    return {users, roles, audit};
}

namespace {
shell::ActionSpec& addAction(std::vector<shell::ActionSpec>& out, const char* id, const QString& text,
                             const char* iconName, const QString& permission)
{
    shell::ActionSpec spec;
    spec.id = QString::fromLatin1(id);
    spec.text = text;
    spec.icon = shell::icon(QString::fromLatin1(iconName));
    spec.permission = permission;
    out.push_back(std::move(spec));
    return out.back();
}
}  // namespace

std::vector<shell::ActionSpec> AdminModule::actions()
{
    std::vector<shell::ActionSpec> out;
    namespace p = security::perm;
    addAction(out, "fd.admin.showUsers", tr("&Users"), "users", p::kUsersView).showsDock = kUsersDock;
    addAction(out, "fd.admin.showRoles", tr("&Roles and Permissions"), "roles", p::kUsersView).showsDock = kRolesDock;
    shell::ActionSpec& showAudit = addAction(out, "fd.admin.showAudit", tr("&Audit Trail"), "audit", p::kAuditView);
    showAudit.showsDock = kAuditDock;
    showAudit.toolbar = true;
    addUserActions(out);
    addAuditActions(out);
    shell::ActionSpec& password = addAction(out, "fd.admin.changeMyPassword", tr("Change My &Password…"), "key", {});
    password.menu = shell::MenuPlacement::File;
    password.trigger = [this] { changeMyPassword(); };
    return out;
}

void AdminModule::addUserActions(std::vector<shell::ActionSpec>& out)
{
    // The dock may be closed or never created; the action then does nothing.
    auto inUsers = [this](void (UsersView::*method)()) {
        return [this, method] {
            if (m_usersView)
                (m_usersView->*method)();
        };
    };
    namespace p = security::perm;
    shell::ActionSpec& addUser = addAction(out, "fd.admin.addUser", tr("Add &User…"), "user-add", p::kUsersManage);
    addUser.context = kUsersDock;
    addUser.shortcut = QKeySequence(tr("Ctrl+N"));
    addUser.trigger = inUsers(&UsersView::addUserInteractive);
    shell::ActionSpec& reset = addAction(out, "fd.admin.resetPassword", tr("Reset &Password…"), "key", p::kUsersManage);
    reset.context = kUsersDock;
    reset.trigger = inUsers(&UsersView::resetPasswordInteractive);
    shell::ActionSpec& totp = addAction(out, "fd.admin.twoFactor", tr("&Two-Factor Login…"), "qr", p::kUsersManage);
    totp.context = kUsersDock;
    totp.trigger = inUsers(&UsersView::twoFactorInteractive);
}

void AdminModule::addAuditActions(std::vector<shell::ActionSpec>& out)
{
    auto inAudit = [this](void (AuditView::*method)()) {
        return [this, method] {
            if (m_auditView)
                (m_auditView->*method)();
        };
    };
    namespace p = security::perm;
    shell::ActionSpec& verify = addAction(out, "fd.admin.verifyAudit", tr("&Verify Audit Trail"), "verify", p::kAuditView);
    verify.context = kAuditDock;
    verify.trigger = inAudit(&AuditView::verifyInteractive);
    shell::ActionSpec& csv = addAction(out, "fd.admin.exportAuditCsv", tr("&Export Audit Trail…"), "export", p::kAuditExport);
    csv.context = kAuditDock;
    csv.trigger = inAudit(&AuditView::exportCsvInteractive);
    shell::ActionSpec& print = addAction(out, "fd.admin.printAudit", tr("&Print Audit Trail…"), "print", p::kAuditExport);
    print.context = kAuditDock;
    print.shortcut = QKeySequence(tr("Ctrl+P"));
    print.trigger = inAudit(&AuditView::printInteractive);
    shell::ActionSpec& breakGlass =
        addAction(out, "fd.admin.breakGlassReview", tr("&Break-Glass Accesses"), "breakglass", p::kBreakGlassReview);
    breakGlass.showsDock = kAuditDock;
    breakGlass.trigger = [this] {
        if (m_auditView)
            m_auditView->setBreakGlassOnly(true);
    };
}

void AdminModule::changeMyPassword()
{
    const security::UserInfo& me = m_access->currentUser();
    PasswordDialog dialog(PasswordDialog::Mode::ChangeOwn, me.username, QApplication::activeWindow());
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = m_users->changePassword(me.id, dialog.currentPassword(), dialog.newPassword());
        if (status) {
            QMessageBox::information(QApplication::activeWindow(), tr("Change My Password"),
                                     tr("Your password has been changed."));
            return;
        }
        dialog.showError(status.error().code == ErrorCode::WrongPassword ? tr("The current password is wrong.")
                                                                         : status.error().toString());
    }
}

}  // namespace fd::admin
