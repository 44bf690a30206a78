#pragma once

#include "common/result.h"
#include "common/secure_bytes.h"
#include "security/keyring.h"
#include "security/practice_session.h"
#include "security/security_policy.h"
#include "security/user.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <memory>

namespace fd::storage {
class Database;
}

namespace fd::security {

class AuditAppender;
namespace auditchain {
class Fingerprinter;
}

// Internal: what one logged-in session's services share. After logout `db` is null and the
// keys are wiped, so a service still held elsewhere answers Unavailable instead of acting.
struct SessionContext
{
    explicit SessionContext(QString databasePath);
    ~SessionContext();
    SessionContext(const SessionContext&) = delete;
    SessionContext& operator=(const SessionContext&) = delete;

    std::shared_ptr<storage::Database> db;
    PracticeFiles files;
    SecureBytes databaseKey;
    SecureBytes auditKey;  // MAC key of checkpoints and fingerprints (stored in the database)
    UserInfo user;
    QString workstation;
    bool locked = false;
    bool recovery = false;  // opened with the recovery key
    QSet<QString> brokenGlass;
    QHash<QString, bool> overrides;  // "role|permission" -> allowed
    qint64 lastCheckpointSeq = 0;
    // Statements of the audit trail prepared on `db`'s connection; released before it closes.
    std::unique_ptr<AuditAppender> auditAppender;
    // Keyed with auditKey once it is known (AuditTrail); dropped by wipe().
    std::unique_ptr<auditchain::Fingerprinter> fingerprinter;
    // The fingerprints of entries appended by this session since its last checkpoint, by seq,
    // with the digest each was appended under. An entry rolled back with its caller's
    // transaction leaves a stale one behind: the checkpoint uses a fingerprint only when the
    // stored entry's digest is the one it was taken with (AuditTrail::checkpoint).
    std::map<qint64, std::pair<QByteArray, QByteArray>> pendingFingerprints;  // seq -> (digest, fingerprint)

    Status alive() const;
    QDateTime now() const { return securityPolicy().clock->nowUtc(); }
    bool roleHas(Role role, const QString& permission) const;
    bool can(const QString& permission) const { return roleHas(user.role, permission); }
    static QString overrideKey(Role role, const QString& permission);
    // Reloads role_permissions into `overrides`.
    Status loadOverrides();
    // Reads the keyring file afresh (another workstation may have changed it).
    Result<Keyring> keyring() const;
    void wipe();
    // Finalizes this session's own statements, then lets go of the database (the last holder
    // closes it).
    void releaseDatabase();
};

}  // namespace fd::security
