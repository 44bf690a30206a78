#pragma once

#include "security/access_control.h"
#include "security/audit_trail.h"
#include "security/interfaces.h"
#include "security/session_context.h"

#include <QCoreApplication>

#include <memory>

namespace fd::security {

// The session's IUserService. Every change checks its permission here (admin.users.manage,
// or being the user for one's own password and second factor), is audited in the same
// Durability::Full transaction, and rewrites the keyring atomically before that commits.
class UserService final : public IUserService
{
    Q_DECLARE_TR_FUNCTIONS(fd::security::UserService)

public:
    UserService(std::shared_ptr<SessionContext> context, std::shared_ptr<AccessControl> access,
                std::shared_ptr<AuditTrail> audit);

    Result<std::vector<UserInfo>> list() const override;
    Result<UserInfo> find(const QString& usernameOrId) const override;
    Result<UserInfo> add(const NewUser& user) override;
    Status setRole(const QString& userId, Role role) override;
    Status setActive(const QString& userId, bool active) override;
    Status remove(const QString& userId) override;
    Status changePassword(const QString& userId, const QString& oldPassword, const QString& newPassword) override;
    Status resetPassword(const QString& userId, const QString& newPassword) override;
    Result<TotpEnrollment> beginTotpEnrollment(const QString& userId) override;
    Status confirmTotpEnrollment(const QString& userId, const QString& code) override;
    Status disableTotp(const QString& userId) override;

    // Lower-case, trimmed; InvalidInput unless 2-32 of [a-z0-9._-] starting with a letter or digit.
    static Result<QString> normalizeUsername(const QString& username);

private:
    Status requireSelfOr(const QString& userId, const QString& permission);
    Result<UserInfo> target(const QString& userId) const;
    // Keeps at least one active administrator.
    Status checkKeepsAdministrator(const UserInfo& user, bool staysActiveAdministrator) const;
    Status checkNewPassword(const UserInfo& user, const QString& password) const;
    Status recordUserChange(const QString& action, const UserInfo& user, const QJsonObject& details);

    std::shared_ptr<SessionContext> m_context;
    std::shared_ptr<AccessControl> m_access;
    std::shared_ptr<AuditTrail> m_audit;
};

}  // namespace fd::security
