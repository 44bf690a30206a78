#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/sftp_jobs.h"
#include "billing/core/submission.h"

namespace fd::billing {

// The settings and their secrets as stored (billing_clearinghouse).
struct StoredClearinghouse
{
    ClearinghouseSettings settings;
    ClearinghouseSecrets secrets;
    qint64 rowVersion = 0;
};

class ClearinghouseService final : public IClearinghouse
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ClearinghouseService)

public:
    explicit ClearinghouseService(BillingContext context) : m_ctx(std::move(context)) {}

    Result<ClearinghouseSettings> settings() override;
    Result<QStringList> secretsSet() override;
    Status saveSettings(const ClearinghouseSettings& settings, ClearinghouseSecrets secrets,
                        const QStringList& clearSecrets) override;
    Result<ConnectionReport> test() override;
    Result<ConnectionProbe> prepareTest() override;
    Result<std::vector<AckFile>> fetchAcknowledgments() override;
    Result<std::vector<AckFile>> pendingAcknowledgments() override;

    // For the submission service (no permission check of its own): the stored settings,
    // refused when none are saved or they no longer validate.
    Result<StoredClearinghouse> load();
    // The SFTP endpoint of stored settings; the secrets are copied into it.
    static SftpEndpoint endpointOf(const StoredClearinghouse& stored);

private:
    Result<StoredClearinghouse> loadStored();
    // The outbox folder exists and can be written (no database use: any thread).
    static Result<ConnectionReport> probeFolder(const ClearinghouseSettings& settings);
    Status storeFetched(const QString& dir, const std::vector<FetchedFile>& files,
                        std::vector<AckFile>& out);
    BillingContext m_ctx;
};

}  // namespace fd::billing
