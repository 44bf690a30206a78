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

// The reminders' screen: the Messages dock, its actions and the Reminders settings page. The
// service itself comes from the calendar core (app::startCores).
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

private:
    std::shared_ptr<messaging::IReminderService> m_service;
    std::shared_ptr<security::IAccessControl> m_access;
    QPointer<MessagesDock> m_dock;
};

}  // namespace fd::calendar::messages
