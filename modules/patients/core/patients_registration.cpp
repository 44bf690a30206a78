// registerServices: the registry's services, hooks and permissions.
#include "patients/core/patients_registration.h"

#include "patients/core/coverage_service.h"
#include "patients/core/patient_bulk_reads.h"
#include "patients/core/patient_fhir_exchange.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patient_intake_service.h"
#include "patients/core/patient_merge_service.h"
#include "patients/core/patient_search_service.h"
#include "patients/core/patient_service.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/privacy_service.h"

#include <QCoreApplication>

namespace fd::patients {

void declarePatientsPermissions()
{
    using R = security::Role;
    auto text = [](const char* s) { return QString::fromUtf8(s); };
    security::PermissionCatalog::declare(
        {perm::kMerge, text(QT_TRANSLATE_NOOP("fd::patients", "Merge duplicate patient records")),
         {R::Administrator, R::OfficeManager}});
    security::PermissionCatalog::declare(
        {perm::kMergeUndo, text(QT_TRANSLATE_NOOP("fd::patients", "Undo a merge of patient records")), {R::Administrator}});
    security::PermissionCatalog::declare(
        {perm::kImport, text(QT_TRANSLATE_NOOP("fd::patients", "Import patients from files")),
         {R::Administrator, R::OfficeManager}});
    security::PermissionCatalog::declare(
        {perm::kExport, text(QT_TRANSLATE_NOOP("fd::patients", "Export patient records to files")),
         {R::Administrator, R::OfficeManager}});
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
    declarePatientsPermissions();
    auto hooks = registry.get<PatientHooks>();
    if (!hooks) {
        hooks = std::make_shared<PatientHooks>();
        registry.add<PatientHooks>(hooks);
    }
    const PatientsContext ctx{practice::PracticeServiceContext{*db, access, audit, clock},
                              registry.get<practice::IProviderService>(), registry.get<practice::IPayerService>(), hooks};
    registry.add<IPatientService>(std::make_shared<PatientService>(ctx));
    registry.add<IGuarantorService>(std::make_shared<GuarantorService>(ctx));
    registry.add<ICoverageService>(std::make_shared<CoverageService>(ctx));
    registry.add<IPatientPrivacy>(std::make_shared<PrivacyService>(ctx));
    registry.add<IPatientBulkReads>(makePatientBulkReads(ctx));
    registry.add<IPatientDocuments>(std::make_shared<DocumentService>(ctx));
    registry.add<IPatientSearch>(std::make_shared<PatientSearchService>(ctx, &registry));
    registry.add<IPatientMerge>(std::make_shared<PatientMergeService>(ctx));
    registry.append<fhir::IFhirResourceSource>(std::make_shared<PatientFhirSource>(ctx));
    registry.append<fhir::IFhirResourceSink>(std::make_shared<PatientFhirSink>(ctx));
    registry.add<IPatientIntake>(std::make_shared<PatientIntakeService>(ctx, registry.get<IPatientService>(),
                                                                        registry.get<ICoverageService>()));
    registry.add<IPatientCsvTransfer>(makePatientCsvTransfer(registry));
}

}  // namespace fd::patients
