#pragma once

#include <QString>

// Code and identifier systems the project writes. docs/FHIR.md lists them with their uses.
namespace fd::fhir::systems {

inline const QString kNpi = QStringLiteral("http://hl7.org/fhir/sid/us-npi");
inline const QString kEin =
    QStringLiteral("urn:oid:2.16.840.1.113883.4.4");  // IRS employer id (TAX)
inline const QString kIdentifierType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");
inline const QString kOrganizationType =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/organization-type");
inline const QString kNucc = QStringLiteral("http://nucc.org/provider-taxonomy");
inline const QString kPlaceOfService = QStringLiteral(
    "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set");
inline const QString kClaimFilingIndicator =
    QStringLiteral("https://x12.org/codes/claim-filing-indicator-code");
inline const QString kDegreeLicense =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0360");
inline const QString kUsps = QStringLiteral("https://www.usps.com/");
inline const QString kTimezoneExtension =
    QStringLiteral("http://hl7.org/fhir/StructureDefinition/timezone");
inline const QString kCurrencyUsd = QStringLiteral("USD");

// US Core 5.0.1 profiles.
inline const QString kUsCorePrefix =
    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/");
inline QString usCore(const QString& name)
{
    return kUsCorePrefix + name;
}

}  // namespace fd::fhir::systems
