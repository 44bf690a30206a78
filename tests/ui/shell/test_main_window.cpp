#include "shell/main_window.h"
#include "shell/shell_status_bar.h"
#include "shell_fakes.h"

#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QTest>

using namespace fd;
using namespace fd::shell;

namespace {
struct Fixture
{
    fd::test::TempDir dir;
    QSettings settings{dir.file(QStringLiteral("settings.ini")), QSettings::IniFormat};
    fakes::FakeSession session;
    fakes::FakeModule module;
};

void showActive(QWidget& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}
}  // namespace

TEST_CASE("the window shows the practice, not patients, and only permitted docks", "[window]")
{
    Fixture f;
    MainWindow window(f.session, {&f.module}, f.settings);
    CHECK(window.windowTitle() == QStringLiteral("Frontdesk — Maple Street Clinic"));
    CHECK(window.setupProblems().isEmpty());
    CHECK(window.dockNames() == QStringList{QStringLiteral("fd.test.notes")});
    CHECK(window.shellStatusBar()->practiceText() == QStringLiteral("Maple Street Clinic"));
    CHECK(window.shellStatusBar()->userText() == QStringLiteral("alice (Administrator)"));
    CHECK(window.shellStatusBar()->lockText() == QStringLiteral("Unlocked"));
    CHECK(window.shellStatusBar()->syncText() == QStringLiteral("Standalone"));
    CHECK((window.dockOptions() & QMainWindow::AllowTabbedDocks));
    CHECK((window.dockOptions() & QMainWindow::AllowNestedDocks));

    // The View menu lists the dock; the module menu holds the module's global action.
    QMenu* view = window.menu(MenuPlacement::View);
    CHECK(view->actions().contains(window.dock(QStringLiteral("fd.test.notes"))->toggleViewAction()));
    QMenu* moduleMenu = window.menu(MenuPlacement::Module, &f.module);
    REQUIRE(moduleMenu);
    CHECK(moduleMenu->actions().contains(window.actions().action(QStringLiteral("fd.test.greet"))));

    f.session.granted.insert(QStringLiteral("test.secret"));
    MainWindow privileged(f.session, {&f.module}, f.settings);
    CHECK(privileged.dockNames().size() == 2);
}

TEST_CASE("a shortcut follows the focused dock", "[window][actions]")
{
    Fixture f;
    f.session.granted.insert(QStringLiteral("test.secret"));
    MainWindow window(f.session, {&f.module}, f.settings);
    showActive(window);

    f.module.notesEdit->setFocus();
    QTest::keyClick(f.module.notesEdit, Qt::Key_D, Qt::ControlModifier);
    CHECK(f.module.notesRuns == 1);
    CHECK(f.module.secretRuns == 0);

    f.module.secretEdit->setFocus();
    QTest::keyClick(f.module.secretEdit, Qt::Key_D, Qt::ControlModifier);
    CHECK(f.module.notesRuns == 1);
    CHECK(f.module.secretRuns == 1);
}

TEST_CASE("the dock layout is saved per user and can be reset", "[window][layout]")
{
    Fixture f;
    f.session.granted.insert(QStringLiteral("test.secret"));
    {
        MainWindow window(f.session, {&f.module}, f.settings);
        window.show();
        window.dock(QStringLiteral("fd.test.secret"))->close();
        window.close();  // saves
    }
    CHECK(f.settings.contains(QStringLiteral("layout/user-1/state")));
    // Only layout bytes are stored: no user name, practice name or anything else.
    for (const QString& key : f.settings.allKeys())
        CHECK(key.startsWith(QStringLiteral("layout/user-1/")));

    MainWindow again(f.session, {&f.module}, f.settings);
    again.show();
    CHECK_FALSE(again.dock(QStringLiteral("fd.test.secret"))->isVisible());
    CHECK(again.dock(QStringLiteral("fd.test.notes"))->isVisible());

    f.session.id = QStringLiteral("user-2");
    MainWindow otherUser(f.session, {&f.module}, f.settings);
    otherUser.show();
    CHECK(otherUser.dock(QStringLiteral("fd.test.secret"))->isVisible());

    f.session.id = QStringLiteral("user-1");
    again.resetLayout();
    CHECK(again.dock(QStringLiteral("fd.test.secret"))->isVisible());
    MainWindow afterReset(f.session, {&f.module}, f.settings);
    afterReset.show();
    CHECK(afterReset.dock(QStringLiteral("fd.test.secret"))->isVisible());
}

TEST_CASE("an action that shows a dock raises it", "[window]")
{
    Fixture f;
    MainWindow window(f.session, {&f.module}, f.settings);
    window.show();
    window.dock(QStringLiteral("fd.test.notes"))->close();
    REQUIRE(window.runAction(QStringLiteral("fd.test.showNotes")));
    CHECK(window.dock(QStringLiteral("fd.test.notes"))->isVisible());
}
