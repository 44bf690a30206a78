#pragma once

#include "shell/theme.h"

#include <QString>

class QSettings;

namespace fd::shell {

// Typed access to the workstation preferences kept in QSettings. Only preferences and layout
// bytes live there, never PHI.
class AppSettings
{
public:
    explicit AppSettings(QSettings& settings) : m_settings(settings) {}

    // "system", "en" or "es"; takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& language);

    Theme theme() const;
    void setTheme(Theme theme);

    // 0 turns auto-lock off.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    static constexpr int kDefaultAutoLockMinutes = 10;

private:
    QSettings& m_settings;
};

// The language to load: an explicit override, else the system locale's language.
QString effectiveLanguage(const QString& stored);

}  // namespace fd::shell
