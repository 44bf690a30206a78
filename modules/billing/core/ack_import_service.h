#pragma once

#include "billing/core/ack_service.h"
#include "billing/core/billing_context.h"

namespace fd::billing {

class AckImportService final : public IAckImport
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::AckImportService)

public:
    explicit AckImportService(BillingContext context) : m_ctx(std::move(context)) {}

    Result<AckImportResult> importFile(const QString& path) override;
    Result<AckImportResult> importBytes(const QByteArray& content, const QString& fileName) override;
    Result<BatchAckStatus> batchStatus(const QString& batchId) override;
    Result<std::vector<PayerClaimStatus>> payerStatuses(const QString& claimId) override;
    Result<QString> payerClaimNumber(const QString& claimId) override;

    // importBytes for files of the given kinds only (apply277 takes 277 answers only).
    Result<AckImportResult> importOnly(const QByteArray& content, const QString& fileName,
                                       const QList<AckKind>& allowed);

private:
    Result<AckImportResult> previousImport(const QString& sha256, const QString& fileName);

    BillingContext m_ctx;
};

}  // namespace fd::billing
