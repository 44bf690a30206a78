#pragma once

#include "calendar/dock/dock_services.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace fd::calendar::dock {

class CalendarDock;

// The schedule's screen: the Calendar dock and its actions (show, today, find first
// available). The scheduling core publishes the services itself (app::startCores).
class CalendarModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::dock::CalendarModule)

public:
    static const QString kDock;  // "fd.calendar.schedule"

    CalendarModule();
    ~CalendarModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QStringList permissions() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;

    CalendarDock* dock() const;

private:
    DockServices m_services;
    QPointer<CalendarDock> m_dock;
};

}  // namespace fd::calendar::dock
