// The scheduling core's schema: numbered migrations, each in its own transaction.
#include "calendar/core/calendar_registration.h"

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

storage::Migration scheduling()
{
    QStringList s;
    s << synced(QStringLiteral("calendar_appointment_types"),
                QStringLiteral(
                    "code TEXT NOT NULL, name TEXT NOT NULL, "
                    "duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720), "
                    "color TEXT NOT NULL, allowed_provider_ids TEXT NOT NULL DEFAULT '', "
                    "resources TEXT NOT NULL DEFAULT '', "
                    "patient_rule TEXT NOT NULL CHECK (patient_rule IN ('any', 'new', "
                    "'established')), "
                    "lead_time_minutes INTEGER NOT NULL DEFAULT 0, max_per_day INTEGER NOT NULL "
                    "DEFAULT 0, visit_reason TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL "
                    "DEFAULT 1"))
      << QStringLiteral(
             "CREATE UNIQUE INDEX calendar_appointment_types_code ON "
             "calendar_appointment_types(code) WHERE deleted = 0")
      // Hours and blocks are small lists kept with their template as JSON arrays.
      << synced(QStringLiteral("calendar_templates"),
                QStringLiteral("provider_id TEXT NOT NULL, location_id TEXT NOT NULL, "
                               "name TEXT NOT NULL, effective_from TEXT NOT NULL, "
                               "effective_to TEXT NOT NULL DEFAULT '', anchor_date TEXT NOT NULL "
                               "DEFAULT '', slot_minutes INTEGER NOT NULL, hours TEXT NOT NULL, "
                               "blocks TEXT NOT NULL"))
      << QStringLiteral("CREATE INDEX calendar_templates_provider ON calendar_templates(provider_id)")
      << synced(QStringLiteral("calendar_holidays"),
                QStringLiteral("date TEXT NOT NULL, name TEXT NOT NULL, location_id TEXT NOT NULL "
                               "DEFAULT ''"))
      << QStringLiteral("CREATE INDEX calendar_holidays_date ON calendar_holidays(date)")
      << synced(QStringLiteral("calendar_schedule_changes"),
                QStringLiteral("provider_id TEXT NOT NULL, location_id TEXT NOT NULL DEFAULT '', "
                               "date TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('extra', "
                               "'closed')), start_time TEXT NOT NULL DEFAULT '', end_time TEXT "
                               "NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral(
             "CREATE INDEX calendar_schedule_changes_date ON calendar_schedule_changes(date)")
      << synced(QStringLiteral("calendar_series"),
                QStringLiteral(
                    "patient_id TEXT NOT NULL, provider_id TEXT NOT NULL, location_id TEXT NOT "
                    "NULL, type_id TEXT NOT NULL, first_date TEXT NOT NULL, start_time TEXT NOT "
                    "NULL, duration_minutes INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
                    "('weekly', 'monthly')), interval INTEGER NOT NULL, weekdays TEXT NOT NULL "
                    "DEFAULT '', week_of_month INTEGER NOT NULL DEFAULT 0, weekday INTEGER NOT "
                    "NULL DEFAULT 0, until TEXT NOT NULL DEFAULT '', count INTEGER NOT NULL "
                    "DEFAULT 0, reason TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral("CREATE INDEX calendar_series_patient ON calendar_series(patient_id)")
      // start_at/end_at: ISO UTC with milliseconds, so text order is time order; local_date:
      // the day at the location, the key of the per-provider-day lists.
      << synced(QStringLiteral("calendar_appointments"),
                QStringLiteral(
                    "patient_id TEXT NOT NULL, provider_id TEXT NOT NULL, location_id TEXT NOT "
                    "NULL, type_id TEXT NOT NULL, start_at TEXT NOT NULL, end_at TEXT NOT NULL, "
                    "local_date TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN "
                    "('scheduled', 'confirmed', 'arrived', 'roomed', 'with_provider', "
                    "'checked_out', 'cancelled', 'no_show')), reason TEXT NOT NULL DEFAULT '', "
                    "resource_ids TEXT NOT NULL DEFAULT '', overbooked INTEGER NOT NULL DEFAULT "
                    "0, overbook_reason TEXT NOT NULL DEFAULT '', series_id TEXT NOT NULL "
                    "DEFAULT '', occurrence_date TEXT NOT NULL DEFAULT '', series_exception "
                    "INTEGER NOT NULL DEFAULT 0, cancel_reason TEXT NOT NULL DEFAULT '', "
                    "rescheduled_from TEXT NOT NULL DEFAULT '', rescheduled_to TEXT NOT NULL "
                    "DEFAULT '', note TEXT NOT NULL DEFAULT '', status_at TEXT NOT NULL, "
                    "created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                    "CHECK (end_at > start_at), CHECK (overbooked = 0 OR overbook_reason <> '')"))
      << QStringLiteral(
             "CREATE INDEX calendar_appointments_provider ON calendar_appointments(provider_id, "
             "start_at)")
      << QStringLiteral(
             "CREATE INDEX calendar_appointments_start ON calendar_appointments(start_at)")
      << QStringLiteral(
             "CREATE INDEX calendar_appointments_patient ON calendar_appointments(patient_id, "
             "start_at)")
      << QStringLiteral(
             "CREATE INDEX calendar_appointments_series ON calendar_appointments(series_id) "
             "WHERE series_id <> ''")
      // What happened to an appointment, append-only like the ledger.
      << synced(QStringLiteral("calendar_appointment_history"),
                QStringLiteral(
                    "appointment_id TEXT NOT NULL, at TEXT NOT NULL, user_id TEXT NOT NULL, "
                    "action TEXT NOT NULL, from_start TEXT NOT NULL DEFAULT '', from_end TEXT "
                    "NOT NULL DEFAULT '', from_provider_id TEXT NOT NULL DEFAULT '', "
                    "from_status TEXT NOT NULL DEFAULT '', to_start TEXT NOT NULL DEFAULT '', "
                    "to_end TEXT NOT NULL DEFAULT '', to_provider_id TEXT NOT NULL DEFAULT '', "
                    "to_status TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', "
                    "related_appointment_id TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral(
             "CREATE INDEX calendar_appointment_history_appointment ON "
             "calendar_appointment_history(appointment_id, at)")
      << QStringLiteral(
             "CREATE TRIGGER calendar_appointment_history_no_delete BEFORE DELETE ON "
             "calendar_appointment_history BEGIN SELECT RAISE(ABORT, 'appointment history is "
             "append-only'); END")
      << synced(QStringLiteral("calendar_waitlist"),
                QStringLiteral(
                    "patient_id TEXT NOT NULL, type_id TEXT NOT NULL, provider_ids TEXT NOT NULL "
                    "DEFAULT '', location_id TEXT NOT NULL DEFAULT '', day_parts INTEGER NOT "
                    "NULL DEFAULT 7, earliest TEXT NOT NULL DEFAULT '', latest TEXT NOT NULL "
                    "DEFAULT '', added_at TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', status "
                    "TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'booked', "
                    "'removed')), appointment_id TEXT NOT NULL DEFAULT ''"))
      << QStringLiteral(
             "CREATE INDEX calendar_waitlist_patient ON calendar_waitlist(patient_id)")
      // What a patient merge moved, so its undo puts back exactly those rows (local).
      << QStringLiteral(
             "CREATE TABLE calendar_merge_moves (merge_id TEXT NOT NULL, table_name TEXT NOT "
             "NULL, row_id TEXT NOT NULL, from_patient_id TEXT NOT NULL, PRIMARY KEY (merge_id, "
             "table_name, row_id)) WITHOUT ROWID");
    return {1, QStringLiteral("appointment types, templates, holidays, changes, appointments, "
                              "history, series, waitlist"),
            s, {}};
}

}  // namespace

storage::MigrationSet calendarMigrations()
{
    return {QStringLiteral("calendar"), {scheduling()}};
}

}  // namespace fd::calendar
