#include "security/user_service.h"

#include "common/clock.h"
#include "common/uuid.h"
#include "security/audit_actions.h"
#include "security/password_policy.h"
#include "security/permissions.h"
#include "security/totp.h"
#include "security/user_store.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace fd::security {

namespace {
using Durability = storage::Database::Durability;
}  // namespace

UserService::UserService(std::shared_ptr<SessionContext> context, std::shared_ptr<AccessControl> access,
                         std::shared_ptr<AuditTrail> audit)
    : m_context(std::move(context)), m_access(std::move(access)), m_audit(std::move(audit))
{
}

Result<QString> UserService::normalizeUsername(const QString& username)
{
    const QString name = username.trimmed().toLower();
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!valid.match(name).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores."));
    return name;
}

Status UserService::requireSelfOr(const QString& userId, const QString& permission)
{
    FD_TRY(m_context->alive());
    if (userId == m_context->user.id && !m_context->recovery)
        return {};
    return m_access->require(permission);
}

Result<UserInfo> UserService::target(const QString& userId) const
{
    FD_TRY(m_context->alive());
    return UserStore::find(m_context->db->connection(), userId);
}

Status UserService::checkKeepsAdministrator(const UserInfo& user, bool staysActiveAdministrator) const
{
    if (user.role != Role::Administrator || !user.active || staysActiveAdministrator)
        return {};
    auto admins = UserStore::activeAdministrators(m_context->db->connection());
    if (!admins.ok())
        return admins.error();
    if (admins.value() <= 1)
        return makeError(ErrorCode::Conflict, tr("The practice needs at least one active administrator."));
    return {};
}

Status UserService::checkNewPassword(const UserInfo& user, const QString& password) const
{
    const SecurityPolicy& policy = securityPolicy();
    FD_TRY(PasswordPolicy::check(user.username, password, policy));
    auto recent = UserStore::recentPasswordHashes(m_context->db->connection(), user.id, policy.passwordHistory);
    if (!recent.ok())
        return recent.error();
    return PasswordPolicy::checkNotReused(password, recent.value());
}

Status UserService::recordUserChange(const QString& action, const UserInfo& user, const QJsonObject& details)
{
    AuditRecord rec;
    rec.action = action;
    rec.entity = QStringLiteral("user");
    rec.entityId = user.id;
    rec.details = details;
    rec.details.insert(QStringLiteral("username"), user.username);
    return m_audit->record(rec);
}

Result<std::vector<UserInfo>> UserService::list() const
{
    FD_TRY(const_cast<AccessControl&>(*m_access).require(perm::kUsersView));
    return UserStore::list(m_context->db->connection());
}

Result<UserInfo> UserService::find(const QString& usernameOrId) const
{
    FD_TRY(m_context->alive());
    const UserInfo& me = m_context->user;
    if (usernameOrId != me.id && usernameOrId.trimmed().toLower() != me.username)
        FD_TRY(const_cast<AccessControl&>(*m_access).require(perm::kUsersView));
    return UserStore::find(m_context->db->connection(), usernameOrId);
}

Result<UserInfo> UserService::add(const NewUser& request)
{
    FD_TRY(m_access->require(perm::kUsersManage));
    auto username = normalizeUsername(request.username);
    if (!username.ok())
        return username.error();
    QSqlDatabase conn = m_context->db->connection();
    if (UserStore::find(conn, username.value()).ok())
        return makeError(ErrorCode::Conflict, tr("The user name %1 is taken.").arg(username.value()));
    const SecurityPolicy& policy = securityPolicy();
    FD_TRY(PasswordPolicy::check(username.value(), request.password, policy));

    UserInfo user;
    user.id = newUuid();
    user.username = username.value();
    user.displayName = request.displayName.trimmed().isEmpty() ? user.username : request.displayName.trimmed();
    user.role = request.role;
    user.automation = request.automation;
    user.createdAt = m_context->now();
    auto keyring = m_context->keyring();
    if (!keyring.ok())
        return keyring.error();
    FD_TRY(keyring->setUser(user.id, user.username, request.password, m_context->databaseKey, policy.wrapKdf));
    auto hash = PasswordPolicy::hash(request.password, policy.historyKdf);
    if (!hash.ok())
        return hash.error();

    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::insert(conn, user));
    FD_TRY(UserStore::addPasswordHash(conn, user.id, hash.value(), user.createdAt, policy.passwordHistory));
    FD_TRY(recordUserChange(audit::kCreate, user,
                            {{QStringLiteral("role"), roleId(user.role)}, {QStringLiteral("automation"), user.automation}}));
    FD_TRY(keyring->save(m_context->files.keyring(), m_context->databaseKey));
    FD_TRY(tx.value()->commit());
    return user;
}

