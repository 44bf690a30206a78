// The claim scrubber's schema: migration set "billing_scrub", numbered on its own so it never
// collides with the other billing sets.
#include "billing/core/scrub_service.h"

namespace fd::billing {

namespace {

QString synced(const QString& table, const QString& columns)
{
    return QStringLiteral(
               "CREATE TABLE %1 (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
               "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, %2)")
        .arg(table, columns);
}

storage::Migration scrubTables()
{
    QStringList s;
    // The latest findings of each claim: derived data, recomputed by every scrub, so local.
    s << QStringLiteral("CREATE TABLE billing_scrub_runs (claim_id TEXT PRIMARY KEY, scrubbed_at TEXT NOT NULL, "
                        "errors INTEGER NOT NULL, warnings INTEGER NOT NULL)")
      << QStringLiteral("CREATE TABLE billing_scrub_findings (claim_id TEXT NOT NULL, position INTEGER NOT NULL, "
                        "rule_id TEXT NOT NULL, severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')), "
                        "line_number INTEGER NOT NULL DEFAULT 0, field TEXT NOT NULL DEFAULT '', "
                        "message TEXT NOT NULL, fix TEXT NOT NULL DEFAULT '', PRIMARY KEY (claim_id, position))")
      // A biller's acknowledgment of a warning: a decision, so synced and audited.
      << synced(QStringLiteral("billing_scrub_acks"),
                QStringLiteral("claim_id TEXT NOT NULL, rule_id TEXT NOT NULL, user_id TEXT NOT NULL, "
                               "acknowledged_at TEXT NOT NULL, message TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE UNIQUE INDEX billing_scrub_acks_rule ON billing_scrub_acks(claim_id, rule_id) "
                        "WHERE deleted = 0")
      << synced(QStringLiteral("billing_payer_rules"),
                QStringLiteral("payer_id TEXT NOT NULL, require_referring INTEGER NOT NULL DEFAULT 0 "
                               "CHECK (require_referring IN (0, 1))"))
      << QStringLiteral("CREATE UNIQUE INDEX billing_payer_rules_payer ON billing_payer_rules(payer_id) "
                        "WHERE deleted = 0")
      // CMS reference data each workstation imports, like the code sets.
      << QStringLiteral("CREATE TABLE billing_ncci_edits (column1 TEXT NOT NULL, column2 TEXT NOT NULL, "
                        "effective TEXT NOT NULL, deletion TEXT NOT NULL DEFAULT '', "
                        "modifier_indicator INTEGER NOT NULL CHECK (modifier_indicator IN (0, 1, 9)), "
                        "prior_1996 INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (column1, column2, effective)) "
                        "WITHOUT ROWID");
    return {1, QStringLiteral("scrub findings, acknowledgments, payer rules and NCCI edits"), s, {}};
}

}  // namespace

storage::MigrationSet scrubMigrations()
{
    return {QStringLiteral("billing_scrub"), {scrubTables()}};
}

}  // namespace fd::billing
