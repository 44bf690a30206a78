#pragma once

#include "patients/core/patient_csv.h"
#include "patients/ui/patients_services.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace fd::patients::ui {

class PatientCsvPreviewModel;

// Imports a patient file from another system: the file's columns with sample values, each
// matched to a field of the registry (pre-filled by the common header names, changed with a
// combo box, saved to and loaded from a mapping file), the records as they would be written,
// and every problem. Import is offered only when there is none; it writes all rows or nothing
// and reports what it did (patients, coverages, possible duplicates queued for review).
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
public:
    // How many problems the list shows; the summary gives the full count.
    static constexpr int kListedProblems = 500;

    CsvImportDialog(PatientsServices services, QWidget* parent = nullptr);
    ~CsvImportDialog() override;

    // Reads the file and matches its columns by their headers; false with the reason shown.
    bool loadFile(const QString& path);
    // Reads the file again (after it was fixed elsewhere), keeping the mapping chosen.
    bool reloadFile();
    // A mapping file ({"column header": "field"}), as frontdeskctl reads it too.
    bool loadMapping(const QString& path);
    bool saveMapping(const QString& path);
    // The field column `column` of the file goes to ("" to ignore it), as the combo box does.
    void setField(int column, const QString& field);
    QString fieldOf(int column) const;
    // Selects the preview row (or the column) the listed problem `index` is about.
    void showProblem(int index);
    // Writes the file (all-or-nothing); false with the reason shown.
    bool runImport();

    // The current mapping: nullopt while the header names decide.
    const std::optional<PatientCsvMapping>& mapping() const { return m_mapping; }
    const std::vector<PatientCsvProblem>& problems() const { return m_problems; }
    const std::optional<PatientImportReport>& report() const { return m_report; }
    // The user asked to review the possible duplicates the import queued.
    bool reviewRequested() const { return m_reviewRequested; }

    QTableWidget* columns() const { return m_columns; }
    QTableView* previewView() const { return m_preview; }
    PatientCsvPreviewModel* previewModel() const { return m_model; }
    QTableWidget* problemList() const { return m_problemList; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summary() const { return m_summary; }
    QLabel* message() const { return m_message; }
    QLabel* reportLabel() const { return m_reportLabel; }
    QPushButton* reviewButton() const { return m_review; }

private:
    QWidget* buildFileRow();
    QWidget* buildTables();
    void buildColumns(const QList<QStringList>& samples, const QStringList& fields);
    void refresh();
    void showProblems();
    void showError(const QString& text, const QString& details = {});
    PatientCsvMapping mappingFromCombos() const;
    void selectFields(const QStringList& fields);
    void updateButtons();
    void chooseFile();
    void chooseMapping();
    void chooseMappingTarget();

    PatientsServices m_services;
    QString m_path;
    QByteArray m_csv;
    QStringList m_headers;
    QStringList m_columnFields;  // as the last preview read them
    QChar m_separator = QLatin1Char(',');
    std::optional<PatientCsvMapping> m_mapping;
    std::vector<PatientCsvProblem> m_problems;
    int m_rowCount = 0;
    bool m_previewOk = false;
    std::optional<PatientImportReport> m_report;
    bool m_reviewRequested = false;
    QHash<QString, QString> m_payerNames;

    QLineEdit* m_file = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_loadMapping = nullptr;
    QPushButton* m_saveMapping = nullptr;
    QTableWidget* m_columns = nullptr;
    PatientCsvPreviewModel* m_model = nullptr;
    QTableView* m_preview = nullptr;
    QTableWidget* m_problemList = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_reportLabel = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_import = nullptr;
};

// Writes every patient to `path` (created mode 0600: it holds PHI) through the transfer
// service; written beside the target and renamed over it, so a failed export leaves nothing.
Result<qint64> exportPatientCsvFile(IPatientCsvTransfer& transfer, const QString& path);

}  // namespace fd::patients::ui
