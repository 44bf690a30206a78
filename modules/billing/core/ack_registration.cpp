// The acknowledgment tables and services (docs/ACKNOWLEDGMENTS.md).
#include "billing/core/ack_registration.h"

#include "billing/core/ack_import_service.h"
#include "billing/core/ack_rejection_queue.h"
#include "billing/core/claim_status_service.h"
#include "billing/core/fetched_ack_service.h"

namespace fd::billing {

namespace {

QString synced(const QString& table, const QString& columns)
{
    return QStringLiteral(
               "CREATE TABLE %1 (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
               "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, %2)")
        .arg(table, columns);
}

storage::Migration acknowledgments()
{
    QStringList s;
    // Every file imported, once: its SHA-256 makes a second import a no-op.
    s << synced(table::kAckImports,
                QStringLiteral("kind TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, "
                               "interchange_control TEXT NOT NULL DEFAULT '', sender TEXT NOT NULL DEFAULT '', "
                               "imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, summary TEXT NOT NULL DEFAULT ''"))
      // Where each batch stands after its TA1 and 999.
      << synced(table::kBatchAcks,
                QStringLiteral("batch_id TEXT NOT NULL UNIQUE REFERENCES billing_batches(id), status TEXT NOT NULL "
                               "CHECK (status IN ('received', 'accepted', 'accepted_with_errors', "
                               "'partially_accepted', 'rejected')), detail TEXT NOT NULL DEFAULT '', "
                               "file_id TEXT NOT NULL, file_name TEXT NOT NULL"))
      << synced(table::kRejections,
                QStringLiteral("claim_id TEXT NOT NULL REFERENCES billing_claims(id), claim_number TEXT NOT NULL, "
                               "patient_id TEXT NOT NULL, batch_id TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, "
                               "code TEXT NOT NULL, reason TEXT NOT NULL, rejected_on TEXT NOT NULL, "
                               "file_id TEXT NOT NULL, file_name TEXT NOT NULL, state TEXT NOT NULL "
                               "CHECK (state IN ('open', 'resubmitted', 'resolved')), note TEXT NOT NULL DEFAULT '', "
                               "new_claim_id TEXT NOT NULL DEFAULT '', worked_at TEXT NOT NULL DEFAULT '', "
                               "worked_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL"))
      // One open rejection per claim.
      << QStringLiteral("CREATE UNIQUE INDEX billing_rejections_open ON billing_rejections(claim_id) "
                        "WHERE state = 'open' AND deleted = 0")
      << QStringLiteral("CREATE INDEX billing_rejections_state ON billing_rejections(state, created_at)")
      // The payer's statuses of a claim (277CA, 277): append-only, like the claim history.
      << synced(table::kPayerStatuses,
                QStringLiteral("claim_id TEXT NOT NULL REFERENCES billing_claims(id), source TEXT NOT NULL, "
                               "file_id TEXT NOT NULL, file_name TEXT NOT NULL, category TEXT NOT NULL, "
                               "status TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL DEFAULT '', "
                               "meaning TEXT NOT NULL DEFAULT '', payer_claim_number TEXT NOT NULL DEFAULT '', "
                               "effective TEXT NOT NULL DEFAULT '', amount_cents INTEGER, recorded_at TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX billing_payer_statuses_claim ON billing_payer_statuses(claim_id, recorded_at)")
      << QStringLiteral("CREATE TRIGGER billing_payer_statuses_no_update BEFORE UPDATE ON billing_payer_statuses "
                        "BEGIN SELECT RAISE(ABORT, 'payer statuses are append-only'); END")
      << QStringLiteral("CREATE TRIGGER billing_payer_statuses_no_delete BEFORE DELETE ON billing_payer_statuses "
                        "BEGIN SELECT RAISE(ABORT, 'payer statuses are append-only'); END")
      // The trace number (TRN02) of each claim in each 276 sent, so the 277 finds its claim.
      << synced(table::kStatusRequests,
                QStringLiteral("trace TEXT NOT NULL UNIQUE, claim_id TEXT NOT NULL REFERENCES billing_claims(id), "
                               "interchange_control INTEGER NOT NULL, requested_at TEXT NOT NULL, "
                               "requested_by TEXT NOT NULL"));
    return {1, QStringLiteral("acknowledgment files, batch statuses, rejection queue, payer statuses"), s, {}};
}

// The service-line statuses (277 loops 2220D/2220E) of each payer status: append-only too.
storage::Migration lineStatuses()
{
    QStringList s;
    s << synced(table::kPayerLineStatuses,
                QStringLiteral("payer_status_id TEXT NOT NULL REFERENCES billing_payer_statuses(id), "
                               "claim_id TEXT NOT NULL REFERENCES billing_claims(id), position INTEGER NOT NULL, "
                               "claim_line_id TEXT NOT NULL DEFAULT '', line_number INTEGER NOT NULL DEFAULT 0, "
                               "procedure TEXT NOT NULL, charge_cents INTEGER, paid_cents INTEGER, "
                               "units INTEGER NOT NULL DEFAULT 0, category TEXT NOT NULL, status TEXT NOT NULL, "
                               "entity TEXT NOT NULL DEFAULT '', meaning TEXT NOT NULL DEFAULT '', "
                               "effective TEXT NOT NULL DEFAULT '', service_from TEXT NOT NULL DEFAULT '', "
                               "service_to TEXT NOT NULL DEFAULT '', line_control TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE INDEX billing_payer_line_statuses_status ON billing_payer_line_statuses"
                        "(payer_status_id, position)")
      << QStringLiteral("CREATE INDEX billing_payer_line_statuses_claim ON billing_payer_line_statuses(claim_id)")
      << QStringLiteral("CREATE TRIGGER billing_payer_line_statuses_no_update BEFORE UPDATE ON "
                        "billing_payer_line_statuses BEGIN SELECT RAISE(ABORT, 'payer statuses are append-only'); END")
      << QStringLiteral("CREATE TRIGGER billing_payer_line_statuses_no_delete BEFORE DELETE ON "
                        "billing_payer_line_statuses BEGIN SELECT RAISE(ABORT, 'payer statuses are append-only'); END");
    return {2, QStringLiteral("payer statuses of service lines (277 loops 2220D/2220E)"), s, {}};
}

}  // namespace

storage::MigrationSet ackMigrations()
{
    return {QStringLiteral("billing_acks"), {acknowledgments(), lineStatuses()}};
}

void registerAckServices(ServiceRegistry& registry, const BillingContext& ctx)
{
    auto imports = std::make_shared<AckImportService>(ctx, registry.get<IClearinghouse>());
    registry.add<IAckImport>(imports);
    registry.add<IRejectionQueue>(std::make_shared<AckRejectionQueue>(ctx));
    registry.add<IClaimStatus>(std::make_shared<ClaimStatusService>(ctx, imports));
    registry.add<IFetchedAcks>(std::make_shared<FetchedAckService>(ctx));
}

}  // namespace fd::billing
