#include "practice/ui/practice_module.h"

#include "practice/core/practice_permissions.h"
#include "practice/ui/practice_dock.h"
#include "security/interfaces.h"
#include "shell/icons.h"

namespace fd::practice::ui {

const QString PracticeModule::kDock = QStringLiteral("fd.practice.setup");

PracticeModule::PracticeModule() = default;
PracticeModule::~PracticeModule() = default;

PracticeDock* PracticeModule::dock() const
{
    return m_dock.data();
}

QString PracticeModule::id() const
{
    return QStringLiteral("fd.practice");
}

QString PracticeModule::displayName() const
{
    return tr("&Practice");
}

QIcon PracticeModule::icon() const
{
    return shell::icon(QStringLiteral("settings"));
}

QStringList PracticeModule::permissions() const
{
    return {perm::kView};
}

Status PracticeModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);
    return {};
}

Status PracticeModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_services = PracticeServices::from(registry);
    m_access = registry.get<security::IAccessControl>();
    if (!m_services.complete() || !m_access)
        return makeError(ErrorCode::Unavailable, tr("The practice services are not available"));
    return {};
}

std::vector<shell::DockSpec> PracticeModule::docks()
{
    shell::DockSpec dock;
    dock.objectName = kDock;
    dock.title = tr("Practice");
    dock.icon = icon();
    dock.permission = perm::kView;
    dock.area = Qt::RightDockWidgetArea;
    dock.create = [this](QWidget* parent) {
        return m_dock = new PracticeDock(m_services, m_access->can(perm::kEdit), m_access->can(perm::kCodesImport), parent);
    };
    return {dock};
}

std::vector<shell::ActionSpec> PracticeModule::actions()
{
    shell::ActionSpec show;
    show.id = QStringLiteral("fd.practice.showSetup");
    show.text = tr("Practice &Setup");
    show.icon = icon();
    show.permission = perm::kView;
    show.menu = shell::MenuPlacement::Module;
    show.showsDock = kDock;
    return {show};
}

}  // namespace fd::practice::ui
