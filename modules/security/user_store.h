#pragma once

#include "common/result.h"
#include "security/user.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace fd::security {

// The SQL of the users and password_history tables.
class UserStore
{
public:
    struct Totp
    {
        QByteArray secret;
        QByteArray pending;
        qint64 lastStep = 0;
    };

    static Result<std::vector<UserInfo>> list(QSqlDatabase db);
    // NotFound when neither the id nor the (lower-cased) user name matches.
    static Result<UserInfo> find(QSqlDatabase db, const QString& usernameOrId);
    static Status insert(QSqlDatabase db, const UserInfo& user);
    static Status setRole(QSqlDatabase db, const QString& userId, Role role);
    static Status setActive(QSqlDatabase db, const QString& userId, bool active);
    static Status remove(QSqlDatabase db, const QString& userId);
    static Status setLastLogin(QSqlDatabase db, const QString& userId, const QDateTime& at);
    static Result<int> activeAdministrators(QSqlDatabase db);
    static std::optional<UserInfo> firstActiveAdministrator(QSqlDatabase db);

    static Result<Totp> totp(QSqlDatabase db, const QString& userId);
    static Status setTotp(QSqlDatabase db, const QString& userId, const Totp& totp);

    // Newest first, at most `limit`.
    static Result<QStringList> recentPasswordHashes(QSqlDatabase db, const QString& userId, int limit);
    // Adds a hash and keeps only the newest `keep`.
    static Status addPasswordHash(QSqlDatabase db, const QString& userId, const QString& hash,
                                  const QDateTime& at, int keep);
};

}  // namespace fd::security
