#include "calendar/dock/calendar_module.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/dock/calendar_dock.h"
#include "shell/icons.h"

namespace fd::calendar::dock {

const QString CalendarModule::kDock = QStringLiteral("fd.calendar.schedule");

CalendarModule::CalendarModule() = default;
CalendarModule::~CalendarModule() = default;

CalendarDock* CalendarModule::dock() const
{
    return m_dock.data();
}

QString CalendarModule::id() const
{
    return QStringLiteral("fd.calendar");
}

QString CalendarModule::displayName() const
{
    return tr("&Calendar");
}

QIcon CalendarModule::icon() const
{
    return shell::icon(QStringLiteral("layout"));
}

QStringList CalendarModule::permissions() const
{
    return {perm::kView};
}

Status CalendarModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);
    return {};
}

Status CalendarModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_services = DockServices::from(registry);
    if (!m_services.complete())
        return makeError(ErrorCode::Unavailable, tr("The scheduling services are not available"));
    return {};
}

std::vector<shell::DockSpec> CalendarModule::docks()
{
    shell::DockSpec dock;
    dock.objectName = kDock;
    dock.title = tr("Calendar");
    dock.icon = icon();
    dock.permission = perm::kView;
    dock.area = Qt::RightDockWidgetArea;
    dock.tabGroup = QStringLiteral("fd.frontoffice");  // starts as a tab beside the accounts
    dock.preferredWidth = 1000;
    dock.create = [this](QWidget* parent) { return m_dock = new CalendarDock(m_services, parent); };
    return {dock};
}

std::vector<shell::ActionSpec> CalendarModule::actions()
{
    shell::ActionSpec show;
    show.id = QStringLiteral("fd.calendar.show");
    show.text = tr("&Calendar");
    show.icon = icon();
    show.shortcut = QKeySequence(tr("Ctrl+Shift+K"));
    show.showsDock = kDock;
    show.permission = perm::kView;
    show.trigger = [this] {
        if (m_dock)
            m_dock->focusCalendar();
    };

    shell::ActionSpec today;
    today.id = QStringLiteral("fd.calendar.today");
    today.text = tr("Go to &Today");
    today.shortcut = QKeySequence(tr("Ctrl+T"));
    today.context = kDock;
    today.permission = perm::kView;
    today.trigger = [this] {
        if (m_dock)
            m_dock->goToday();
    };

    shell::ActionSpec find;
    find.id = QStringLiteral("fd.calendar.findFirstAvailable");
    find.text = tr("&Find First Available…");
    find.shortcut = QKeySequence(tr("Ctrl+Alt+F"));
    find.context = kDock;
    find.permission = perm::kBook;
    find.trigger = [this] {
        if (m_dock)
            m_dock->findFirstAvailable();
    };

    shell::ActionSpec refresh;
    refresh.id = QStringLiteral("fd.calendar.refresh");
    refresh.text = tr("&Refresh Calendar");
    refresh.icon = shell::icon(QStringLiteral("refresh"));
    refresh.shortcut = QKeySequence(QKeySequence::Refresh);
    refresh.context = kDock;
    refresh.permission = perm::kView;
    refresh.trigger = [this] {
        if (m_dock)
            m_dock->reloadPractice();
    };
    shell::ActionSpec exportSchedule;
    exportSchedule.id = QStringLiteral("fd.calendar.exportSchedule");
    exportSchedule.text = tr("E&xport Schedule…");
    exportSchedule.context = kDock;
    exportSchedule.permission = perm::kView;
    exportSchedule.trigger = [this] {
        if (m_dock)
            m_dock->exportSchedule();
    };
    return {show, today, find, refresh, exportSchedule};
}

}  // namespace fd::calendar::dock
