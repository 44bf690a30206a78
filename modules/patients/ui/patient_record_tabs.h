#pragma once

#include <QString>
#include <QWidget>

#include <vector>

namespace fd::patients::ui {

// A tab a higher feature adds to the open patient (billing's Eligibility). The editor gives it
// the patient when the tab is first shown for that patient, as it does its own tabs, so
// opening a record reads nothing more.
class PatientRecordTab : public QWidget
{
public:
    using QWidget::QWidget;
    virtual QString tabTitle() const = 0;  // translated, with a mnemonic if wanted
    virtual void setPatientId(const QString& patientId) = 0;
};

// A hook higher features' modules append to the ServiceRegistry in initialize()
// (registry.append<IPatientRecordTabs>): the patients UI never links them. Tabs are created
// for the logged-in user, so a provider returns none the user may not see.
class IPatientRecordTabs
{
public:
    virtual ~IPatientRecordTabs() = default;
    virtual std::vector<PatientRecordTab*> createTabs(QWidget* parent) = 0;
};

}  // namespace fd::patients::ui
