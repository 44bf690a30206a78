// The submission schema and services (docs/CLAIM_SUBMISSION.md).
#include "billing/core/submission_registration.h"

#include "billing/core/clearinghouse_service.h"
#include "billing/core/submission_service.h"

namespace fd::billing {

namespace {

storage::Migration clearinghouseAndBatchStatus()
{
    QStringList s;
    // Local to the workstation's encrypted database (not synced): the secrets never leave it.
    s << QStringLiteral("CREATE TABLE billing_clearinghouse (id TEXT PRIMARY KEY CHECK (id = 'practice'), "
                        "settings TEXT NOT NULL, password BLOB, private_key BLOB, key_passphrase BLOB, "
                        "row_version INTEGER NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)")
      // Batches written by `claims export` before this set existed stay "written".
      << QStringLiteral("ALTER TABLE billing_batches ADD COLUMN status TEXT NOT NULL DEFAULT 'written' "
                        "CHECK (status IN ('written', 'sending', 'uploaded', 'failed', 'acknowledged'))")
      << QStringLiteral("ALTER TABLE billing_batches ADD COLUMN transport TEXT NOT NULL DEFAULT 'file'")
      << QStringLiteral("ALTER TABLE billing_batches ADD COLUMN destination TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("ALTER TABLE billing_batches ADD COLUMN sent_at TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("ALTER TABLE billing_batches ADD COLUMN error TEXT NOT NULL DEFAULT ''")
      << QStringLiteral("CREATE INDEX billing_batches_status ON billing_batches(status)")
      // Which claims a batch carried, also when it failed (billing_claims.batch_id is set only
      // once a batch is delivered).
      << QStringLiteral("CREATE TABLE billing_batch_claims (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
                        "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                        "batch_id TEXT NOT NULL REFERENCES billing_batches(id), "
                        "claim_id TEXT NOT NULL REFERENCES billing_claims(id))")
      << QStringLiteral("CREATE UNIQUE INDEX billing_batch_claims_key ON billing_batch_claims(batch_id, claim_id)")
      << QStringLiteral("CREATE INDEX billing_batch_claims_claim ON billing_batch_claims(claim_id)")
      // Acknowledgment files fetched by SFTP, kept (encrypted) until the import takes them; a
      // file is fetched once.
      << QStringLiteral("CREATE TABLE billing_ack_files (id TEXT PRIMARY KEY, remote_dir TEXT NOT NULL, "
                        "file_name TEXT NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL, "
                        "content BLOB NOT NULL, fetched_at TEXT NOT NULL, fetched_by TEXT NOT NULL, "
                        "imported_at TEXT NOT NULL DEFAULT '', UNIQUE (remote_dir, file_name, size, mtime))");
    return {1, QStringLiteral("clearinghouse settings, batch status, batch claims, fetched acknowledgments"), s, {}};
}

// The size of the 837P file sent, so that a batch left "sending" can be checked against what
// the server holds (claims batch-settle --check). Older batches keep 0: unknown.
storage::Migration batchFileSize()
{
    return {2,
            QStringLiteral("batch file size"),
            {QStringLiteral("ALTER TABLE billing_batches ADD COLUMN file_size INTEGER NOT NULL DEFAULT 0")},
            {}};
}

// Fetched acknowledgment files a biller set aside (acks set-aside) and took back: the import
// of fetched files skips a file while it is set aside. Local like billing_ack_files.
storage::Migration ackFileSetAsides()
{
    return {3,
            QStringLiteral("fetched acknowledgment files set aside"),
            {QStringLiteral("CREATE TABLE billing_ack_file_set_asides (id TEXT PRIMARY KEY, "
                            "ack_file_id TEXT NOT NULL REFERENCES billing_ack_files(id), "
                            "reason TEXT NOT NULL CHECK (reason <> ''), set_aside_at TEXT NOT NULL, "
                            "set_aside_by TEXT NOT NULL, set_aside_by_name TEXT NOT NULL DEFAULT '', "
                            "taken_back_at TEXT NOT NULL DEFAULT '', taken_back_by TEXT NOT NULL DEFAULT '', "
                            "taken_back_note TEXT NOT NULL DEFAULT '')"),
             // A file is set aside once at a time; earlier set-asides stay as its history.
             QStringLiteral("CREATE UNIQUE INDEX billing_ack_file_set_asides_open ON "
                            "billing_ack_file_set_asides(ack_file_id) WHERE taken_back_at = ''")},
            {}};
}

}  // namespace

storage::MigrationSet submissionMigrations()
{
    return {QStringLiteral("billing_submission"),
            {clearinghouseAndBatchStatus(), batchFileSize(), ackFileSetAsides()}};
}

void registerSubmission(ServiceRegistry& registry, const BillingContext& ctx)
{
    auto clearinghouse = std::make_shared<ClearinghouseService>(ctx);
    registry.add<IClearinghouse>(clearinghouse);
    // The registry owns the services and outlives them.
    ServiceRegistry* services = &registry;
    registry.add<IClaimSubmission>(std::make_shared<SubmissionService>(
        ctx, clearinghouse, [services] { return services->get<IClaimScrubber>(); }));
}

}  // namespace fd::billing
