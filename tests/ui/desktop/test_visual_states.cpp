#include "app/desktop/first_run_wizard.h"
#include "app/desktop/login_dialog.h"
#include "desktop_fixture.h"
#include "shell/command_palette.h"
#include "shell/main_window.h"
#include "shell/settings_dialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QDockWidget>
#include <QLineEdit>
#include <QTest>

using namespace fd;
using namespace fd::desktop;

// Hidden (not part of the suite): saves pictures of states a screenshot of the start-up window
// does not show (the lock, the roles matrix, the settings dialog) into FRONTDESK_VISUAL_DIR,
// for reviewing the look by eye.
TEST_CASE("pictures of the lock, the roles matrix and the settings", "[.visual]")
{
    const QString out = qEnvironmentVariable("FRONTDESK_VISUAL_DIR");
    REQUIRE_FALSE(out.isEmpty());
    testing::DesktopFixture f;
    DesktopApp app(f.database(), f.settings);
    f.createPractice(app);
    REQUIRE(app.openWindow().ok());
    shell::MainWindow& window = *app.window();
    window.resize(1280, 800);
    QTest::qWait(200);

    window.showDock(QStringLiteral("fd.admin.roles"));
    QTest::qWait(100);
    CHECK(window.grab().save(out + QStringLiteral("/roles.png")));

    shell::SettingsDialog settings(f.settings, {}, &window);
    settings.show();
    QTest::qWait(100);
    CHECK(settings.grab().save(out + QStringLiteral("/settings.png")));
    settings.hide();

    window.openCommandPalette();
    QTest::keyClicks(window.commandPalette()->filterField(), QStringLiteral("user"));
    QTest::qWait(100);
    CHECK(window.grab().save(out + QStringLiteral("/palette.png")));
    window.commandPalette()->hide();

    LoginDialog login(f.database(), [](const QString&, const QString&, const QString&) {
        return Result<LoginDialog::Session>(makeError(ErrorCode::WrongPassword, QString()));
    });
    login.setUsername(QStringLiteral("admin"));
    login.passwordField()->setText(QStringLiteral("wrong"));
    login.show();
    login.attempt();
    QTest::qWait(100);
    CHECK(login.grab().save(out + QStringLiteral("/login.png")));
    login.hide();

    FirstRunWizard wizard(f.dir.file(QStringLiteral("new.db")),
                          [](const practice::PracticeProfile&, const security::PracticeSetup&) {
                              return Result<QString>(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX"));
                          });
    wizard.show();
    QTest::qWait(100);
    CHECK(wizard.grab().save(out + QStringLiteral("/wizard.png")));
    wizard.hide();

    window.lock();
    QTest::qWait(100);
    CHECK(window.grab().save(out + QStringLiteral("/locked.png")));
}
