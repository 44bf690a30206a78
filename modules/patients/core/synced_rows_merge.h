#pragma once

#include "patients/core/patient_hooks.h"

#include <QStringList>

namespace fd::patients {

// The merge participant of a feature whose patient rows are synced rows with a patient_id
// column: a merge moves the merged-away patient's live rows of `tables` to the survivor (synced
// updates), remembering each in `movesTable` (merge_id, table_name, row_id, from_patient_id), so
// that undo puts back exactly those. The table names are the feature's own constants.
class SyncedRowsMergeParticipant : public IPatientMergeParticipant
{
public:
    SyncedRowsMergeParticipant(QString name, QString movesTable, QStringList tables);

    QString name() const override { return m_name; }
    Result<int> merge(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                      const QString& loserId) override;
    Status undo(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                const QString& loserId) override;

private:
    QString m_name;
    QString m_movesTable;
    QStringList m_tables;
};

}  // namespace fd::patients
