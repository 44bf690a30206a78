// registerServices: the scheduling services, their hooks into the registry, permissions.
#include "calendar/core/calendar_registration.h"

#include "calendar/core/appointment_service.h"
#include "calendar/core/calendar_fhir.h"
#include "calendar/core/calendar_patient_hooks.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/frontdesk_registration.h"
#include "calendar/core/recall_permissions.h"
#include "calendar/core/recall_registration.h"
#include "calendar/core/schedule_admin_service.h"
#include "calendar/core/series_service.h"
#include "calendar/core/waitlist_service.h"
#include "patients/core/patient_hooks.h"
#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::calendar {

void declareCalendarPermissions()
{
    using R = security::Role;
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    security::PermissionCatalog::declare(
        {perm::kView,
         text(QT_TRANSLATE_NOOP("fd::calendar", "See schedules and appointments")),
         {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator, R::Provider}});
    security::PermissionCatalog::declare(
        {perm::kBook, text(QT_TRANSLATE_NOOP("fd::calendar", "Book, move and reschedule appointments")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kOverbook,
         text(QT_TRANSLATE_NOOP("fd::calendar", "Overbook over schedule conflicts, with a reason")),
         {R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kCancel,
         text(QT_TRANSLATE_NOOP("fd::calendar", "Cancel appointments and record no-shows")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kFlow,
         text(QT_TRANSLATE_NOOP("fd::calendar",
                                "Move patients through the day (confirmed, arrived, roomed, "
                                "with provider, checked out)")),
         {R::FrontDesk, R::OfficeManager, R::Administrator, R::Provider}});
    security::PermissionCatalog::declare(
        {perm::kWaitlist, text(QT_TRANSLATE_NOOP("fd::calendar", "Keep the waitlist")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kTemplates,
         text(QT_TRANSLATE_NOOP("fd::calendar",
                                "Set up schedule templates, holidays, changes and appointment "
                                "types")),
         {R::OfficeManager, R::Administrator}});
}

void registerServices(ServiceRegistry& registry)
{
    auto db = registry.get<storage::Database>();
    auto access = registry.get<security::IAccessControl>();
    auto audit = registry.get<security::IAuditTrail>();
    auto hooks = registry.get<patients::PatientHooks>();
    Q_ASSERT(db && access && audit && hooks);
    std::shared_ptr<IClock> clock = registry.get<IClock>();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    declareCalendarPermissions();
    declareRecallPermissions();
    const CalendarContext ctx{*db,
                              access,
                              audit,
                              clock,
                              registry.get<patients::IPatientService>(),
                              registry.get<practice::ILocationService>(),
                              registry.get<practice::IProviderService>()};
    registry.add<IScheduleAdmin>(std::make_shared<ScheduleAdminService>(ctx));
    registry.add<IAppointmentService>(std::make_shared<AppointmentService>(ctx));
    registry.add<ISeriesService>(std::make_shared<SeriesService>(ctx));
    registry.add<IWaitlistService>(std::make_shared<WaitlistService>(ctx));
    hooks->addMergeParticipant(std::make_shared<CalendarMergeParticipant>());
    hooks->addActivitySource(std::make_shared<CalendarActivitySource>(ctx));
    registerCalendarExchange(registry, ctx);
    registerFrontdesk(registry, ctx);
    registerRecallServices(registry);
}

}  // namespace fd::calendar
