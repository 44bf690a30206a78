// The front desk's schema, permissions and service registration.
#include "calendar/core/frontdesk_registration.h"

#include "accounts/core/ledger.h"
#include "calendar/core/frontdesk_permissions.h"
#include "calendar/core/frontdesk_service.h"
#include "practice/core/payers.h"
#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::calendar {

storage::MigrationSet frontdeskMigrations()
{
    // One row per check-in: what was confirmed, the copay expected and taken, the ledger
    // entry it was posted as and the client id that makes a repeated submit a no-op.
    QStringList s;
    s << QStringLiteral(
             "CREATE TABLE calendar_checkins (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
             "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
             "appointment_id TEXT NOT NULL, patient_id TEXT NOT NULL, checked_in_at TEXT NOT "
             "NULL, user_id TEXT NOT NULL, demographics_confirmed INTEGER NOT NULL CHECK "
             "(demographics_confirmed IN (0, 1)), insurance_confirmed INTEGER NOT NULL CHECK "
             "(insurance_confirmed IN (0, 1)), coverage_ids TEXT NOT NULL DEFAULT '', "
             "expected_copay_cents INTEGER, copay_cents INTEGER NOT NULL DEFAULT 0 CHECK "
             "(copay_cents >= 0), copay_method TEXT NOT NULL DEFAULT '', ledger_entry_id TEXT "
             "NOT NULL DEFAULT '', client_id TEXT NOT NULL)")
      << QStringLiteral(
             "CREATE UNIQUE INDEX calendar_checkins_client ON calendar_checkins(client_id)")
      << QStringLiteral(
             "CREATE INDEX calendar_checkins_appointment ON calendar_checkins(appointment_id)")
      << QStringLiteral(
             "CREATE INDEX calendar_checkins_patient ON calendar_checkins(patient_id, "
             "checked_in_at)");
    return {QStringLiteral("calendar_frontdesk"), {{1, QStringLiteral("check-in records"), s, {}}}};
}

void declareFrontdeskPermissions()
{
    using R = security::Role;
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    security::PermissionCatalog::declare(
        {perm::kCheckIn,
         text(QT_TRANSLATE_NOOP("fd::calendar",
                                "Check patients in: confirm demographics and insurance, take "
                                "the copay")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kCheckOut,
         text(QT_TRANSLATE_NOOP("fd::calendar", "Check patients out and book their follow-up")),
         {R::FrontDesk, R::OfficeManager, R::Administrator}});
}

void registerFrontdesk(ServiceRegistry& registry, const CalendarContext& ctx)
{
    declareFrontdeskPermissions();
    FrontDeskSources sources{registry.get<IAppointmentService>(), registry.get<IScheduleAdmin>(),
                             registry.get<accounts::ILedger>(),
                             registry.get<patients::ICoverageService>(),
                             registry.get<practice::IPayerService>()};
    Q_ASSERT(sources.appointments && sources.admin && sources.ledger && sources.coverages);
    registry.add<IFrontDesk>(std::make_shared<FrontDeskService>(ctx, std::move(sources)));
}

}  // namespace fd::calendar
