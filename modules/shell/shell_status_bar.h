#pragma once

#include <QStatusBar>

class QLabel;

namespace fd::shell {

// Practice, user and role, lock state and sync state, always visible at the bottom.
class ShellStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    explicit ShellStatusBar(QWidget* parent = nullptr);

    void setPractice(const QString& name);
    void setUser(const QString& username, const QString& roleName);
    void setLocked(bool locked);
    // "Standalone" until the practice has a server.
    void setSyncState(const QString& text);

    QString practiceText() const;
    QString userText() const;
    QString lockText() const;
    QString syncText() const;

private:
    QLabel* addLabel(const QString& objectName);

    QLabel* m_practice = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_lock = nullptr;
    QLabel* m_sync = nullptr;
};

}  // namespace fd::shell
