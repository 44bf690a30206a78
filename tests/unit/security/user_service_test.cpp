#include "security/audit_actions.h"
#include "security/practice_session.h"
#include "common/uuid.h"
#include "security/totp.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd;
using namespace fd::security;
using fd::security::test::kAdminPassword;

namespace {
struct Practice
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    QString path = dir.file(QStringLiteral("practice.db"));
    std::unique_ptr<PracticeSession> admin = fd::security::test::createPractice(path);
};
}  // namespace

TEST_CASE("Users: unique lower-case names, roles, removal", "[users]")
{
    Practice p;
    IUserService& users = p.admin->users();
    auto bob = users.add({QStringLiteral("  Bob.Smith "), QStringLiteral("Bob Smith"), Role::Biller, QStringLiteral("bob's password 1")});
    REQUIRE(bob.ok());
    CHECK(bob->username == QStringLiteral("bob.smith"));
    CHECK(isUuid(bob->id));
    CHECK(users.add({QStringLiteral("BOB.SMITH"), QString(), Role::Biller, QStringLiteral("another password")}).error().code ==
          ErrorCode::Conflict);
    CHECK(users.add({QStringLiteral("x"), QString(), Role::Biller, QStringLiteral("another password")}).error().code ==
          ErrorCode::InvalidInput);
    CHECK(users.add({QStringLiteral("dana"), QString(), Role::Biller, QStringLiteral("short")}).error().code ==
          ErrorCode::InvalidInput);
    CHECK(users.add({QStringLiteral("dana"), QString(), Role::Biller, QStringLiteral("Dana")}).error().code ==
          ErrorCode::InvalidInput);
    CHECK(users.find(QStringLiteral("Bob.Smith")).value().id == bob->id);
    CHECK(users.list().value().size() == 2);

    REQUIRE(users.setRole(bob->id, Role::OfficeManager).ok());
    CHECK(users.find(bob->id).value().role == Role::OfficeManager);
    AuditFilter f;
    f.action = audit::kRoleChange;
    const auto changes = p.admin->audit().list(f).value();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].record.details.value(QStringLiteral("prior")).toString() == QStringLiteral("biller"));

    // The last administrator stays.
    const QString adminId = p.admin->user().id;
    CHECK(users.setRole(adminId, Role::FrontDesk).error().code == ErrorCode::Conflict);
    CHECK(users.setActive(adminId, false).error().code == ErrorCode::Conflict);
    CHECK(users.remove(adminId).error().code == ErrorCode::Conflict);

    REQUIRE(users.remove(bob->id).ok());
    CHECK(users.find(bob->id).error().code == ErrorCode::NotFound);
    CHECK(PracticeSession::login(p.path, QStringLiteral("bob.smith"), QStringLiteral("bob's password 1")).error().code ==
          ErrorCode::WrongPassword);
}

TEST_CASE("An inactive user cannot log in", "[users]")
{
    Practice p;
    auto eve = p.admin->users().add({QStringLiteral("eve"), QString(), Role::FrontDesk, QStringLiteral("eve's password 1")});
    REQUIRE(eve.ok());
    REQUIRE(p.admin->users().setActive(eve->id, false).ok());
    auto denied = PracticeSession::login(p.path, QStringLiteral("eve"), QStringLiteral("eve's password 1"));
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    REQUIRE(p.admin->users().setActive(eve->id, true).ok());
    CHECK(PracticeSession::login(p.path, QStringLiteral("eve"), QStringLiteral("eve's password 1")).ok());
}

TEST_CASE("Own password change checks the old one and the last five", "[users]")
{
    Practice p;
    IUserService& users = p.admin->users();
    const QString me = p.admin->user().id;
    CHECK(users.changePassword(me, QStringLiteral("not my password"), QStringLiteral("new password 0001")).error().code ==
          ErrorCode::WrongPassword);
    CHECK(users.changePassword(me, kAdminPassword, kAdminPassword).error().code == ErrorCode::InvalidInput);
    QString current = kAdminPassword;
    for (int i = 1; i <= 5; ++i) {
        const QString next = QStringLiteral("new password %1").arg(i, 4, 10, QLatin1Char('0'));
        REQUIRE(users.changePassword(me, current, next).ok());
        current = next;
    }
    // Five newer ones later, the first password may come back; the second may not yet.
    CHECK(users.changePassword(me, current, QStringLiteral("new password 0002")).error().code == ErrorCode::InvalidInput);
    REQUIRE(users.changePassword(me, current, kAdminPassword).ok());
    AuditFilter f;
    f.action = audit::kPasswordChange;
    const auto entries = p.admin->audit().list(f).value();
    CHECK(entries.size() == 7);  // 6 changes + 1 failure
    REQUIRE(p.admin->logout().ok());
    CHECK(PracticeSession::login(p.path, QStringLiteral("admin"), kAdminPassword).ok());
    CHECK_FALSE(PracticeSession::login(p.path, QStringLiteral("admin"), QStringLiteral("new password 0005")).ok());
}

