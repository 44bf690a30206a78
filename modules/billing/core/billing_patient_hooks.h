#pragma once

#include "patients/core/synced_rows_merge.h"

namespace fd::billing {

// Moves a merged-away patient's encounters, service lines and claims to the survivor (synced
// updates, each remembered in billing_merge_moves); undo puts back exactly those. The ledger
// entries the lines charged move with the accounts core's own participant.
class BillingMergeParticipant final : public patients::SyncedRowsMergeParticipant
{
public:
    BillingMergeParticipant();
};

}  // namespace fd::billing
