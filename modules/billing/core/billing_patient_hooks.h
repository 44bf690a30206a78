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

// Moves a merged-away patient's eligibility checks and verification-list rows to the survivor
// (remembered in billing_eligibility_merge_moves); undo puts back exactly those. The list
// reads the survivor's name from the registry.
class EligibilityMergeParticipant final : public patients::SyncedRowsMergeParticipant
{
public:
    EligibilityMergeParticipant();
};

}  // namespace fd::billing
