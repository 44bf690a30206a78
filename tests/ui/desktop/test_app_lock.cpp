#include "desktop_fixture.h"
#include "security/practice_session.h"
#include "shell/lock_overlay.h"
#include "shell/main_window.h"
#include "shell/shell_status_bar.h"

#include <catch2/catch_test_macros.hpp>

#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace fd;
using namespace fd::desktop;
using namespace std::chrono_literals;

namespace {
void unlockWith(shell::MainWindow& window, const QString& password)
{
    window.lockOverlay()->passwordField()->setText(password);
    QTest::mouseClick(window.lockOverlay()->unlockButton(), Qt::LeftButton);
}
}  // namespace

TEST_CASE("the administrator's window locks when idle and unlocks with the password", "[desktop][lock]")
{
    testing::DesktopFixture f;
    DesktopApp app(f.database(), f.settings);
    f.createPractice(app);
    REQUIRE(app.openWindow().ok());
    shell::MainWindow& window = *app.window();
    CHECK(window.setupProblems().isEmpty());
    INFO(window.dockNames().join(QLatin1Char(' ')).toStdString());
    CHECK(window.dockNames()
          == QStringList({QStringLiteral("fd.patients.registry"), QStringLiteral("fd.practice.setup"),
                          QStringLiteral("fd.accounts.ledger"), QStringLiteral("fd.calendar.schedule"),
                          QStringLiteral("fd.calendar.frontdesk"), QStringLiteral("fd.calendar.recalls"),
                          QStringLiteral("fd.calendar.messages"), QStringLiteral("fd.billing.claims"), QStringLiteral("fd.billing.unbilled"),
                          QStringLiteral("fd.billing.batches"), QStringLiteral("fd.billing.rejections"),
                          QStringLiteral("fd.billing.verification"), QStringLiteral("fd.admin.users"),
                          QStringLiteral("fd.admin.roles"), QStringLiteral("fd.admin.audit")}));
    CHECK(window.shellStatusBar()->userText() == QStringLiteral("admin (Administrator)"));

    auto* users = window.dock(QStringLiteral("fd.admin.users"))->widget()->findChild<QTableView*>();
    REQUIRE(users);
    users->selectRow(0);
    window.setIdleTimeout(1s);
    REQUIRE(QTest::qWaitFor([&] { return window.isLocked(); }, 5000));
    CHECK(app.session()->isLocked());
    CHECK(window.lockOverlay()->isVisible());

    unlockWith(window, QStringLiteral("wrong password here"));
    CHECK(window.isLocked());
    CHECK(app.session()->isLocked());

    unlockWith(window, testing::kAdminPassword);
    CHECK_FALSE(window.isLocked());
    CHECK_FALSE(app.session()->isLocked());
    CHECK(users->selectionModel()->isRowSelected(0, {}));  // the dock kept its state
    app.logout();
    CHECK_FALSE(app.window());
}

TEST_CASE("a front desk user sees no administration docks", "[desktop][permissions]")
{
    testing::DesktopFixture f;
    DesktopApp app(f.database(), f.settings);
    f.createPractice(app);
    security::NewUser clerk;
    clerk.username = QStringLiteral("frank");
    clerk.displayName = QStringLiteral("Frank Desk");
    clerk.role = security::Role::FrontDesk;
    clerk.password = QStringLiteral("front desk password");
    REQUIRE(app.session()->users().add(clerk).ok());
    app.logout();

    auto session = security::PracticeSession::login(f.database(), clerk.username, clerk.password);
    REQUIRE(session.ok());
    REQUIRE(app.adopt(std::move(session.value())).ok());
    REQUIRE(app.openWindow().ok());
    // The patients, the practice setup, the accounts, the scheduling and the billing docks are
    // open to the front desk; administration is not.
    INFO(app.window()->dockNames().join(QLatin1Char(' ')).toStdString());
    CHECK(app.window()->dockNames()
          == QStringList({QStringLiteral("fd.patients.registry"), QStringLiteral("fd.practice.setup"),
                          QStringLiteral("fd.accounts.ledger"), QStringLiteral("fd.calendar.schedule"),
                          QStringLiteral("fd.calendar.frontdesk"), QStringLiteral("fd.calendar.recalls"),
                          QStringLiteral("fd.calendar.messages"), QStringLiteral("fd.billing.claims"),
                          QStringLiteral("fd.billing.unbilled"), QStringLiteral("fd.billing.batches"),
                          QStringLiteral("fd.billing.rejections"), QStringLiteral("fd.billing.verification")}));
    CHECK_FALSE(app.window()->actions().isAllowed(QStringLiteral("fd.admin.showAudit")));
    CHECK(app.window()->actions().isAllowed(QStringLiteral("fd.admin.changeMyPassword")));
    CHECK(app.window()->windowTitle() == QStringLiteral("Frontdesk — Maple Street Family Medicine"));
}
