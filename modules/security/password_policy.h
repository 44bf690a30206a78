#pragma once

#include "common/result.h"
#include "security/security_policy.h"

#include <QString>
#include <QStringList>

namespace fd::security {

// The practice's password rules: at least 12 characters, not the user name, not one of the
// user's last 5 passwords. The history keeps Argon2id hashes inside the encrypted database.
class PasswordPolicy
{
public:
    // InvalidInput naming the rule a new password breaks (length, user name).
    static Status check(const QString& username, const QString& password, const SecurityPolicy& policy);
    // InvalidInput when `password` matches one of `recentHashes` (newest first).
    static Status checkNotReused(const QString& password, const QStringList& recentHashes);

    // "argon2id$m$t$p$salt$hash" (base64), a fresh salt each time.
    static Result<QString> hash(const QString& password, const crypto::KdfParams& params);
    static bool matches(const QString& password, const QString& encoded);
};

}  // namespace fd::security
