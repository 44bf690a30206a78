#include "shell/general_settings_page.h"

#include "shell/app_settings.h"
#include "shell/icons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace fd::shell {

GeneralSettingsPage::GeneralSettingsPage(QSettings& settings, QWidget* parent)
    : SettingsPage(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("fd.shell.settings.general"));
    const AppSettings current(m_settings);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Language names are shown in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language())));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), themeId(Theme::System));
    m_theme->addItem(tr("Light"), themeId(Theme::Light));
    m_theme->addItem(tr("Dark"), themeId(Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(themeId(current.theme()))));

    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLock"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(current.autoLockMinutes());

    auto* languageNote = new QLabel(tr("A new language takes effect the next time Frontdesk starts."), this);
    languageNote->setWordWrap(true);
    auto* lockNote = new QLabel(tr("After this long without keyboard or mouse input, Frontdesk hides every "
                                   "screen until your password is entered again."), this);
    lockNote->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Lock after:"), m_autoLock);
    form->addRow(QString(), lockNote);
}

QString GeneralSettingsPage::title() const
{
    return tr("General");
}

QIcon GeneralSettingsPage::pageIcon() const
{
    return icon(QStringLiteral("settings"));
}

void GeneralSettingsPage::apply()
{
    AppSettings settings(m_settings);
    settings.setLanguage(m_language->currentData().toString());
    const Theme theme = themeFromId(m_theme->currentData().toString());
    if (theme != settings.theme()) {
        settings.setTheme(theme);
        applyTheme(theme);
    }
    settings.setAutoLockMinutes(m_autoLock->value());
    m_settings.sync();
}

}  // namespace fd::shell
