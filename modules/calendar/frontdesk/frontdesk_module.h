#pragma once

#include "calendar/frontdesk/frontdesk_services.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace fd::calendar::frontdesk {

class FrontdeskDock;

// The front desk's screen: the Front desk dock (flow board, check-in, check-out) and its
// actions. The scheduling core publishes IFrontDesk itself (app::startCores).
class FrontdeskModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::frontdesk::FrontdeskModule)

public:
    static const QString kDock;  // "fd.calendar.frontdesk"

    FrontdeskModule();
    ~FrontdeskModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QStringList permissions() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;

    FrontdeskDock* dock() const;

private:
    FrontdeskServices m_services;
    QPointer<FrontdeskDock> m_dock;
};

}  // namespace fd::calendar::frontdesk
