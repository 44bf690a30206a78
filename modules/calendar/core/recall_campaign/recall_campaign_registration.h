#pragma once

#include "common/service_registry.h"

namespace fd::calendar {

// Publishes IRecallCampaign. Runs after calendar::registerServices (it uses the recall
// service, the patients' record and privacy services and the practice profile).
void registerRecallCampaign(ServiceRegistry& registry);

}  // namespace fd::calendar
