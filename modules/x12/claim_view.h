#pragma once

#include "x12/view_support.h"

#include <vector>

namespace fd::x12 {

// One 2400 service line of a professional claim.
struct ClaimServiceLine
{
    int lineNumber = 0;               // LX01
    QByteArray procedureQualifier;    // SV101-01: "HC"
    QByteArray procedureCode;         // SV101-02
    QList<QByteArray> modifiers;      // SV101-03..06
    Money charge;                     // SV102
    QByteArray unitQualifier;         // SV103: "UN", "MJ"
    QByteArray units;                 // SV104
    QByteArray placeOfService;        // SV105 (when it differs from CLM05-01)
    QList<int> diagnosisPointers;     // SV107
    QDate serviceDate;                // DTP*472 (start of a range)
    QByteArray lineControlNumber;     // REF*6R
};

// One 2300 claim with the parties of the loops above it (2000A billing provider, 2000B
// subscriber, 2000C patient).
struct ProfessionalClaim
{
    QByteArray claimId;               // CLM01, the practice's claim number
    Money totalCharge;                // CLM02
    QByteArray placeOfService;        // CLM05-01
    QByteArray frequencyCode;         // CLM05-03: 1 original, 7 replacement, 8 void
    QList<QByteArray> diagnoses;      // HI codes, principal first ("ABK:J0300" kept as qualifier + code)
    QList<QByteArray> diagnosisQualifiers;
    Party billingProvider;            // 2010AA
    Party subscriber;                 // 2010BA
    Party payer;                      // 2010BB
    Party patient;                    // 2010CA, empty when the subscriber is the patient
    QByteArray payerClaimControlNumber;  // REF*F8 for replacements
    std::vector<ClaimServiceLine> lines;
};

// The claims of an 837P (005010X222) transaction, in file order.
Result<std::vector<ProfessionalClaim>> professionalClaims(const Transaction& transaction);

}  // namespace fd::x12
