#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/eligibility.h"
#include "common/service_registry.h"
#include "fhir/fhir_exchange.h"

#include <QJsonObject>

// FHIR R4 CoverageEligibilityRequest and CoverageEligibilityResponse of the stored eligibility
// checks (docs/ELIGIBILITY.md, "FHIR").
namespace fd::billing {

// X12 005010 code lists as the Da Vinci guides name them: service types (EB03, EQ01),
// eligibility or benefit codes (EB01), time period qualifiers (EB06), AAA reject reasons (AAA03).
inline const QString kX12ServiceTypeSystem =
    QStringLiteral("https://codesystem.x12.org/005010/1365");
inline const QString kX12BenefitCodeSystem =
    QStringLiteral("https://codesystem.x12.org/005010/1390");
inline const QString kX12TimePeriodSystem = QStringLiteral("https://codesystem.x12.org/005010/615");
inline const QString kX12RejectReasonSystem =
    QStringLiteral("https://codesystem.x12.org/005010/901");
// The practice's 270 trace numbers (TRN02), which the 271 echoes.
inline const QString kEligibilityTraceSystem = QStringLiteral("urn:frontdesk:eligibility-trace");

// What the stored 270 asked, read back from it: the date of service (DTP*291), the service
// types (EQ01 repetitions) and the information receiver (2100B NM1*1P: name, NPI, whether a
// person or an organization).
struct Eligibility270Facts
{
    QDate serviceDate;
    QStringList serviceTypes;
    QString providerName;
    QString providerNpi;
    bool providerIsPerson = false;
};

// An Error naming the segment when the 270 has no DTP*291 or no EQ.
Result<Eligibility270Facts> read270Facts(const QByteArray& x12);

// The request (status active, purpose benefits and validation): patient, servicedDate,
// created (when the check was made), insurer (the payer Organization), provider (by NPI, as
// the 270 named it), insurance (the coverage, focal) and an item per service type asked.
QJsonObject eligibilityRequestToFhir(const EligibilityCheck& check,
                                     const Eligibility270Facts& asked);

// The response to a check whose 271 arrived: outcome complete (or error when the payer
// rejected the inquiry), disposition, insurance (inforce, benefitPeriod, an item per service
// type, network, unit and term with copay, coinsurance, deductible and out-of-pocket
// benefits) and error[] with the AAA reject reasons. Only for checks with a response.
QJsonObject eligibilityResponseToFhir(const EligibilityCheck& check,
                                      const Eligibility270Facts& asked);

// Exports every stored check as a CoverageEligibilityRequest and, once answered, a
// CoverageEligibilityResponse. Needs billing.eligibility and patients.export; each patient
// whose checks leave is recorded in the audit trail (a read, via the FHIR export) before any
// resource is emitted.
class EligibilityFhirSource final : public fhir::IFhirResourceSource
{
public:
    explicit EligibilityFhirSource(BillingContext context) : m_ctx(std::move(context)) {}
    QStringList resourceTypes() const override;
    Status exportResources(const Emit& out) const override;

private:
    Status auditPatients() const;
    Status emitChecks(const QStringList& ids, const Emit& out) const;

    BillingContext m_ctx;
};

// Appends the eligibility checks' FHIR source to the registry (frontdeskctl fhir export).
void registerEligibilityFhir(ServiceRegistry& registry, const BillingContext& context);

}  // namespace fd::billing
