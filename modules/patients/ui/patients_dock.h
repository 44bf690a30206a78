#pragma once

#include "patients/ui/patients_services.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace fd::patients::ui {

class PatientEditor;
class PatientSearchModel;

// The Patients dock: the search field (search as you type), the ranked results and the open
// patient beside them. Keyboard: Down moves from the field into the results, Enter opens the
// highlighted patient, Esc clears the search (from the results it returns to the field).
// Without patients.read it only explains why nothing is shown.
class PatientsDock final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    PatientsDock(PatientsServices services, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* results() const { return m_results; }
    PatientSearchModel* model() const { return m_model; }
    PatientEditor* editor() const { return m_editor; }
    QLabel* message() const { return m_message; }
    QSplitter* splitter() const { return m_splitter; }

    // Runs the search now (the field runs it kDebounceMs after the last keystroke).
    void searchNow();
    // Opens the patient, asking for an emergency-access reason first when the record is
    // restricted beyond the user's role.
    bool openPatient(const QString& patientId);
    void openCurrent();
    void newPatient();
    void saveCurrent();
    void focusSearch();
    void showDuplicates();
    // The digital intake queue (patients.edit).
    void showIntake();
    // CSV files (patients.import / patients.export): the import dialog, and an export to a
    // file chosen with a save dialog.
    void importCsv();
    void exportCsv();
    // Writes the export to `path` (mode 0600); false with the reason shown.
    bool exportCsvTo(const QString& path);
    QToolButton* filesButton() const { return m_files; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildDenied();
    void buildScreen();
    bool breakGlass(const QString& patientId);
    void showMessage(const QString& text);

    PatientsServices m_services;
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_duplicates = nullptr;
    QPushButton* m_intake = nullptr;
    QToolButton* m_files = nullptr;
    PatientSearchModel* m_model = nullptr;
    QTableView* m_results = nullptr;
    QSplitter* m_splitter = nullptr;
    PatientEditor* m_editor = nullptr;
};

}  // namespace fd::patients::ui
