#pragma once

#include "billing/core/billing_types.h"
#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fd::billing {

// What an acknowledgment file holds (docs/ACKNOWLEDGMENTS.md).
enum class AckKind { Ta1, Functional999, ClaimAck277CA, ClaimStatus277 };
QString ackKindId(AckKind kind);  // "TA1", "999", "277CA", "277"

// Where a batch stands after its acknowledgments. Submitted: nothing heard yet; received: the
// TA1 accepted the interchange; accepted, accepted_with_errors, partially_accepted or
// rejected: the 999's AK9 (or a TA1 rejecting the interchange).
struct BatchAckStatus
{
    QString batchId;
    qint64 interchangeControlNumber = 0;
    qint64 groupControlNumber = 0;
    QString status = QStringLiteral("submitted");
    QString detail;  // the codes with their meaning
    QString fileName;  // the acknowledgment that set the status
    QDateTime updatedAt;
};

// What the payer said about one service line of a claim (277 loop 2220D/2220E: SVC, STC,
// REF*FJ, DTP*472). The line is matched to the claim's own line by procedure code and
// modifiers (and service date when given); claimLineId is empty when none matches.
struct PayerLineStatus
{
    QString claimLineId;
    int lineNumber = 0;        // the claim line's LX01; 0 when unmatched
    QString procedure;         // SVC01: "HC:99213:25"
    std::optional<Money> charge;  // SVC02
    std::optional<Money> paid;    // SVC03
    int units = 0;             // SVC07 (0 when not given)
    QString category;          // STC01-1
    QString status;            // STC01-2
    QString entity;            // STC01-3
    QString meaning;           // every STC of the line in plain words
    QDate effective;           // STC02
    QDate serviceFrom;         // DTP*472
    QDate serviceTo;
    QString lineControlNumber;  // REF*FJ
    qint64 segment = 0;        // the SVC's place in the file

    // "line 1 HC:99213 (100.00, paid 80.00): F1:65 Claim or line has been paid; service 2025-03-03"
    QString toText() const;
};

// One claim an import touched: its status before and after, and the payer's words.
struct AckClaimChange
{
    QString claimId;
    QString claimNumber;
    QString fromStatus;
    QString toStatus;     // equal to fromStatus when the status did not move
    QString code;         // "A7:562:85", "IK5 R", "TA1 R 022"
    QString meaning;      // the codes in plain words
    QString payerClaimNumber;  // REF*1K, when the payer gave one
    qint64 segment = 0;   // where in the file (ISA = 1)
    std::vector<PayerLineStatus> lines;  // 277 and 277CA service-line statuses (2220D/2220E)
};

struct AckImportResult
{
    QString fileId;
    QString fileName;
    QList<AckKind> kinds;
    bool alreadyImported = false;  // the same file was imported before: nothing changed
    QDateTime importedAt;          // when the file was (first) imported
    std::vector<BatchAckStatus> batches;
    std::vector<AckClaimChange> claims;
    int rejections = 0;            // claims added to the rejection queue
    // importFetched only: why this fetched file was refused (naming the segment where it can);
    // nothing of it was applied and it stays fetched, not imported. Empty when it was taken.
    QString error;
};

// A claim the payer (or clearinghouse) rejected, waiting for a biller.
struct Rejection
{
    QString id;
    qint64 rowVersion = 0;
    QString claimId;
    QString claimNumber;
    QString patientId;
    QString batchId;
    QString source;      // "TA1", "999", "277CA"
    QString code;        // "A7:562:85"
    QString reason;      // the codes in plain words
    QDate rejectedOn;    // the date the payer gave (STC02), else the import date
    QString fileName;
    QString state = QStringLiteral("open");  // open, resubmitted, resolved
    QString note;
    QString newClaimId;  // the corrected claim made by resubmit()
    QDateTime workedAt;
    QString workedBy;
};

// A status the payer reported for a claim (277CA or 277), newest last.
struct PayerClaimStatus
{
    QString claimId;
    QString source;      // "277CA", "277"
    QString category;    // STC01-1
    QString status;      // STC01-2
    QString entity;      // STC01-3
    QString meaning;
    QString payerClaimNumber;  // REF*1K
    QDate effective;     // STC02
    std::optional<Money> amount;  // STC04
    QString fileName;
    QDateTime recordedAt;
    std::vector<PayerLineStatus> lines;  // in the order the payer gave them
};

