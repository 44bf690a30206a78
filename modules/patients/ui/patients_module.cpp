#include "patients/ui/patients_module.h"

#include "patients/core/patients_permissions.h"
#include "patients/ui/patients_dock.h"
#include "shell/icons.h"

namespace fd::patients::ui {

const QString PatientsModule::kDock = QStringLiteral("fd.patients.registry");

PatientsModule::PatientsModule() = default;
PatientsModule::~PatientsModule() = default;

PatientsDock* PatientsModule::dock() const
{
    return m_dock.data();
}

QString PatientsModule::id() const
{
    return QStringLiteral("fd.patients");
}

QString PatientsModule::displayName() const
{
    return tr("Pa&tients");
}

QIcon PatientsModule::icon() const
{
    return shell::icon(QStringLiteral("users"));
}

Status PatientsModule::initialize(ServiceRegistry& registry)
{
    Q_UNUSED(registry);
    return {};
}

Status PatientsModule::allModulesInitialized(ServiceRegistry& registry)
{
    m_services = PatientsServices::from(registry);
    if (!m_services.complete())
        return makeError(ErrorCode::Unavailable, tr("The patient registry's services are not available"));
    return {};
}

// Offered to every user: without patients.read the dock says why it shows nothing.
std::vector<shell::DockSpec> PatientsModule::docks()
{
    shell::DockSpec dock;
    dock.objectName = kDock;
    dock.title = tr("Patients");
    dock.icon = icon();
    dock.area = Qt::LeftDockWidgetArea;
    dock.preferredWidth = 760;
    dock.create = [this](QWidget* parent) { return m_dock = new PatientsDock(m_services, parent); };
    return {dock};
}

std::vector<shell::ActionSpec> PatientsModule::actions()
{
    const auto inDock = [this](void (PatientsDock::*method)()) {
        return [this, method] {
            if (m_dock)
                (m_dock->*method)();
        };
    };
    shell::ActionSpec find;
    find.id = QStringLiteral("fd.patients.find");
    find.text = tr("&Find Patient");
    find.icon = shell::icon(QStringLiteral("search"));
    find.shortcut = QKeySequence(tr("Ctrl+Shift+F"));
    find.showsDock = kDock;
    find.toolbar = true;
    find.trigger = inDock(&PatientsDock::focusSearch);

    shell::ActionSpec create;
    create.id = QStringLiteral("fd.patients.new");
    create.text = tr("&New Patient");
    create.icon = shell::icon(QStringLiteral("user-add"));
    create.shortcut = QKeySequence(tr("Ctrl+N"));
    create.context = kDock;
    create.permission = perm::kEdit;
    create.trigger = inDock(&PatientsDock::newPatient);

    shell::ActionSpec save;
    save.id = QStringLiteral("fd.patients.save");
    save.text = tr("&Save Patient");
    save.shortcut = QKeySequence(tr("Ctrl+S"));
    save.context = kDock;
    save.permission = perm::kEdit;
    save.trigger = inDock(&PatientsDock::saveCurrent);

    shell::ActionSpec duplicates;
    duplicates.id = QStringLiteral("fd.patients.duplicates");
    duplicates.text = tr("Possible &Duplicates…");
    duplicates.context = kDock;
    duplicates.permission = perm::kEdit;
    duplicates.trigger = inDock(&PatientsDock::showDuplicates);

    shell::ActionSpec importCsv;
    importCsv.id = QStringLiteral("fd.patients.importCsv");
    importCsv.text = tr("&Import Patients from CSV…");
    importCsv.context = kDock;
    importCsv.permission = perm::kImport;
    importCsv.trigger = inDock(&PatientsDock::importCsv);

    shell::ActionSpec exportCsv;
    exportCsv.id = QStringLiteral("fd.patients.exportCsv");
    exportCsv.text = tr("&Export Patients to CSV…");
    exportCsv.context = kDock;
    exportCsv.permission = perm::kExport;
    exportCsv.trigger = inDock(&PatientsDock::exportCsv);
    return {find, create, save, duplicates, importCsv, exportCsv};
}

}  // namespace fd::patients::ui
