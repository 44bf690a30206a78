#pragma once

#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::calendar {

// The scheduling core's schema: numbered migrations, each in its own transaction.
storage::MigrationSet calendarMigrations();

// Publishes IScheduleAdmin, IAppointmentService, ISeriesService and IWaitlistService, adds
// the calendar's merge participant ("calendar") and visit source (last and next visit) to the
// registry's PatientHooks, and declares the calendar permissions. Runs after
// accounts::registerServices.
void registerServices(ServiceRegistry& registry);

}  // namespace fd::calendar
