#pragma once

#include "billing/core/billing_types.h"
#include "common/result.h"

#include <vector>

namespace fd::billing {

// Charge entry (docs/BILLING.md). Reads need billing.view; entering charges billing.charges
// (and accounts.charges, which the ledger checks when it posts them); superbills
// billing.setup. Every change is one transaction, synced and audited.
class IChargeService
{
public:
    virtual ~IChargeService() = default;

    // The default codes of an appointment type for a provider: the provider's own superbill,
    // else the type's one for every provider; empty when neither exists.
    virtual Result<Superbill> superbill(const QString& appointmentTypeId, const QString& providerId) = 0;
    // Replaces the superbill of the type (and provider, when set); an empty list removes it.
    virtual Result<Superbill> saveSuperbill(const Superbill& superbill) = 0;

    // Checks and stores an encounter with its lines (codes, modifiers, units, diagnoses valid
    // on the date of service, pointers, providers), prices each line from the charge master,
    // and posts each line to the ledger, all in one transaction. Bad input, or a line the
    // ledger refuses, is refused whole, naming the line and the field; nothing is stored.
    virtual Result<Encounter> enterCharges(const EncounterInput& input) = 0;
    virtual Result<Encounter> encounter(const QString& encounterId) = 0;
    // The encounter of an appointment, when charges were entered for it.
    virtual Result<std::optional<Encounter>> encounterForAppointment(const QString& appointmentId) = 0;

    // Charges on no live claim (not deleted, not rejected), oldest first, each with the reason
    // it is held when it cannot be billed now. Self-paid lines are never listed.
    virtual Result<std::vector<UnbilledCharge>> unbilled(const UnbilledFilter& filter = {}) = 0;
};

// Claims (docs/BILLING.md). Reads need billing.view, changes billing.claims. Every change is
// one transaction with its status history, outbox mutation and audit entry.
class IClaimService
{
public:
    virtual ~IClaimService() = default;

    // Draft claims from the unbilled charges with a service date in [from, to]: per encounter
    // and payer, split at 50 lines and 12 diagnoses. Charges that cannot be billed are left
    // out and listed with the reason (no coverage on the date, a "do not bill my plan"
    // restriction).
    virtual Result<BuildReport> build(const QDate& from, const QDate& to) = 0;
    // One draft claim, by hand, for the given lines of one encounter and payer.
    virtual Result<Claim> createClaim(const QStringList& lineIds) = 0;
    // A claim correcting or cancelling one the payer has (submitted or accepted): the same
    // lines with frequency 7 or 8 and the payer's claim control number (REF*F8).
    virtual Result<Claim> replaceClaim(const QString& claimId, const QString& payerClaimControlNumber) = 0;
    virtual Result<Claim> voidClaim(const QString& claimId, const QString& payerClaimControlNumber) = 0;

    virtual Result<Claim> claim(const QString& claimId) = 0;
    virtual Result<std::vector<Claim>> list(const ClaimFilter& filter = {}) = 0;
    virtual Result<std::vector<ClaimHistoryEntry>> history(const QString& claimId) = 0;
    // Moves a claim along draft -> ready -> submitted -> accepted | rejected (ready -> draft
    // too), checked against rowVersion.
    virtual Result<Claim> setStatus(const QString& claimId, qint64 rowVersion, ClaimStatus status,
                                    const QString& note = {}) = 0;
    // Deletes a draft (a tombstone: its claim number is never given out again).
    virtual Status remove(const QString& claimId, qint64 rowVersion) = 0;
};

// How a batch file is addressed (ISA/GS and loops 1000A/1000B).
struct ExportOptions
{
    QString senderId;        // ISA06/GS02 and 1000A NM109; empty: the practice's NPI
    QString receiverId = QStringLiteral("CLEARINGHOUSE");  // ISA08/GS03 and 1000B NM109
    QString receiverName = QStringLiteral("CLEARINGHOUSE");
    QString clearinghouse = QStringLiteral("default");  // which payer ids 2010BB uses
    bool production = true;  // ISA15 P, else T
    QStringList claimIds;    // empty: every ready claim
};

struct ExportResult
{
    QString batchId;
    qint64 interchangeControlNumber = 0;
    qint64 groupControlNumber = 0;
    int transactionSets = 0;
    QStringList claimIds;
    QByteArray content;
};

// Writes ready claims as one 837P interchange (005010X222A1) and marks them submitted, in one
// transaction with the batch's control numbers (allocated once, never reused). Needs
// billing.submit; audited as an export.
class IClaimExport
{
public:
    virtual ~IClaimExport() = default;
    // Writes the file at `path` (atomically) when the claims are written and marked.
    virtual Result<ExportResult> export837(const ExportOptions& options, const QString& path) = 0;
};

}  // namespace fd::billing
