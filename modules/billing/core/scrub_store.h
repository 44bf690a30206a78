#pragma once

#include "billing/core/billing_context.h"
#include "billing/core/claim_scrubber.h"
#include "billing/core/ncci_table.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>

namespace fd::billing {

namespace table {
inline const QString kScrubAcks = QStringLiteral("billing_scrub_acks");
inline const QString kPayerRules = QStringLiteral("billing_payer_rules");
inline const QString kNcciEdits = QStringLiteral("billing_ncci_edits");
}  // namespace table

struct ScrubAck
{
    QString userId;
    QDateTime at;
};

// The scrubber's SQL (migration set billing_scrub): stored findings, acknowledgments, payer
// rules, the NCCI edits, and the live claims' services for the duplicate rule. Writes run in
// the caller's transaction.
class ScrubStore
{
public:
    // Whether the billing_scrub set was migrated. A database without it (the tests of other
    // modules) is scrubbed without NCCI edits, payer rules or acknowledgments, storing nothing.
    static Result<bool> installed(QSqlDatabase db);

    // Replaces each claim's stored findings with `results` (local rows: findings are derived).
    static Status saveFindings(storage::Transaction& tx, const std::vector<ClaimScrubResult>& results);
    static Result<std::optional<ClaimScrubResult>> loadFindings(QSqlDatabase db, const QString& claimId);

    // "CLAIM|RULE" -> who acknowledged it, for the claims given.
    static Result<QHash<QString, ScrubAck>> acks(QSqlDatabase db, const QStringList& claimIds);
    static Status addAck(storage::Transaction& tx, const QString& claimId, const QString& ruleId,
                         const QString& userId, const QDateTime& at, const QString& message);

    static Result<QHash<QString, PayerBillingRule>> payerRules(QSqlDatabase db);
    static Status savePayerRule(storage::Transaction& tx, const PayerBillingRule& rule);

    // Upserts the rows by (column 1, column 2, effective date); returns the rows that were new.
    static Result<int> importNcci(storage::Transaction& tx, const std::vector<NcciRow>& rows);
    static Result<qint64> ncciCount(QSqlDatabase db);
    // The edits whose two codes are both among `codes`, by ScrubFacts::ncciKey.
    static Result<QHash<QString, std::vector<NcciEdit>>> ncciFor(QSqlDatabase db, const QSet<QString>& codes);

    // Live original claims (not deleted, not rejected, not voided by a live void) with a line
    // served in [from, to], by ScrubFacts::billedKey.
    static Result<QHash<QString, std::vector<BilledService>>> billed(QSqlDatabase db, const QDate& from,
                                                                     const QDate& to);
};

QString ackKey(const QString& claimId, const QString& ruleId);

}  // namespace fd::billing
