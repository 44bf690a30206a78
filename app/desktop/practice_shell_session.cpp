#include "app/desktop/practice_shell_session.h"

#include "security/practice_session.h"
#include "security/roles.h"

namespace fd::desktop {

PracticeShellSession::PracticeShellSession(security::PracticeSession& session, QString practiceName)
    : m_session(session), m_practiceName(std::move(practiceName))
{
}

QString PracticeShellSession::userId() const
{
    return m_session.user().id;
}

QString PracticeShellSession::username() const
{
    return m_session.user().username;
}

QString PracticeShellSession::roleName() const
{
    return security::roleDisplayName(m_session.user().role);
}

QString PracticeShellSession::practiceName() const
{
    return m_practiceName;
}

bool PracticeShellSession::can(const QString& permission) const
{
    return m_session.access().can(permission);
}

bool PracticeShellSession::isLocked() const
{
    return m_session.isLocked();
}

Status PracticeShellSession::lock()
{
    return m_session.lock();
}

Status PracticeShellSession::unlock(const QString& password, const QString& totpCode)
{
    return m_session.unlock(password, totpCode);
}

}  // namespace fd::desktop
