#pragma once

#include "shell/settings_page.h"

class QComboBox;
class QSettings;
class QSpinBox;

namespace fd::shell {

// Language (at the next start), theme (at once) and the auto-lock delay.
class GeneralSettingsPage final : public SettingsPage
{
    Q_OBJECT
public:
    GeneralSettingsPage(QSettings& settings, QWidget* parent = nullptr);

    QString title() const override;
    QIcon pageIcon() const override;
    void apply() override;

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QSpinBox* autoLockBox() const { return m_autoLock; }

private:
    QSettings& m_settings;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QSpinBox* m_autoLock = nullptr;
};

}  // namespace fd::shell
