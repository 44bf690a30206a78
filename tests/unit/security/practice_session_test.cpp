#include "security/audit_actions.h"
#include "security/keyring.h"
#include "security/practice_session.h"
#include "security/session_opener.h"
#include "storage/database.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace fd;
using namespace fd::security;
using fd::security::test::kAdminPassword;

namespace {
qint64 countAction(PracticeSession& s, const QString& action)
{
    AuditFilter f;
    f.action = action;
    return s.audit().count(f).value();
}

bool privateFile(const QString& path)
{
    return (QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0;
}
}  // namespace

TEST_CASE("Create and log in with the production Argon2id cost", "[session][real-kdf]")
{
    fd::security::test::TestPolicy policy(true);
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    QString recovery;
    {
        auto session = fd::security::test::createPractice(path, &recovery);
        CHECK(session->user().username == QStringLiteral("admin"));
        CHECK(session->user().role == Role::Administrator);
        REQUIRE(session->logout().ok());
    }
    const PracticeFiles files(path);
    for (const QString& f : {files.database, files.keyring(), files.state(), files.checkpoints()}) {
        INFO(f.toStdString());
        CHECK(QFile::exists(f));
        CHECK(privateFile(f));
    }
    CHECK(fd::security::test::fileBytes(files.keyring()).contains("\"m\": 65536"));
    CHECK_FALSE(fd::security::test::fileBytes(files.database).startsWith("SQLite format 3"));

    auto wrong = PracticeSession::login(path, QStringLiteral("admin"), QStringLiteral("not the password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::WrongPassword);
    CHECK(wrong.error().message.contains(QStringLiteral("wrong password"), Qt::CaseInsensitive));

    auto session = PracticeSession::login(path, QStringLiteral("Admin"), kAdminPassword);
    REQUIRE(session.ok());
    CHECK(countAction(*session.value(), audit::kLoginFailed) == 1);
    REQUIRE(session.value()->logout().ok());

    auto recovered = PracticeSession::recover(path, recovery);
    REQUIRE(recovered.ok());
    CHECK(recovered.value()->user().username == QStringLiteral("admin"));
}

TEST_CASE("A wrong password changes nothing but the state file", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    fd::security::test::createPractice(path)->logout().ok();
    const PracticeFiles files(path);
    const QByteArray db = fd::security::test::fileBytes(files.database);
    const QByteArray keys = fd::security::test::fileBytes(files.keyring());
    const QByteArray checkpoints = fd::security::test::fileBytes(files.checkpoints());
    const QByteArray state = fd::security::test::fileBytes(files.state());

    auto wrong = PracticeSession::login(path, QStringLiteral("admin"), QStringLiteral("definitely wrong"));
    CHECK(wrong.error().code == ErrorCode::WrongPassword);
    auto unknown = PracticeSession::login(path, QStringLiteral("nobody"), kAdminPassword);
    CHECK(unknown.error().code == ErrorCode::WrongPassword);
    CHECK(unknown.error().message == wrong.error().message);  // no hint which one was wrong

    CHECK(fd::security::test::fileBytes(files.database) == db);
    CHECK(fd::security::test::fileBytes(files.keyring()) == keys);
    CHECK(fd::security::test::fileBytes(files.checkpoints()) == checkpoints);
    CHECK(fd::security::test::fileBytes(files.state()) != state);
}

TEST_CASE("Failed logins lock out, and reach the audit trail at the next login", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    fd::security::test::createPractice(path)->logout().ok();

    for (int i = 0; i < 4; ++i) {
        CHECK(PracticeSession::login(path, QStringLiteral("admin"), QStringLiteral("wrong wrong wrong")).error().code ==
              ErrorCode::WrongPassword);
        policy.clock().advanceSecs(60);  // past the growing delay
    }
    CHECK(PracticeSession::login(path, QStringLiteral("admin"), QStringLiteral("wrong wrong wrong")).error().code ==
          ErrorCode::LockedOut);
    // Even the right password waits out the lockout.
    auto locked = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    CHECK(locked.error().code == ErrorCode::LockedOut);
    policy.clock().advanceSecs(15 * 60);
    auto session = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(session.ok());
    CHECK(countAction(*session.value(), audit::kLoginFailed) == 5);
    CHECK(countAction(*session.value(), audit::kLockout) == 1);
    AuditFilter f;
    f.action = audit::kLoginFailed;
    const auto entries = session.value()->audit().list(f).value();
    REQUIRE(entries.size() == 5);
    CHECK(entries[0].username == QStringLiteral("admin"));
    CHECK(entries[0].record.outcome == QStringLiteral("failure"));
    CHECK(entries[0].record.details.value(QStringLiteral("reason")).toString() == QStringLiteral("wrong_password"));
    CHECK(entries[0].record.details.contains(QStringLiteral("attemptedAt")));
    REQUIRE(session.value()->logout().ok());

    // Copied once: the state file was cleared.
    auto again = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(again.ok());
    CHECK(countAction(*again.value(), audit::kLoginFailed) == 5);
}

TEST_CASE("A missing keyring or a damaged database gives a clear error", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    fd::security::test::createPractice(path)->logout().ok();
    const PracticeFiles files(path);

    CHECK(PracticeSession::login(dir.file(QStringLiteral("none.db")), QStringLiteral("admin"), kAdminPassword).error().code ==
          ErrorCode::NotFound);

    REQUIRE(QFile::rename(files.keyring(), files.keyring() + QStringLiteral(".moved")));
    auto noKeys = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(noKeys.ok());
    CHECK((noKeys.error().code == ErrorCode::NotFound || noKeys.error().code == ErrorCode::Corrupt));
    CHECK(noKeys.error().message.contains(QStringLiteral("practice.db.keys")));
    CHECK(noKeys.error().message.contains(QStringLiteral("recovery")));
    REQUIRE(QFile::rename(files.keyring() + QStringLiteral(".moved"), files.keyring()));

    // Flip one byte in the middle of the database file.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 offset = f.size() / 2;
    f.seek(offset);
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    f.putChar(char(c ^ 0x5a));
    f.close();
    auto damaged = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == ErrorCode::Corrupt);
}

TEST_CASE("Lock keeps the database open; unlock needs the password; logout ends the services", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto session = fd::security::test::createPractice(path);
    ServiceRegistry registry;
    session->registerServices(registry);
    REQUIRE(registry.has<IAuditTrail>());
    REQUIRE(registry.has<storage::Database>());

    REQUIRE(session->lock().ok());
    CHECK(session->isLocked());
    CHECK(session->audit().count({}).ok());  // background work goes on
    CHECK(session->unlock(QStringLiteral("wrong password!")).error().code == ErrorCode::WrongPassword);
    CHECK(session->isLocked());
    REQUIRE(session->unlock(kAdminPassword).ok());
    CHECK_FALSE(session->isLocked());
    CHECK(countAction(*session, audit::kLock) == 1);
    AuditFilter unlocks;
    unlocks.action = audit::kUnlock;
    const auto entries = session->audit().list(unlocks).value();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].record.outcome == QStringLiteral("success"));
    CHECK(entries[1].record.outcome == QStringLiteral("failure"));

