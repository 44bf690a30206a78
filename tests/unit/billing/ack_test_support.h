#pragma once

#include "billing_fixture.h"

#include "billing/core/ack_service.h"

#include <QByteArray>
#include <QStringList>

namespace fd::billing::test {

// An interchange from a clearinghouse to the practice: a fixed-width ISA with `isa13`, one
// group (GS01 `functionalId`, GS06 `gs06`, GS08 `version`) holding one transaction set whose
// segments between ST and SE are `body`, with SE01, GE01 and IEA01 counted.
QByteArray inbound(qint64 isa13, const QByteArray& functionalId, qint64 gs06, const QByteArray& set,
                   const QByteArray& version, const QList<QByteArray>& body);
// A TA1 answering interchange `answered`, in an interchange of its own.
QByteArray ta1File(qint64 isa13, qint64 answered, char status, const QByteArray& note);
// A 999 answering group `group`: set 0001 accepted, or rejected with IK3/IK4/IK5*R/AK9*R.
QByteArray ack999(qint64 isa13, qint64 group, bool accept, const QByteArray& setControl = "0001");
// A 277CA (X214) with one 2200D per claim number: STC `statuses[i]` ("A2:20:PR"), and REF*1K
// `payerNumbers[i]` when not empty.
QByteArray ack277ca(qint64 isa13, const QStringList& claimNumbers, const QStringList& statuses,
                    const QStringList& payerNumbers);

// Claims of Alice (2025-03-03, her own plan) and Bob (2025-03-04, his mother's plan) built,
// made ready and exported as one 837P batch; the acknowledgment tables migrated.
struct SentBatch
{
    ExportResult batch;
    Claim alice;
    Claim bob;
};
SentBatch sendTwoClaims(BillingFixture& f);

// Each of these REQUIREs success.
AckImportResult importAck(BillingFixture& f, const QByteArray& content, const QString& name);
Claim claimNow(BillingFixture& f, const QString& id);
// Row counts of every acknowledgment table and of the claim history, and the claims' statuses:
// equal snapshots mean nothing changed.
QString snapshot(BillingFixture& f);

}  // namespace fd::billing::test
