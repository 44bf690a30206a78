#include "security/login_state.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

using namespace fd;
using namespace fd::security;

TEST_CASE("Failures slow down, then lock the user name for 15 minutes", "[login-state]")
{
    SecurityPolicy policy;
    QDateTime now = fd::security::test::kStart;
    LoginState s;
    const QString alice = QStringLiteral("alice");
    CHECK(s.checkAllowed(alice, now, policy).ok());
    CHECK_FALSE(s.recordFailure(alice, now, QStringLiteral("wrong_password"), QStringLiteral("ws1"), policy));
    CHECK(s.checkAllowed(alice, now, policy).ok());
    CHECK_FALSE(s.recordFailure(alice, now, QStringLiteral("wrong_password"), QStringLiteral("ws1"), policy));
    CHECK(s.checkAllowed(alice, now, policy).ok());
    // Third failure: a 2-second wait, then 4 seconds.
    CHECK_FALSE(s.recordFailure(alice, now, QStringLiteral("wrong_password"), QStringLiteral("ws1"), policy));
    CHECK(s.checkAllowed(alice, now.addSecs(1), policy).error().code == ErrorCode::LockedOut);
    CHECK(s.checkAllowed(alice, now.addSecs(2), policy).ok());
    now = now.addSecs(2);
    CHECK_FALSE(s.recordFailure(alice, now, QStringLiteral("wrong_password"), QStringLiteral("ws1"), policy));
    CHECK(s.checkAllowed(alice, now.addSecs(3), policy).error().code == ErrorCode::LockedOut);
    now = now.addSecs(4);
    CHECK(s.recordFailure(alice, now, QStringLiteral("wrong_password"), QStringLiteral("ws1"), policy));
    const auto locked = s.checkAllowed(alice, now.addSecs(14 * 60), policy);
    CHECK(locked.error().code == ErrorCode::LockedOut);
    CHECK(locked.error().message.contains(QStringLiteral("minute")));
    CHECK(s.checkAllowed(alice, now.addSecs(15 * 60), policy).ok());
    // Other names are not affected; 5 failures + 1 lockout event wait for the audit trail.
    CHECK(s.checkAllowed(QStringLiteral("bob"), now, policy).ok());
    CHECK(s.pending().size() == 6);
    CHECK(s.pending().back().lockout);
}

TEST_CASE("Failures older than the window do not count", "[login-state]")
{
    SecurityPolicy policy;
    policy.delayFromFailure = 100;
    LoginState s;
    QDateTime now = fd::security::test::kStart;
    for (int i = 0; i < 4; ++i)
        s.recordFailure(QStringLiteral("alice"), now, QStringLiteral("wrong_password"), {}, policy);
    now = now.addSecs(16 * 60);
    CHECK(s.recentFailures(QStringLiteral("alice"), now, policy) == 0);
    CHECK_FALSE(s.recordFailure(QStringLiteral("alice"), now, QStringLiteral("wrong_password"), {}, policy));
}

TEST_CASE("The state file round-trips and a damaged one is audited, not fatal", "[login-state]")
{
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("p.db.state"));
    SecurityPolicy policy;
    LoginState s;
    s.recordFailure(QStringLiteral("alice"), fd::security::test::kStart, QStringLiteral("wrong_password"),
                    QStringLiteral("ws1"), policy);
    REQUIRE(s.save(path).ok());
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    LoginState back = LoginState::load(path, fd::security::test::kStart);
    REQUIRE(back.pending().size() == 1);
    CHECK(back.pending()[0].username == QStringLiteral("alice"));
    CHECK(back.pending()[0].workstation == QStringLiteral("ws1"));
    CHECK(back.recentFailures(QStringLiteral("alice"), fd::security::test::kStart, policy) == 1);

    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"version\":1,\"users\":");
    f.close();
    LoginState damaged = LoginState::load(path, fd::security::test::kStart);
    REQUIRE(damaged.pending().size() == 1);
    CHECK(damaged.pending()[0].reason == QStringLiteral("state_damaged"));
}
