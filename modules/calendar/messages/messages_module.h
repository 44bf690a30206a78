#pragma once

#include "calendar/core/messaging/reminders.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace fd::security {
class IAccessControl;
}  // namespace fd::security

namespace fd::calendar::messages {

class MessagesDock;
class ReminderScheduler;

// The reminders' screen: the Messages dock, its actions, the Reminders settings page and the
// automatic runs (ReminderScheduler). The service itself comes from the calendar core
// (app::startCores).
class MessagesModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messages::MessagesModule)

public:
    static const QString kDock;  // "fd.calendar.messages"

    MessagesModule();
    ~MessagesModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;
    QStringList permissions() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;
    std::vector<shell::SettingsPage*> createSettingsPages(QWidget* parent) override;

    // The automatic runs of this session (null before allModulesInitialized()). Destroyed
    // with the module, which the shell does at logout and at quit.
    ReminderScheduler* scheduler() const { return m_scheduler.get(); }

private:
    std::shared_ptr<messaging::IReminderService> m_service;
    std::shared_ptr<security::IAccessControl> m_access;
    QPointer<MessagesDock> m_dock;
    QString m_deviceId;
    std::unique_ptr<ReminderScheduler> m_scheduler;
};

}  // namespace fd::calendar::messages
