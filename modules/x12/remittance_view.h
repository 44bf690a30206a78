#pragma once

#include "x12/view_support.h"

#include <vector>

namespace fd::x12 {

// One CAS adjustment: group (CO, PR, OA, PI), reason (CARC), amount, quantity.
struct Adjustment
{
    QByteArray group;
    QByteArray reason;
    Money amount;
    QByteArray quantity;
};

struct RemittanceServiceLine
{
    QByteArray procedureQualifier;  // SVC01-01
    QByteArray procedureCode;       // SVC01-02
    QList<QByteArray> modifiers;
    Money charge;                   // SVC02
    Money paid;                     // SVC03
    QByteArray units;               // SVC05
    QDate serviceDate;              // DTM*472 or DTM*150
    QByteArray lineControlNumber;   // REF*6R: the 837's line control number
    std::vector<Adjustment> adjustments;
    QList<QByteArray> remarks;      // LQ*HE
};

struct RemittanceClaim
{
    QByteArray claimId;              // CLP01: the practice's claim number
    QByteArray status;               // CLP02: 1 primary, 2 secondary, 4 denied, 22 reversal, ...
    Money charge;                    // CLP03
    Money paid;                      // CLP04
    Money patientResponsibility;     // CLP05
    QByteArray payerClaimControlNumber;  // CLP07
    Party patient;                   // NM1*QC
    std::vector<Adjustment> adjustments;
    std::vector<RemittanceServiceLine> lines;
};

struct Remittance
{
    Money totalPaid;                 // BPR02
    QByteArray creditDebit;          // BPR03
    QByteArray paymentMethod;        // BPR04: ACH, CHK, NON
    QDate paymentDate;               // BPR16
    QByteArray traceNumber;          // TRN02 (check or EFT number)
    QByteArray payerTraceId;         // TRN03
    Party payer;                     // N1*PR
    Party payee;                     // N1*PE
    std::vector<RemittanceClaim> claims;
    std::vector<Adjustment> providerAdjustments;  // PLB reason/amount pairs
};

// The payment, claims and service lines of an 835 (005010X221) transaction.
Result<Remittance> remittanceOf(const Transaction& transaction);
std::vector<Adjustment> adjustmentsOf(const Segment& cas);

}  // namespace fd::x12
