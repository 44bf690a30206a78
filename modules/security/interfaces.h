#pragma once

#include "common/result.h"
#include "security/permissions.h"
#include "security/user.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd::security {

// Who is acting, and what they may do. Checked inside every core service, so the CLI and
// the server obey the same rules as the screens.
class IAccessControl
{
public:
    virtual ~IAccessControl() = default;
    virtual const UserInfo& currentUser() const = 0;
    virtual QString workstation() const = 0;
    virtual bool can(const QString& permission) const = 0;
    // PermissionDenied (audited as a denied attempt) unless allowed.
    virtual Status require(const QString& permission) = 0;

    // The practice's permission table (defaults overridden by an administrator).
    virtual bool roleHas(Role role, const QString& permission) const = 0;
    virtual Status setRolePermission(Role role, const QString& permission, bool allowed) = 0;

    // Break-glass: opening a patient beyond the role (or a restricted patient) with a typed
    // reason; flagged in the audit trail and listed for the office manager.
    virtual Status breakGlass(const QString& patientId, const QString& reason) = 0;
    virtual bool hasBrokenGlassFor(const QString& patientId) const = 0;
};

// ASTM E2147 fields. `details` holds the prior values for updates and deletes.
struct AuditRecord
{
    QString action;     // see audit_actions.h
    QString outcome = QStringLiteral("success");  // success | failure | denied
    QString patientId;  // empty when no patient, or several, are involved
    QString entity;     // table or document kind
    QString entityId;
    QJsonObject details;
    // The details already written as one compact JSON object (security/audit_json.h), used
    // instead of `details` when not empty: a writer of many entries (an import) skips the
    // QJsonObject and QJsonDocument round trip. Stored as is; only its braces are checked.
    QByteArray detailsJson;
    // The patients of one entry about several at once (a service's bulk read: DESIGN's
    // "one entry per opening" for a read that opens many records), patientId then empty.
    // Stored in the details as "patients", indexed for lookups by patient like patientId.
    QStringList patientIds;

    // `details`, or `detailsJson` read back.
    QJsonObject detailsObject() const;
    // Whether the entry is about `patientId` (as patientId or in patientIds).
    bool concerns(const QString& patientId) const;
};

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;  // UTC
    QString userId;
    QString username;
    QString role;
    QString workstation;
    AuditRecord record;
    QByteArray digest;  // hex SHA-256 chain digest
};

struct AuditFilter
{
    QString patientId;
    QString username;
    QString action;
    QDateTime from;  // inclusive, UTC
    QDateTime to;    // exclusive, UTC
    int limit = 500;
    qint64 offset = 0;
    bool newestFirst = true;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 checkpointsChecked = 0;
    qint64 firstBadSeq = 0;      // 0 when intact
    QString problem;             // what is wrong at firstBadSeq: edited, deleted, inserted, reordered
    qint64 unprotectedTail = 0;  // entries after the last checkpoint (protected by the chain alone)
};

class IAuditTrail
{
public:
    virtual ~IAuditTrail() = default;
    // Appends an entry for the current user; runs in the caller's open transaction if any.
    virtual Status record(const AuditRecord& record) = 0;
    // Appends entries in order, as record() would each, for many at once. The session's trail
    // writes them together (in the caller's open transaction if any, else in one of its own:
    // all of them or none); this default records them one by one.
    virtual Status recordAll(const std::vector<AuditRecord>& records)
    {
        for (const AuditRecord& r : records)
            FD_TRY(record(r));
        return {};
    }
    virtual Result<std::vector<AuditEntry>> list(const AuditFilter& filter) const = 0;
    virtual Result<qint64> count(const AuditFilter& filter) const = 0;
    virtual Result<AuditVerification> verify() const = 0;
    // Writes a checkpoint now (also done every N entries and at logout).
    virtual Status checkpoint() = 0;
};

struct NewUser
{
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    QString password;
    bool automation = false;
};

struct TotpEnrollment
{
    QString secretBase32;
    QString otpauthUri;  // for the QR code
};

class IUserService
{
public:
    virtual ~IUserService() = default;
    virtual Result<std::vector<UserInfo>> list() const = 0;
    virtual Result<UserInfo> find(const QString& usernameOrId) const = 0;
    virtual Result<UserInfo> add(const NewUser& user) = 0;               // wraps the key for them
    virtual Status setRole(const QString& userId, Role role) = 0;
    virtual Status setActive(const QString& userId, bool active) = 0;
    virtual Status remove(const QString& userId) = 0;                    // deletes their wrap
    virtual Status changePassword(const QString& userId, const QString& oldPassword,
                                  const QString& newPassword) = 0;       // own password
    virtual Status resetPassword(const QString& userId, const QString& newPassword) = 0;  // admin
    virtual Result<TotpEnrollment> beginTotpEnrollment(const QString& userId) = 0;
    virtual Status confirmTotpEnrollment(const QString& userId, const QString& code) = 0;
    virtual Status disableTotp(const QString& userId) = 0;
};

}  // namespace fd::security
