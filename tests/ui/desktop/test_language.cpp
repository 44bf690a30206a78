// The Spanish catalog reaches the screens: the window built after installing it speaks Spanish.
#include "app/desktop/desktop_app.h"
#include "desktop_fixture.h"
#include "shell/main_window.h"
#include "translations/translations.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QMenuBar>

using namespace fd;
using namespace fd::desktop;

namespace {
QStringList menuTitles(QMainWindow& window)
{
    QStringList titles;
    for (QAction* a : window.menuBar()->actions())
        titles << a->text().remove(QLatin1Char('&'));
    return titles;
}
}  // namespace

TEST_CASE("the main window speaks Spanish once the Spanish catalog is installed", "[desktop][i18n]")
{
    CHECK_FALSE(i18n::install(*QCoreApplication::instance(), QStringLiteral("xx")));  // no such catalog
    REQUIRE(i18n::install(*QCoreApplication::instance(), QStringLiteral("es")));
    testing::DesktopFixture f;
    DesktopApp app(f.database(), f.settings);
    f.createPractice(app);
    REQUIRE(app.openWindow().ok());
    const QStringList titles = menuTitles(*app.window());
    INFO(titles.join(QLatin1Char(',')).toStdString());
    CHECK(titles.contains(QStringLiteral("Archivo")));
    CHECK(titles.contains(QStringLiteral("Administración")));
    CHECK(titles.contains(QStringLiteral("Consultorio")));
    app.logout();
}
