#pragma once

#include "common/result.h"
#include "patients/core/patient_types.h"

#include <vector>

namespace fd::patients {

// Why an existing patient may be the same person as the one being saved.
enum class DuplicateReason {
    SameNameAndBirthDate,      // legal first and last name (accents and case folded) and DOB
    PhoneticNameAndBirthDate,  // Soundex of first and last name and DOB
    SamePhone,
    SameMemberId,
};
QString duplicateReasonId(DuplicateReason reason);  // same_name_dob, phonetic_name_dob, same_phone, same_member_id

struct DuplicateCandidate
{
    QString patientId;
    QString accountNumber;
    QString displayName;
    QDate birthDate;
    std::vector<DuplicateReason> reasons;  // strongest first
};

struct PatientSaved
{
    Patient patient;
    // Possible duplicates found on create; each is also queued for review (IPatientMerge).
    std::vector<DuplicateCandidate> duplicates;
};

struct PatientListFilter
{
    bool includeInactive = false;  // inactive and deceased
    int offset = 0;
    int limit = 100;
};

// A patient as lists and search results show them: no PHI beyond what identifies them.
struct PatientSummary
{
    QString id;
    QString accountNumber;
    QString displayName;  // "Last, First Middle"
    QString preferredName;
    QDate birthDate;
    int age = -1;
    QString sex;     // M, F, U
    QString status;  // active, inactive, deceased
    QString alert;
    bool restricted = false;
};

// A patient as a screen that lists many patients by id shows them (the calendar, the flow
// board, the recall list): the name and account number, no more.
struct PatientName
{
    QString id;
    QString displayName;  // "Last, First Middle"; empty when hidden
    QString givenName;    // the preferred name, else the first name; empty when hidden
    QString familyName;   // empty when hidden
    QString accountNumber;
    bool hidden = false;  // restricted, and this user may not open it: no name given
};

// The patient record. Reads need patients.read and open a restricted patient only with
// patients.restricted or after break-glass (IAccessControl::breakGlass); each get() is audited
// as a read. Changes need patients.edit, run in one transaction with the search index and the
// outbox, and are audited with the prior values. Validation errors are InvalidInput with the
// field's key (snake_case, "address.state", "phones[1].number") in Error::details.
class IPatientService
{
public:
    virtual ~IPatientService() = default;
    // Creates a patient (patient.id must be empty) with a new account number, looks for
    // duplicates and queues those found for review.
    virtual Result<PatientSaved> create(const Patient& patient) = 0;
    // Updates an existing patient, checked against patient.rowVersion. The account number
    // cannot change.
    virtual Result<Patient> update(const Patient& patient) = 0;
    virtual Result<Patient> get(const QString& id) = 0;
    virtual Result<Patient> findByAccountNumber(const QString& accountNumber) = 0;
    // The names of the given patients, read in one query; unknown, deleted and merged-away ids
    // are left out, the rest come back in the order asked. Needs patients.read. Each patient
    // named is audited as a read of the name (details {"fields": "name"}), and each
    // restricted one this user may not open as a denied read, like get(); the entries are
    // appended in one transaction.
    virtual Result<std::vector<PatientName>> names(const QStringList& ids) = 0;
    // Patients by name, one page; merged-away records are never listed.
    virtual Result<std::vector<PatientSummary>> list(const PatientListFilter& filter = {}) = 0;
    // Existing patients that may be the same person as `patient` (which need not be saved),
    // also by the member ids of its insurance cards; `patient.id`, when set, is left out.
    virtual Result<std::vector<DuplicateCandidate>> findDuplicates(const Patient& patient,
                                                                   const QStringList& memberIds = {}) = 0;
    // The same checks create() runs, without saving.
    virtual Status validate(const Patient& patient) const = 0;
};

// Guarantors and family accounts. Reads need patients.read, changes patients.edit.
class IGuarantorService
{
public:
    virtual ~IGuarantorService() = default;
    virtual Result<Guarantor> save(const Guarantor& guarantor) = 0;
    virtual Result<Guarantor> get(const QString& id) = 0;
    // Makes the patient their own guarantor (reusing the one already made for them).
    virtual Result<Guarantor> makeSelfGuarantor(const QString& patientId) = 0;
    // Sets who receives the patient's statements.
    virtual Status assign(const QString& patientId, const QString& guarantorId) = 0;
    // The patients a guarantor answers for (the family account).
    virtual Result<std::vector<PatientSummary>> patientsOf(const QString& guarantorId) = 0;
};

// Insurance. The order (1 primary, 2 secondary, 3 tertiary) and the dates decide which payer a
// claim goes to; two coverages of a patient cannot hold the same order on overlapping dates.
class ICoverageService
{
public:
    virtual ~ICoverageService() = default;
    virtual Result<Coverage> save(const Coverage& coverage) = 0;
    virtual Status remove(const QString& coverageId, qint64 rowVersion) = 0;
    virtual Result<Coverage> get(const QString& coverageId) = 0;
    // Every coverage of the patient, current and past, by order then start date.
    virtual Result<std::vector<Coverage>> list(const QString& patientId) = 0;
    // The coverages in effect on `day`, primary first.
    virtual Result<std::vector<Coverage>> applicableOn(const QString& patientId, const QDate& day) = 0;
};

// HIPAA privacy choices on the record: confidential communications, restrictions and
// amendments. Reads need patients.read, recording needs patients.edit; all are audited.
class IPatientPrivacy
{
public:
    virtual ~IPatientPrivacy() = default;
    // The patient's communication preferences; defaults (no limits) when none were recorded.
    virtual Result<PrivacyChoices> choices(const QString& patientId) = 0;
    virtual Result<PrivacyChoices> saveChoices(const PrivacyChoices& choices) = 0;

    virtual Result<PrivacyRestriction> addRestriction(const PrivacyRestriction& restriction) = 0;
    // Ends a restriction on `lastDay` (kept in the history).
    virtual Status endRestriction(const QString& restrictionId, const QDate& lastDay) = 0;
    virtual Result<std::vector<PrivacyRestriction>> restrictions(const QString& patientId) = 0;
    // The restrictions in force on `day` (billing asks before sending a claim).
    virtual Result<std::vector<PrivacyRestriction>> restrictionsOn(const QString& patientId, const QDate& day) = 0;

    // Amendment history: append-only.
    virtual Result<AmendmentEntry> requestAmendment(const QString& patientId, const QString& field,
                                                    const QString& requestedChange) = 0;
    // Accepts or denies an open request; a denial needs its reason in `text`.
    virtual Result<AmendmentEntry> decideAmendment(const QString& requestId, bool accepted, const QString& text) = 0;
    // The patient's statement of disagreement with a denial.
    virtual Result<AmendmentEntry> addDisagreement(const QString& requestId, const QString& statement) = 0;
    virtual Result<std::vector<AmendmentEntry>> amendments(const QString& patientId) = 0;
};

// Scans and uploads attached to a patient, stored inside the encrypted database.
class IPatientDocuments
{
public:
    virtual ~IPatientDocuments() = default;
    // Adds a PDF, PNG, JPEG or TIFF file (the kind is read from the content, at most 20 MiB).
    virtual Result<PatientDocument> add(const QString& patientId, const QString& title, const QString& kind,
                                        const QString& fileName, const QByteArray& content) = 0;
    virtual Result<std::vector<PatientDocument>> list(const QString& patientId) = 0;
    // The file's bytes (audited as a read of the document).
    virtual Result<QByteArray> content(const QString& documentId) = 0;
    virtual Status remove(const QString& documentId, qint64 rowVersion) = 0;
};

}  // namespace fd::patients
