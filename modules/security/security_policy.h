#pragma once

#include "common/clock.h"
#include "security/crypto_primitives.h"

#include <memory>

namespace fd::security {

// The tunable numbers of the security layer, in one place. The defaults are the practice's
// policy (docs/SECURITY.md); a deployment or a test may replace them before any session opens.
struct SecurityPolicy
{
    // Lockout: `lockoutThreshold` failures within `lockoutWindowSecs` lock the user name for
    // `lockoutSecs`. From failure number `delayFromFailure` on, the next attempt must wait
    // delayBaseSecs * 2^(n - delayFromFailure) seconds (at most delayMaxSecs).
    int lockoutThreshold = 5;
    qint64 lockoutWindowSecs = 15 * 60;
    qint64 lockoutSecs = 15 * 60;
    int delayFromFailure = 3;
    qint64 delayBaseSecs = 2;
    qint64 delayMaxSecs = 60;

    int passwordMinLength = 12;
    int passwordHistory = 5;  // a new password may not be one of this many most recent

    qint64 checkpointInterval = 1000;  // audit entries between checkpoints

    // Argon2id for key wraps (64 MiB, t=3, p=1). Only tests lower it (see docs/SECURITY.md):
    // the cost used is stored beside each wrap, so a keyring always opens with its own cost.
    crypto::KdfParams wrapKdf{65536, 3, 1};
    // Argon2id for the password history kept inside the encrypted database (OWASP minimum).
    crypto::KdfParams historyKdf{19456, 2, 1};

    std::shared_ptr<IClock> clock = std::make_shared<SystemClock>();
};

const SecurityPolicy& securityPolicy();
void setSecurityPolicy(SecurityPolicy policy);

}  // namespace fd::security