Status UserService::setRole(const QString& userId, Role role)
{
    FD_TRY(m_access->require(perm::kUsersManage));
    auto user = target(userId);
    if (!user.ok())
        return user.error();
    if (user->role == role)
        return {};
    FD_TRY(checkKeepsAdministrator(user.value(), role == Role::Administrator));
    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::setRole(m_context->db->connection(), user->id, role));
    FD_TRY(recordUserChange(audit::kRoleChange, user.value(),
                            {{QStringLiteral("role"), roleId(role)}, {QStringLiteral("prior"), roleId(user->role)}}));
    FD_TRY(tx.value()->commit());
    if (user->id == m_context->user.id)
        m_context->user.role = role;
    return {};
}

Status UserService::setActive(const QString& userId, bool active)
{
    FD_TRY(m_access->require(perm::kUsersManage));
    auto user = target(userId);
    if (!user.ok())
        return user.error();
    if (user->active == active)
        return {};
    if (!active && user->id == m_context->user.id)
        return makeError(ErrorCode::Conflict, tr("You cannot deactivate your own account."));
    FD_TRY(checkKeepsAdministrator(user.value(), active));
    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::setActive(m_context->db->connection(), user->id, active));
    FD_TRY(recordUserChange(audit::kUpdate, user.value(),
                            {{QStringLiteral("active"), active}, {QStringLiteral("prior"), user->active}}));
    return tx.value()->commit();
}

Status UserService::remove(const QString& userId)
{
    FD_TRY(m_access->require(perm::kUsersManage));
    auto user = target(userId);
    if (!user.ok())
        return user.error();
    if (user->id == m_context->user.id)
        return makeError(ErrorCode::Conflict, tr("You cannot remove your own account."));
    FD_TRY(checkKeepsAdministrator(user.value(), false));
    auto keyring = m_context->keyring();
    if (!keyring.ok())
        return keyring.error();
    keyring->removeUser(user->id);
    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::remove(m_context->db->connection(), user->id));
    FD_TRY(recordUserChange(audit::kDelete, user.value(),
                            {{QStringLiteral("role"), roleId(user->role)}, {QStringLiteral("active"), user->active}}));
    FD_TRY(keyring->save(m_context->files.keyring(), m_context->databaseKey));
    return tx.value()->commit();
}

Status UserService::changePassword(const QString& userId, const QString& oldPassword, const QString& newPassword)
{
    FD_TRY(m_context->alive());
    if (userId != m_context->user.id)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only the user can change their own password; an administrator resets it."));
    const UserInfo& user = m_context->user;
    FD_TRY(checkNewPassword(user, newPassword));
    const SecurityPolicy& policy = securityPolicy();
    auto keyring = m_context->keyring();
    if (!keyring.ok())
        return keyring.error();
    const Status rewrapped = keyring->changePassword(user.id, oldPassword, newPassword, policy.wrapKdf);
    if (!rewrapped.ok()) {
        if (rewrapped.error().code != ErrorCode::WrongPassword)
            return rewrapped.error();
        AuditRecord failed;
        failed.action = audit::kPasswordChange;
        failed.outcome = QStringLiteral("failure");
        failed.entity = QStringLiteral("user");
        failed.entityId = user.id;
        failed.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
        FD_TRY(m_audit->record(failed));
        return makeError(ErrorCode::WrongPassword, tr("The current password is wrong."));
    }
    auto hash = PasswordPolicy::hash(newPassword, policy.historyKdf);
    if (!hash.ok())
        return hash.error();
    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::addPasswordHash(m_context->db->connection(), user.id, hash.value(), m_context->now(),
                                      policy.passwordHistory));
    FD_TRY(recordUserChange(audit::kPasswordChange, user, {}));
    // The keyring is replaced before the commit: a crash in between leaves the new password
    // working with its history entry missing, never a practice that no password opens.
    FD_TRY(keyring->save(m_context->files.keyring(), m_context->databaseKey));
    return tx.value()->commit();
}