    const QByteArray before = fd::security::test::fileBytes(PracticeFiles(path).checkpoints());
    REQUIRE(session->logout().ok());
    const QByteArray after = fd::security::test::fileBytes(PracticeFiles(path).checkpoints());
    CHECK(after.size() > before.size());
    CHECK(after.startsWith(before));  // appended only
    CHECK_FALSE(registry.has<IAuditTrail>());
    CHECK_FALSE(registry.has<storage::Database>());
    CHECK(session->audit().count({}).error().code == ErrorCode::Unavailable);
    CHECK(session->users().list().error().code == ErrorCode::Unavailable);
}

TEST_CASE("Recovery opens as the first administrator and is audited", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    QString recovery;
    fd::security::test::createPractice(path, &recovery)->logout().ok();
    CHECK(PracticeSession::recover(path, QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")).error().code ==
          ErrorCode::WrongPassword);
    auto s = PracticeSession::recover(path, recovery.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
    REQUIRE(s.ok());
    CHECK(s.value()->user().username == QStringLiteral("admin"));
    AuditFilter f;
    f.action = audit::kLogin;
    const auto logins = s.value()->audit().list(f).value();
    REQUIRE_FALSE(logins.empty());
    CHECK(logins[0].record.details.value(QStringLiteral("recovery")).toBool());
    // The failed recovery attempt was copied in as well.
    CHECK(countAction(*s.value(), audit::kLoginFailed) == 1);
    // An administrator resets the lost password from the recovery session.
    REQUIRE(s.value()->users().resetPassword(s.value()->user().id, QStringLiteral("a brand new password")).ok());
    REQUIRE(s.value()->logout().ok());
    CHECK(PracticeSession::login(path, QStringLiteral("admin"), QStringLiteral("a brand new password")).ok());
}

TEST_CASE("Creating over an existing practice is refused", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    fd::security::test::createPractice(path)->logout().ok();
    auto again = PracticeSession::create(path, {QStringLiteral("admin"), QString(), kAdminPassword});
    CHECK(again.error().code == ErrorCode::Conflict);
    auto weak = PracticeSession::create(dir.file(QStringLiteral("other.db")), {QStringLiteral("admin"), QString(), QStringLiteral("short")});
    CHECK(weak.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("other.db"))));
}

