#pragma once

#include "patients/ui/patients_services.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace fd::patients::ui {

class DemographicsPage;
class DocumentsPage;
class GuarantorPage;
class InsurancePage;
class PatientRecordTab;
class PrivacyPage;

// The open patient: the alert banner, a header line, and the Demographics, Insurance,
// Guarantor, Privacy and Documents tabs. The tabs beyond Demographics need a saved record.
class PatientEditor final : public QWidget
{
    Q_OBJECT
public:
    PatientEditor(PatientsServices services, QWidget* parent = nullptr);

    void newPatient(const Patient& prefill = {});
    // Loads the record (audited as a read by the core); shows the core's message on an error.
    Status open(const QString& patientId);
    void close();
    // Saves the form: a new patient after the duplicate check, an existing one against its
    // row version. False when nothing was saved (error shown at its field, or cancelled).
    bool save();

    bool hasPatient() const;
    bool isNew() const;
    const Patient& patient() const { return m_patient; }
    DemographicsPage* demographics() const { return m_demographics; }
    InsurancePage* insurance() const { return m_insurance; }
    GuarantorPage* guarantor() const { return m_guarantor; }
    PrivacyPage* privacy() const { return m_privacy; }
    DocumentsPage* documents() const { return m_documents; }
    QTabWidget* tabs() const { return m_tabs; }
    const std::vector<PatientRecordTab*>& addedTabs() const { return m_addedTabs; }
    QLabel* banner() const { return m_banner; }
    QLabel* header() const { return m_header; }

signals:
    void saved(const fd::patients::Patient& patient);
    // The user chose an existing record over the new one (duplicate warning).
    void openRequested(const QString& patientId);

private:
    void show(const Patient& patient);
    void reloadRecord();
    void loadTab(int index);
    bool create(const Patient& patient);

    PatientsServices m_services;
    bool m_canEdit;
    Patient m_patient;
    bool m_open = false;
    QSet<int> m_loadedTabs;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_banner;
    QLabel* m_header;
    QLabel* m_status;
    QPushButton* m_save;
    QTabWidget* m_tabs;
    DemographicsPage* m_demographics;
    InsurancePage* m_insurance;
    GuarantorPage* m_guarantor;
    PrivacyPage* m_privacy;
    DocumentsPage* m_documents;
    std::vector<PatientRecordTab*> m_addedTabs;  // from other features (IPatientRecordTabs)
};

}  // namespace fd::patients::ui
