#pragma once

#include "shell/shell_session.h"

namespace fd::security {
class PracticeSession;
}

namespace fd::desktop {

// The practice session as the shell window sees it.
class PracticeShellSession final : public shell::IShellSession
{
public:
    PracticeShellSession(security::PracticeSession& session, QString practiceName);

    QString userId() const override;
    QString username() const override;
    QString roleName() const override;
    QString practiceName() const override;
    bool can(const QString& permission) const override;
    bool isLocked() const override;
    Status lock() override;
    Status unlock(const QString& password, const QString& totpCode) override;

private:
    security::PracticeSession& m_session;
    QString m_practiceName;
};

}  // namespace fd::desktop
