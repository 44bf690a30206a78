#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/billing_types.h"
#include "common/service_registry.h"
#include "fhir/fhir_exchange.h"

#include <QJsonObject>

// FHIR R4 Claim and ChargeItem of the billing core (docs/BILLING.md, "FHIR").
namespace fd::billing {

// Code systems of claims: CPT (AMA), HCPCS Level II (CMS), ICD-10-CM (CDC NCHS).
inline const QString kCptSystem = QStringLiteral("http://www.ama-assn.org/go/cpt");
inline const QString kHcpcsSystem = QStringLiteral("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
inline const QString kIcd10CmSystem = QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm");
// The practice's claim numbers (CLM01).
inline const QString kClaimNumberSystem = QStringLiteral("urn:frontdesk:claim-number");

// "J06.9" for a stored "J069": ICD-10-CM in FHIR keeps the dot after the third character.
QString dottedIcd10(const QString& code);
// The system of a procedure code: CPT for five digits (or four and F, T, U), else HCPCS.
QString procedureSystem(const QString& code);

// Claim.status: a draft is draft, every other claim active.
QString claimFhirStatus(ClaimStatus status);
// A professional claim (use claim, priority normal): patient, billablePeriod (the lines'
// dates), created, provider and careTeam (rendering, supervising), insurer (the payer
// Organization), insurance (the coverage, focal), diagnosis (ICD-10-CM, the first principal),
// item (CPT/HCPCS with modifiers, servicedDate, place of service, quantity, unitPrice, net,
// diagnosisSequence), total; a replacement or void claim is related to the claim it corrects.
QJsonObject claimToFhir(const Claim& claim);

// ChargeItem.status of a claim's line: billed once the claim was submitted or accepted,
// billable while it is a draft, ready or rejected (its charge goes back to the unbilled list).
QString chargeItemStatus(ClaimStatus status);
// One ChargeItem per claim line (its id is the line's): the code, the patient, the date, the
// rendering provider, the quantity, the price, the diagnoses it points to and the claim.
QJsonObject chargeItemToFhir(const Claim& claim, const ClaimLine& line);

// Exports every claim (deleted drafts left out) as a Claim and its lines as ChargeItems.
// Needs billing.view and patients.export (claims name patients and diagnoses).
class ClaimFhirSource final : public fhir::IFhirResourceSource
{
public:
    explicit ClaimFhirSource(BillingContext context) : m_ctx(std::move(context)) {}
    QStringList resourceTypes() const override;
    Status exportResources(const Emit& out) const override;

private:
    BillingContext m_ctx;
};

// Appends the claims' FHIR source to the registry (frontdeskctl fhir export).
void registerClaimFhir(ServiceRegistry& registry, const BillingContext& context);

}  // namespace fd::billing
