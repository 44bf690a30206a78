#pragma once

#include "patients/core/synced_rows_merge.h"

namespace fd::calendar {

// Moves a merged-away patient's recalls and their contact attempts to the survivor; undo puts
// back exactly those.
class RecallMergeParticipant final : public patients::SyncedRowsMergeParticipant
{
public:
    RecallMergeParticipant();
};

}  // namespace fd::calendar
