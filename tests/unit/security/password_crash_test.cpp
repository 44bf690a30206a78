// A password change killed at each step of replacing the keyring (after writing the
// temporary, after fsync, after the rename) leaves a practice that the old or the new
// password opens, never neither. The child is this test binary, re-run on a hidden test.
#include "common/atomic_file.h"
#include "security/practice_session.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QCoreApplication>
#include <QProcess>

#include <csignal>
#include <cstdlib>

using namespace fd;
using namespace fd::security;
using fd::security::test::kAdminPassword;

namespace {
const QString kNewPassword = QStringLiteral("the new password 42");
const char* kDbEnv = "FD_CRASH_TEST_DB";
const char* kStepEnv = "FD_CRASH_TEST_STEP";
}  // namespace

TEST_CASE("crash child: change the password and die at a step", "[.crash-child]")
{
    const QString path = qEnvironmentVariable(kDbEnv);
    const int step = qEnvironmentVariableIntValue(kStepEnv);
    REQUIRE_FALSE(path.isEmpty());
    fd::security::test::TestPolicy policy;
    auto session = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(session.ok());
    AtomicFile::setStepHook([step](AtomicFile::Step s) {
        if (int(s) == step)
            ::raise(SIGKILL);
    });
    const Status changed = session.value()->users().changePassword(session.value()->user().id, kAdminPassword, kNewPassword);
    AtomicFile::setStepHook({});
    const std::string outcome = changed.ok() ? std::string("changed") : changed.error().toString().toStdString();
    INFO(outcome);
    FAIL("the child should have been killed");
}

TEST_CASE("A password change killed mid-way leaves the old or the new password working", "[crash]")
{
    const auto step = GENERATE(AtomicFile::Step::Written, AtomicFile::Step::Synced, AtomicFile::Step::Renamed);
    INFO("killed after step " << int(step));
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    REQUIRE(fd::security::test::createPractice(path)->logout().ok());

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kDbEnv), path);
    env.insert(QString::fromLatin1(kStepEnv), QString::number(int(step)));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[crash-child]")});
    REQUIRE(child.waitForFinished(60000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    auto withOld = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    auto withNew = PracticeSession::login(path, QStringLiteral("admin"), kNewPassword);
    CHECK((withOld.ok() || withNew.ok()));
    CHECK(withOld.ok() != withNew.ok());
    // Before the rename the old keyring is in place; after it, the new one.
    CHECK(withNew.ok() == (step == AtomicFile::Step::Renamed));
    auto session = withOld.ok() ? std::move(withOld.value()) : std::move(withNew.value());
    CHECK(session->audit().verify().value().intact);
}
