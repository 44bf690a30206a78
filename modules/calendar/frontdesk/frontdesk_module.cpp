#include "calendar/frontdesk/frontdesk_module.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/frontdesk_permissions.h"
#include "calendar/frontdesk/frontdesk_dock.h"
#include "shell/icons.h"

namespace fd::calendar::frontdesk {

const QString FrontdeskModule::kDock = QStringLiteral("fd.calendar.frontdesk");

FrontdeskModule::FrontdeskModule() = default;
FrontdeskModule::~FrontdeskModule() = default;

FrontdeskDock* FrontdeskModule::dock() const
{
    return m_dock.data();
}

QString FrontdeskModule::id() const
{
    return QStringLiteral("fd.calendar.frontdesk");
}

QString FrontdeskModule::displayName() const
{
    return tr("&Front Desk");
}

QIcon FrontdeskModule::icon() const
{
    return shell::icon(QStringLiteral("frontdesk"));
}

QStringList FrontdeskModule::permissions() const
{
    return {perm::kView};
}

Status FrontdeskModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);
    return {};
}

Status FrontdeskModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_services = FrontdeskServices::from(registry);
    if (!m_services.complete())
        return makeError(ErrorCode::Unavailable, tr("The front desk's services are not available"));
    return {};
}

std::vector<shell::DockSpec> FrontdeskModule::docks()
{
    shell::DockSpec dock;
    dock.objectName = kDock;
    dock.title = tr("Front desk");
    dock.icon = icon();
    dock.permission = perm::kView;
    dock.area = Qt::RightDockWidgetArea;
    dock.tabGroup = QStringLiteral("fd.frontoffice");  // starts as a tab beside the accounts
    dock.preferredWidth = 900;
    dock.create = [this](QWidget* parent) {
        return m_dock = new FrontdeskDock(m_services, parent);
    };
    return {dock};
}

std::vector<shell::ActionSpec> FrontdeskModule::actions()
{
    shell::ActionSpec show;
    show.id = QStringLiteral("fd.calendar.frontdesk.show");
    show.text = tr("&Front Desk");
    show.icon = icon();
    show.shortcut = QKeySequence(tr("Ctrl+Shift+D"));
    show.showsDock = kDock;
    show.permission = perm::kView;
    show.trigger = [this] {
        if (m_dock)
            m_dock->refresh();
    };

    shell::ActionSpec checkIn;
    checkIn.id = QStringLiteral("fd.calendar.frontdesk.checkIn");
    checkIn.text = tr("Check &In…");
    checkIn.context = kDock;
    checkIn.permission = perm::kCheckIn;
    checkIn.trigger = [this] {
        if (m_dock)
            m_dock->arriveSelected();
    };

    shell::ActionSpec checkOut;
    checkOut.id = QStringLiteral("fd.calendar.frontdesk.checkOut");
    checkOut.text = tr("Check &Out…");
    checkOut.context = kDock;
    checkOut.permission = perm::kCheckOut;
    checkOut.trigger = [this] {
        if (m_dock)
            m_dock->checkOutSelected();
    };
    return {show, checkIn, checkOut};
}

}  // namespace fd::calendar::frontdesk