Status UserService::resetPassword(const QString& userId, const QString& newPassword)
{
    FD_TRY(m_access->require(perm::kUsersManage));
    auto user = target(userId);
    if (!user.ok())
        return user.error();
    FD_TRY(checkNewPassword(user.value(), newPassword));
    const SecurityPolicy& policy = securityPolicy();
    auto keyring = m_context->keyring();
    if (!keyring.ok())
        return keyring.error();
    // A reset cannot open the old private key: the user gets a new key pair.
    FD_TRY(keyring->setUser(user->id, user->username, newPassword, m_context->databaseKey, policy.wrapKdf));
    auto hash = PasswordPolicy::hash(newPassword, policy.historyKdf);
    if (!hash.ok())
        return hash.error();
    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::addPasswordHash(m_context->db->connection(), user->id, hash.value(), m_context->now(),
                                      policy.passwordHistory));
    FD_TRY(recordUserChange(audit::kPasswordChange, user.value(), {{QStringLiteral("reset"), true}}));
    FD_TRY(keyring->save(m_context->files.keyring(), m_context->databaseKey));
    return tx.value()->commit();
}

Result<TotpEnrollment> UserService::beginTotpEnrollment(const QString& userId)
{
    FD_TRY(requireSelfOr(userId, perm::kUsersManage));
    auto user = target(userId);
    if (!user.ok())
        return user.error();
    auto totp = UserStore::totp(m_context->db->connection(), user->id);
    if (!totp.ok())
        return totp.error();
    totp->pending = Totp::newSecret();
    FD_TRY(UserStore::setTotp(m_context->db->connection(), user->id, totp.value()));
    return TotpEnrollment{Totp::toBase32(totp->pending),
                          Totp::otpauthUri(QStringLiteral("Frontdesk"), user->username, totp->pending)};
}

Status UserService::confirmTotpEnrollment(const QString& userId, const QString& code)
{
    FD_TRY(requireSelfOr(userId, perm::kUsersManage));
    auto user = target(userId);
    if (!user.ok())
        return user.error();
    auto totp = UserStore::totp(m_context->db->connection(), user->id);
    if (!totp.ok())
        return totp.error();
    if (totp->pending.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Start the second-factor enrollment first."));
    const auto step = Totp::matchStep(totp->pending, code, m_context->now());
    if (!step)
        return makeError(ErrorCode::InvalidInput, tr("The code does not match; check the authenticator's clock."));
    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::setTotp(m_context->db->connection(), user->id, {totp->pending, {}, *step}));
    FD_TRY(recordUserChange(audit::kSecondFactorChange, user.value(), {{QStringLiteral("enabled"), true}}));
    FD_TRY(tx.value()->commit());
    if (user->id == m_context->user.id)
        m_context->user.totpEnabled = true;
    return {};
}

Status UserService::disableTotp(const QString& userId)
{
    FD_TRY(requireSelfOr(userId, perm::kUsersManage));
    auto user = target(userId);
    if (!user.ok())
        return user.error();
    auto tx = m_context->db->begin(Durability::Full);
    if (!tx.ok())
        return tx.error();
    FD_TRY(UserStore::setTotp(m_context->db->connection(), user->id, {}));
    FD_TRY(recordUserChange(audit::kSecondFactorChange, user.value(), {{QStringLiteral("enabled"), false}}));
    FD_TRY(tx.value()->commit());
    if (user->id == m_context->user.id)
        m_context->user.totpEnabled = false;
    return {};
}

}  // namespace fd::security
