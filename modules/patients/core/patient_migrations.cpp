// The registry's schema: numbered migrations, each in its own transaction.
#include "patients/core/patients_registration.h"

namespace fd::patients {

namespace {

QString synced(const QString& table, const QString& columns)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
                          "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, %2)")
        .arg(table, columns);
}

storage::Migration records()
{
    const QString address = QStringLiteral("line1 TEXT, line2 TEXT, city TEXT, state TEXT, zip TEXT");
    QStringList s;
    s << synced(QStringLiteral("patients"),
                QStringLiteral("account_number TEXT NOT NULL, first_name TEXT NOT NULL, middle_name TEXT, "
                               "last_name TEXT NOT NULL, suffix TEXT, preferred_name TEXT, birth_date TEXT NOT NULL, "
                               "sex TEXT NOT NULL, gender_identity TEXT, pronouns TEXT, %1, phones TEXT, email TEXT, "
                               "email_consent INTEGER NOT NULL DEFAULT 0, preferred_language TEXT, "
                               "preferred_contact TEXT, race_codes TEXT, ethnicity_codes TEXT, emergency_name TEXT, "
                               "emergency_relationship TEXT, emergency_phone TEXT, employer_name TEXT, "
                               "employer_phone TEXT, primary_provider_id TEXT, guarantor_id TEXT, notes TEXT, "
                               "photo BLOB, status TEXT NOT NULL, deceased_date TEXT, alert TEXT, "
                               "restricted INTEGER NOT NULL DEFAULT 0, merged_into TEXT NOT NULL DEFAULT ''")
                    .arg(address))
      // Allocated once: the unique index keeps two records from ever sharing a number.
      << QStringLiteral("CREATE UNIQUE INDEX patients_account ON patients(account_number)")
      << QStringLiteral("CREATE INDEX patients_name ON patients(last_name COLLATE NOCASE, first_name COLLATE NOCASE)")
      << QStringLiteral("CREATE INDEX patients_guarantor ON patients(guarantor_id)")
      << synced(QStringLiteral("guarantors"),
                QStringLiteral("patient_id TEXT NOT NULL DEFAULT '', first_name TEXT NOT NULL, last_name TEXT NOT NULL, "
                               "birth_date TEXT, %1, phone TEXT, email TEXT, employer TEXT")
                    .arg(address))
      << QStringLiteral("CREATE INDEX guarantors_patient ON guarantors(patient_id)")
      << synced(QStringLiteral("coverages"),
                QStringLiteral("patient_id TEXT NOT NULL, coverage_order INTEGER NOT NULL, payer_id TEXT NOT NULL, "
                               "plan_name TEXT, member_id TEXT NOT NULL, group_number TEXT, relationship TEXT NOT NULL, "
                               "subscriber_patient_id TEXT NOT NULL DEFAULT '', subscriber_first_name TEXT, "
                               "subscriber_last_name TEXT, subscriber_birth_date TEXT, subscriber_sex TEXT, "
                               "effective_from TEXT NOT NULL, effective_to TEXT, copay_cents INTEGER, "
                               "coinsurance_percent INTEGER, deductible_cents INTEGER, card_front BLOB, card_back BLOB"))
      << QStringLiteral("CREATE INDEX coverages_patient ON coverages(patient_id, coverage_order)")
      << QStringLiteral("CREATE INDEX coverages_subscriber ON coverages(subscriber_patient_id)")
      << synced(QStringLiteral("patient_privacy"),
                QStringLiteral("patient_id TEXT NOT NULL, use_home_address INTEGER NOT NULL, alt_line1 TEXT, "
                               "alt_line2 TEXT, alt_city TEXT, alt_state TEXT, alt_zip TEXT, allowed_phone_types TEXT, "
                               "voicemail_allowed INTEGER NOT NULL, email_allowed INTEGER NOT NULL, "
                               "allowed_channels TEXT, notes TEXT, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX patient_privacy_patient ON patient_privacy(patient_id)")
      << synced(QStringLiteral("patient_restrictions"),
                QStringLiteral("patient_id TEXT NOT NULL, kind TEXT NOT NULL, description TEXT NOT NULL, "
                               "service_codes TEXT, from_date TEXT NOT NULL, to_date TEXT, recorded_by TEXT NOT NULL, "
                               "recorded_at TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX patient_restrictions_patient ON patient_restrictions(patient_id)")
      << synced(QStringLiteral("patient_amendments"),
                QStringLiteral("patient_id TEXT NOT NULL, request_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, "
                               "field TEXT, text TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX patient_amendments_patient ON patient_amendments(patient_id)")
      // Amendment history is append-only, also for code that bypasses the service.
      << QStringLiteral("CREATE TRIGGER patient_amendments_append_only BEFORE UPDATE OF kind, field, text, "
                        "recorded_by, recorded_at, request_id ON patient_amendments "
                        "BEGIN SELECT RAISE(ABORT, 'patient amendments are append-only'); END")
      << synced(QStringLiteral("patient_documents"),
                QStringLiteral("patient_id TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL, file_name TEXT, "
                               "mime_type TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL, "
                               "added_by TEXT NOT NULL, added_at TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX patient_documents_patient ON patient_documents(patient_id)");
    return {1, QStringLiteral("patients, guarantors, coverages, privacy, documents"), s, {}};
}

storage::Migration searchAndMerge()
{
    QStringList s;
    // The search index: derived from the records, rewritten in the same transaction as every
    // change, never synced (each workstation derives its own). `sort` orders results by name.
    s << QStringLiteral("CREATE TABLE patient_search_keys (kind TEXT NOT NULL, key TEXT NOT NULL, sort TEXT NOT NULL, "
                        "patient_id TEXT NOT NULL, PRIMARY KEY (kind, key, sort, patient_id)) WITHOUT ROWID")
      << QStringLiteral("CREATE INDEX patient_search_keys_patient ON patient_search_keys(patient_id)")
      // The next account number's sequence. With a practice server, the server leases ranges.
      << QStringLiteral("CREATE TABLE patient_account_sequence (id INTEGER PRIMARY KEY CHECK (id = 1), "
                        "next_value INTEGER NOT NULL)")
      << QStringLiteral("INSERT INTO patient_account_sequence (id, next_value) VALUES (1, 100001)")
      << synced(QStringLiteral("patient_duplicate_reviews"),
                QStringLiteral("patient_id TEXT NOT NULL, candidate_id TEXT NOT NULL, reasons TEXT NOT NULL, "
                               "status TEXT NOT NULL, created_at TEXT NOT NULL, resolved_by TEXT, resolved_at TEXT, "
                               "merge_id TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE INDEX patient_duplicate_reviews_status ON patient_duplicate_reviews(status)")
      << QStringLiteral("CREATE INDEX patient_duplicate_reviews_patient ON patient_duplicate_reviews(patient_id)")
      << QStringLiteral("CREATE INDEX patient_duplicate_reviews_candidate ON patient_duplicate_reviews(candidate_id)")
      << synced(QStringLiteral("patient_merges"),
                QStringLiteral("survivor_id TEXT NOT NULL, loser_id TEXT NOT NULL, reason TEXT NOT NULL, "
                               "merged_by TEXT NOT NULL, merged_at TEXT NOT NULL, moved_rows INTEGER NOT NULL, "
                               "undone INTEGER NOT NULL DEFAULT 0, undone_by TEXT, undone_at TEXT"))
      << QStringLiteral("CREATE INDEX patient_merges_survivor ON patient_merges(survivor_id)")
      << QStringLiteral("CREATE INDEX patient_merges_loser ON patient_merges(loser_id)")
      // What a merge moved, so that its undo puts back exactly those references.
      << QStringLiteral("CREATE TABLE patient_merge_moves (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "merge_id TEXT NOT NULL, table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                        "column_name TEXT NOT NULL, old_value TEXT NOT NULL)")
      << QStringLiteral("CREATE INDEX patient_merge_moves_merge ON patient_merge_moves(merge_id)");
    return {2, QStringLiteral("patient search index, account numbers, duplicate reviews, merges"), s, {}};
}

// Digital intake: submitted forms waiting for the front desk. The answers stay inside the
// encrypted database; a decided intake keeps who decided, when, and the record it wrote.
storage::Migration intakes()
{
    QStringList s;
    s << synced(QStringLiteral("patient_intakes"),
                QStringLiteral("status TEXT NOT NULL, format TEXT NOT NULL, source_name TEXT, submitted_at TEXT, "
                               "received_at TEXT NOT NULL, received_by TEXT NOT NULL, submission TEXT NOT NULL, "
                               "submission_hash TEXT NOT NULL, matched_patient_id TEXT NOT NULL DEFAULT '', "
                               "decided_by TEXT, decided_at TEXT, patient_id TEXT NOT NULL DEFAULT '', reason TEXT"))
      << QStringLiteral("CREATE INDEX patient_intakes_status ON patient_intakes(status, submitted_at)")
      << QStringLiteral("CREATE INDEX patient_intakes_hash ON patient_intakes(submission_hash)");
    return {3, QStringLiteral("patient intake staging"), s, {}};
}

}  // namespace

storage::MigrationSet patientsMigrations()
{
    storage::MigrationSet set;
    set.module = QStringLiteral("patients");
    set.migrations.push_back(records());
    set.migrations.push_back(searchAndMerge());
    set.migrations.push_back(intakes());
    return set;
}

}  // namespace fd::patients