// Imports TA1, 999 (005010X231A1), 277CA (005010X214) and 277 (005010X212) files: each is
// matched to the batches and claims it answers and applied in one synchronous=FULL
// transaction, or refused whole naming the segment. The same file twice changes nothing the
// second time. Needs billing.claims; reads need billing.view.
class IAckImport
{
public:
    virtual ~IAckImport() = default;
    virtual Result<AckImportResult> importFile(const QString& path) = 0;
    virtual Result<AckImportResult> importBytes(const QByteArray& content, const QString& fileName) = 0;
    // Imports the files the clearinghouse service fetched, no import has taken yet and no
    // biller set aside (IFetchedAcks), oldest first: each file is applied and marked imported in one transaction (a file imported
    // before is only marked). A refused file is returned with its error, changes nothing and
    // stays pending; the files after it are still imported. Needs billing.claims alone.
    virtual Result<std::vector<AckImportResult>> importFetched() = 0;

    virtual Result<BatchAckStatus> batchStatus(const QString& batchId) = 0;
    // The payer's statuses of a claim, oldest first.
    virtual Result<std::vector<PayerClaimStatus>> payerStatuses(const QString& claimId) = 0;
    // The payer's claim control number (REF*1K) last reported for a claim; empty when none.
    virtual Result<QString> payerClaimNumber(const QString& claimId) = 0;
};

// The rejection queue. Reads need billing.view, working it billing.claims; each step is
// audited and synced.
class IRejectionQueue
{
public:
    virtual ~IRejectionQueue() = default;
    // Open rejections (or all), oldest first.
    virtual Result<std::vector<Rejection>> list(bool openOnly = true) = 0;
    // The open rejection of a claim (by claim id or claim number).
    virtual Result<Rejection> openFor(const QString& claim) = 0;
    // Corrects and resubmits: the rejected claim's charges (released by the rejection) become
    // a new draft claim to correct and send; the rejection is closed as "resubmitted".
    virtual Result<Rejection> resubmit(const QString& rejectionId, const QString& note) = 0;
    // Closes a rejection without a new claim (written off, billed elsewhere), with a note.
    virtual Result<Rejection> resolve(const QString& rejectionId, const QString& note) = 0;
};

// How a 276 batch request is addressed.
struct StatusRequestOptions
{
    QString senderId;  // ISA06/GS02 and 2100B NM109; empty: the practice's NPI
    QString receiverId = QStringLiteral("CLEARINGHOUSE");  // ISA08/GS03
    QString clearinghouse = QStringLiteral("default");     // which payer ids 2100A uses
    bool production = true;
    // Service lines to ask about (loops 2210D/2210E): claim line ids, or line numbers (LX01)
    // when one claim is asked about. A claim none of whose lines is named is asked about whole.
    QStringList lines;
};

struct StatusRequest
{
    QByteArray content;
    qint64 interchangeControlNumber = 0;
    qint64 groupControlNumber = 0;
    QStringList traceNumbers;  // TRN02 per claim, in the order of the claims
};

// A real-time 276/277 exchange: the request sent, the endpoint's host, the answer as applied.
struct RealtimeStatus
{
    StatusRequest request;
    QStringList claimNumbers;  // asked about, in the order of request.traceNumbers
    QString host;
    AckImportResult applied;   // applied.claims: what the 277 said, claim by claim
};

// Claim status (276/277, 005010X212). build276 writes one request for claims the payer has
// (submitted or accepted) and records each claim's trace number; apply277 reads the answer
// (a batch file or a real-time response) and records each claim's payer status, shown in the
// claim's history. Needs billing.claims.
class IClaimStatus
{
public:
    virtual ~IClaimStatus() = default;
    virtual Result<StatusRequest> build276(const QStringList& claimIds, const StatusRequestOptions& options = {}) = 0;
    virtual Result<AckImportResult> apply277(const QByteArray& content, const QString& fileName) = 0;
    // Real time: sends the 276 to the CAQH CORE endpoint eligibility uses (its sender and
    // receiver ids, ISA15 from its production flag) and applies the 277 answer as apply277
    // does. A timeout, a refused connection, TLS, an HTTP error, a SOAP fault, a CORE error
    // code or an answer that is not a 277 is an error naming the endpoint, and nothing is
    // recorded but the control numbers taken. `lines` as in StatusRequestOptions::lines.
    virtual Result<RealtimeStatus> requestRealtime(const QStringList& claimIds, const QStringList& lines = {}) = 0;
};

}  // namespace fd::billing
