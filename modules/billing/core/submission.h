#pragma once

#include "billing/core/clearinghouse_settings.h"
#include "common/result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace fd::billing {

// Where a batch stands (billing_batches.status). "written": saved by `claims export` to a
// file the user chose; "sending": numbered and recorded, delivery not yet confirmed;
// "uploaded": delivered (SFTP upload renamed into place and its size checked, or the file
// renamed into the outbox folder); "failed": delivery refused or broken, the claims stay
// ready; "acknowledged": a TA1/999 for the interchange was imported (set by the
// acknowledgments import).
enum class BatchStatus { Written, Sending, Uploaded, Failed, Acknowledged };

QString batchStatusId(BatchStatus status);
std::optional<BatchStatus> batchStatusFromId(const QString& id);

// One batch as the history lists it (`claims batches`).
struct BatchRecord
{
    QString id;
    qint64 interchangeControlNumber = 0;  // ISA13
    qint64 groupControlNumber = 0;        // GS06
    QDateTime createdAt;
    QString createdBy;
    int claimCount = 0;
    QString fileName;
    BatchStatus status = BatchStatus::Written;
    QString transport;    // "file", "sftp" or "folder"
    QString destination;  // "sftp://user@host:port/dir" or the outbox folder; never a secret
    QDateTime sentAt;     // when delivery was confirmed
    QString error;        // why delivery failed (or, for "sending", what left it unconfirmed)
    qint64 fileSize = 0;  // bytes of the 837P file; 0 for batches recorded before it was kept
};

// How a person settles a batch left "sending" (its delivery neither confirmed nor refused),
// once the clearinghouse has said whether it got the file.
enum class BatchSettlement { Uploaded, Failed };

// What is at the batch's destination under its file name (SFTP upload directory or outbox
// folder). The clearinghouse may have taken the file away already, so "absent" does not prove
// that it never arrived; "present with the right size" proves that it did.
struct BatchFileCheck
{
    QString destination;
    QString fileName;
    bool present = false;
    qint64 size = 0;          // as the server (or the file system) reports it
    qint64 expectedSize = 0;  // the batch's own size; 0 when unknown (older batches)
    bool sizeMatches() const { return present && expectedSize > 0 && size == expectedSize; }
};

struct SubmitOptions
{
    QStringList claimIds;  // empty: every ready claim
};

// What `submit` did. A failed delivery is not an Error: the batch exists (its numbers are
// used) and is reported with status Failed and the reason; its claims stay ready.
struct SubmitResult
{
    BatchRecord batch;
    QStringList claimIds;
    QStringList claimNumbers;
    bool delivered() const { return batch.status == BatchStatus::Uploaded; }
};

// An acknowledgment file fetched from the clearinghouse's acknowledgment directory and kept
// in the encrypted database until the acknowledgments import takes it.
struct AckFile
{
    QString id;
    QString remoteDir;
    QString name;
    QDateTime fetchedAt;
    QByteArray content;
};

// What `clearinghouse test` found.
struct ConnectionReport
{
    QString destination;
    QString hostKeyFingerprint;  // "SHA256:..." as the server showed it (matches the pin)
    QStringList uploadDirEntries;
};

// A connection test made from the stored settings, holding its own copy of them and of the
// secrets: running it touches no database, so it may run on another thread than the one that
// made it (the settings page runs it on a worker, as libssh blocks for up to its timeouts).
using ConnectionProbe = std::function<Result<ConnectionReport>()>;

// The practice's clearinghouse: its settings (secrets kept in the encrypted database, never
// shown, logged or audited in clear), a connection check, and the acknowledgment files
// fetched from it. Reading needs billing.view; changing and testing billing.submit.
class IClearinghouse
{
public:
    virtual ~IClearinghouse() = default;
    virtual Result<ClearinghouseSettings> settings() = 0;
    // The names of the secrets that are set ("password", "private_key", "key_passphrase").
    virtual Result<QStringList> secretsSet() = 0;
    // Saves the settings; a secret left empty keeps the stored one unless named in
    // `clearSecrets`. Audited with the names of the secrets that changed, never their values.
    virtual Status saveSettings(const ClearinghouseSettings& settings, ClearinghouseSecrets secrets,
                                const QStringList& clearSecrets = {}) = 0;
    // Connects (SFTP: pins the host key, logs in, lists the upload directory; folder: checks
    // the outbox folder can be written).
    virtual Result<ConnectionReport> test() = 0;
    // test() in two steps: reads the stored settings and secrets on the calling thread (the
    // database connection's) and returns the probe, which may run on any thread.
    virtual Result<ConnectionProbe> prepareTest() = 0;
    // Downloads the files of the acknowledgment directory not fetched before and keeps them;
    // returns the new ones. A file is fetched once (by directory, name, size and time). Needs
    // billing.claims, the acknowledgments import's permission.
    virtual Result<std::vector<AckFile>> fetchAcknowledgments() = 0;
    // Fetched files the acknowledgments import has not taken yet, oldest first.
    virtual Result<std::vector<AckFile>> pendingAcknowledgments() = 0;
};

// Claim submission (docs/CLAIM_SUBMISSION.md): ready claims written as one 837P batch with
// control numbers allocated once, delivered to the clearinghouse, and marked submitted only
// after the delivery is confirmed. Needs billing.submit (batches: billing.view).
class IClaimSubmission
{
public:
    virtual ~IClaimSubmission() = default;
    virtual Result<SubmitResult> submit(const SubmitOptions& options) = 0;
    // Batches newest first.
    virtual Result<std::vector<BatchRecord>> batches(int limit = 200) = 0;
    // Settles a batch in "sending" (`batch`: its interchange control number, file name or id)
    // with what the clearinghouse said: Uploaded marks its claims submitted; Failed leaves
    // them ready to go in a new batch, its control numbers staying used. Needs billing.submit
    // and a reason; audited; refused for a batch in any other status.
    virtual Result<BatchRecord> settleBatch(const QString& batch, BatchSettlement outcome, const QString& reason) = 0;
    // Looks for the batch's file at its destination (billing.submit; changes nothing).
    virtual Result<BatchFileCheck> checkBatchFile(const QString& batch) = 0;
};

}  // namespace fd::billing
