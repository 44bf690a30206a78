#pragma once

#include "common/clock.h"
#include "common/service_registry.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patient_intake.h"
#include "patients/core/patient_merge.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients/ui/patient_record_tabs.h"
#include "practice/core/payers.h"
#include "practice/core/providers.h"
#include "security/interfaces.h"

#include <memory>

namespace fd::patients::ui {

// The services the Patients dock uses, looked up once after every module has published.
struct PatientsServices
{
    std::shared_ptr<IPatientService> patients;
    std::shared_ptr<IPatientSearch> search;
    std::shared_ptr<IGuarantorService> guarantors;
    std::shared_ptr<ICoverageService> coverages;
    std::shared_ptr<IPatientPrivacy> privacy;
    std::shared_ptr<IPatientDocuments> documents;
    std::shared_ptr<IPatientMerge> merge;  // optional: the review page needs it
    std::shared_ptr<practice::IProviderService> providers;
    std::shared_ptr<practice::IPayerService> payers;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<IClock> clock;  // optional: the system clock without one
    std::shared_ptr<IPatientCsvTransfer> csv;  // optional: CSV import and export
    std::shared_ptr<IPatientIntake> intake;    // optional: the digital intake queue
    // Tabs higher features add to the open patient (billing's Eligibility).
    std::vector<std::shared_ptr<IPatientRecordTabs>> recordTabs;

    static PatientsServices from(const ServiceRegistry& registry)
    {
        return {registry.get<IPatientService>(),   registry.get<IPatientSearch>(),
                registry.get<IGuarantorService>(), registry.get<ICoverageService>(),
                registry.get<IPatientPrivacy>(),   registry.get<IPatientDocuments>(),
                registry.get<IPatientMerge>(),     registry.get<practice::IProviderService>(),
                registry.get<practice::IPayerService>(), registry.get<security::IAccessControl>(), registry.get<IClock>(),
                registry.get<IPatientCsvTransfer>(), registry.get<IPatientIntake>(),
                registry.all<IPatientRecordTabs>()};
    }
    bool complete() const
    {
        return patients && search && guarantors && coverages && privacy && documents && providers && payers && access;
    }
    // The practice's today, as the core computes ages with it.
    QDate today() const { return clock ? clock->nowUtc().toLocalTime().date() : QDate::currentDate(); }
    bool can(const QString& permission) const { return access && access->can(permission); }
};

}  // namespace fd::patients::ui
