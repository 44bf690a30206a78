#include "shell/command_palette.h"
#include "shell/main_window.h"
#include "shell_fakes.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace fd;
using namespace fd::shell;

TEST_CASE("the command palette filters and runs an action from the keyboard", "[palette]")
{
    fd::test::TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    fakes::FakeSession session;
    fakes::FakeModule module;
    MainWindow window(session, {&module}, settings);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    CommandPalette* palette = window.commandPalette();
    REQUIRE(palette->isVisible());
    // Everything allowed is listed; the secret dock's action is not (no permission).
    const QStringList all = palette->visibleIds();
    CHECK(all.contains(QStringLiteral("fd.test.greet")));
    CHECK(all.contains(QStringLiteral("fd.shell.lock")));
    CHECK_FALSE(all.contains(QStringLiteral("fd.test.secret.duplicate")));

    QTest::keyClicks(palette->filterField(), QStringLiteral("greet desk"));
    CHECK(palette->visibleIds() == QStringList{QStringLiteral("fd.test.greet")});
    QTest::keyClick(palette->filterField(), Qt::Key_Return);
    CHECK_FALSE(palette->isVisible());
    CHECK(module.greetRuns == 1);

    // Arrow keys choose among several matches.
    window.openCommandPalette();
    QTest::keyClicks(palette->filterField(), QStringLiteral("duplicate"));
    REQUIRE(palette->visibleIds() == QStringList{QStringLiteral("fd.test.notes.duplicate")});
    palette->setFilter(QStringLiteral("fd.shell"));
    const QStringList shellIds = palette->visibleIds();
    REQUIRE(shellIds.size() > 2);
    QTest::keyClick(palette->filterField(), Qt::Key_Down);
    CHECK(palette->currentId() == shellIds.at(1));
    QTest::keyClick(palette->filterField(), Qt::Key_Escape);
    CHECK_FALSE(palette->isVisible());
    CHECK(module.greetRuns == 1);
}

TEST_CASE("a dock's action from the palette runs in its dock", "[palette]")
{
    fd::test::TempDir dir;
    QSettings settings(dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    fakes::FakeSession session;
    fakes::FakeModule module;
    MainWindow window(session, {&module}, settings);
    window.show();
    REQUIRE(window.runAction(QStringLiteral("fd.test.notes.duplicate")));
    CHECK(module.notesRuns == 1);
    CHECK_FALSE(window.runAction(QStringLiteral("fd.test.secret.duplicate")));
    CHECK(module.secretRuns == 0);
}
