#pragma once

#include "patients/ui/patients_services.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd::practice::ui {
class PracticeTableModel;
}

namespace fd::patients::ui {

// Who receives the patient's statements: the patient, another person, or the guarantor of
// a family member's account; and the patients that guarantor answers for.
class GuarantorPage final : public QWidget
{
    Q_OBJECT
public:
    GuarantorPage(PatientsServices services, QWidget* parent = nullptr);

    void setPatient(const Patient& patient);
    void setEditable(bool editable);
    QLabel* guarantorLabel() const { return m_current; }
    practice::ui::PracticeTableModel* family() const { return m_family; }

    void makeSelf();
    void enterPerson();
    void useFamilyAccount();

signals:
    // The patient's record changed (its guarantor); the editor reloads it.
    void patientChanged();

private:
    void assign(const Result<Guarantor>& guarantor);
    void showError(const QString& message);

    PatientsServices m_services;
    Patient m_patient;
    QLabel* m_current;
    QLabel* m_message;
    QPushButton* m_self;
    QPushButton* m_person;
    QLineEdit* m_account;
    QPushButton* m_useAccount;
    practice::ui::PracticeTableModel* m_family;
    QTableView* m_view;
};

}  // namespace fd::patients::ui
