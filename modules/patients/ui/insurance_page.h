#pragma once

#include "patients/ui/patients_services.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fd::practice::ui {
class PracticeTableModel;
}

namespace fd::patients::ui {

// The patient's coverages by order then start date; add, edit and remove through the
// coverage dialog. The order and dates decide which payer a claim goes to.
class InsurancePage final : public QWidget
{
    Q_OBJECT
public:
    InsurancePage(PatientsServices services, QWidget* parent = nullptr);

    void setPatientId(const QString& patientId);
    void reload();
    void setEditable(bool editable);
    practice::ui::PracticeTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    void addCoverage();
    void editCoverage();
    void removeCoverage();

private:
    const Coverage* current() const;

    PatientsServices m_services;
    QString m_patientId;
    std::vector<Coverage> m_coverages;
    practice::ui::PracticeTableModel* m_model;
    QTableView* m_view;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    bool m_editable = true;
};

}  // namespace fd::patients::ui
