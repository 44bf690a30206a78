// The eligibility schema, a migration set of its own ("billing_eligibility").
#include "billing/core/eligibility_service.h"

namespace fd::billing {

namespace {

QString synced(const QString& table, const QString& columns)
{
    return QStringLiteral(
               "CREATE TABLE %1 (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
               "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, %2)")
        .arg(table, columns);
}

storage::Migration checksAndList()
{
    QStringList s;
    // One row per 270 sent (or written to a file) and the 271 that answered it.
    s << synced(QStringLiteral("billing_eligibility_checks"),
                QStringLiteral("coverage_id TEXT NOT NULL, patient_id TEXT NOT NULL, payer_id TEXT NOT NULL, "
                               "checked_at TEXT NOT NULL, checked_by TEXT NOT NULL, "
                               "channel TEXT NOT NULL CHECK (channel IN ('realtime', 'file')), "
                               "trace_number TEXT NOT NULL UNIQUE, interchange_control INTEGER NOT NULL, "
                               "status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'error', "
                               "'not_checked')), "
                               "request TEXT NOT NULL, response TEXT NOT NULL DEFAULT '', "
                               "benefits TEXT NOT NULL DEFAULT '{}', answered_at TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE INDEX billing_eligibility_checks_coverage ON "
                        "billing_eligibility_checks(coverage_id, checked_at)")
      // The insurance verification list: one row per appointment of a day.
      << synced(QStringLiteral("billing_eligibility_verifications"),
                QStringLiteral("day TEXT NOT NULL, appointment_id TEXT NOT NULL, appointment_start TEXT NOT NULL, "
                               "patient_id TEXT NOT NULL, patient_name TEXT NOT NULL, "
                               "coverage_id TEXT NOT NULL DEFAULT '', payer_id TEXT NOT NULL DEFAULT '', "
                               "payer_name TEXT NOT NULL DEFAULT '', "
                               "status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'error', "
                               "'not_checked')), "
                               "check_id TEXT NOT NULL DEFAULT '', copay_cents INTEGER, "
                               "message TEXT NOT NULL DEFAULT '', "
                               "verified_by_phone INTEGER NOT NULL DEFAULT 0 CHECK (verified_by_phone IN (0, 1)), "
                               "verified_by TEXT NOT NULL DEFAULT '', verified_at TEXT NOT NULL DEFAULT '', "
                               "note TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE UNIQUE INDEX billing_eligibility_verifications_appointment ON "
                        "billing_eligibility_verifications(appointment_id) WHERE deleted = 0")
      << QStringLiteral("CREATE INDEX billing_eligibility_verifications_day ON "
                        "billing_eligibility_verifications(day, appointment_start)")
      // The workstation's real-time endpoint: local, never synced (it holds a password).
      << QStringLiteral("CREATE TABLE billing_eligibility_endpoint (id INTEGER PRIMARY KEY CHECK (id = 1), "
                        "url TEXT NOT NULL, envelope TEXT NOT NULL CHECK (envelope IN ('soap', 'mime')), "
                        "sender_id TEXT NOT NULL, receiver_id TEXT NOT NULL, username TEXT NOT NULL, "
                        "password TEXT NOT NULL, ca_bundle_path TEXT NOT NULL, "
                        "timeout_seconds INTEGER NOT NULL CHECK (timeout_seconds BETWEEN 1 AND 600), "
                        "production INTEGER NOT NULL CHECK (production IN (0, 1)))")
      // 270 interchanges take ISA13 from the counter the 837 and 276 interchanges use: one
      // sender, so one sequence, and a number is never handed out twice.
      << QStringLiteral("CREATE TABLE IF NOT EXISTS billing_counters (name TEXT PRIMARY KEY, "
                        "next_value INTEGER NOT NULL)")
      << QStringLiteral("INSERT OR IGNORE INTO billing_counters (name, next_value) VALUES "
                        "('interchange_control', 1), ('eligibility_trace', 1)");
    return {1, QStringLiteral("eligibility checks, the verification list and the real-time endpoint"), s, {}};
}

// What a patient merge moved (checks, verification rows), so that its undo puts back exactly
// those rows (local).
storage::Migration mergeMoves()
{
    return {2, QStringLiteral("patient merge moves"),
            {QStringLiteral("CREATE TABLE billing_eligibility_merge_moves (merge_id TEXT NOT NULL, table_name TEXT "
                            "NOT NULL, row_id TEXT NOT NULL, from_patient_id TEXT NOT NULL, PRIMARY KEY (merge_id, "
                            "table_name, row_id)) WITHOUT ROWID")},
            {}};
}

}  // namespace

storage::MigrationSet eligibilityMigrations()
{
    return {QStringLiteral("billing_eligibility"), {checksAndList(), mergeMoves()}};
}

}  // namespace fd::billing
