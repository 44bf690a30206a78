#include "app/desktop/login_dialog.h"
#include "desktop_fixture.h"
#include "security/practice_session.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QLineEdit>

using namespace fd;
using namespace fd::desktop;

TEST_CASE("the login dialog explains failures and hands over the session", "[desktop][login]")
{
    testing::DesktopFixture f;
    {
        DesktopApp app(f.database(), f.settings);
        f.createPractice(app);
    }
    LoginDialog dialog(f.database(), [&](const QString& user, const QString& password, const QString& code) {
        return security::PracticeSession::login(f.database(), user, password, code);
    });
    dialog.setUsername(QStringLiteral("admin"));
    dialog.passwordField()->setText(QStringLiteral("not the password"));
    dialog.attempt();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText().isEmpty());
    CHECK(dialog.passwordField()->text().isEmpty());
    CHECK_FALSE(dialog.takeSession());

    dialog.passwordField()->setText(testing::kAdminPassword);
    dialog.attempt();
    CHECK(dialog.result() == QDialog::Accepted);
    auto session = dialog.takeSession();
    REQUIRE(session);
    CHECK(session->user().username == QStringLiteral("admin"));
    CHECK(session->logout().ok());
}

TEST_CASE("the login dialog asks for the second factor when the session wants it", "[desktop][login]")
{
    QStringList codes;
    LoginDialog dialog(QStringLiteral("/tmp/practice.db"), [&](const QString&, const QString&, const QString& code) {
        codes << code;
        return Result<LoginDialog::Session>(makeError(ErrorCode::SecondFactorRequired, QStringLiteral("code")));
    });
    CHECK_FALSE(dialog.isSecondFactorVisible());
    dialog.usernameField()->setText(QStringLiteral("admin"));
    dialog.passwordField()->setText(QStringLiteral("secret secret"));
    dialog.attempt();
    CHECK(dialog.isSecondFactorVisible());
    CHECK(dialog.passwordField()->text() == QStringLiteral("secret secret"));  // kept for the retry
    dialog.codeField()->setText(QStringLiteral("123456"));
    dialog.attempt();
    CHECK(codes == QStringList{QString(), QStringLiteral("123456")});
}

TEST_CASE("login errors name lockouts and damaged files", "[desktop][login]")
{
    const QString locked = LoginDialog::describe(
        makeError(ErrorCode::LockedOut, QStringLiteral("Too many failed logins: this user name is locked for 14 more minutes.")));
    CHECK(locked.contains(QStringLiteral("14")));
    const QString damaged =
        LoginDialog::describe(makeError(ErrorCode::Corrupt, QStringLiteral("The keyring is damaged"),
                                        QStringLiteral("/srv/practice.db.keys")));
    CHECK(damaged.contains(QStringLiteral("practice.db.keys")));

    testing::DesktopFixture f;
    {
        DesktopApp app(f.database(), f.settings);
        f.createPractice(app);
    }
    QFile keys(f.database() + QStringLiteral(".keys"));
    REQUIRE(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
    keys.write("this is not a keyring");
    keys.close();
    auto session = security::PracticeSession::login(f.database(), QStringLiteral("admin"), testing::kAdminPassword);
    REQUIRE_FALSE(session.ok());
    const QString text = LoginDialog::describe(session.error());
    CHECK(text.contains(QStringLiteral(".keys")));
}
