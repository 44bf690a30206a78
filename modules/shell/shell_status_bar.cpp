#include "shell/shell_status_bar.h"

#include <QLabel>

namespace fd::shell {

ShellStatusBar::ShellStatusBar(QWidget* parent) : QStatusBar(parent)
{
    setObjectName(QStringLiteral("fd.shell.statusBar"));
    m_practice = addLabel(QStringLiteral("practice"));
    m_user = addLabel(QStringLiteral("user"));
    m_lock = addLabel(QStringLiteral("lock"));
    m_sync = addLabel(QStringLiteral("sync"));
    setLocked(false);
    setSyncState(tr("Standalone"));
}

QLabel* ShellStatusBar::addLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    addPermanentWidget(label);
    return label;
}

void ShellStatusBar::setPractice(const QString& name)
{
    m_practice->setText(name);
}

void ShellStatusBar::setUser(const QString& username, const QString& roleName)
{
    m_user->setText(tr("%1 (%2)").arg(username, roleName));
}

void ShellStatusBar::setLocked(bool locked)
{
    m_lock->setText(locked ? tr("Locked") : tr("Unlocked"));
}

void ShellStatusBar::setSyncState(const QString& text)
{
    m_sync->setText(text);
}

QString ShellStatusBar::practiceText() const
{
    return m_practice->text();
}

QString ShellStatusBar::userText() const
{
    return m_user->text();
}

QString ShellStatusBar::lockText() const
{
    return m_lock->text();
}

QString ShellStatusBar::syncText() const
{
    return m_sync->text();
}

}  // namespace fd::shell
