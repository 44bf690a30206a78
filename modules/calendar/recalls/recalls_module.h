#pragma once

#include "calendar/recalls/recalls_dock.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace fd::calendar::ui {

// The recall list's screen: the Recalls dock and its actions. The scheduling core publishes
// the recall services itself (app::startCores).
class RecallsModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::ui::RecallsModule)

public:
    static const QString kDock;  // "fd.calendar.recalls"

    RecallsModule();
    ~RecallsModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QStringList permissions() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;

    RecallsDock* dock() const { return m_dock.data(); }

private:
    RecallsServices m_services;
    QPointer<RecallsDock> m_dock;
};

}  // namespace fd::calendar::ui
