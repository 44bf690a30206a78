#pragma once

#include "common/service_registry.h"

namespace fd::calendar::messaging {

// Declares the messaging permissions and publishes IReminderService. Runs after
// calendar::registerServices (it uses the appointment service and the patients core). The
// schema is messagingMigrations() (message_log.h), migrated with the other feature cores.
void registerMessagingServices(ServiceRegistry& registry);

}  // namespace fd::calendar::messaging
