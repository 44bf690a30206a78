#include "security/user_store.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd::security {

namespace {
const QString kUserColumns = QStringLiteral(
    "id, username, display_name, role, active, automation, totp_secret IS NOT NULL, created_at, last_login_at");

UserInfo userFrom(const QSqlQuery& q)
{
    UserInfo u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromId(q.value(3).toString()).value_or(Role::FrontDesk);
    u.active = q.value(4).toBool();
    u.automation = q.value(5).toBool();
    u.totpEnabled = q.value(6).toBool();
    u.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    u.lastLoginAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return u;
}

Status execOnly(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto q = storage::exec(db, sql, binds);
    if (!q.ok())
        return q.error();
    return {};
}
}  // namespace

Result<std::vector<UserInfo>> UserStore::list(QSqlDatabase db)
{
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kUserColumns));
    if (!q.ok())
        return q.error();
    std::vector<UserInfo> out;
    while (q->next())
        out.push_back(userFrom(*q));
    return out;
}

Result<UserInfo> UserStore::find(QSqlDatabase db, const QString& usernameOrId)
{
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM users WHERE id = ? OR username = ?").arg(kUserColumns),
                           {usernameOrId, usernameOrId.trimmed().toLower()});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("fd::security", "No user %1").arg(usernameOrId));
    return userFrom(*q);
}

Status UserStore::insert(QSqlDatabase db, const UserInfo& u)
{
    return execOnly(db,
                    QStringLiteral("INSERT INTO users (id, username, display_name, role, active, automation, "
                                   "created_at) VALUES (?,?,?,?,?,?,?)"),
                    {u.id, u.username, u.displayName, roleId(u.role), u.active ? 1 : 0, u.automation ? 1 : 0,
                     toIsoUtc(u.createdAt)});
}

Status UserStore::setRole(QSqlDatabase db, const QString& userId, Role role)
{
    return execOnly(db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleId(role), userId});
}

Status UserStore::setActive(QSqlDatabase db, const QString& userId, bool active)
{
    return execOnly(db, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, userId});
}

Status UserStore::remove(QSqlDatabase db, const QString& userId)
{
    FD_TRY(execOnly(db, QStringLiteral("DELETE FROM password_history WHERE user_id = ?"), {userId}));
    return execOnly(db, QStringLiteral("DELETE FROM users WHERE id = ?"), {userId});
}

Status UserStore::setLastLogin(QSqlDatabase db, const QString& userId, const QDateTime& at)
{
    return execOnly(db, QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"), {toIsoUtc(at), userId});
}

Result<int> UserStore::activeAdministrators(QSqlDatabase db)
{
    auto q = storage::exec(db, QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = 1"),
                           {roleId(Role::Administrator)});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

std::optional<UserInfo> UserStore::firstActiveAdministrator(QSqlDatabase db)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT %1 FROM users WHERE role = ? AND active = 1 AND automation = 0 "
                                          "ORDER BY created_at, username LIMIT 1")
                               .arg(kUserColumns),
                           {roleId(Role::Administrator)});
    if (!q.ok() || !q->next())
        return std::nullopt;
    return userFrom(*q);
}

Result<UserStore::Totp> UserStore::totp(QSqlDatabase db, const QString& userId)
{
    auto q = storage::exec(db, QStringLiteral("SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = ?"),
                           {userId});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::security", "No user %1").arg(userId));
    return Totp{q->value(0).toByteArray(), q->value(1).toByteArray(), q->value(2).toLongLong()};
}

Status UserStore::setTotp(QSqlDatabase db, const QString& userId, const Totp& t)
{
    const auto blobOrNull = [](const QByteArray& b) {
        return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
    };
    return execOnly(db, QStringLiteral("UPDATE users SET totp_secret = ?, totp_pending = ?, totp_last_step = ? WHERE id = ?"),
                    {blobOrNull(t.secret), blobOrNull(t.pending), t.lastStep, userId});
}

Result<QStringList> UserStore::recentPasswordHashes(QSqlDatabase db, const QString& userId, int limit)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT hash FROM password_history WHERE user_id = ? "
                                          "ORDER BY set_at DESC, rowid DESC LIMIT ?"),
                           {userId, limit});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status UserStore::addPasswordHash(QSqlDatabase db, const QString& userId, const QString& hash,
                                  const QDateTime& at, int keep)
{
    FD_TRY(execOnly(db, QStringLiteral("INSERT INTO password_history (user_id, set_at, hash) VALUES (?,?,?)"),
                    {userId, toIsoUtc(at), hash}));
    return execOnly(db,
                    QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND rowid NOT IN "
                                   "(SELECT rowid FROM password_history WHERE user_id = ? "
                                   "ORDER BY set_at DESC, rowid DESC LIMIT ?)"),
                    {userId, userId, keep});
}

}  // namespace fd::security
