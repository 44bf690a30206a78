#pragma once

#include "billing/core/billing.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_837_writer.h"
#include "billing/core/claim_store.h"

#include <QHash>

namespace fd::billing {

class ClaimExportService final : public IClaimExport
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClaimExportService)

public:
    explicit ClaimExportService(BillingContext context) : m_ctx(std::move(context)), m_store(m_ctx) {}

    Result<ExportResult> export837(const ExportOptions& options, const QString& path) override;

    // The envelopes of claims, resolved through the practice's and the registry's services
    // (each patient read is audited by the registry).
    Result<std::vector<ClaimEnvelope>> envelopes(const std::vector<Claim>& claims, const QString& clearinghouse);

private:
    BillingContext m_ctx;
    ClaimStore m_store;
};

}  // namespace fd::billing
