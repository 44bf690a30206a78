#pragma once

#include "common/result.h"
#include "security/security_policy.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace fd::security {

// A failed attempt (or the lockout it caused) waiting to enter the audit trail: a failed
// login cannot open the database, so it is kept in the state file until the next successful
// login copies it into the trail.
struct PendingLoginEvent
{
    QString username;
    QDateTime at;
    QString reason;  // wrong_password, wrong_second_factor, unknown_user, inactive, lockout, state_damaged
    QString workstation;
    bool lockout = false;
};

// The state file X.db.state: failures per user name, delays and lockouts, pending events.
// Written atomically; never holds a password or a key.
class LoginState
{
public:
    // A missing file is an empty state; a damaged one is replaced by an empty state that
    // carries a `state_damaged` event, so the damage is audited instead of locking everyone out.
    static LoginState load(const QString& path, const QDateTime& now);
    Status save(const QString& path) const;

    // LockedOut (with the wait in the message) while the user name is locked or delayed.
    Status checkAllowed(const QString& username, const QDateTime& now, const SecurityPolicy& policy) const;
    // Counts a failure; returns true when it started a lockout.
    bool recordFailure(const QString& username, const QDateTime& at, const QString& reason,
                       const QString& workstation, const SecurityPolicy& policy);
    void clearUser(const QString& username);
    int recentFailures(const QString& username, const QDateTime& now, const SecurityPolicy& policy) const;

    const std::vector<PendingLoginEvent>& pending() const { return m_pending; }
    void clearPending() { m_pending.clear(); }

private:
    struct UserState
    {
        std::vector<QDateTime> failures;
        QDateTime notBefore;
        QDateTime lockedUntil;
    };
    QHash<QString, UserState> m_users;
    std::vector<PendingLoginEvent> m_pending;
};

}  // namespace fd::security
