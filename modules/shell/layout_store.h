#pragma once

#include <QByteArray>
#include <QString>

class QMainWindow;
class QSettings;

namespace fd::shell {

// The dock layout of one user, kept in QSettings under the user's id: window geometry and
// QMainWindow::saveState bytes only (no names, nothing about patients).
class LayoutStore
{
public:
    LayoutStore(QSettings& settings, QString userId);

    void save(const QMainWindow& window);
    // False when this user has no saved layout or it no longer fits the docks.
    bool restore(QMainWindow& window) const;
    void clear();
    bool hasSaved() const;

    // Bumped when the default arrangement changes so old saved states are not applied.
    static constexpr int kLayoutVersion = 1;

private:
    QString key(const char* name) const;

    QSettings& m_settings;
    QString m_userId;
};

}  // namespace fd::shell
