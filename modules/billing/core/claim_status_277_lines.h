#pragma once

#include "billing/core/ack_service.h"
#include "billing/core/billing_types.h"
#include "x12/loop.h"

#include <QCoreApplication>

namespace fd::billing {

// The service-line statuses of one claim in a 277 (005010X212 loops 2220D/2220E, also the
// 277CA's 2220D): per SVC loop its STC, REF*FJ and DTP*472. Pure: no database.
class Claim277Lines
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::Claim277Lines)

public:
    // The lines under `claimLoop` (a 2200D or 2200E), in file order. A line without an STC, an
    // SVC01 without qualifier and code, an amount or a date that does not read is refused
    // naming the segment and `fileName`.
    static Result<std::vector<PayerLineStatus>> read(const x12::Loop& claimLoop, const QString& fileName);

    // Sets claimLineId and lineNumber of each status to the claim line it answers: the same
    // procedure code and modifiers, and the same service date when the payer gave one; each
    // claim line answers one status at most. REF*FJ is only kept: the 837 sends no line
    // control number for the payer to echo.
    static void match(std::vector<PayerLineStatus>& statuses, const Claim& claim);

    // "line 1 HC:99213: ...; line 2 ...": the lines in words, for the claim's history.
    static QString describe(const std::vector<PayerLineStatus>& statuses);
};

}  // namespace fd::billing
