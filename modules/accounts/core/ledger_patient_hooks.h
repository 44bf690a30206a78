#pragma once

#include "accounts/core/accounts_context.h"
#include "patients/core/patient_hooks.h"

namespace fd::accounts {

// Moves a merged-away patient's ledger to the survivor without touching a ledger row: the
// merge map sends the loser's entries to the survivor's account, and the derived summaries
// (line owners, patient rows) move with it. Undo removes the map rows of that merge and
// rebuilds the two patients' rows from the entries.
class LedgerMergeParticipant final : public patients::IPatientMergeParticipant
{
public:
    QString name() const override { return QStringLiteral("accounts"); }
    Result<int> merge(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                      const QString& loserId) override;
    Status undo(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                const QString& loserId) override;
};

// The balance the registry shows beside search results: what the patient owes less their
// unapplied credit, for users who may see accounts.
class LedgerActivitySource final : public patients::IPatientActivity
{
public:
    explicit LedgerActivitySource(AccountsContext ctx) : m_ctx(std::move(ctx)) {}
    Status fill(const std::vector<QString>& patientIds,
                std::vector<patients::PatientActivity>& activity) override;

private:
    AccountsContext m_ctx;
};

}  // namespace fd::accounts
