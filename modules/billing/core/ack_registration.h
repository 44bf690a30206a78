#pragma once

#include "billing/core/billing_context.h"
#include "common/service_registry.h"
#include "storage/database.h"

namespace fd::billing {

// Table names of the acknowledgment tables (migration set "billing_acks").
namespace table {
inline const QString kAckImports = QStringLiteral("billing_ack_imports");
inline const QString kBatchAcks = QStringLiteral("billing_batch_acks");
inline const QString kRejections = QStringLiteral("billing_rejections");
inline const QString kPayerStatuses = QStringLiteral("billing_payer_statuses");
inline const QString kStatusRequests = QStringLiteral("billing_status_requests");
inline const QString kPayerLineStatuses = QStringLiteral("billing_payer_line_statuses");
}  // namespace table

// The acknowledgment and claim status schema: its own numbered migrations, set "billing_acks".
storage::MigrationSet ackMigrations();

// Publishes IAckImport, IRejectionQueue, IClaimStatus and IFetchedAcks (called by registerServices).
void registerAckServices(ServiceRegistry& registry, const BillingContext& ctx);

}  // namespace fd::billing
