#include "shell/app_settings.h"

#include <QLocale>
#include <QSettings>

namespace fd::shell {

namespace {
const QString kLanguageKey = QStringLiteral("general/language");
const QString kThemeKey = QStringLiteral("general/theme");
const QString kAutoLockKey = QStringLiteral("general/autoLockMinutes");
}  // namespace

QString AppSettings::language() const
{
    const QString value = m_settings.value(kLanguageKey, QStringLiteral("system")).toString();
    if (value == QLatin1String("en") || value == QLatin1String("es"))
        return value;
    return QStringLiteral("system");
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguageKey, language);
}

Theme AppSettings::theme() const
{
    return themeFromId(m_settings.value(kThemeKey).toString());
}

void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(kThemeKey, themeId(theme));
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kAutoLockKey, kDefaultAutoLockMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : kDefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings.setValue(kAutoLockKey, minutes);
}

QString effectiveLanguage(const QString& stored)
{
    if (stored == QLatin1String("en") || stored == QLatin1String("es"))
        return stored;
    return QLocale::system().name().section(QLatin1Char('_'), 0, 0);
}

}  // namespace fd::shell
