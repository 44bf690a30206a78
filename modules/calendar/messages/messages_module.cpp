#include "calendar/messages/messages_module.h"

#include "calendar/messages/messages_dock.h"
#include "calendar/messages/messaging_settings_page.h"
#include "calendar/messages/reminder_scheduler.h"
#include "security/interfaces.h"
#include "shell/icons.h"
#include "storage/database.h"

namespace fd::calendar::messages {

using namespace messaging;

const QString MessagesModule::kDock = QStringLiteral("fd.calendar.messages");

MessagesModule::MessagesModule() = default;
MessagesModule::~MessagesModule()
{
    // The timer dies here, before the session takes the services back and wipes the key.
    m_scheduler.reset();
}

QString MessagesModule::id() const
{
    return QStringLiteral("fd.calendar.messages");
}

QString MessagesModule::displayName() const
{
    return tr("&Messages");
}

QIcon MessagesModule::icon() const
{
    return shell::icon(QStringLiteral("export"));
}

QStringList MessagesModule::permissions() const
{
    return {perm::kMessagesView, perm::kRemindersSettings};
}

Status MessagesModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);
    return {};
}

Status MessagesModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_service = registry.get<IReminderService>();
    m_access = registry.get<security::IAccessControl>();
    if (!m_service || !m_access)
        return makeError(ErrorCode::Unavailable, tr("The reminder service is not available"));
    if (auto db = registry.get<storage::Database>())
        m_deviceId = db->deviceId();
    m_scheduler = std::make_unique<ReminderScheduler>(m_service, m_access, m_deviceId);
    m_scheduler->start();
    return {};
}

std::vector<shell::DockSpec> MessagesModule::docks()
{
    shell::DockSpec dock;
    dock.objectName = kDock;
    dock.title = tr("Messages");
    dock.icon = icon();
    dock.permission = perm::kMessagesView;
    dock.area = Qt::RightDockWidgetArea;
    dock.tabGroup = QStringLiteral("fd.frontoffice");  // starts as a tab beside the accounts
    dock.create = [this](QWidget* parent) {
        m_dock = new MessagesDock(m_service, parent);
        if (m_scheduler) {
            m_dock->showAutomaticStatus(m_scheduler->statusText(), m_scheduler->statusIsProblem());
            QObject::connect(m_scheduler.get(), &ReminderScheduler::statusChanged, m_dock,
                             &MessagesDock::showAutomaticStatus);
            QObject::connect(m_scheduler.get(), &ReminderScheduler::runFinished, m_dock,
                             &MessagesDock::refresh);
        }
        return m_dock.data();
    };
    return {dock};
}

std::vector<shell::ActionSpec> MessagesModule::actions()
{
    shell::ActionSpec show;
    show.id = QStringLiteral("fd.calendar.messages.show");
    show.text = tr("&Messages");
    show.icon = icon();
    show.showsDock = kDock;
    show.permission = perm::kMessagesView;
    show.trigger = [this] {
        if (m_dock)
            m_dock->refresh();
    };

    shell::ActionSpec run;
    run.id = QStringLiteral("fd.calendar.messages.sendDue");
    run.text = tr("Send &Due Reminders");
    run.context = kDock;
    run.permission = perm::kRemindersSend;
    run.trigger = [this] {
        if (m_dock)
            m_dock->runNow();
    };
    return {show, run};
}

std::vector<shell::SettingsPage*> MessagesModule::createSettingsPages(QWidget* parent)
{
    if (!m_service || !m_access || !m_access->can(perm::kMessagesView))
        return {};
    return {new MessagingSettingsPage(m_service, m_access->can(perm::kRemindersSettings),
                                      {m_deviceId, m_access->workstation()}, parent)};
}

}  // namespace fd::calendar::messages
