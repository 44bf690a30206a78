#pragma once

#include "patients/core/patient_context.h"
#include "patients/core/patient_intake.h"

#include <QMap>

namespace fd::patients {

// The insurance part of an intake as text, before the payer is looked up.
struct IntakeCoverageText
{
    QString payer;  // the payer's name (or a payer id) as the patient wrote it
    QString memberId;
    QString groupNumber;
    QString relationship;
    QString subscriberFirst;
    QString subscriberLast;
    QString subscriberBirthDate;
};

// What the record holds for each intake field, as the review shows it.
QMap<QString, QString> intakeValuesOf(const Patient& patient, const Coverage* primary,
                                      const QString& payerName);
// Sets one field of the draft from its text; InvalidInput with the linkId in details when the
// text cannot be that field's value.
Status applyIntakeValue(Patient& patient, IntakeCoverageText& coverage, const QString& field,
                        const QString& value);
// The intake field a validation key of the registry ("birth_date", "phones[1].number",
// "member_id") is about; `phones` lists the linkIds of the draft's phones in order.
QString intakeFieldForKey(const QString& key, const QStringList& phones, bool coverage);
// The linkIds of the draft's phones, in order (phone.mobile, phone.home or "" for others).
QStringList intakePhoneFields(const Patient& patient);

class PatientIntakeService final : public IPatientIntake
{
public:
    PatientIntakeService(PatientsContext context, std::shared_ptr<IPatientService> patients,
                         std::shared_ptr<ICoverageService> coverages)
        : m_ctx(std::move(context)),
          m_patients(std::move(patients)),
          m_coverages(std::move(coverages))
    {
    }

    Result<IntakeSummary> importBytes(const QByteArray& bytes, const QString& sourceName) override;
    Result<IntakeSummary> importFile(const QString& path) override;
    Result<std::vector<IntakeSummary>> list(IntakeStatus status) override;
    Result<IntakeReview> review(const QString& intakeId, const QString& patientId) override;
    Result<IntakeAccepted> accept(const QString& intakeId, const QString& patientId,
                                  const std::vector<IntakeDecision>& decisions) override;
    Status reject(const QString& intakeId, const QString& reason) override;

private:
    struct Stored
    {
        IntakeSummary summary;
        IntakeSubmission submission;
    };
    struct Record
    {
        std::optional<Patient> patient;
        std::optional<Coverage> primary;
        QMap<QString, QString> values;
    };
    struct Plan
    {
        Record record;
        Patient patient;  // the record as it will be written
        std::optional<Coverage> coverage;
        std::optional<Coverage> ended;  // the primary coverage a new payer replaces
    };
    Result<Stored> load(const QString& intakeId);
    Result<Plan> plan(const Stored& stored, const QString& target,
                      const std::vector<IntakeDecision>& decisions);
    Result<Record> recordOf(const QString& patientId);
    Result<QString> matchOf(const IntakeSubmission& submission,
                            std::vector<DuplicateCandidate>* candidates);
    Result<practice::Payer> payerNamed(const QString& text);
    Result<std::optional<Coverage>> coverageFor(const Record& record,
                                                const IntakeCoverageText& text,
                                                std::optional<Coverage>* ended);
    void fillMatch(IntakeSummary& summary);
    Status markDecided(const Stored& stored, IntakeStatus status, const QString& patientId,
                       const QString& reason);

    PatientsContext m_ctx;
    std::shared_ptr<IPatientService> m_patients;
    std::shared_ptr<ICoverageService> m_coverages;
};

}  // namespace fd::patients
