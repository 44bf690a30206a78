#pragma once

#include "common/service_registry.h"
#include "practice/core/code_sets.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"

#include <memory>

namespace fd::practice::ui {

// The practice core's services the setup screens use, looked up once.
struct PracticeServices
{
    std::shared_ptr<IPracticeProfile> profile;
    std::shared_ptr<ILocationService> locations;
    std::shared_ptr<IProviderService> providers;
    std::shared_ptr<IPayerService> payers;
    std::shared_ptr<IFeeScheduleService> fees;
    std::shared_ptr<ICodeSetService> codes;

    static PracticeServices from(const ServiceRegistry& registry)
    {
        return {registry.get<IPracticeProfile>(), registry.get<ILocationService>(), registry.get<IProviderService>(),
                registry.get<IPayerService>(),    registry.get<IFeeScheduleService>(), registry.get<ICodeSetService>()};
    }
    bool complete() const { return profile && locations && providers && payers && fees && codes; }
};

}  // namespace fd::practice::ui
