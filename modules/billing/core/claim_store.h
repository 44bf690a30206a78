#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/claim_splitter.h"
#include "storage/synced_rows.h"

#include <QHash>

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

    // Numbers, stores and audits a new claim (header from `header`, lines from `draft`), made
    // by the session's user now (created_by, created_at: the first entry of its history).
    // Returns it as stored.
    Result<Claim> insert(storage::SyncedRowsBatch& rows, QSqlDatabase db, Claim header, const ClaimDraft& draft);
    // The same with a number reserved by reserveNumbers(); with `audits`, the claim's audit
    // entry is added there for the caller to append with the others (recordAll).
    Result<Claim> insertNumbered(storage::SyncedRowsBatch& rows, qint64 number, Claim header,
                                 const ClaimDraft& draft, std::vector<security::AuditRecord>* audits = nullptr);
    // The two halves of insertNumbered, for a run that works on its claims before they are
    // stored (a build scrubs them while it stores them): the claim as it will be stored, with
    // its number, ids (its own and its lines'), maker and creation time; then its rows and
    // audit entry. store() writes the claim exactly as given.
    Claim numbered(qint64 number, Claim header, const ClaimDraft& draft) const;
    Status store(storage::SyncedRowsBatch& rows, const Claim& claim, std::vector<security::AuditRecord>* audits = nullptr);
    // Takes `count` claim numbers at once, in the caller's transaction (they go back with its
    // rollback, as a number taken alone does); returns the first.
    static Result<qint64> reserveNumbers(QSqlDatabase db, int count);
    // The encounters (without their lines) of the service lines matching `lineWhere`, by id:
    // one query for a whole run instead of one per encounter.
    static Result<QHash<QString, Encounter>> encountersOfLines(QSqlDatabase db, const QString& lineWhere,
                                                               const QVariantList& binds);
    Status addHistory(storage::SyncedRowsBatch& rows, const QString& claimId, const QString& from,
                      const QString& to, const QString& note);

    // CLM01 for a counter value: "FD" and nine digits.
    static QString claimNumberFor(qint64 value);

private:
    const BillingContext& m_ctx;
};

}  // namespace fd::billing
