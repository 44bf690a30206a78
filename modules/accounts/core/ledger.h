#pragma once

#include "accounts/core/ledger_types.h"
#include "common/result.h"

#include <vector>

namespace fd::accounts {

// The practice's ledger: every charge, payment, adjustment, transfer, refund and reversal,
// append-only, and the balances derived from it (docs/ACCOUNTS.md).
//
// Postings need their permission (accounts.charges, accounts.payments, accounts.adjust,
// accounts.transfer, accounts.refund, accounts.reverse) and access to the patient (patients.read,
// restricted patients as the registry decides). Each runs in one synchronous=FULL transaction with
// the summaries, its outbox mutation and its audit entry. No posting takes a bucket below zero: an
// insurance payment, adjustment, transfer or credit application larger than what the bucket holds
// is refused; a patient payment larger than the line's patient balance pays the balance and leaves
// the rest as credit. A request with a client id that was seen before returns the entry it made
// (same content) or fails with Conflict (different content).
class ILedger
{
public:
    virtual ~ILedger() = default;

    virtual Result<LedgerEntry> postCharge(const ChargeRequest& request) = 0;
    virtual Result<LedgerEntry> recordPatientPayment(const PatientPaymentRequest& request) = 0;
    virtual Result<LedgerEntry> recordInsurancePayment(const InsurancePaymentRequest& request) = 0;
    virtual Result<LedgerEntry> adjust(const AdjustmentRequest& request) = 0;
    virtual Result<LedgerEntry> transfer(const TransferRequest& request) = 0;
    // Applies `amount` of the patient's credit to the line's patient balance.
    virtual Result<LedgerEntry> applyCredit(const QString& patientId, const QString& lineId,
                                            Money amount, const QString& clientId = {}) = 0;
    // Applies the patient's credit to their oldest patient-owed lines first; returns the
    // credit applications it posted (none when there is no credit or nothing owed).
    virtual Result<std::vector<LedgerEntry>> applyCreditsFor(const QString& patientId) = 0;
    // Pays unapplied credit back to the patient.
    virtual Result<LedgerEntry> refund(const RefundRequest& request) = 0;
    // Undoes an entry by a new entry with the opposite effects. An entry is reversed at most
    // once and a reversal is never reversed; a reversal that would take a bucket below zero
    // (a charge already paid) is refused until what depends on it is reversed.
    virtual Result<LedgerEntry> reverse(const QString& entryId, const QString& reason,
                                        const QString& clientId = {}) = 0;

    // Reads need accounts.view. A patient's entries and balances include those of the
    // records merged into them.
    virtual Result<LedgerEntry> entry(const QString& entryId) = 0;
    // Oldest first by effective date, with the running account balance; audited as a read.
    virtual Result<std::vector<LedgerEntry>> entries(const QString& patientId,
                                                     const EntryFilter& filter = {}) = 0;
    virtual Result<std::vector<LineBalance>> lineBalances(const QString& patientId,
                                                          bool openOnly = false) = 0;
    // The entries that belong to claims (claim id set): charges with a service date, and
    // insurance payments with a deposit date, in [from, to], neither reversed; ordered by
    // claim, then date. For billing's views of the ledger's visits (its demo data). Audited
    // as one read per patient listed.
    virtual Result<std::vector<LedgerEntry>> claimEntries(const QDate& from, const QDate& to) = 0;
    virtual Result<LineBalance> lineBalance(const QString& lineId) = 0;
    // The claim's lines added up (insurance and patient per line).
    virtual Result<Balance> claimBalance(const QString& claimId) = 0;
    virtual Result<Balance> balance(const QString& patientId) = 0;
    // `guarantorId` is a guarantor's id, or a patient's id for a patient who is their own account.
    virtual Result<Balance> guarantorBalance(const QString& guarantorId) = 0;
    virtual Result<Balance> practiceTotals() = 0;
    // Recomputes every summary from the entries and lists each difference.
    virtual Result<CheckReport> check() = 0;
};

}  // namespace fd::accounts
