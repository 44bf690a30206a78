// frontdeskctl end to end: exit statuses, messages, and what a wrong password leaves behind.
#include "cli_runner.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::fileDigest;
using fd::test::runCli;

namespace {
const QString kPassword = QStringLiteral("correct horse battery staple");

QProcessEnvironment withPassword(const QString& password = kPassword)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("FRONTDESK_PASSWORD"), password);
    return env;
}

QString makePractice(const fd::test::TempDir& dir)
{
    const QString db = dir.file(QStringLiteral("practice.db"));
    auto r = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                     QStringLiteral("Test Family Medicine"), QStringLiteral("--admin"), QStringLiteral("alice"),
                     QStringLiteral("--npi"), QStringLiteral("1234567893"), QStringLiteral("--json")},
                    withPassword());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto json = QJsonDocument::fromJson(r.out).object();
    REQUIRE(json.value(QStringLiteral("recovery_key")).toString().size() >= 20);
    return db;
}
}  // namespace

TEST_CASE("frontdeskctl reports bad usage with exit 2 and one line", "[cli]")
{
    auto none = runCli({});
    CHECK(none.exitCode == 2);
    auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.trimmed().count('\n') == 0);
    CHECK(unknown.err.contains("unknown command"));
    auto noDb = runCli({QStringLiteral("users"), QStringLiteral("list")});
    CHECK(noDb.exitCode == 2);
    CHECK(noDb.err.contains("--db"));
    auto badOption = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--bogus")});
    CHECK(badOption.exitCode == 2);
    auto json = runCli({QStringLiteral("frobnicate"), QStringLiteral("--json")});
    const auto err = QJsonDocument::fromJson(json.err).object();
    CHECK(err.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("invalid_input"));
}

TEST_CASE("frontdeskctl speaks the language of its environment", "[cli][i18n]")
{
    QProcessEnvironment spanish;
    spanish.insert(QStringLiteral("LANG"), QStringLiteral("es_US.UTF-8"));
    auto r = runCli({QStringLiteral("frobnicate")}, spanish);
    CHECK(r.exitCode == 2);
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("comando desconocido")));
    auto english = runCli({QStringLiteral("frobnicate")});
    CHECK(english.err.contains("unknown command"));
}

TEST_CASE("frontdeskctl --help lists commands and exits 0", "[cli]")
{
    auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("audit verify"));
    CHECK(help.out.contains("demo"));
    auto sub = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--help")});
    CHECK(sub.exitCode == 0);
    CHECK(sub.out.contains("--patient"));
}

TEST_CASE("init creates an encrypted practice that practice show reads back", "[cli]")
{
    fd::test::TempDir dir;
    const QString db = makePractice(dir);
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.read(16).startsWith("SQLite format 3"));
    for (const QString& suffix : {QStringLiteral(".keys"), QStringLiteral(".state"), QStringLiteral(".audit-checkpoints")}) {
        INFO(suffix.toStdString());
        if (QFileInfo::exists(db + suffix))
            CHECK((QFileInfo(db + suffix).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    }
    auto show = runCli({QStringLiteral("practice"), QStringLiteral("show"), QStringLiteral("--db"), db,
                        QStringLiteral("--json")},
                       withPassword());
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    const auto json = QJsonDocument::fromJson(show.out).object();
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("Test Family Medicine"));
    CHECK(json.value(QStringLiteral("npi")).toString() == QStringLiteral("1234567893"));
    CHECK(json.value(QStringLiteral("cipher_version")).toString().startsWith(QLatin1Char('4')));
}

TEST_CASE("a wrong password exits 1 and changes nothing but the state file", "[cli]")
{
    fd::test::TempDir dir;
    const QString db = makePractice(dir);
    const QByteArray dbBefore = fileDigest(db);
    const QByteArray keysBefore = fileDigest(db + QStringLiteral(".keys"));
    auto r = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db},
                    withPassword(QStringLiteral("not the password at all")));
    CHECK(r.exitCode == 1);
    CHECK(r.err.toLower().contains("wrong password"));
    CHECK(r.err.trimmed().count('\n') == 0);
    CHECK(fileDigest(db) == dbBefore);
    CHECK(fileDigest(db + QStringLiteral(".keys")) == keysBefore);
    CHECK(QFileInfo::exists(db + QStringLiteral(".state")));

    // The failed attempt reaches the audit trail at the next successful login.
    auto list = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db,
                        QStringLiteral("--action"), QStringLiteral("login_failed"), QStringLiteral("--json")},
                       withPassword());
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out).array().size() == 1);
}

TEST_CASE("missing password, unreadable password file and missing database exit 1", "[cli]")
{
    fd::test::TempDir dir;
    const QString db = makePractice(dir);
    auto noPassword = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(noPassword.exitCode == 1);
    auto badFile = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db,
                           QStringLiteral("--password-file"), dir.file(QStringLiteral("nope"))});
    CHECK(badFile.exitCode == 1);
    CHECK(badFile.err.contains("nope"));
    auto missing = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"),
                           dir.file(QStringLiteral("other.db"))},
                          withPassword());
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("other.db"))));
}

TEST_CASE("users, audit verify and backup work end to end", "[cli]")
{
    fd::test::TempDir dir;
    const QString db = makePractice(dir);
    QProcessEnvironment env = withPassword();
    env.insert(QStringLiteral("FRONTDESK_NEW_PASSWORD"), QStringLiteral("another long password 42"));
    auto add = runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                       QStringLiteral("biller"), QStringLiteral("--db"), db},
                      env);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    auto list = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                       withPassword());
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out).array().size() == 2);

    // bob is a biller: he may not manage users.
    QProcessEnvironment asBob;
    asBob.insert(QStringLiteral("FRONTDESK_PASSWORD"), QStringLiteral("another long password 42"));
    auto denied = runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                          QStringLiteral("administrator"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("bob")},
                         asBob);
    CHECK(denied.exitCode == 1);

    auto verify = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                         withPassword());
    INFO(verify.err.toStdString());
    REQUIRE(verify.exitCode == 0);
    CHECK(QJsonDocument::fromJson(verify.out).object().value(QStringLiteral("intact")).toBool());

    const QString backup = dir.file(QStringLiteral("backup.db"));
    auto b = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup}, withPassword());
    INFO(b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    CHECK(QFileInfo::exists(backup + QStringLiteral(".keys")));
    QFile f(backup);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.read(16).startsWith("SQLite format 3"));
}

TEST_CASE("demo creates a small practice with one user per role", "[cli]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("demo.db"));
    auto r = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--size"), QStringLiteral("small"),
                     QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")},
                    withPassword());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto json = QJsonDocument::fromJson(r.out).object();
    CHECK(json.value(QStringLiteral("steps")).toArray().size() >= 2);
    auto list = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                       withPassword());
    REQUIRE(list.exitCode == 0);
    CHECK(QJsonDocument::fromJson(list.out).array().size() == 5);
    auto again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}, withPassword());
    CHECK(again.exitCode == 1);
}
