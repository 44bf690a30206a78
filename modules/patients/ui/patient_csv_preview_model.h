#pragma once

#include "patients/core/patient_csv.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace fd::patients::ui {

// The records of a patient file as the import would write them (PatientCsvPreview::rows), one
// table row each, with the file's row number first. Rows with a problem are tinted and carry
// their messages as a tooltip.
class PatientCsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FileRow,
        Account,
        LastName,
        FirstName,
        MiddleName,
        PreferredName,
        BirthDate,
        Sex,
        Phones,
        Email,
        Address,
        City,
        State,
        Zip,
        Language,
        Status,
        Payer,
        MemberId,
        Group,
        Plan,
        CoverageFrom,
        ColumnCount
    };

    explicit PatientCsvPreviewModel(QObject* parent = nullptr);

    // The rows of a preview (moved in: a file can be large) and its problems; `payerNames`:
    // the practice's payer ids -> names, to show a resolved coverage's payer.
    void setRows(std::vector<PatientCsvRow> rows, const std::vector<PatientCsvProblem>& problems,
                 QHash<QString, QString> payerNames);
    void clear();
    // The table row of the file's row `fileRow`; -1 when the file row is not listed (a row
    // that could not be read at all).
    int rowOfFileRow(int fileRow) const;
    const PatientCsvRow* rowAt(int row) const;
    // The column a field of patientCsvFields() shows in (FileRow for none).
    static int columnOfField(const QString& field);
    // A field's name for people: "Date of birth" for birth_date.
    static QString fieldLabel(const QString& field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const PatientCsvRow& row, int column) const;

    std::vector<PatientCsvRow> m_rows;
    QHash<int, int> m_rowOfFileRow;
    QHash<int, QStringList> m_problems;  // file row -> messages
    QHash<QString, QString> m_payerNames;
};

}  // namespace fd::patients::ui
