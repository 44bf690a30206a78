#pragma once

#include "billing/core/ack_import_service.h"
#include "billing/core/ack_service.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_status_276_writer.h"
#include "billing/core/claim_store.h"
#include "billing/core/core_connectivity_client.h"

#include <memory>

namespace fd::billing {

class ClaimStatusService final : public IClaimStatus
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClaimStatusService)

public:
    ClaimStatusService(BillingContext context, std::shared_ptr<AckImportService> imports)
        : m_ctx(std::move(context)), m_store(m_ctx), m_imports(std::move(imports))
    {
    }

    Result<StatusRequest> build276(const QStringList& claimIds, const StatusRequestOptions& options) override;
    Result<AckImportResult> apply277(const QByteArray& content, const QString& fileName) override;
    Result<RealtimeStatus> requestRealtime(const QStringList& claimIds, const QStringList& lines) override;

    // The CORE payload types of a real-time 276 and its 277 answer.
    static QString requestPayloadType() { return QStringLiteral("X12_276_Request_005010X212"); }
    static QString responsePayloadType() { return QStringLiteral("X12_277_Response_005010X212"); }

private:
    Result<std::vector<Claim>> claimsToAsk(const QStringList& claimIds);
    // The batch for the claims, without control numbers and trace numbers.
    Result<StatusBatch> prepare(const QStringList& claimIds, const StatusRequestOptions& options);
    // Puts each line named (a claim line id, or an LX number when one claim is asked about)
    // under its claim, in line order.
    Status selectLines(StatusBatch& batch, const QStringList& lines);
    // Takes the interchange and group control numbers and gives each claim its trace number.
    Status number(QSqlDatabase db, StatusBatch& batch);
    // Records each claim's trace number and audits the 276 sent, in the caller's transaction.
    Result<StatusRequest> recordRequests(storage::Transaction& tx, const StatusBatch& batch, const QString& channel);
    Result<CoreEndpointSettings> endpoint(StatusRequestOptions& options);

    BillingContext m_ctx;
    ClaimStore m_store;
    std::shared_ptr<AckImportService> m_imports;
};

}  // namespace fd::billing
