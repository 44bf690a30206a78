#pragma once

#include "accounts/ui/accounts_services.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace fd::accounts::ui {

class AccountsDock;

// The ledger's screen: the Accounts dock and its actions (show, record a payment, reprint a
// receipt). The accounts core publishes the services itself (app::startCores).
class AccountsModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::accounts::ui::AccountsModule)

public:
    static const QString kDock;  // "fd.accounts.ledger"

    AccountsModule();
    ~AccountsModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QStringList permissions() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;

    AccountsDock* dock() const;

private:
    AccountsServices m_services;
    QPointer<AccountsDock> m_dock;
};

}  // namespace fd::accounts::ui
