// registerServices: the ledger's service, its hooks into the registry and its permissions.
#include "accounts/core/accounts_registration.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger_bulk_writer.h"
#include "accounts/core/ledger_patient_hooks.h"
#include "accounts/core/ledger_service.h"
#include "patients/core/patient_hooks.h"
#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::accounts {

void declareAccountsPermissions()
{
    using R = security::Role;
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    security::PermissionCatalog::declare(
        {perm::kView,
         text(QT_TRANSLATE_NOOP("fd::accounts", "See accounts, ledger entries and balances")),
         {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator, R::Provider}});
    security::PermissionCatalog::declare(
        {perm::kCharges,
         text(QT_TRANSLATE_NOOP("fd::accounts", "Post charges for services")),
         {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kPayments,
         text(QT_TRANSLATE_NOOP("fd::accounts", "Record payments and apply credit")),
         {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kAdjust,
         text(QT_TRANSLATE_NOOP("fd::accounts", "Post adjustments (write-offs)")),
         {R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kTransfer,
         text(QT_TRANSLATE_NOOP("fd::accounts", "Move balances between insurance and patient")),
         {R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kRefund,
         text(QT_TRANSLATE_NOOP("fd::accounts", "Refund credit to patients")),
         {R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kReverse,
         text(QT_TRANSLATE_NOOP("fd::accounts", "Reverse ledger entries")),
         {R::OfficeManager, R::Administrator}});
}

AccountsContext accountsContextOf(ServiceRegistry& registry)
{
    auto db = registry.get<storage::Database>();
    auto access = registry.get<security::IAccessControl>();
    auto audit = registry.get<security::IAuditTrail>();
    auto patientService = registry.get<patients::IPatientService>();
    Q_ASSERT(db && access && audit && patientService);
    std::shared_ptr<IClock> clock = registry.get<IClock>();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    return AccountsContext{*db,   access,         audit,
                           clock, patientService, registry.get<practice::IPayerService>()};
}

void registerServices(ServiceRegistry& registry)
{
    auto hooks = registry.get<patients::PatientHooks>();
    Q_ASSERT(hooks);
    declareAccountsPermissions();
    const AccountsContext ctx = accountsContextOf(registry);
    registry.add<ILedger>(std::make_shared<LedgerService>(ctx));
    hooks->addMergeParticipant(std::make_shared<LedgerMergeParticipant>());
    hooks->addActivitySource(std::make_shared<LedgerActivitySource>(ctx));
}

}  // namespace fd::accounts