TEST_CASE("Rekey re-encrypts, re-wraps for every user and retires old wraps", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    const PracticeFiles files(path);
    auto admin = fd::security::test::createPractice(path);
    REQUIRE(admin->users().add({QStringLiteral("bob"), QStringLiteral("Bob"), Role::Biller, QStringLiteral("bob's password 1")}).ok());
    auto carol = admin->users().add({QStringLiteral("carol"), QStringLiteral("Carol"), Role::FrontDesk, QStringLiteral("carol password 1")});
    REQUIRE(carol.ok());
    // Carol leaves and keeps a copy of the keyring with her wrap.
    const QByteArray carolsCopy = fd::security::test::fileBytes(files.keyring());
    REQUIRE(admin->users().remove(carol->id).ok());
    CHECK(PracticeSession::login(path, QStringLiteral("carol"), QStringLiteral("carol password 1")).error().code ==
          ErrorCode::WrongPassword);

    auto newRecovery = admin->rekey();
    REQUIRE(newRecovery.ok());
    CHECK(countAction(*admin, audit::kRekey) == 1);
    CHECK_FALSE(QFile::exists(SessionOpener::pendingKeyringPath(files)));
    REQUIRE(admin->logout().ok());

    // The old key from carol's copy no longer opens the file.
    auto old = Keyring::parse(carolsCopy, files.keyring());
    REQUIRE(old.ok());
    auto oldKey = old->openWithPassword(QStringLiteral("carol"), QStringLiteral("carol password 1"));
    REQUIRE(oldKey.ok());
    CHECK_FALSE(storage::Database::open(path, oldKey.value()).ok());

    CHECK(PracticeSession::login(path, QStringLiteral("bob"), QStringLiteral("bob's password 1")).ok());
    CHECK(PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword).ok());
    CHECK(PracticeSession::recover(path, newRecovery.value()).ok());
}

TEST_CASE("A rekey interrupted before the keyring was replaced completes at the next login", "[session]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    const PracticeFiles files(path);
    auto admin = fd::security::test::createPractice(path);
    const QByteArray oldKeyring = fd::security::test::fileBytes(files.keyring());
    REQUIRE(admin->rekey().ok());
    REQUIRE(admin->logout().ok());
    // Simulate the crash: the new keyring only as the pending file, the old one in place.
    QFile::rename(files.keyring(), SessionOpener::pendingKeyringPath(files));
    QFile old(files.keyring());
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write(oldKeyring);
    old.close();

    auto s = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(s.ok());
    CHECK_FALSE(QFile::exists(SessionOpener::pendingKeyringPath(files)));
    CHECK(fd::security::test::fileBytes(files.keyring()) != oldKeyring);
}
