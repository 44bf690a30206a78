#pragma once

#include "patients/ui/patients_services.h"
#include "shell/module.h"

#include <QCoreApplication>
#include <QPointer>

namespace fd::patients::ui {

class PatientsDock;

// The registry's screen: the Patients dock and its actions (find, new, save, duplicates).
// The patients core publishes the services itself (app::startCores).
class PatientsModule final : public shell::IModule
{
    Q_DECLARE_TR_FUNCTIONS(fd::patients::ui::PatientsModule)

public:
    static const QString kDock;  // "fd.patients.registry"

    PatientsModule();
    ~PatientsModule() override;

    QString id() const override;
    QString displayName() const override;
    QIcon icon() const override;

    Status initialize(ServiceRegistry& registry) override;
    Status allModulesInitialized(ServiceRegistry& registry) override;

    std::vector<shell::DockSpec> docks() override;
    std::vector<shell::ActionSpec> actions() override;

    PatientsDock* dock() const;

private:
    PatientsServices m_services;
    QPointer<PatientsDock> m_dock;
};

}  // namespace fd::patients::ui
