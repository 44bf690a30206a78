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

// Scans and uploads attached to the patient, kept inside the encrypted database. A copy
// leaves it only where the user saves it; nothing is written to a temporary file.
class DocumentsPage final : public QWidget
{
    Q_OBJECT
public:
    DocumentsPage(PatientsServices services, QWidget* parent = nullptr);

    void setPatientId(const QString& patientId);
    void setEditable(bool editable);
    practice::ui::PracticeTableModel* model() const { return m_model; }

    // Attaches a file from disk (asks for it when `path` is empty); false on an error.
    bool attach(const QString& path = {}, const QString& title = {}, const QString& kind = QStringLiteral("other"));
    void openDocument();
    void saveCopy();
    void removeDocument();

private:
    void reload();
    const PatientDocument* current() const;
    void showError(const QString& message);

    PatientsServices m_services;
    QString m_patientId;
    std::vector<PatientDocument> m_documents;
    practice::ui::PracticeTableModel* m_model;
    QTableView* m_view;
    QLabel* m_message;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
};

}  // namespace fd::patients::ui
