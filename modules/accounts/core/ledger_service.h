#pragma once

#include "accounts/core/accounts_context.h"
#include "accounts/core/ledger.h"
#include "accounts/core/ledger_summaries.h"

#include <functional>

namespace fd::accounts {

class LedgerService final : public ILedger
{
public:
    explicit LedgerService(AccountsContext ctx);

    Result<LedgerEntry> postCharge(const ChargeRequest& request) override;
    Result<LedgerEntry> recordPatientPayment(const PatientPaymentRequest& request) override;
    Result<LedgerEntry> recordInsurancePayment(const InsurancePaymentRequest& request) override;
    Result<LedgerEntry> adjust(const AdjustmentRequest& request) override;
    Result<LedgerEntry> transfer(const TransferRequest& request) override;
    Result<LedgerEntry> applyCredit(const QString& patientId, const QString& lineId, Money amount,
                                    const QString& clientId) override;
    Result<std::vector<LedgerEntry>> applyCreditsFor(const QString& patientId) override;
    Result<LedgerEntry> refund(const RefundRequest& request) override;
    Result<LedgerEntry> reverse(const QString& entryId, const QString& reason,
                                const QString& clientId) override;

    Result<LedgerEntry> entry(const QString& entryId) override;
    Result<std::vector<LedgerEntry>> entries(const QString& patientId,
                                             const EntryFilter& filter) override;
    Result<std::vector<LineBalance>> lineBalances(const QString& patientId, bool openOnly) override;
    Result<LineBalance> lineBalance(const QString& lineId) override;
    Result<Balance> claimBalance(const QString& claimId) override;
    Result<std::vector<LedgerEntry>> claimEntries(const QDate& from, const QDate& to) override;
    Result<Balance> balance(const QString& patientId) override;
    Result<Balance> guarantorBalance(const QString& guarantorId) override;
    Result<Balance> practiceTotals() override;
    Result<CheckReport> check() override;

private:
    // One posting in progress: the transaction, the patient's account and guarantor.
    struct Posting
    {
        storage::Transaction& tx;
        QString patientId;
        QString guarantorId;
    };
    using Build = std::function<Result<LedgerEntry>(Posting&)>;

    // Runs `build` in a synchronous=FULL transaction after the permission, the patient and
    // the client id are checked; `content` is what a retry must repeat to get the original.
    Result<LedgerEntry> post(const QString& permission, const QString& patientId,
                             const QString& clientId, const QVariantMap& content,
                             const Build& build);
    // Inserts the entry with its outbox mutation, its summaries and its audit record.
    Result<LedgerEntry> write(Posting& posting, LedgerEntry entry, const QString& owner,
                              EntryKind effectKind, int sign);
    // The line of `lineId`, which must belong to the posting's patient.
    Result<LineState> ownLine(Posting& posting, const QString& lineId);
    // Applies the owner's credit to the line's patient balance (after a charge or transfer).
    Result<std::vector<LedgerEntry>> applyAvailableCredit(Posting& posting, const QString& lineId);
    LedgerEntry draft(Posting& posting, EntryKind kind, Money amount, const QDate& effective,
                      const QString& clientId) const;
    Result<std::optional<LedgerEntry>> byClientId(QSqlDatabase db, const QString& clientId) const;
    Result<Balance> balanceOf(const QString& table, const QString& keyColumn, const QString& key,
                              const QString& lineColumn);

    AccountsContext m_ctx;
};

}  // namespace fd::accounts
