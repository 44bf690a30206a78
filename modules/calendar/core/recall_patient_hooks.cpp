#include "calendar/core/recall_patient_hooks.h"

#include "calendar/core/recall_store.h"

namespace fd::calendar {

RecallMergeParticipant::RecallMergeParticipant()
    : SyncedRowsMergeParticipant(QStringLiteral("calendar_recalls"),
                                 QStringLiteral("calendar_recall_merge_moves"),
                                 {table::kRecalls, table::kRecallContacts})
{
}

}  // namespace fd::calendar
