#include "security/security_migrations.h"

namespace fd::security {

storage::MigrationSet securityMigrations()
{
    storage::Migration v1;
    v1.version = 1;
    v1.description = QStringLiteral("users, roles, audit trail");
    v1.statements = {
        QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, role TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
                       "automation INTEGER NOT NULL DEFAULT 0, totp_secret BLOB, totp_pending BLOB, "
                       "totp_last_step INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
                       "last_login_at TEXT)"),
        QStringLiteral("CREATE TABLE password_history (user_id TEXT NOT NULL REFERENCES users(id) "
                       "ON DELETE CASCADE, set_at TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX password_history_user ON password_history(user_id, set_at)"),
        QStringLiteral("CREATE TABLE role_permissions (role TEXT NOT NULL, permission TEXT NOT NULL, "
                       "allowed INTEGER NOT NULL, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL, "
                       "PRIMARY KEY (role, permission))"),
        QStringLiteral("CREATE TABLE security_secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)"),
        // No index on the digests: appends read the chain head inside a BEGIN IMMEDIATE
        // transaction (the write lock comes first), so two writers cannot fork the chain, and
        // each index would cost every audited write another encrypted page.
        QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                       "user_id TEXT NOT NULL DEFAULT '', username TEXT NOT NULL DEFAULT '', "
                       "role TEXT NOT NULL DEFAULT '', workstation TEXT NOT NULL DEFAULT '', "
                       "patient_id TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL DEFAULT '', "
                       "entity_id TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, outcome TEXT NOT NULL, "
                       "details TEXT NOT NULL DEFAULT '{}', prev_digest TEXT NOT NULL, "
                       "digest TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_patient ON audit_log(patient_id, seq) WHERE patient_id <> ''"),
        QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, seq)"),
        QStringLiteral("CREATE INDEX audit_log_username ON audit_log(username, seq)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
    };

    // The three secondary indexes of audit_log cost every audited write three more encrypted
    // pages at commit. They become one lookup table filled in batches: the appender indexes
    // the entries after `indexed_through` once enough have gathered (AuditAppender), and a
    // query reads the lookup for the indexed part and scans the short unindexed tail by seq.
    storage::Migration v2;
    v2.version = 2;
    v2.description = QStringLiteral("audit lookups filled in batches instead of three indexes");
    v2.statements = {
        QStringLiteral("DROP INDEX audit_log_patient"),
        QStringLiteral("DROP INDEX audit_log_action"),
        QStringLiteral("DROP INDEX audit_log_username"),
        QStringLiteral("CREATE TABLE audit_lookup (kind INTEGER NOT NULL, key TEXT NOT NULL, "
                       "seq INTEGER NOT NULL, PRIMARY KEY (kind, key, seq)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE audit_lookup_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "indexed_through INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO audit_lookup (kind, key, seq) "
                       "SELECT 1, patient_id, seq FROM audit_log WHERE patient_id <> '' "
                       "UNION ALL SELECT 2, action, seq FROM audit_log "
                       "UNION ALL SELECT 3, username, seq FROM audit_log"),
        QStringLiteral("INSERT INTO audit_lookup_state (id, indexed_through) "
                       "SELECT 1, coalesce(max(seq), 0) FROM audit_log"),
    };
    return storage::MigrationSet{QStringLiteral("security"), {v1, v2}};
}

}  // namespace fd::security
