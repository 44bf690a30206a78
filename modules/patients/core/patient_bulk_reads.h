#pragma once

#include "patients/core/patients.h"

#include <QHash>

#include <memory>
#include <vector>

namespace fd::patients {

struct PatientsContext;

// Records of many patients read at once (a claim run, an 837 export): the checks of the
// one-patient reads (IPatientService::get, ICoverageService::list,
// IPatientPrivacy::restrictions), in a few queries instead of several per patient. An id that
// is unknown, deleted or merged away fails the whole read (NotFound, naming it), and so does a
// restricted patient this user may not open (PermissionDenied, audited as a denied read), as
// the one-patient reads fail. Each read is one "read" entry listing its patients
// (security::AuditRecord::patientIds; the patient alone when there is one), in the caller's
// transaction when one is open, else in one of its own. The pictures are left out: no photo,
// no card images (a run of thousands of patients has no use for them).
// What a claim run or an export reads about each of its patients: the parts asked for.
struct PatientBundle
{
    enum Part { Records = 1, Coverages = 2, Restrictions = 4, All = 7 };
    QHash<QString, Patient> patients;
    QHash<QString, std::vector<Coverage>> coverages;                    // every patient, maybe none
    QHash<QString, std::vector<PrivacyRestriction>> restrictions;      // every patient, maybe none
};

class IPatientBulkReads
{
public:
    virtual ~IPatientBulkReads() = default;
    // Each patient as get() returns it, without the photo; one "read patients" entry.
    virtual Result<QHash<QString, Patient>> patients(const QStringList& ids) = 0;
    // Each patient's coverages (every order and date) as list() returns them, without the
    // card images; one "read coverages" entry. Patients without any map to none.
    virtual Result<QHash<QString, std::vector<Coverage>>> coverages(const QStringList& patientIds) = 0;
    // Each patient's privacy restrictions as restrictions() returns them; one
    // "read patient_restrictions" entry.
    virtual Result<QHash<QString, std::vector<PrivacyRestriction>>> restrictions(const QStringList& patientIds) = 0;
    // Several of the reads above at once (`parts`, PatientBundle::Part flags), with one access
    // check: what patients(), coverages() and restrictions() return; the parts not asked for
    // stay empty. One reading of the patients' files is one access: a single "read" entry on
    // the patients' records whose details name the records read
    // ({"read":["patients","coverages","patient_restrictions"]}), instead of one per kind.
    virtual Result<PatientBundle> bundle(const QStringList& patientIds, int parts = PatientBundle::All) = 0;
};

// The registry's implementation (registerServices() publishes it).
std::shared_ptr<IPatientBulkReads> makePatientBulkReads(const PatientsContext& ctx);

}  // namespace fd::patients
