#include "shell/app_settings.h"
#include "shell/general_settings_page.h"
#include "shell/settings_dialog.h"
#include "shell/theme.h"
#include "shell_fakes.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>

using namespace fd;
using namespace fd::shell;

TEST_CASE("the settings dialog holds the General page and each module's pages", "[settings]")
{
    fd::test::TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    fakes::FakeModule module;
    SettingsDialog dialog(settings, {&module});
    REQUIRE(dialog.pages().size() == 2);
    CHECK(dialog.pageList()->count() == 2);
    CHECK(dialog.pageList()->item(0)->text() == QStringLiteral("General"));
    CHECK(dialog.pageList()->item(1)->text() == QStringLiteral("Test page"));

    auto* general = dynamic_cast<GeneralSettingsPage*>(dialog.pages().front());
    REQUIRE(general);
    CHECK(general->autoLockBox()->value() == 10);
    general->languageBox()->setCurrentIndex(general->languageBox()->findData(QStringLiteral("es")));
    general->autoLockBox()->setValue(3);
    dialog.applyAll();
    const AppSettings stored(settings);
    CHECK(stored.language() == QStringLiteral("es"));
    CHECK(stored.autoLockMinutes() == 3);
    CHECK(static_cast<fakes::FakePage*>(dialog.pages().back())->applied == 1);
    CHECK(effectiveLanguage(QStringLiteral("es")) == QStringLiteral("es"));
}

TEST_CASE("switching the theme changes the palette", "[settings][theme]")
{
    fd::test::TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    GeneralSettingsPage page(settings);
    page.themeBox()->setCurrentIndex(page.themeBox()->findData(QStringLiteral("dark")));
    page.apply();
    CHECK(AppSettings(settings).theme() == Theme::Dark);
    CHECK(QApplication::palette().color(QPalette::Window) == darkPalette().color(QPalette::Window));
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);

    page.themeBox()->setCurrentIndex(page.themeBox()->findData(QStringLiteral("light")));
    page.apply();
    CHECK(QApplication::palette().color(QPalette::Base) == lightPalette().color(QPalette::Base));
    CHECK(QApplication::palette().color(QPalette::Window) != darkPalette().color(QPalette::Window));
    applyTheme(Theme::System);
}
