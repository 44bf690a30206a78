#pragma once

#include "billing/core/ack_service.h"
#include "billing/core/billing_context.h"
#include "billing/core/claim_store.h"

namespace fd::billing {

class AckRejectionQueue final : public IRejectionQueue
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::AckRejectionQueue)

public:
    explicit AckRejectionQueue(BillingContext context) : m_ctx(std::move(context)), m_store(m_ctx) {}

    Result<std::vector<Rejection>> list(bool openOnly) override;
    Result<Rejection> openFor(const QString& claim) override;
    Result<Rejection> resubmit(const QString& rejectionId, const QString& note) override;
    Result<Rejection> resolve(const QString& rejectionId, const QString& note) override;

private:
    Result<std::vector<Rejection>> load(QSqlDatabase db, const QString& where, const QVariantList& binds);
    Result<Rejection> loadOpen(QSqlDatabase db, const QString& rejectionId);
    // A new draft claim with the rejected claim's lines, when no live claim holds them.
    Result<Claim> redraft(storage::SyncedRowsBatch& rows, QSqlDatabase db, const Rejection& r);
    Result<Rejection> close(const QString& rejectionId, const QString& note, bool resubmitting);

    BillingContext m_ctx;
    ClaimStore m_store;
};

}  // namespace fd::billing
