#pragma once

#include "common/result.h"
#include "patients/core/patients.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fd::patients {

// Digital intake (docs/PATIENTS.md, "Digital intake"): a form the patient filled in at home,
// staged until the front desk accepts or corrects each field. The fields are the linkIds of
// the practice's intake Questionnaire (resources/patients/intake-questionnaire.json, shipped
// as the Qt resource ":/fd/patients/intake-questionnaire.json").
namespace intake {

// The Questionnaire's canonical URL; a QuestionnaireResponse must name it (a "|version"
// suffix is allowed).
inline const QString kQuestionnaireUrl =
    QStringLiteral("urn:frontdesk:questionnaire:patient-intake");
inline const QString kQuestionnaireVersion = QStringLiteral("1");
inline const QString kJsonFormat = QStringLiteral("frontdesk-intake");
inline const QString kQuestionnaireResource =
    QStringLiteral(":/fd/patients/intake-questionnaire.json");

enum class ValueType
{
    String,
    Date,
    Boolean,
    Code,
    Codes
};

struct FieldSpec
{
    QString linkId;     // "name.first", "insurance.memberId"
    const char* label;  // QT_TRANSLATE_NOOP("fd::patients", ...)
    ValueType type;
    QStringList codes;  // the codes a Code or Codes field allows (empty: any)
};

// Every field, in the order the review shows them.
const std::vector<FieldSpec>& fields();
const FieldSpec* field(const QString& linkId);
QString fieldLabel(const QString& linkId);  // translated
bool isInsuranceField(const QString& linkId);

}  // namespace intake

struct IntakeAnswer
{
    QString field;  // linkId
    QString value;  // as text: dates ISO, booleans true/false, several codes comma-separated
    bool operator==(const IntakeAnswer&) const = default;
};

// What a patient submitted, read from either format.
struct IntakeSubmission
{
    QString format;  // "fhir" (QuestionnaireResponse) or "frontdesk-intake"
    QString sourceName;
    QDateTime submittedAt;  // UTC; null when the file does not say
    std::vector<IntakeAnswer> answers;

    QString value(const QString& field) const;  // empty when not answered
};

// Reads a FHIR R4 QuestionnaireResponse of the practice's Questionnaire (status completed;
// items and nested items by linkId; valueString, valueDate, valueCoding, valueBoolean) or the
// practice server's intake JSON ({"format": "frontdesk-intake", "version": 1, "submittedAt":
// ..., "answers": {"<linkId>": value}}), whichever the file holds. Errors are InvalidInput
// naming the file and the JSON path ("intake.json: QuestionnaireResponse.item[2].answer[0]:
// ..."), with the path in Error::details.
Result<IntakeSubmission> readIntake(const QByteArray& bytes, const QString& sourceName);

enum class IntakeStatus
{
    Pending,
    Accepted,
    Rejected
};
QString intakeStatusId(IntakeStatus status);  // pending, accepted, rejected

// A stored intake as the queue lists it.
struct IntakeSummary
{
    QString id;
    qint64 rowVersion = 0;
    IntakeStatus status = IntakeStatus::Pending;
    QString format;
    QString sourceName;
    QDateTime submittedAt;
    QDateTime receivedAt;
    QString displayName;       // "Last, First" as submitted
    QDate birthDate;           // as submitted
    QString matchedPatientId;  // empty: a new patient
    QString matchedName;
    QString matchedAccount;
    QString decidedBy;
    QDateTime decidedAt;
    QString patientId;  // the record an accepted intake wrote
    QString reason;     // why it was rejected
};

// One row of the review: the record's value beside the submitted one.
struct IntakeFieldComparison
{
    QString field;  // linkId
    QString label;
    QString current;    // on the record (empty for a new patient)
    QString submitted;  // empty: not answered
    bool differs() const { return current != submitted; }
};

struct IntakeReview
{
    IntakeSummary summary;
    QString comparedWith;  // the patient compared against; empty: a new patient
    std::vector<DuplicateCandidate> candidates;  // possible matches, strongest first
    std::vector<IntakeFieldComparison> fields;
};

// Per field: what to write.
struct IntakeDecision
{
    enum class Choice
    {
        TakeSubmitted,
        KeepCurrent,
        Correct
    };
    QString field;
    Choice choice = Choice::TakeSubmitted;
    QString value;  // with Correct
};

struct IntakeAccepted
{
    Patient patient;
    std::optional<Coverage> coverage;            // the coverage written, if any
    std::vector<DuplicateCandidate> duplicates;  // found when a new patient was created
};

// The staging queue. Importing needs patients.import (and patients.edit); reviewing and
// deciding need patients.edit. An import is audited as an "import" of entity patient_intakes;
// accepting writes through IPatientService and ICoverageService, so their checks, audit and
// outbox apply.
class IPatientIntake
{
public:
    virtual ~IPatientIntake() = default;
    // Reads, validates and stores the file as a pending intake, matched to an existing patient
    // when one has the same name and birth date. The same submission twice is refused.
    virtual Result<IntakeSummary> importBytes(const QByteArray& bytes,
                                              const QString& sourceName) = 0;
    virtual Result<IntakeSummary> importFile(const QString& path) = 0;
    // Intakes with the status (pending by default), oldest submission first.
    virtual Result<std::vector<IntakeSummary>> list(
        IntakeStatus status = IntakeStatus::Pending) = 0;
    // The intake beside a patient's record (`patientId` empty: the matched one, or none for a
    // new patient; "new" compares with an empty record). Opening the patient is audited.
    virtual Result<IntakeReview> review(const QString& intakeId, const QString& patientId = {}) = 0;
    // Writes the decided fields to `patientId` (empty: the matched patient, or a new one when
    // none matched; "new": a new patient) and marks the intake
    // accepted. Fields without a decision take the submitted value when there is one. A field
    // that fails the registry's checks is refused as InvalidInput with its linkId in
    // Error::details, and nothing is written.
    virtual Result<IntakeAccepted> accept(const QString& intakeId, const QString& patientId,
                                          const std::vector<IntakeDecision>& decisions) = 0;
    virtual Status reject(const QString& intakeId, const QString& reason) = 0;
};

}  // namespace fd::patients
