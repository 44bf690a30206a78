#pragma once

#include "billing/core/claim_837_writer.h"

namespace fd::billing {

// One claim asked about: its envelope (payer, billing provider, subscriber, patient), the
// trace number the 277 will echo (TRN02) and the payer's claim number when known (REF*1K).
struct StatusClaim
{
    ClaimEnvelope envelope;
    QString trace;
    QString payerClaimNumber;
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
// REF*EJ (the claim number), AMT*T3 and DTP*472. Pure: no database.
class Claim276Writer
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::Claim276Writer)

public:
    static Result<QByteArray> write(const StatusBatch& batch);
};

}  // namespace fd::billing
