#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/claim_splitter.h"
#include "storage/synced_rows.h"

namespace fd::billing {

// Reads and writes claims with their lines and history (SQL of the claim and export
// services). Writes run in the caller's transaction.
class ClaimStore
{
public:
    explicit ClaimStore(const BillingContext& ctx) : m_ctx(ctx) {}

    // Claims matching `where` (columns of billing_claims, deleted ones left out), oldest first.
    Result<std::vector<Claim>> load(QSqlDatabase db, const QString& where, const QVariantList& binds,
                                    int limit = -1) const;
    Result<Claim> loadOne(QSqlDatabase db, const QString& id) const;

    // Numbers, stores and audits a new claim (header from `header`, lines from `draft`), with
    // its first history entry. Returns it as stored.
    Result<Claim> insert(storage::SyncedRowsBatch& rows, QSqlDatabase db, Claim header, const ClaimDraft& draft);
    Status addHistory(storage::SyncedRowsBatch& rows, const QString& claimId, const QString& from,
                      const QString& to, const QString& note);

    // CLM01 for a counter value: "FD" and nine digits.
    static QString claimNumberFor(qint64 value);

private:
    const BillingContext& m_ctx;
};

}  // namespace fd::billing
