// The front desk's schema, permissions and service registration.
#include "calendar/core/frontdesk_registration.h"

#include "accounts/core/ledger.h"
#include "calendar/core/frontdesk_permissions.h"
#include "calendar/core/calendar_store.h"
#include "calendar/core/frontdesk_service.h"
#include "patients/core/synced_rows_merge.h"
#include "storage/sql_text.h"
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
    // What a patient merge moved, so its undo puts back exactly those rows (local).
    const QStringList moves{QStringLiteral(
        "CREATE TABLE calendar_checkin_merge_moves (merge_id TEXT NOT NULL, table_name TEXT NOT "
        "NULL, row_id TEXT NOT NULL, from_patient_id TEXT NOT NULL, PRIMARY KEY (merge_id, "
        "table_name, row_id)) WITHOUT ROWID")};
    return {QStringLiteral("calendar_frontdesk"),
            {{1, QStringLiteral("check-in records"), s, {}},
             {2, QStringLiteral("check-ins moved by patient merges"), moves, {}}}};
}

namespace {

// Moves a merged-away patient's check-in records to the survivor, and back on undo. A
// database without the front desk's tables (the scheduling core alone) has nothing to move.
class CheckInMergeParticipant final : public patients::SyncedRowsMergeParticipant
{
public:
    CheckInMergeParticipant()
        : SyncedRowsMergeParticipant(QStringLiteral("calendar_frontdesk"),
                                     QStringLiteral("calendar_checkin_merge_moves"),
                                     {table::kCheckIns})
    {
    }
    Result<int> merge(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                      const QString& loserId) override
    {
        auto present = hasTables(tx);
        FD_TRY(present);
        if (!present.value())
            return 0;
        return SyncedRowsMergeParticipant::merge(tx, mergeId, survivorId, loserId);
    }
    Status undo(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                const QString& loserId) override
    {
        auto present = hasTables(tx);
        FD_TRY(present);
        if (!present.value())
            return {};
        return SyncedRowsMergeParticipant::undo(tx, mergeId, survivorId, loserId);
    }

private:
    static Result<bool> hasTables(storage::Transaction& tx)
    {
        auto q = storage::exec(tx.connection(),
                               QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                              "'table' AND name IN (?, ?)"),
                               {table::kCheckIns, QStringLiteral("calendar_checkin_merge_moves")});
        FD_TRY(q);
        return q->next() && q->value(0).toInt() == 2;
    }
};

}  // namespace

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
    if (auto hooks = registry.get<patients::PatientHooks>())
        hooks->addMergeParticipant(std::make_shared<CheckInMergeParticipant>());
}

}  // namespace fd::calendar
