// The ledger's schema: numbered migrations, each in its own transaction.
#include "accounts/core/accounts_registration.h"

namespace fd::accounts {

namespace {

storage::Migration ledger()
{
    QStringList s;
    // Synced, append-only: the triggers refuse every UPDATE and DELETE, whoever runs them.
    s << QStringLiteral(
             "CREATE TABLE ledger_entries (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
             "updated_at TEXT NOT NULL, "
             "deleted INTEGER NOT NULL DEFAULT 0, "
             "kind TEXT NOT NULL CHECK (kind IN ('charge', 'insurance_payment', 'patient_payment', "
             "'adjustment', "
             "'transfer', 'refund', 'reversal', 'credit_application')), "
             "posted_at TEXT NOT NULL, effective_date TEXT NOT NULL, patient_id TEXT NOT NULL, "
             "guarantor_id TEXT NOT NULL, "
             "claim_id TEXT NOT NULL DEFAULT '', line_id TEXT NOT NULL DEFAULT '', "
             "amount_cents INTEGER NOT NULL CHECK (amount_cents > 0), insurance_delta INTEGER NOT "
             "NULL, "
             "patient_delta INTEGER NOT NULL, credit_delta INTEGER NOT NULL, method TEXT NOT NULL "
             "DEFAULT '', "
             "reference TEXT NOT NULL DEFAULT '', payer_id TEXT NOT NULL DEFAULT '', reason_group "
             "TEXT NOT NULL DEFAULT '', "
             "reason_code TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
             "reversed_entry_id TEXT NOT NULL DEFAULT '', client_id TEXT NOT NULL DEFAULT '', "
             "created_by TEXT NOT NULL, "
             "code TEXT NOT NULL DEFAULT '', modifiers TEXT NOT NULL DEFAULT '', units INTEGER NOT "
             "NULL DEFAULT 0, "
             "provider_id TEXT NOT NULL DEFAULT '', location_id TEXT NOT NULL DEFAULT '', "
             "description TEXT NOT NULL DEFAULT '')")
      << QStringLiteral(
             "CREATE INDEX ledger_entries_patient ON ledger_entries(patient_id, effective_date)")
      << QStringLiteral(
             "CREATE INDEX ledger_entries_line ON ledger_entries(line_id) WHERE line_id <> ''")
      // A retried request finds its entry; a second reversal of one entry is refused here too.
      << QStringLiteral(
             "CREATE UNIQUE INDEX ledger_entries_client ON ledger_entries(client_id) WHERE "
             "client_id <> ''")
      << QStringLiteral(
             "CREATE UNIQUE INDEX ledger_entries_reversed ON ledger_entries(reversed_entry_id) "
             "WHERE reversed_entry_id <> ''")
      << QStringLiteral(
             "CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries BEGIN "
             "SELECT RAISE(ABORT, 'ledger entries are append-only: post a reversal instead'); END")
      << QStringLiteral(
             "CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries BEGIN "
             "SELECT RAISE(ABORT, 'ledger entries are append-only: post a reversal instead'); END")
      // Merged-away patients: their entries count for the survivor (ledger rows stay as posted).
      << QStringLiteral(
             "CREATE TABLE ledger_patient_map (merged_patient_id TEXT PRIMARY KEY, survivor_id "
             "TEXT NOT NULL, "
             "merge_id TEXT NOT NULL)")
      << QStringLiteral(
             "CREATE INDEX ledger_patient_map_survivor ON ledger_patient_map(survivor_id)")
      << QStringLiteral("CREATE INDEX ledger_patient_map_merge ON ledger_patient_map(merge_id)")
      // Summaries: derived, local, updated in the transaction of each entry; check() rebuilds
      // them in memory from the entries and compares.
      << QStringLiteral(
             "CREATE TABLE ledger_line_balances (line_id TEXT PRIMARY KEY, patient_id TEXT NOT "
             "NULL, "
             "origin_patient_id TEXT NOT NULL, guarantor_id TEXT NOT NULL, claim_id TEXT NOT NULL, "
             "service_date TEXT NOT NULL, code TEXT NOT NULL, charged INTEGER NOT NULL, paid "
             "INTEGER NOT NULL, "
             "adjusted INTEGER NOT NULL, insurance INTEGER NOT NULL, patient INTEGER NOT NULL, "
             "insurance_since TEXT NOT NULL DEFAULT '', patient_since TEXT NOT NULL DEFAULT '', "
             "last_activity TEXT NOT NULL)")
      << QStringLiteral(
             "CREATE INDEX ledger_line_balances_patient ON ledger_line_balances(patient_id, "
             "service_date)")
      << QStringLiteral(
             "CREATE INDEX ledger_line_balances_guarantor ON ledger_line_balances(guarantor_id)")
      // Practice-wide aging reads only these (open amounts by the day they started to age).
      << QStringLiteral(
             "CREATE INDEX ledger_line_balances_insurance_open ON "
             "ledger_line_balances(insurance_since, insurance) "
             "WHERE insurance > 0")
      << QStringLiteral(
             "CREATE INDEX ledger_line_balances_patient_open ON "
             "ledger_line_balances(patient_since, patient) "
             "WHERE patient > 0")
      << QStringLiteral(
             "CREATE INDEX ledger_line_balances_claim ON ledger_line_balances(claim_id) WHERE "
             "claim_id <> ''")
      << QStringLiteral(
             "CREATE TABLE ledger_patient_balances (patient_id TEXT PRIMARY KEY, insurance INTEGER "
             "NOT NULL, "
             "patient INTEGER NOT NULL, credit INTEGER NOT NULL) WITHOUT ROWID")
      << QStringLiteral(
             "CREATE TABLE ledger_guarantor_balances (guarantor_id TEXT PRIMARY KEY, insurance "
             "INTEGER NOT NULL, "
             "patient INTEGER NOT NULL, credit INTEGER NOT NULL) WITHOUT ROWID")
      << QStringLiteral(
             "CREATE TABLE ledger_totals (id INTEGER PRIMARY KEY CHECK (id = 1), insurance INTEGER "
             "NOT NULL, "
             "patient INTEGER NOT NULL, credit INTEGER NOT NULL)")
      << QStringLiteral(
             "INSERT INTO ledger_totals (id, insurance, patient, credit) VALUES (1, 0, 0, 0)");
    return {1, QStringLiteral("ledger entries, merge map and balance summaries"), s, {}};
}

}  // namespace

storage::MigrationSet accountsMigrations()
{
    return {QStringLiteral("accounts"), {ledger()}};
}

}  // namespace fd::accounts
