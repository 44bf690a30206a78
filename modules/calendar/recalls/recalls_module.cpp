#include "calendar/recalls/recalls_module.h"

#include "calendar/core/recall_permissions.h"
#include "shell/icons.h"

namespace fd::calendar::ui {

const QString RecallsModule::kDock = QStringLiteral("fd.calendar.recalls");

RecallsModule::RecallsModule() = default;
RecallsModule::~RecallsModule() = default;

QString RecallsModule::id() const
{
    return QStringLiteral("fd.calendar.recalls");
}

QString RecallsModule::displayName() const
{
    return tr("&Recalls");
}

QIcon RecallsModule::icon() const
{
    return shell::icon(QStringLiteral("refresh"));
}

QStringList RecallsModule::permissions() const
{
    return {perm::kRecallsView};
}

Status RecallsModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);
    return {};
}

Status RecallsModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_services = RecallsServices::from(registry);
    if (!m_services.complete())
        return makeError(ErrorCode::Unavailable, tr("The recall services are not available"));
    return {};
}

std::vector<shell::DockSpec> RecallsModule::docks()
{
    shell::DockSpec dock;
    dock.objectName = kDock;
    dock.title = tr("Recalls");
    dock.icon = icon();
    dock.permission = perm::kRecallsView;
    dock.area = Qt::RightDockWidgetArea;
    dock.tabGroup = QStringLiteral("fd.frontoffice");  // starts as a tab beside the accounts
    dock.preferredWidth = 760;
    dock.create = [this](QWidget* parent) { return m_dock = new RecallsDock(m_services, parent); };
    return {dock};
}

std::vector<shell::ActionSpec> RecallsModule::actions()
{
    shell::ActionSpec show;
    show.id = QStringLiteral("fd.calendar.recalls.show");
    show.text = tr("&Recalls");
    show.icon = icon();
    show.showsDock = kDock;
    show.permission = perm::kRecallsView;
    show.trigger = [this] {
        if (m_dock)
            m_dock->refresh();
    };

    shell::ActionSpec contact;
    contact.id = QStringLiteral("fd.calendar.recalls.logContact");
    contact.text = tr("Log Recall &Contact…");
    contact.context = kDock;
    contact.permission = perm::kRecallsWork;
    contact.trigger = [this] {
        if (m_dock)
            m_dock->logContactInteractive();
    };

    shell::ActionSpec campaign;
    campaign.id = QStringLiteral("fd.calendar.recalls.campaign");
    campaign.text = tr("Recall C&ampaign…");
    campaign.context = kDock;
    campaign.permission = perm::kRecallsCampaign;
    campaign.trigger = [this] {
        if (m_dock)
            m_dock->campaignInteractive();
    };
    return {show, contact, campaign};
}

}  // namespace fd::calendar::ui
