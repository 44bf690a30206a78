// registerRecallServices and the recall permissions.
#include "calendar/core/recall_registration.h"

#include "calendar/core/recall_patient_hooks.h"
#include "calendar/core/recall_permissions.h"
#include "calendar/core/recall_service.h"
#include "patients/core/patient_hooks.h"
#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::calendar {

void declareRecallPermissions()
{
    using R = security::Role;
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    security::PermissionCatalog::declare(
        {perm::kRecallsView, text(QT_TRANSLATE_NOOP("fd::calendar", "See the recall list")),
         {R::FrontDesk, R::OfficeManager, R::Administrator, R::Provider}});
    security::PermissionCatalog::declare(
        {perm::kRecallsWork,
         text(QT_TRANSLATE_NOOP("fd::calendar",
                                "Work the recall list: add and dismiss recalls, log contacts")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kRecallsSetup,
         text(QT_TRANSLATE_NOOP("fd::calendar",
                                "Set up recall reasons and the appointment types that set them")),
         {R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kRecallsCampaign,
         text(QT_TRANSLATE_NOOP("fd::calendar", "Send recall campaigns by email and text")),
         {R::OfficeManager, R::Administrator}});
}

void registerRecallServices(ServiceRegistry& registry)
{
    auto db = registry.get<storage::Database>();
    auto access = registry.get<security::IAccessControl>();
    auto audit = registry.get<security::IAuditTrail>();
    auto hooks = registry.get<patients::PatientHooks>();
    Q_ASSERT(db && access && audit && hooks);
    std::shared_ptr<IClock> clock = registry.get<IClock>();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    const CalendarContext ctx{*db,
                              access,
                              audit,
                              clock,
                              registry.get<patients::IPatientService>(),
                              registry.get<practice::ILocationService>(),
                              registry.get<practice::IProviderService>()};
    registry.add<IRecallService>(std::make_shared<RecallService>(ctx));
    hooks->addMergeParticipant(std::make_shared<RecallMergeParticipant>());
}

}  // namespace fd::calendar
