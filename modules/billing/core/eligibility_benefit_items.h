#pragma once

#include "billing/core/eligibility.h"

#include <QJsonArray>

// The 271 benefit amounts as CoverageEligibilityResponse.insurance.item (docs/ELIGIBILITY.md,
// "FHIR").
namespace fd::billing {

inline const QString kBenefitTypeSystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-type");
inline const QString kBenefitNetworkSystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-network");
inline const QString kBenefitUnitSystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-unit");
inline const QString kBenefitTermSystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/benefit-term");

// One item per service type (category; 30, the whole plan, when EB03 is absent), network (in/out),
// coverage level (unit individual or family) and time period (term), in the order the 271 gave
// them; each holds a benefit per kind: copay (allowedMoney), coinsurance (copay-percent,
// allowedUnsignedInt in percent, or allowedString when it has decimals), deductible and
// out-of-pocket (allowedMoney). A "remaining" amount (EB06 29) of the same kind, service type,
// network and level as a yearly or lifetime total becomes that benefit's usedMoney (total -
// remaining); without such a total it is an item of its own with term X12 29 and the remaining
// amount as allowedMoney.
QJsonArray benefitItemsToFhir(const std::vector<BenefitAmount>& amounts);

}  // namespace fd::billing
