#pragma once

#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::billing {

// The billing core's schema: numbered migrations, each in its own transaction.
storage::MigrationSet billingMigrations();

// Publishes IChargeService, IClaimService and IClaimExport and declares the billing
// permissions. Runs after calendar::registerServices.
void registerServices(ServiceRegistry& registry);

}  // namespace fd::billing
