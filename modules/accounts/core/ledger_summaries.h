#pragma once

#include "accounts/core/accounts_context.h"
#include "accounts/core/ledger_types.h"
#include "common/result.h"
#include "storage/database.h"

#include <optional>

namespace fd::accounts {

// A service line as the summaries hold it.
struct LineState
{
    QString lineId;
    QString owner;   // the account (patient) the line counts for now
    QString origin;  // the patient the charge was posted for
    QString guarantorId;
    QString claimId;
    QDate serviceDate;
    qint64 insurance = 0;
    qint64 patient = 0;
};

// The derived balance tables (ledger_line_balances, ledger_patient_balances,
// ledger_guarantor_balances, ledger_totals): kept in step with each entry inside its
// transaction, and recomputed from the entries by check().
class LedgerSummaries
{
public:
    static Result<std::optional<LineState>> line(QSqlDatabase db, const QString& lineId);
    static Result<qint64> credit(QSqlDatabase db, const QString& owner);
    // Adds the entry's effects: to its line (a charge creates the line), to `owner`'s patient
    // row, to its guarantor's row and to the practice totals.
    static Status apply(storage::Transaction& tx, const LedgerEntry& entry, const QString& owner,
                        const LineEffect& effect);
    // Rewrites one patient's row from the entries of the patient and everyone merged into
    // them (merge undo).
    static Status recomputePatient(storage::Transaction& tx, const QString& patientId);
    static Result<CheckReport> check(QSqlDatabase db);
};

}  // namespace fd::accounts
