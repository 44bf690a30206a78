#pragma once

#include "billing/core/ack_service.h"
#include "billing/core/billing_context.h"
#include "billing/core/submission.h"

#include <memory>

namespace fd::billing {

class AckImportService final : public IAckImport
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::AckImportService)

public:
    AckImportService(BillingContext context, std::shared_ptr<IClearinghouse> clearinghouse)
        : m_ctx(std::move(context)), m_clearinghouse(std::move(clearinghouse))
    {
    }

    Result<AckImportResult> importFile(const QString& path) override;
    Result<AckImportResult> importBytes(const QByteArray& content, const QString& fileName) override;
    Result<std::vector<AckImportResult>> importFetched() override;
    Result<BatchAckStatus> batchStatus(const QString& batchId) override;
    Result<std::vector<PayerClaimStatus>> payerStatuses(const QString& claimId) override;
    Result<QString> payerClaimNumber(const QString& claimId) override;

    // importBytes for files of the given kinds only (apply277 takes 277 answers only).
    Result<AckImportResult> importOnly(const QByteArray& content, const QString& fileName,
                                       const QList<AckKind>& allowed);

private:
    Result<AckImportResult> previousImport(const QString& sha256, const QString& fileName);
    // importOnly; with `fetchedFileId`, that fetched file is marked imported in the same
    // transaction (or alone, when the same content was imported before).
    Result<AckImportResult> importInto(const QByteArray& content, const QString& fileName,
                                       const QList<AckKind>& allowed, const QString& fetchedFileId);
    Status markFetchedImported(const QSqlDatabase& db, const QString& fetchedFileId);
    Result<std::vector<AckFile>> pendingFetched();

    BillingContext m_ctx;
    std::shared_ptr<IClearinghouse> m_clearinghouse;  // null without the submission services
};

}  // namespace fd::billing
