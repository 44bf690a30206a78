#pragma once

#include "billing/core/ack_import_service.h"
#include "billing/core/ack_service.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_store.h"

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

private:
    Result<std::vector<Claim>> claimsToAsk(const QStringList& claimIds);

    BillingContext m_ctx;
    ClaimStore m_store;
    std::shared_ptr<AckImportService> m_imports;
};

}  // namespace fd::billing
