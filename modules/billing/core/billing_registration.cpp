// registerServices: the billing core's services and permissions.
#include "billing/core/billing_registration.h"

#include "billing/core/ack_registration.h"
#include "billing/core/batch_history.h"
#include "billing/core/billing_patient_hooks.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/charge_service.h"
#include "billing/core/claim_export_service.h"
#include "billing/core/claim_fhir.h"
#include "billing/core/claim_service.h"
#include "billing/core/scrub_service.h"
#include "billing/core/eligibility_fhir.h"
#include "billing/core/eligibility_service.h"
#include "billing/core/submission_registration.h"
#include "patients/core/patient_hooks.h"
#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::billing {

void declareBillingPermissions()
{
    using R = security::Role;
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    security::PermissionCatalog::declare(
        {perm::kView, text(QT_TRANSLATE_NOOP("fd::billing", "See charges, claims and batches")),
         {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kCharges, text(QT_TRANSLATE_NOOP("fd::billing", "Enter charges for visits")),
         {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kSetup, text(QT_TRANSLATE_NOOP("fd::billing", "Set up superbills")),
         {R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kClaims, text(QT_TRANSLATE_NOOP("fd::billing", "Build, correct and void claims")),
         {R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kSubmit, text(QT_TRANSLATE_NOOP("fd::billing", "Submit claims (write 837 batches)")),
         {R::Biller, R::OfficeManager, R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kEligibility,
         text(QT_TRANSLATE_NOOP("fd::billing", "Check insurance eligibility and work the verification list")),
         {R::FrontDesk, R::Biller, R::OfficeManager, R::Administrator}});
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
    declareBillingPermissions();
    const BillingContext ctx{*db,
                             access,
                             audit,
                             clock,
                             registry.get<practice::IPracticeProfile>(),
                             registry.get<practice::ILocationService>(),
                             registry.get<practice::IProviderService>(),
                             registry.get<practice::IPayerService>(),
                             registry.get<practice::IFeeScheduleService>(),
                             registry.get<practice::ICodeSetService>(),
                             registry.get<patients::IPatientService>(),
                             registry.get<patients::ICoverageService>(),
                             registry.get<patients::IPatientPrivacy>(),
                             registry.get<accounts::ILedger>(),
                             registry.get<calendar::IAppointmentService>(),
                             registry.get<patients::IPatientBulkReads>()};
    Q_ASSERT(ctx.profile && ctx.patients && ctx.ledger && ctx.appointments && ctx.patientReads);
    registry.add<IChargeService>(std::make_shared<ChargeService>(ctx));
    registry.add<IClaimService>(std::make_shared<ClaimService>(ctx));
    registry.add<IClaimScrubber>(std::make_shared<ClaimScrubService>(ctx));
    // A patient merge carries the merged-away patient's encounters, lines and claims along.
    if (auto hooks = registry.get<patients::PatientHooks>())
        hooks->addMergeParticipant(std::make_shared<BillingMergeParticipant>());
    auto exporter = std::make_shared<ClaimExportService>(ctx);
    registry.add<IClaimExport>(exporter);
    registry.add<IClaimEnvelopes>(exporter);
    registerClaimFhir(registry, ctx);
    registerSubmission(registry, ctx);
    registry.add<IBatchHistory>(std::make_shared<BatchHistory>(ctx));
    registerEligibility(registry, ctx);
    registerEligibilityFhir(registry, ctx);
    registerAckServices(registry, ctx);
}

}  // namespace fd::billing
