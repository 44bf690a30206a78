#pragma once

#include "patients/core/patient_context.h"
#include "patients/core/patients.h"

namespace fd::patients {

class PrivacyService final : public IPatientPrivacy
{
public:
    explicit PrivacyService(PatientsContext context) : m_ctx(std::move(context)) {}

    Result<PrivacyChoices> choices(const QString& patientId) override;
    Result<PrivacyChoices> saveChoices(const PrivacyChoices& choices) override;
    Result<PrivacyRestriction> addRestriction(const PrivacyRestriction& restriction) override;
    Status endRestriction(const QString& restrictionId, const QDate& lastDay) override;
    Result<std::vector<PrivacyRestriction>> restrictions(const QString& patientId) override;
    Result<std::vector<PrivacyRestriction>> restrictionsOn(const QString& patientId, const QDate& day) override;
    Result<AmendmentEntry> requestAmendment(const QString& patientId, const QString& field,
                                            const QString& requestedChange) override;
    Result<AmendmentEntry> decideAmendment(const QString& requestId, bool accepted, const QString& text) override;
    Result<AmendmentEntry> addDisagreement(const QString& requestId, const QString& statement) override;
    Result<std::vector<AmendmentEntry>> amendments(const QString& patientId) override;

private:
    Result<std::vector<PrivacyRestriction>> loadRestrictions(const QString& where, const QVariantList& binds);
    Result<std::vector<AmendmentEntry>> loadAmendments(const QString& where, const QVariantList& binds);
    Result<AmendmentEntry> append(const QString& patientId, const QString& requestId, const QString& kind,
                                  const QString& field, const QString& text);

    PatientsContext m_ctx;
};

class DocumentService final : public IPatientDocuments
{
public:
    explicit DocumentService(PatientsContext context) : m_ctx(std::move(context)) {}

    Result<PatientDocument> add(const QString& patientId, const QString& title, const QString& kind,
                                const QString& fileName, const QByteArray& content) override;
    Result<std::vector<PatientDocument>> list(const QString& patientId) override;
    Result<QByteArray> content(const QString& documentId) override;
    Status remove(const QString& documentId, qint64 rowVersion) override;

private:
    Result<std::vector<PatientDocument>> load(const QString& where, const QVariantList& binds);

    PatientsContext m_ctx;
};

}  // namespace fd::patients
