#pragma once

#include "billing/core/billing_context.h"
#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::billing {

// The submission schema (migration set "billing_submission", after "billing"): the
// clearinghouse settings, batch status and the claims each batch carries, fetched
// acknowledgment files.
storage::MigrationSet submissionMigrations();

// Publishes IClearinghouse and IClaimSubmission. The scrubber (IClaimScrubber) is looked up
// in the registry when claims are submitted, so it may be registered after these.
void registerSubmission(ServiceRegistry& registry, const BillingContext& ctx);

}  // namespace fd::billing
