#pragma once

#include "calendar/core/calendar_context.h"
#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::calendar {

// The front desk's own schema ("calendar_frontdesk"): the check-in records.
storage::MigrationSet frontdeskMigrations();

// Declares the front desk permissions and publishes IFrontDesk over the appointment service,
// the ledger and the registry's coverages. Runs at the end of calendar::registerServices.
void registerFrontdesk(ServiceRegistry& registry, const CalendarContext& ctx);

}  // namespace fd::calendar
