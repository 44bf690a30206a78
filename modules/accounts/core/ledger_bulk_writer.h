#pragma once

#include "accounts/core/accounts_context.h"
#include "accounts/core/ledger_summaries.h"
#include "accounts/core/ledger_types.h"
#include "common/service_registry.h"
#include "storage/statement_cache.h"
#include "storage/synced_rows.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace fd::accounts {

// The ledger's context from the services accounts::registerServices() left in `registry`.
AccountsContext accountsContextOf(ServiceRegistry& registry);

// Posts many entries in one transaction of the caller's (generated demo history, a conversion
// from another system): each as ILedger posts it — the same permission, access to the patient
// (checked, and audited as a read, once per patient and writer), the same validation and
// bucket rules (no bucket below zero, overpayments to credit, credit applied after a charge
// or transfer), an outbox mutation and an audit entry per entry, client ids unique — through
// statements prepared once. The summaries are kept in memory while the writer lives and
// written by finish(), which must run before the transaction commits; nothing else may post
// in the transaction meanwhile. Entries carry postedAt() as their posting instant, so that
// history can be posted on the days it happened.
class LedgerBulkWriter
{
public:
    LedgerBulkWriter(AccountsContext ctx, storage::Transaction& tx);

    // The posting instant of the entries that follow (UTC); the clock's now until set.
    void setPostedAt(const QDateTime& postedAt) { m_postedAt = postedAt.toUTC(); }
    QDateTime postedAt() const { return m_postedAt; }

    Result<LedgerEntry> postCharge(const ChargeRequest& request);
    Result<LedgerEntry> recordPatientPayment(const PatientPaymentRequest& request);
    Result<LedgerEntry> recordInsurancePayment(const InsurancePaymentRequest& request);
    Result<LedgerEntry> adjust(const AdjustmentRequest& request);
    Result<LedgerEntry> transfer(const TransferRequest& request);
    Result<LedgerEntry> applyCredit(const QString& patientId, const QString& lineId, Money amount,
                                    const QString& clientId = {});
    Result<LedgerEntry> refund(const RefundRequest& request);
    // As ILedger::reverse, with the reversal's effective date. Entries without a date of
    // their own (reversals, credit applications) take the day of postedAt().
    Result<LedgerEntry> reverse(const QString& entryId, const QString& reason,
                                const QDate& date = {}, const QString& clientId = {});

    // The patient's unapplied credit as the entries so far leave it.
    Result<qint64> credit(const QString& patientId);
    // The line as the entries so far leave it.
    Result<LineState> line(const QString& lineId);

    // Writes the summaries of everything posted; the writer takes no more entries after it.
    Status finish();
    qint64 written() const { return m_written; }

private:
    struct Account
    {
        QString owner;  // the patient the entries count for
        QString guarantorId;
    };
    // A line of ledger_line_balances as the entries so far leave it.
    struct Line
    {
        LineState state;
        QString code;
        qint64 charged = 0;
        qint64 paid = 0;
        qint64 adjusted = 0;
        QString insuranceSince;
        QString patientSince;
        QString lastActivity;
    };
    using Figures = std::array<qint64, 3>;  // insurance, patient, credit

    Status require(const QString& permission);
    Result<Account> account(const QString& patientId);
    Result<Line*> lineRow(const QString& lineId);
    Result<Line*> ownLine(const Account& account, const QString& lineId);
    Result<qint64*> creditOf(const QString& owner);
    // The entry made earlier with `clientId`, if any; Conflict when its content differs.
    Result<std::optional<LedgerEntry>> seen(const QString& clientId, const QVariantMap& content);
    LedgerEntry draft(const Account& account, EntryKind kind, Money amount, const QDate& effective,
                      const QString& clientId) const;
    Result<LedgerEntry> write(LedgerEntry entry, const QString& owner, EntryKind effectKind,
                              int sign);
    Status applyAvailableCredit(const Account& account, const QString& lineId);
    Status checkOpen() const;

    AccountsContext m_ctx;
    storage::Transaction& m_tx;
    storage::SyncedRowsBatch m_rows;
    storage::StatementCache m_sql;
    QDateTime m_postedAt;
    std::set<QString> m_granted;
    std::set<QString> m_payers;
    std::unordered_map<QString, Account> m_accounts;
    std::unordered_map<QString, Line> m_lines;
    std::unordered_map<QString, qint64> m_credits;  // by owner
    std::map<QString, Figures> m_patientDeltas;     // by owner
    std::map<QString, Figures> m_guarantorDeltas;   // by guarantor key
    Figures m_totalDeltas{0, 0, 0};
    qint64 m_written = 0;
    bool m_finished = false;
};

}  // namespace fd::accounts
