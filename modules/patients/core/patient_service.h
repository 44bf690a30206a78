#pragma once

#include "patients/core/patient_context.h"
#include "patients/core/patients.h"

namespace fd::patients {

class PatientService final : public IPatientService
{
public:
    explicit PatientService(PatientsContext context) : m_ctx(std::move(context)) {}

    Result<PatientSaved> create(const Patient& patient) override;
    Result<Patient> update(const Patient& patient) override;
    Result<Patient> get(const QString& id) override;
    Result<Patient> findByAccountNumber(const QString& accountNumber) override;
    Result<std::vector<PatientSummary>> list(const PatientListFilter& filter) override;
    Result<std::vector<PatientName>> names(const QStringList& ids) override;  // patient_names.cpp
    Result<std::vector<DuplicateCandidate>> findDuplicates(const Patient& patient, const QStringList& memberIds) override;
    Status validate(const Patient& patient) const override;

private:
    Status checkReferences(const Patient& patient) const;
    Result<QString> allocateAccountNumber(storage::Transaction& tx);

    mutable PatientsContext m_ctx;
};

// Loads one patient row (no permission check, no audit): for the registry's own services.
Result<Patient> loadPatient(QSqlDatabase db, const QString& id);

}  // namespace fd::patients
