#pragma once

#include "billing/core/billing_types.h"

#include <vector>

namespace fd::billing {

// The lines of one claim-to-be and its diagnoses, before the claim is numbered and stored.
struct ClaimDraft
{
    QStringList diagnoses;       // in the encounter's order: the principal stays first
    std::vector<ClaimLine> lines;  // pointers already into `diagnoses`
};

// Splits the lines of one encounter going to one payer into claims of at most `maxLines`
// lines and `maxDiagnoses` diagnoses, keeping the lines in order: a line starts a new claim
// when the current one is full or would need more diagnoses than it may carry. Each line's
// pointers (into the encounter's diagnoses) become pointers into its claim's diagnoses.
std::vector<ClaimDraft> splitIntoClaims(const QStringList& encounterDiagnoses,
                                        const std::vector<ServiceLine>& lines,
                                        int maxLines = kMaxLinesPerClaim,
                                        int maxDiagnoses = kMaxDiagnosesPerClaim);

}  // namespace fd::billing
