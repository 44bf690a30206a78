#pragma once

#include "billing/core/claim_837_writer.h"

namespace fd::billing {

// One service line of a claim asked about (loop 2210D/2210E): SVC from the claim line
// (procedure and modifiers, charge, units), REF*FJ when the 837 gave the line a control number
// (REF*6R; the 837P writer gives none today, so this stays empty), DTP*472 (the line's date,
// or the claim's for a line without one; a claim where neither is known is refused).
struct StatusLine
{
    ClaimLine line;
    QString lineControlNumber;
};

// One claim asked about: its envelope (payer, billing provider, subscriber, patient), the
// trace number the 277 will echo (TRN02), the payer's claim number when known (REF*1K) and
// the lines asked about (empty: the claim as a whole).
struct StatusClaim
{
    ClaimEnvelope envelope;
    QString trace;
    QString payerClaimNumber;
    std::vector<StatusLine> lines;
};

struct StatusBatch
{
    QString senderId;    // ISA06/GS02, 2100B NM109 (46)
    QString senderName;  // 2100B NM103
    QString receiverId;  // ISA08/GS03
    qint64 interchangeControlNumber = 0;
    qint64 groupControlNumber = 0;
    QDateTime created;
    bool production = true;
    std::vector<StatusClaim> claims;
};

// Writes a 276 claim status request (005010X212): one 2000A per payer, under it the practice
// as information receiver (2000B), one 2000C per billing provider, one 2000D per subscriber,
// a 2000E for a patient who is not the subscriber, and per claim a 2200D/2200E with TRN, REF*1K,
// REF*EJ (the claim number), AMT*T3 and DTP*472, then a 2210D/2210E per line asked about.
// Pure: no database.
class Claim276Writer
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::Claim276Writer)

public:
    static Result<QByteArray> write(const StatusBatch& batch);
};

}  // namespace fd::billing
