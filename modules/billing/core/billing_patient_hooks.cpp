#include "billing/core/billing_patient_hooks.h"

#include "billing/core/billing_context.h"

namespace fd::billing {

BillingMergeParticipant::BillingMergeParticipant()
    : SyncedRowsMergeParticipant(QStringLiteral("billing"), QStringLiteral("billing_merge_moves"),
                                 {table::kEncounters, table::kServiceLines, table::kClaims})
{
}

}  // namespace fd::billing
