#pragma once

#include "common/result.h"

#include <QString>

namespace fd::shell {

// What the window needs from the logged-in session. The desktop app adapts the practice
// session to it; tests give a fake, so the shell builds and runs without the security core.
class IShellSession
{
public:
    virtual ~IShellSession() = default;

    virtual QString userId() const = 0;    // key of the saved layout (never a name)
    virtual QString username() const = 0;
    virtual QString roleName() const = 0;  // translated
    virtual QString practiceName() const = 0;
    virtual bool can(const QString& permission) const = 0;

    virtual bool isLocked() const = 0;
    virtual Status lock() = 0;
    // WrongPassword, SecondFactorRequired (ask for the code), LockedOut...
    virtual Status unlock(const QString& password, const QString& totpCode) = 0;
};

}  // namespace fd::shell
