#include "desktop_fixture.h"
#include "security/practice_session.h"

#include <catch2/catch_test_macros.hpp>

#include <QFileInfo>

using namespace fd;
using namespace fd::desktop;

// Hidden (not part of the suite): builds the practice shown in docs/screenshots, at the path
// in FRONTDESK_DEMO_DB, so the screenshots can be made again the same way:
//   FRONTDESK_DEMO_DB=/tmp/demo.db test_desktop "[.screenshots]"
//   FRONTDESK_USER=admin FRONTDESK_PASSWORD='correct horse battery' frontdesk --db /tmp/demo.db --screenshot x.png
TEST_CASE("the documentation screenshots' practice", "[.screenshots]")
{
    const QString path = qEnvironmentVariable("FRONTDESK_DEMO_DB");
    REQUIRE_FALSE(path.isEmpty());
    REQUIRE_FALSE(QFileInfo::exists(path));
    fd::test::TempDir settingsDir;
    QSettings settings(settingsDir.file(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DesktopApp app(path, settings);
    REQUIRE(app.createPractice(testing::sampleProfile(), testing::sampleSetup()).ok());

    struct Person
    {
        const char* username;
        const char* name;
        security::Role role;
    };
    const Person staff[] = {{"maria", "María López", security::Role::FrontDesk},
                            {"ben", "Ben Okafor", security::Role::Biller},
                            {"olivia", "Olivia Chen", security::Role::OfficeManager},
                            {"drpatel", "Dr. Anika Patel", security::Role::Provider},
                            {"tom", "Tom Reyes", security::Role::FrontDesk}};
    const QString password = QStringLiteral("staff password 2026");
    for (const Person& p : staff) {
        security::NewUser user;
        user.username = QString::fromUtf8(p.username);
        user.displayName = QString::fromUtf8(p.name);
        user.role = p.role;
        user.password = password;
        REQUIRE(app.session()->users().add(user).ok());
    }
    auto tom = app.session()->users().find(QStringLiteral("tom"));
    REQUIRE(tom.ok());
    REQUIRE(app.session()->users().setActive(tom->id, false).ok());
    app.logout();

    // A few days of ordinary activity in the audit trail.
    for (const char* name : {"maria", "ben", "olivia", "maria"}) {
        auto session = security::PracticeSession::login(path, QString::fromUtf8(name), password);
        REQUIRE(session.ok());
        REQUIRE(session.value()->logout().ok());
    }
    CHECK_FALSE(security::PracticeSession::login(path, QStringLiteral("ben"), QStringLiteral("wrong password")).ok());
}
