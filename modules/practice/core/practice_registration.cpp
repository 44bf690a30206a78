// registerServices: the practice core's services and permissions.
#include "practice/core/code_set_service.h"
#include "practice/core/fee_schedule_service.h"
#include "practice/core/location_service.h"
#include "practice/core/payer_service.h"
#include "practice/core/practice_fhir_exchange.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "practice/core/practice_profile_service.h"
#include "practice/core/provider_service.h"
#include "security/interfaces.h"

#include <QCoreApplication>

namespace fd::practice {

void declarePracticePermissions()
{
    using R = security::Role;
    security::PermissionCatalog::declare(
        {perm::kCodesImport,
         QString::fromUtf8(QT_TRANSLATE_NOOP("fd::practice", "Import code sets (ICD-10-CM, HCPCS, taxonomy, ...)")),
         {R::Administrator, R::OfficeManager, R::Biller}});
}

void registerServices(ServiceRegistry& registry)
{
    auto db = registry.get<storage::Database>();
    auto access = registry.get<security::IAccessControl>();
    auto audit = registry.get<security::IAuditTrail>();
    Q_ASSERT(db && access && audit);
    std::shared_ptr<IClock> clock = registry.get<IClock>();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    declarePracticePermissions();
    const PracticeServiceContext ctx{*db, access, audit, clock};
    const PracticeFhirServices fhirServices{
        std::make_shared<PracticeProfileService>(ctx), std::make_shared<LocationService>(ctx),
        std::make_shared<ProviderService>(ctx), std::make_shared<PayerService>(ctx)};
    registry.add<IPracticeProfile>(fhirServices.profile);
    registry.add<ILocationService>(fhirServices.locations);
    registry.add<IProviderService>(fhirServices.providers);
    registry.add<IPayerService>(fhirServices.payers);
    registry.append<fhir::IFhirResourceSource>(
        std::make_shared<PracticeFhirSource>(ctx, fhirServices));
    registry.append<fhir::IFhirResourceSink>(std::make_shared<PracticeFhirSink>(ctx, fhirServices));
    registry.add<IFeeScheduleService>(std::make_shared<FeeScheduleService>(ctx));
    registry.add<ICodeSetService>(std::make_shared<CodeSetService>(ctx));
}

}  // namespace fd::practice
