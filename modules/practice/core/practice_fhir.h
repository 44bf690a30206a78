#pragma once

#include "common/result.h"
#include "fhir/fhir_reader.h"
#include "practice/core/practice_profile.h"
#include "practice/core/practice_types.h"

#include <QJsonObject>
#include <QString>

// The practice's own types as FHIR R4 resources (US Core 5.0.1 profiles) and back.
// docs/FHIR.md lists what each element carries and what FHIR has no place for.
namespace fd::practice {

// The project's own code system for a provider's roles on claims (PractitionerRole.code:
// rendering, supervising, referring); FHIR has no standard one.
inline const QString kClaimRoleSystem = QStringLiteral("urn:frontdesk:claim-role");

// The practice as an Organization (type prov): NPI and tax id identifiers, billing address,
// phone, fax, email. `id` is the practice profile row's id.
QJsonObject practiceToFhir(const PracticeProfile& profile, const QString& id);
// A payer as an Organization (type pay, plus its claim filing indicator): one identifier per
// clearinghouse payer id, phone, address.
QJsonObject payerToFhir(const Payer& payer);
// A location: address, phone, place of service as type, facility NPI, opening hours, its
// IANA time zone in the standard timezone extension, managed by the practice Organization.
QJsonObject locationToFhir(const Location& location, const QString& practiceId);
// A provider: NPI identifier, name, qualifications (credentials; NUCC taxonomy).
QJsonObject providerToFhir(const Provider& provider);
// The provider at one location for the practice, specialty from the taxonomy; `phone` is the
// contact US Core asks for (the location's, else the practice's).
QJsonObject providerRoleToFhir(const Provider& provider, const QString& locationId,
                               const QString& practiceId, const QString& phone);

// What a PractitionerRole says: the incoming ids of the practitioner and location it links.
struct RoleLink
{
    QString practitionerId;
    QString locationId;
    QStringList specialties;
    int claimRoles = 0;  // ClaimRole flags; 0 when the role names none
};

// Readers for `fhir import`: the record an incoming resource describes (id left empty: the
// import decides), errors naming the JSON path. The service checks run when it is saved.
Result<Payer> payerFromFhir(const fhir::ElementReader& organization);
// True for an Organization of type "pay" (a payer); false for the practice or another kind.
bool isPayerOrganization(const QJsonObject& organization);
Result<Location> locationFromFhir(const fhir::ElementReader& location);
Result<Provider> providerFromFhir(const fhir::ElementReader& practitioner);
Result<RoleLink> roleFromFhir(const fhir::ElementReader& role);

}  // namespace fd::practice
