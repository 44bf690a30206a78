#include "shell/lock_overlay.h"
#include "shell/main_window.h"
#include "shell/shell_status_bar.h"
#include "shell_fakes.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace fd;
using namespace fd::shell;
using namespace std::chrono_literals;

namespace {
void typeAndUnlock(MainWindow& window, const QString& password, const QString& code = {})
{
    window.lockOverlay()->passwordField()->setText(password);
    window.lockOverlay()->codeField()->setText(code);
    QTest::mouseClick(window.lockOverlay()->unlockButton(), Qt::LeftButton);
}
}  // namespace

TEST_CASE("idle time locks the window; the docks keep their state", "[lock]")
{
    fd::test::TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    fakes::FakeSession session;
    fakes::FakeModule module;
    MainWindow window(session, {&module}, settings);
    CHECK(window.idleTimeout() == std::chrono::milliseconds(10min));
    window.show();
    module.notesEdit->setText(QStringLiteral("half-typed note"));
    window.setIdleTimeout(1s);

    REQUIRE(QTest::qWaitFor([&] { return window.isLocked(); }, 4000));
    CHECK(session.locked);
    CHECK(window.lockOverlay()->isVisible());
    CHECK(window.lockOverlay()->geometry().contains(window.dock(QStringLiteral("fd.test.notes"))->geometry()));
    CHECK_FALSE(window.dock(QStringLiteral("fd.test.notes"))->isEnabled());
    CHECK(window.shellStatusBar()->lockText() == QStringLiteral("Locked"));
    CHECK_FALSE(window.runAction(QStringLiteral("fd.test.greet")));
    CHECK(module.greetRuns == 0);

    typeAndUnlock(window, QStringLiteral("wrong"));
    CHECK(window.isLocked());
    CHECK(window.lockOverlay()->isVisible());
    CHECK(window.lockOverlay()->passwordField()->text().isEmpty());

    typeAndUnlock(window, session.password);
    CHECK_FALSE(window.isLocked());
    CHECK_FALSE(window.lockOverlay()->isVisible());
    REQUIRE(module.notesEdit);
    CHECK(module.notesEdit->text() == QStringLiteral("half-typed note"));
    CHECK(window.dock(QStringLiteral("fd.test.notes"))->isEnabled());
    CHECK(window.runAction(QStringLiteral("fd.test.greet")));
}

TEST_CASE("input keeps the window unlocked", "[lock]")
{
    fd::test::TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    fakes::FakeSession session;
    fakes::FakeModule module;
    MainWindow window(session, {&module}, settings);
    window.show();
    window.setIdleTimeout(1500ms);
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(400);
        QTest::keyClick(module.notesEdit, Qt::Key_A);
    }
    CHECK_FALSE(window.isLocked());
    CHECK(module.notesEdit->text() == QStringLiteral("aaaaaa"));
}

TEST_CASE("Ctrl+L locks; a second factor is asked for when the session wants it", "[lock]")
{
    fd::test::TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    fakes::FakeSession session;
    session.totp = QStringLiteral("123456");
    fakes::FakeModule module;
    MainWindow window(session, {&module}, settings);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.isLocked());
    CHECK_FALSE(window.lockOverlay()->isSecondFactorVisible());

    typeAndUnlock(window, session.password);
    CHECK(window.isLocked());
    CHECK(window.lockOverlay()->isSecondFactorVisible());
    typeAndUnlock(window, session.password, QStringLiteral("000000"));
    CHECK(window.isLocked());
    typeAndUnlock(window, session.password, QStringLiteral("123456"));
    CHECK_FALSE(window.isLocked());
}
