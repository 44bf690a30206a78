#pragma once

#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::calendar {

// The recalls' schema (module "calendar_recalls").
storage::MigrationSet recallMigrations();

// Publishes IRecallService and adds the recalls' merge participant ("calendar_recalls") to the
// registry's PatientHooks. Called by calendar::registerServices, after its own services.
void registerRecallServices(ServiceRegistry& registry);

}  // namespace fd::calendar
