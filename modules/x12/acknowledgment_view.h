#pragma once

#include "x12/view_support.h"

#include <vector>

namespace fd::x12 {

// 999: one IK3 segment error with its IK4 element errors.
struct SegmentError
{
    QByteArray segmentId;     // IK301
    int position = 0;         // IK302, counted from ST
    QByteArray loop;          // IK303
    QByteArray code;          // IK304
    struct ElementError
    {
        QByteArray position;  // IK401 ("2" or "5:1")
        QByteArray code;      // IK403
        QByteArray value;     // IK404
    };
    std::vector<ElementError> elements;
};

// 999: the answer for one transaction set (AK2 ... IK5).
struct SetAcknowledgment
{
    QByteArray transactionSet;  // AK201
    QByteArray controlNumber;   // AK202: the ST02 that was sent
    QByteArray status;          // IK501: A accepted, E accepted with errors, R rejected, ...
    QList<QByteArray> errorCodes;  // IK502..IK506
    std::vector<SegmentError> errors;

    bool accepted() const { return status == "A" || status == "E"; }
};

struct FunctionalAcknowledgment
{
    QByteArray functionalId;    // AK101
    QByteArray groupControlNumber;  // AK102: the GS06 that was sent
    QByteArray version;         // AK103
    QByteArray status;          // AK901: A, E, P (partially accepted), R
    int included = 0;           // AK902
    int received = 0;           // AK903
    int accepted = 0;           // AK904
    std::vector<SetAcknowledgment> sets;
};

// 277CA: the status of one claim (loop 2200D or 2200E).
struct ClaimAcknowledgment
{
    QByteArray claimId;         // TRN02: the CLM01 that was sent
    QByteArray payerClaimNumber;  // REF*1K
    QByteArray category;        // STC01-1: A1/A2 accepted, A3/A6/A7/A8 rejected, ...
    QByteArray status;          // STC01-2
    QByteArray entity;          // STC01-3
    QDate effective;            // STC02
    std::optional<Money> amount;  // STC04
    QList<QByteArray> moreStatuses;  // STC10/STC11 category:status pairs

    bool accepted() const { return category == "A1" || category == "A2" || category == "A5"; }
};

// TA1: the interchange-level answer.
struct InterchangeAcknowledgment
{
    QByteArray controlNumber;   // TA101: the ISA13 that was sent
    QDate date;                 // TA102 (YYMMDD)
    QByteArray status;          // TA104: A accepted, E accepted with errors, R rejected
    QByteArray noteCode;        // TA105

    bool accepted() const { return status == "A" || status == "E"; }
};

Result<FunctionalAcknowledgment> functionalAcknowledgmentOf(const Transaction& transaction);
Result<std::vector<ClaimAcknowledgment>> claimAcknowledgmentsOf(const Transaction& transaction);
std::vector<InterchangeAcknowledgment> interchangeAcknowledgmentsOf(const Interchange& interchange);

}  // namespace fd::x12
