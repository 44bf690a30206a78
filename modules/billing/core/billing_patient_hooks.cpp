#include "billing/core/billing_patient_hooks.h"

#include "billing/core/billing_context.h"
#include "billing/core/eligibility_store.h"

namespace fd::billing {

BillingMergeParticipant::BillingMergeParticipant()
    : SyncedRowsMergeParticipant(QStringLiteral("billing"), QStringLiteral("billing_merge_moves"),
                                 {table::kEncounters, table::kServiceLines, table::kClaims})
{
}

EligibilityMergeParticipant::EligibilityMergeParticipant()
    : SyncedRowsMergeParticipant(QStringLiteral("billing_eligibility"),
                                 QStringLiteral("billing_eligibility_merge_moves"),
                                 {table::kEligibilityChecks, table::kVerifications})
{
}

}  // namespace fd::billing
