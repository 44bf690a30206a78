#pragma once

#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace fd::security {
class IAccessControl;
class IAuditTrail;
class IUserService;
}  // namespace fd::security

namespace fd::admin {

class AuditView;
class RolesView;
class UsersView;

// Administration: the Users, Roles and Audit docks and "Change my password". Offered to every
// user (anyone may change their own password); each dock and action carries its permission.
class AdminModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::admin::AdminModule)

public:
    AdminModule();
    ~AdminModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;

    // Dock object names (stable: saved layouts refer to them).
    static const QString kUsersDock;
    static const QString kRolesDock;
    static const QString kAuditDock;

private:
    void addUserActions(std::vector<shell::ActionSpec>& out);
    void addAuditActions(std::vector<shell::ActionSpec>& out);
    void changeMyPassword();

    std::shared_ptr<security::IUserService> m_users;
    std::shared_ptr<security::IAccessControl> m_access;
    std::shared_ptr<security::IAuditTrail> m_audit;
    QString m_practiceName;
    QPointer<UsersView> m_usersView;
    QPointer<RolesView> m_rolesView;
    QPointer<AuditView> m_auditView;
};

}  // namespace fd::admin
