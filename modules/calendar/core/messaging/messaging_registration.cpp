#include "calendar/core/messaging/messaging_registration.h"

#include "calendar/core/messaging/reminder_service.h"
#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::calendar::messaging {

void declareMessagingPermissions()
{
    using R = security::Role;
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    security::PermissionCatalog::declare(
        {perm::kMessagesView,
         text(QT_TRANSLATE_NOOP("fd::calendar", "See sent reminders, replies and reschedule requests")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kRemindersSend,
         text(QT_TRANSLATE_NOOP("fd::calendar",
                                "Run and retry reminders, send test messages, import replies")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kRemindersSettings,
         text(QT_TRANSLATE_NOOP("fd::calendar",
                                "Change the email, text message and reminder settings")),
         {R::OfficeManager, R::Administrator}});
}

void registerMessagingServices(ServiceRegistry& registry)
{
    auto db = registry.get<storage::Database>();
    auto access = registry.get<security::IAccessControl>();
    auto audit = registry.get<security::IAuditTrail>();
    Q_ASSERT(db && access && audit);
    std::shared_ptr<IClock> clock = registry.get<IClock>();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    declareMessagingPermissions();
    ReminderServiceContext ctx{*db,
                               access,
                               audit,
                               clock,
                               registry.get<IAppointmentService>(),
                               registry.get<IScheduleAdmin>(),
                               {registry.get<patients::IPatientService>(),
                                registry.get<patients::IPatientPrivacy>(),
                                registry.get<practice::IPracticeProfile>(),
                                registry.get<practice::ILocationService>(),
                                registry.get<practice::IProviderService>()}};
    Q_ASSERT(ctx.appointments && ctx.schedule && ctx.practice.patients && ctx.practice.privacy &&
             ctx.practice.profile);
    registry.add<IReminderService>(std::make_shared<ReminderService>(std::move(ctx)));
}

}  // namespace fd::calendar::messaging
