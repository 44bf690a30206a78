#pragma once

#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::patients {

// The registry's schema: numbered migrations, each in its own transaction.
storage::MigrationSet patientsMigrations();

// Publishes IPatientService, IGuarantorService, ICoverageService, IPatientPrivacy,
// IPatientDocuments, IPatientSearch, IPatientMerge and PatientHooks, and declares the
// registry's permissions. Needs what practice::registerServices needs, and runs after it
// (providers and payers are checked through the practice's services).
void registerServices(ServiceRegistry& registry);

}  // namespace fd::patients
