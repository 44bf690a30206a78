#pragma once

#include "fhir/fhir_exchange.h"
#include "patients/core/patient_context.h"

namespace fd::patients {

// Exports every live patient (merged-away records left out) as a Patient, one RelatedPerson
// per patient and guarantor, and every coverage of those patients as a Coverage. Needs
// patients.read and patients.export; restricted patients are exported too, labelled
// (meta.security R), and each is audited as a read of the record.
class PatientFhirSource final : public fhir::IFhirResourceSource
{
public:
    explicit PatientFhirSource(PatientsContext context) : m_ctx(std::move(context)) {}
    QStringList resourceTypes() const override;
    Status exportResources(const Emit& out) const override;

private:
    Status exportPatients(const Emit& out, QSet<QString>& exported) const;
    Status exportGuarantors(const Emit& out) const;
    Status exportCoverages(const Emit& out, const QSet<QString>& exported) const;

    mutable PatientsContext m_ctx;
};

// Imports Patients, RelatedPersons (guarantors) and Coverages through the registry's write
// path (PatientBulkWriter: audited rows, outbox mutations, search index, duplicate check).
// A patient already here (the same account number, or the same legal name and birth date) is
// kept as it is and counted as skipped, with its RelatedPersons and Coverages. A coverage's
// payor must be a payer of the same import or of the practice. Needs patients.edit and
// patients.import.
class PatientFhirSink final : public fhir::IFhirResourceSink
{
public:
    explicit PatientFhirSink(PatientsContext context) : m_ctx(std::move(context)) {}
    QStringList resourceTypes() const override;
    int importOrder() const override { return 200; }
    Status importResources(const std::vector<fhir::IncomingResource>& resources,
                           fhir::ImportContext& context) override;

private:
    PatientsContext m_ctx;
};

}  // namespace fd::patients
