#pragma once

#include "patients/core/patient_search.h"

#include <QAbstractTableModel>

#include <vector>

namespace fd::patients::ui {

// One page of search results (the search caps it), ranked by the core; a row is a summary,
// never the record, so listing is not a read of the patient.
class PatientSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Account, Name, Preferred, BirthDate, Age, Sex, Alert, Status, ColumnCount };

    explicit PatientSearchModel(QObject* parent = nullptr);

    void setHits(std::vector<PatientSearchHit> hits);
    void clear();
    const PatientSummary* summaryAt(int row) const;
    int rowOf(const QString& patientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString sexText(const QString& code);
    static QString statusText(const QString& id);

private:
    std::vector<PatientSearchHit> m_hits;
};

}  // namespace fd::patients::ui
