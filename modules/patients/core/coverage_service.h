#pragma once

#include "patients/core/patient_context.h"
#include "patients/core/patients.h"

namespace fd::patients {

class CoverageService final : public ICoverageService
{
public:
    explicit CoverageService(PatientsContext context) : m_ctx(std::move(context)) {}

    Result<Coverage> save(const Coverage& coverage) override;
    Status remove(const QString& coverageId, qint64 rowVersion) override;
    Result<Coverage> get(const QString& coverageId) override;
    Result<std::vector<Coverage>> list(const QString& patientId) override;
    Result<std::vector<Coverage>> applicableOn(const QString& patientId, const QDate& day) override;

private:
    Status checkReferences(const Coverage& coverage);
    Status checkOrderFree(const Coverage& coverage);
    Result<std::vector<Coverage>> load(const QString& where, const QVariantList& binds);

    PatientsContext m_ctx;
};

class GuarantorService final : public IGuarantorService
{
public:
    explicit GuarantorService(PatientsContext context) : m_ctx(std::move(context)) {}

    Result<Guarantor> save(const Guarantor& guarantor) override;
    Result<Guarantor> get(const QString& id) override;
    Result<Guarantor> makeSelfGuarantor(const QString& patientId) override;
    Status assign(const QString& patientId, const QString& guarantorId) override;
    Result<std::vector<PatientSummary>> patientsOf(const QString& guarantorId) override;

private:
    Result<Guarantor> load(const QString& id);
    Result<QString> write(storage::Transaction& tx, const Guarantor& guarantor);
    Status assignIn(storage::Transaction& tx, const Patient& patient, const QString& guarantorId);

    PatientsContext m_ctx;
};

}  // namespace fd::patients
