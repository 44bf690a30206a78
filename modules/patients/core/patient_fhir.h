#pragma once

#include "common/result.h"
#include "fhir/fhir_reader.h"
#include "patients/core/patient_types.h"

#include <QJsonObject>
#include <QString>

// The registry's records as FHIR R4 resources and back: a patient as a Patient (US Core 5.0.1
// us-core-patient), a guarantor as one RelatedPerson per patient it answers for, a coverage as
// a Coverage. docs/FHIR.md lists what each element carries and what FHIR has no place for.
namespace fd::patients {

// Project-local systems (docs/FHIR.md): the account number (identifier type MR), a guarantor's
// own id (so that the RelatedPersons of one family account import as one guarantor), a member
// id (the payer is Coverage.payor) and the X12 individual relationship code of a coverage.
inline const QString kAccountNumberSystem = QStringLiteral("urn:frontdesk:account-number");
inline const QString kGuarantorSystem = QStringLiteral("urn:frontdesk:guarantor");
inline const QString kMemberIdSystem = QStringLiteral("urn:frontdesk:member-id");
inline const QString kX12RelationshipSystem =
    QStringLiteral("urn:frontdesk:x12-individual-relationship");

// A patient; `restricted` ones carry meta.security R (v3 Confidentiality). The primary provider
// is generalPractitioner (the Practitioner id the practice's export writes).
QJsonObject patientToFhir(const Patient& patient);
// The id of the RelatedPerson of `guarantorId` for `patientId`: a name-based UUID of both, the
// same at every export.
QString relatedPersonId(const QString& guarantorId, const QString& patientId);
// The guarantor as the patient's RelatedPerson (relationship GUAR, and ONESELF when the
// guarantor is the patient).
QJsonObject guarantorToFhir(const Guarantor& guarantor, const QString& patientId);
// A coverage. The subscriber is the patient (self), the subscriber patient when
// `subscriberExported`, or else a contained RelatedPerson with the subscriber's name, sex and
// birth date.
QJsonObject coverageToFhir(const Coverage& coverage, bool subscriberExported);

// FHIR subscriber-relationship code for an X12 relationship code (18 self, 01 spouse, 19 child,
// 20 employee and G8 other: other) and back (an unknown code gives an empty string).
QString subscriberRelationshipCode(const QString& x12);
QString x12Relationship(const QString& fhirCode);

// What an incoming resource says, with the incoming ids of what it refers to; the sink maps
// them to the records of this practice. Errors name the JSON path.
struct IncomingPatient
{
    Patient patient;         // accountNumber set only from an identifier of kAccountNumberSystem
    QString practitionerId;  // generalPractitioner, incoming id
};
Result<IncomingPatient> patientFromFhir(const fhir::ElementReader& patient);

struct IncomingGuarantor
{
    Guarantor guarantor;  // patientId left empty: the sink sets it for ONESELF
    QString key;          // the kGuarantorSystem identifier, else empty
    QString patientId;    // RelatedPerson.patient, incoming id
    bool self = false;    // relationship ONESELF
};
Result<IncomingGuarantor> guarantorFromFhir(const fhir::ElementReader& relatedPerson);

struct IncomingCoverage
{
    Coverage coverage;            // patientId, payerId, subscriberPatientId left to the sink
    QString beneficiaryId;        // incoming Patient id
    QString payorId;              // incoming Organization id
    QString subscriberPatientId;  // incoming Patient id when the subscriber is a Patient
};
Result<IncomingCoverage> coverageFromFhir(const fhir::ElementReader& coverage);

}  // namespace fd::patients
