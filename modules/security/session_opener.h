#pragma once

#include "common/result.h"
#include "security/access_control.h"
#include "security/audit_trail.h"
#include "security/keyring.h"
#include "security/practice_session.h"
#include "security/session_context.h"
#include "security/user_service.h"

#include <QCoreApplication>

#include <memory>

namespace fd::security {

// Internal: a session's shared context and services, as PracticeSession holds them.
struct OpenedSession
{
    std::shared_ptr<SessionContext> context;
    std::shared_ptr<AuditTrail> audit;
    std::shared_ptr<AccessControl> access;
    std::shared_ptr<UserService> users;
};

// The steps of creating, logging into and recovering a practice (docs/SECURITY.md, "Login").
// Nothing but the state file changes until the password, the keyring and the database have
// all checked out.
class SessionOpener
{
    Q_DECLARE_TR_FUNCTIONS(fd::security::SessionOpener)

public:
    static Result<OpenedSession> create(const QString& databasePath, const PracticeSetup& setup,
                                        QString* recoveryKey);
    static Result<OpenedSession> login(const QString& databasePath, const QString& username,
                                       const QString& password, const QString& totpCode);
    static Result<OpenedSession> recover(const QString& databasePath, const QString& recoveryKey);
    // Checks a second factor for `userId` and consumes its time step. Ok when the user has none.
    static Status checkSecondFactor(SessionContext& context, const QString& userId, const QString& code,
                                    bool* wrong);
    static QString pendingKeyringPath(const PracticeFiles& files);
};

}  // namespace fd::security
