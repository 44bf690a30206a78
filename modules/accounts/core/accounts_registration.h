#pragma once

#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::accounts {

// The ledger's schema: numbered migrations, each in its own transaction.
storage::MigrationSet accountsMigrations();

// Publishes ILedger, adds the ledger's merge participant ("accounts") and balance source to
// the registry's PatientHooks, and declares the ledger's permissions. Runs after
// patients::registerServices.
void registerServices(ServiceRegistry& registry);

}  // namespace fd::accounts
