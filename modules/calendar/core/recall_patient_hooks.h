#pragma once

#include "patients/core/patient_hooks.h"

namespace fd::calendar {

// Moves a merged-away patient's recalls and their contact attempts to the survivor (synced
// updates), remembering each row so that undo puts back exactly those.
class RecallMergeParticipant final : public patients::IPatientMergeParticipant
{
public:
    QString name() const override { return QStringLiteral("calendar_recalls"); }
    Result<int> merge(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                      const QString& loserId) override;
    Status undo(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                const QString& loserId) override;
};

}  // namespace fd::calendar
