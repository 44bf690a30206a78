#include "calendar/core/recall_campaign/recall_campaign_registration.h"

#include "calendar/core/recall_campaign/recall_campaign.h"

namespace fd::calendar {

void registerRecallCampaign(ServiceRegistry& registry)
{
    registry.add<IRecallCampaign>(makeRecallCampaign(registry));
}

}  // namespace fd::calendar
