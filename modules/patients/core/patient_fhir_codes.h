#pragma once

#include <QString>

// Code systems and extensions the registry's FHIR mapping writes and reads (docs/FHIR.md).
namespace fd::patients::fhircodes {

inline const QString kConfidentiality =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-Confidentiality");
inline const QString kCdcRace = QStringLiteral("urn:oid:2.16.840.1.113883.6.238");
inline const QString kNullFlavor =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-NullFlavor");
inline const QString kBcp47 = QStringLiteral("urn:ietf:bcp:47");
inline const QString kContactRole = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0131");
inline const QString kRoleCode =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleCode");
inline const QString kRoleClass =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleClass");
inline const QString kSubscriberRelationship =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/subscriber-relationship");
inline const QString kCoverageClass =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/coverage-class");
inline const QString kCopayType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/coverage-copay-type");
inline const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
inline const QString kLoinc = QStringLiteral("http://loinc.org");
inline const QString kSnomed = QStringLiteral("http://snomed.info/sct");

inline const QString kRaceExtension =
    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race");
inline const QString kEthnicityExtension =
    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity");
inline const QString kGenderIdentityExtension =
    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-genderIdentity");
inline const QString kPronounsExtension =
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/individual-pronouns");

}  // namespace fd::patients::fhircodes
