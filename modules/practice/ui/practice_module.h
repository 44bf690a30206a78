#pragma once

#include "practice/ui/practice_services.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace fd::security {
class IAccessControl;
}

namespace fd::practice::ui {

class PracticeDock;

// The practice's screen: the Practice dock for the setup (profile, locations, providers,
// payers, fee schedules, code sets). The practice core publishes the services itself
// (app::startCores), so initialize() has nothing to add.
class PracticeModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::practice::ui::PracticeModule)

public:
    static const QString kDock;  // "fd.practice.setup"

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QStringList permissions() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;

    PracticeModule();
    ~PracticeModule() override;

    PracticeDock* dock() const;

private:
    PracticeServices m_services;
    std::shared_ptr<security::IAccessControl> m_access;
    QPointer<PracticeDock> m_dock;
};

}  // namespace fd::practice::ui