TEST_CASE("Only the user changes their own password; an administrator resets it", "[users]")
{
    Practice p;
    auto bob = p.admin->users().add({QStringLiteral("bob"), QString(), Role::Biller, QStringLiteral("bob's password 1")});
    REQUIRE(bob.ok());
    CHECK(p.admin->users().changePassword(bob->id, QStringLiteral("bob's password 1"), QStringLiteral("bob's password 2"))
              .error()
              .code == ErrorCode::PermissionDenied);
    REQUIRE(p.admin->users().resetPassword(bob->id, QStringLiteral("bob's password 2")).ok());
    CHECK_FALSE(PracticeSession::login(p.path, QStringLiteral("bob"), QStringLiteral("bob's password 1")).ok());
    auto session = PracticeSession::login(p.path, QStringLiteral("bob"), QStringLiteral("bob's password 2"));
    REQUIRE(session.ok());
    CHECK(session.value()->users().resetPassword(p.admin->user().id, QStringLiteral("hijacked password")).error().code ==
          ErrorCode::PermissionDenied);
}

TEST_CASE("TOTP: enrollment, a required code at login, no replay", "[users][totp]")
{
    Practice p;
    const QString me = p.admin->user().id;
    auto enrollment = p.admin->users().beginTotpEnrollment(me);
    REQUIRE(enrollment.ok());
    CHECK(enrollment->otpauthUri.startsWith(QStringLiteral("otpauth://totp/Frontdesk:admin?secret=")));
    const QByteArray secret = Totp::fromBase32(enrollment->secretBase32).value();
    CHECK(p.admin->users().confirmTotpEnrollment(me, QStringLiteral("000000")).error().code == ErrorCode::InvalidInput);
    REQUIRE(p.admin->users().confirmTotpEnrollment(me, Totp::code(secret, p.policy.clock().nowUtc())).ok());
    CHECK(p.admin->user().totpEnabled);
    REQUIRE(p.admin->logout().ok());

    p.policy.clock().advanceSecs(60);
    auto noCode = PracticeSession::login(p.path, QStringLiteral("admin"), kAdminPassword);
    CHECK(noCode.error().code == ErrorCode::SecondFactorRequired);
    auto wrongCode = PracticeSession::login(p.path, QStringLiteral("admin"), kAdminPassword, QStringLiteral("123456"));
    CHECK(wrongCode.error().code == ErrorCode::WrongPassword);
    const QString code = Totp::code(secret, p.policy.clock().nowUtc());
    auto ok = PracticeSession::login(p.path, QStringLiteral("admin"), kAdminPassword, code);
    REQUIRE(ok.ok());
    AuditFilter failed;
    failed.action = audit::kLoginFailed;
    const auto failures = ok.value()->audit().list(failed).value();
    REQUIRE(failures.size() == 1);
    CHECK(failures[0].record.details.value(QStringLiteral("reason")).toString() == QStringLiteral("wrong_second_factor"));
    REQUIRE(ok.value()->logout().ok());
    // The same code a second time within its step is refused.
    CHECK(PracticeSession::login(p.path, QStringLiteral("admin"), kAdminPassword, code).error().code == ErrorCode::WrongPassword);

    p.policy.clock().advanceSecs(30);
    auto again = PracticeSession::login(p.path, QStringLiteral("admin"), kAdminPassword, Totp::code(secret, p.policy.clock().nowUtc()));
    REQUIRE(again.ok());
    REQUIRE(again.value()->users().disableTotp(again.value()->user().id).ok());
    REQUIRE(again.value()->logout().ok());
    CHECK(PracticeSession::login(p.path, QStringLiteral("admin"), kAdminPassword).ok());
}

TEST_CASE("Automation users are part of the model", "[users]")
{
    Practice p;
    NewUser job{QStringLiteral("nightly-jobs"), QStringLiteral("Overnight jobs"), Role::OfficeManager,
                QStringLiteral("long random credential"), true};
    auto added = p.admin->users().add(job);
    REQUIRE(added.ok());
    CHECK(added->automation);
    auto session = PracticeSession::login(p.path, QStringLiteral("nightly-jobs"), QStringLiteral("long random credential"));
    REQUIRE(session.ok());
    CHECK(session.value()->user().automation);
    CHECK(session.value()->access().breakGlass(QStringLiteral("patient-1"), QStringLiteral("an emergency reason")).error().code ==
          ErrorCode::PermissionDenied);
}
