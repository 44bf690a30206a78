#include "security/password_policy.h"

#include <QCoreApplication>

namespace fd::security {

Status PasswordPolicy::check(const QString& username, const QString& password, const SecurityPolicy& policy)
{
    // Characters as a person counts them, not UTF-16 units.
    if (password.toUcs4().size() < policy.passwordMinLength)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security",
                                                     "The password must have at least %1 characters.")
                             .arg(policy.passwordMinLength));
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::security", "The password must not be the user name."));
    return {};
}

Status PasswordPolicy::checkNotReused(const QString& password, const QStringList& recentHashes)
{
    for (const QString& h : recentHashes) {
        if (matches(password, h))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("fd::security",
                                                         "The password must differ from the last %1 passwords.")
                                 .arg(recentHashes.size()));
    }
    return {};
}

Result<QString> PasswordPolicy::hash(const QString& password, const crypto::KdfParams& params)
{
    const QByteArray salt = crypto::randomBytes(crypto::kSaltSize);
    QByteArray secret = password.toUtf8();
    auto key = crypto::argon2id(secret, salt, params);
    wipeBytes(secret);
    if (!key.ok())
        return key.error();
    const QByteArray digest(reinterpret_cast<const char*>(key.value().data()), qsizetype(key.value().size()));
    return QStringLiteral("argon2id$%1$%2$%3$%4$%5")
        .arg(params.memoryKiB)
        .arg(params.iterations)
        .arg(params.parallelism)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(digest.toBase64()));
}

bool PasswordPolicy::matches(const QString& password, const QString& encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QStringLiteral("argon2id"))
        return false;
    crypto::KdfParams params{parts[1].toUInt(), parts[2].toUInt(), parts[3].toUInt()};
    if (params.memoryKiB < 8 || params.iterations < 1 || params.parallelism < 1)
        return false;
    QByteArray secret = password.toUtf8();
    auto key = crypto::argon2id(secret, QByteArray::fromBase64(parts[4].toLatin1()), params);
    wipeBytes(secret);
    if (!key.ok())
        return false;
    const QByteArray digest(reinterpret_cast<const char*>(key.value().data()), qsizetype(key.value().size()));
    return crypto::equalBytes(digest, QByteArray::fromBase64(parts[5].toLatin1()));
}

}  // namespace fd::security
