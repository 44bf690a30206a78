// The billing core's schema: numbered migrations, each in its own transaction.
#include "billing/core/billing_registration.h"

namespace fd::billing {

namespace {

// Every synced table starts with the bookkeeping columns of sync protocol v1.
QString synced(const QString& table, const QString& columns)
{
    return QStringLiteral(
               "CREATE TABLE %1 (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
               "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, %2)")
        .arg(table, columns);
}

storage::Migration chargesAndClaims()
{
    QStringList s;
    // A superbill's items are a short list kept with it as a JSON array.
    s << synced(QStringLiteral("billing_superbills"),
                QStringLiteral("appointment_type_id TEXT NOT NULL, provider_id TEXT NOT NULL DEFAULT '', "
                               "items TEXT NOT NULL"))
      << QStringLiteral("CREATE UNIQUE INDEX billing_superbills_key ON "
                        "billing_superbills(appointment_type_id, provider_id) WHERE deleted = 0")
      << synced(QStringLiteral("billing_encounters"),
                QStringLiteral("patient_id TEXT NOT NULL, appointment_id TEXT NOT NULL DEFAULT '', "
                               "service_date TEXT NOT NULL, location_id TEXT NOT NULL, "
                               "place_of_service TEXT NOT NULL, rendering_provider_id TEXT NOT NULL, "
                               "supervising_provider_id TEXT NOT NULL DEFAULT '', "
                               "referring_provider_id TEXT NOT NULL DEFAULT '', "
                               "prior_authorization TEXT NOT NULL DEFAULT '', diagnoses TEXT NOT NULL, "
                               "created_at TEXT NOT NULL, created_by TEXT NOT NULL"))
      // One encounter per appointment: a second entry for the same visit is refused.
      << QStringLiteral("CREATE UNIQUE INDEX billing_encounters_appointment ON "
                        "billing_encounters(appointment_id) WHERE appointment_id <> '' AND deleted = 0")
      << QStringLiteral("CREATE INDEX billing_encounters_patient ON billing_encounters(patient_id, service_date)")
      << synced(QStringLiteral("billing_service_lines"),
                QStringLiteral("encounter_id TEXT NOT NULL REFERENCES billing_encounters(id), "
                               "position INTEGER NOT NULL, patient_id TEXT NOT NULL, service_date TEXT NOT NULL, "
                               "code TEXT NOT NULL, modifiers TEXT NOT NULL DEFAULT '', "
                               "units INTEGER NOT NULL CHECK (units BETWEEN 1 AND 999), "
                               "amount_cents INTEGER NOT NULL CHECK (amount_cents > 0), pointers TEXT NOT NULL, "
                               "self_pay INTEGER NOT NULL DEFAULT 0, coverage_id TEXT NOT NULL DEFAULT '', "
                               "description TEXT NOT NULL DEFAULT '', ledger_entry_id TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE INDEX billing_service_lines_encounter ON billing_service_lines(encounter_id, position)")
      << QStringLiteral("CREATE INDEX billing_service_lines_date ON billing_service_lines(service_date)")
      // Claim numbers are unique over every row, deleted ones included: never reused.
      << synced(QStringLiteral("billing_claims"),
                QStringLiteral("claim_number TEXT NOT NULL UNIQUE CHECK (length(claim_number) BETWEEN 1 AND 20), "
                               "patient_id TEXT NOT NULL, encounter_id TEXT NOT NULL, coverage_id TEXT NOT NULL, "
                               "payer_id TEXT NOT NULL, payer_order INTEGER NOT NULL DEFAULT 1 "
                               "CHECK (payer_order BETWEEN 1 AND 3), "
                               "frequency TEXT NOT NULL CHECK (frequency IN ('1', '7', '8')), "
                               "original_claim_id TEXT NOT NULL DEFAULT '', "
                               "payer_claim_control_number TEXT NOT NULL DEFAULT '', "
                               "status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'submitted', "
                               "'accepted', 'rejected')), "
                               "service_date TEXT NOT NULL, location_id TEXT NOT NULL, "
                               "place_of_service TEXT NOT NULL, rendering_provider_id TEXT NOT NULL, "
                               "supervising_provider_id TEXT NOT NULL DEFAULT '', "
                               "referring_provider_id TEXT NOT NULL DEFAULT '', "
                               "prior_authorization TEXT NOT NULL DEFAULT '', diagnoses TEXT NOT NULL, "
                               "batch_id TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX billing_claims_status ON billing_claims(status, service_date)")
      << QStringLiteral("CREATE INDEX billing_claims_encounter ON billing_claims(encounter_id)")
      << synced(QStringLiteral("billing_claim_lines"),
                QStringLiteral("claim_id TEXT NOT NULL REFERENCES billing_claims(id), "
                               "charge_id TEXT NOT NULL REFERENCES billing_service_lines(id), "
                               "line_number INTEGER NOT NULL CHECK (line_number BETWEEN 1 AND 50), "
                               "code TEXT NOT NULL, modifiers TEXT NOT NULL DEFAULT '', units INTEGER NOT NULL, "
                               "amount_cents INTEGER NOT NULL, pointers TEXT NOT NULL, service_date TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX billing_claim_lines_claim ON billing_claim_lines(claim_id, line_number)")
      << QStringLiteral("CREATE INDEX billing_claim_lines_charge ON billing_claim_lines(charge_id)")
      // Append-only, like the ledger.
      << synced(QStringLiteral("billing_claim_history"),
                QStringLiteral("claim_id TEXT NOT NULL REFERENCES billing_claims(id), at TEXT NOT NULL, "
                               "user_id TEXT NOT NULL, from_status TEXT NOT NULL DEFAULT '', "
                               "to_status TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE INDEX billing_claim_history_claim ON billing_claim_history(claim_id, at)")
      << QStringLiteral("CREATE TRIGGER billing_claim_history_no_update BEFORE UPDATE ON billing_claim_history "
                        "BEGIN SELECT RAISE(ABORT, 'claim history is append-only'); END")
      << QStringLiteral("CREATE TRIGGER billing_claim_history_no_delete BEFORE DELETE ON billing_claim_history "
                        "BEGIN SELECT RAISE(ABORT, 'claim history is append-only'); END")
      // ISA13 and GS06 are unique over every batch ever written.
      << synced(QStringLiteral("billing_batches"),
                QStringLiteral("interchange_control INTEGER NOT NULL UNIQUE, group_control INTEGER NOT NULL UNIQUE, "
                               "created_at TEXT NOT NULL, created_by TEXT NOT NULL, claim_count INTEGER NOT NULL, "
                               "transaction_sets INTEGER NOT NULL, file_name TEXT NOT NULL"))
      // Local: a standalone workstation allocates its own numbers; with a server, ranges
      // leased from it will move next_value (DESIGN.md).
      << QStringLiteral("CREATE TABLE billing_counters (name TEXT PRIMARY KEY, next_value INTEGER NOT NULL)")
      << QStringLiteral("INSERT INTO billing_counters (name, next_value) VALUES ('claim_number', 1), "
                        "('interchange_control', 1), ('group_control', 1)");
    return {1, QStringLiteral("charges, claims, batches and their counters"), s, {}};
}

// What a patient merge moved (encounters, service lines, claims), so that its undo puts back
// exactly those rows (local, like the calendar's).
storage::Migration mergeMoves()
{
    return {2, QStringLiteral("patient merge moves"),
            {QStringLiteral("CREATE TABLE billing_merge_moves (merge_id TEXT NOT NULL, table_name TEXT NOT NULL, "
                            "row_id TEXT NOT NULL, from_patient_id TEXT NOT NULL, PRIMARY KEY (merge_id, table_name, "
                            "row_id)) WITHOUT ROWID")},
            {}};
}

// Who made a claim is a column of the claim, not a history row: the history lists the claim's
// moves, and its first entry ("made, draft") comes from created_at and created_by. Claims made
// before take it from their first history row, which history() no longer reads.
storage::Migration claimMaker()
{
    return {3, QStringLiteral("claims record who made them"),
            {QStringLiteral("ALTER TABLE billing_claims ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE billing_claims SET created_by = COALESCE((SELECT h.user_id FROM "
                            "billing_claim_history h WHERE h.claim_id = billing_claims.id AND h.from_status = '' "
                            "ORDER BY h.at, h.rowid LIMIT 1), '')")},
            {}};
}

// Claims are looked for by patient (a patient's claims, a merge moving them), never by
// encounter: the index that no query used makes way for one they use, at the same cost to
// each claim written.
storage::Migration claimsByPatient()
{
    return {4, QStringLiteral("claims found by patient"),
            {QStringLiteral("DROP INDEX billing_claims_encounter"),
             QStringLiteral("CREATE INDEX billing_claims_patient ON billing_claims(patient_id)")},
            {}};
}

}  // namespace

storage::MigrationSet billingMigrations()
{
    return {QStringLiteral("billing"), {chargesAndClaims(), mergeMoves(), claimMaker(), claimsByPatient()}};
}

}  // namespace fd::billing
