// The recalls' schema (module "calendar_recalls"): numbered migrations, each in its own
// transaction.
#include "calendar/core/recall_registration.h"

namespace fd::calendar {

namespace {

// Every synced table starts with the bookkeeping columns of sync protocol v1.
QString synced(const QString& table, const QString& columns)
{
    return QStringLiteral(
               "CREATE TABLE %1 (id TEXT PRIMARY KEY, row_version INTEGER NOT NULL, "
               "updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, %2)")
        .arg(table, columns);
}

storage::Migration recalls()
{
    QStringList s;
    s << synced(QStringLiteral("calendar_recall_reasons"),
                QStringLiteral("name TEXT NOT NULL, interval_months INTEGER NOT NULL CHECK "
                               "(interval_months BETWEEN 1 AND 120), type_ids TEXT NOT NULL "
                               "DEFAULT '', active INTEGER NOT NULL DEFAULT 1"))
      << QStringLiteral("CREATE UNIQUE INDEX calendar_recall_reasons_name ON "
                        "calendar_recall_reasons(name) WHERE deleted = 0")
      // A checked-out visit of type_id sets a recall for reason_id.
      << synced(QStringLiteral("calendar_recall_triggers"),
                QStringLiteral("type_id TEXT NOT NULL, reason_id TEXT NOT NULL"))
      << QStringLiteral("CREATE UNIQUE INDEX calendar_recall_triggers_type ON "
                        "calendar_recall_triggers(type_id) WHERE deleted = 0")
      << synced(QStringLiteral("calendar_recalls"),
                QStringLiteral(
                    "patient_id TEXT NOT NULL, reason_id TEXT NOT NULL, due_date TEXT NOT NULL, "
                    "status TEXT NOT NULL CHECK (status IN ('open', 'scheduled', 'done', "
                    "'dismissed')), provider_id TEXT NOT NULL DEFAULT '', appointment_id TEXT "
                    "NOT NULL DEFAULT '', source_appointment_id TEXT NOT NULL DEFAULT '', "
                    "dismiss_reason TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                    "created_at TEXT NOT NULL, created_by TEXT NOT NULL, closed_at TEXT NOT NULL "
                    "DEFAULT '', last_contact_at TEXT NOT NULL DEFAULT '', "
                    "CHECK (status <> 'dismissed' OR dismiss_reason <> '')"))
      << QStringLiteral("CREATE INDEX calendar_recalls_due ON calendar_recalls(status, due_date)")
      << QStringLiteral(
             "CREATE INDEX calendar_recalls_patient ON calendar_recalls(patient_id, reason_id)")
      // One recall per checked-out visit and reason, however many devices reconcile it.
      << QStringLiteral(
             "CREATE UNIQUE INDEX calendar_recalls_source ON calendar_recalls("
             "source_appointment_id, reason_id) WHERE source_appointment_id <> '' AND deleted = 0")
      << synced(QStringLiteral("calendar_recall_contacts"),
                QStringLiteral(
                    "recall_id TEXT NOT NULL, patient_id TEXT NOT NULL, at TEXT NOT NULL, user_id "
                    "TEXT NOT NULL, method TEXT NOT NULL CHECK (method IN ('phone', 'letter', "
                    "'email', 'sms')), outcome TEXT NOT NULL CHECK (outcome IN ('reached', "
                    "'left_message', 'no_answer', 'wrong_number', 'sent', 'failed', "
                    "'declined')), note TEXT NOT NULL DEFAULT '', campaign INTEGER NOT NULL "
                    "DEFAULT 0"))
      << QStringLiteral(
             "CREATE INDEX calendar_recall_contacts_recall ON calendar_recall_contacts(recall_id, "
             "at)")
      << QStringLiteral(
             "CREATE TRIGGER calendar_recall_contacts_no_delete BEFORE DELETE ON "
             "calendar_recall_contacts BEGIN SELECT RAISE(ABORT, 'recall contacts are "
             "append-only'); END")
      // The campaign's send log (local, like the reminder message log): a row is claimed
      // before a message is sent, once per recall, day and channel, so two runs or two
      // workstations sharing the database never both send it.
      << QStringLiteral(
             "CREATE TABLE calendar_recall_messages (recall_id TEXT NOT NULL, day TEXT NOT NULL, "
             "channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')), patient_id TEXT NOT "
             "NULL, status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')), "
             "provider_message_id TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '', "
             "created_at TEXT NOT NULL, PRIMARY KEY (recall_id, day, channel)) WITHOUT ROWID")
      // What a patient merge moved, so its undo puts back exactly those rows (local).
      << QStringLiteral(
             "CREATE TABLE calendar_recall_merge_moves (merge_id TEXT NOT NULL, table_name TEXT "
             "NOT NULL, row_id TEXT NOT NULL, from_patient_id TEXT NOT NULL, PRIMARY KEY "
             "(merge_id, table_name, row_id)) WITHOUT ROWID");
    return {1, QStringLiteral("recall reasons, triggers, recalls, contact attempts, campaign sends"), s, {}};
}

}  // namespace

storage::MigrationSet recallMigrations()
{
    return {QStringLiteral("calendar_recalls"), {recalls()}};
}

}  // namespace fd::calendar
