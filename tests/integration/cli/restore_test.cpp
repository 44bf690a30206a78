// frontdeskctl restore, recover and audit export, end to end: what a practice does after a
// damaged disk, a lost password, or an auditor's request.
#include "cli_runner.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using fd::test::fileDigest;
using fd::test::runCli;

namespace {
const QString kPassword = QStringLiteral("restore test password 7");

QProcessEnvironment env(const QString& password = kPassword)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), password);
    return e;
}

struct Practice
{
    QString db;
    QString recoveryKey;
};

Practice makePractice(const fd::test::TempDir& dir)
{
    Practice p;
    p.db = dir.file(QStringLiteral("practice.db"));
    auto r = runCli({QStringLiteral("init"), QStringLiteral("--db"), p.db, QStringLiteral("--practice"),
                     QStringLiteral("Restore Test Clinic"), QStringLiteral("--admin"), QStringLiteral("alice"),
                     QStringLiteral("--json")},
                    env());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    p.recoveryKey = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("recovery_key")).toString();
    REQUIRE_FALSE(p.recoveryKey.isEmpty());
    return p;
}

void addUser(const QString& db, const QString& name, const QString& role, const QString& password)
{
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("FRONTDESK_NEW_PASSWORD"), password);
    auto r = runCli({QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                     QStringLiteral("--db"), db},
                    e);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QStringList usernames(const QString& db, const QProcessEnvironment& e = env())
{
    auto r = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                    e);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList names;
    for (const auto& u : QJsonDocument::fromJson(r.out).array())
        names << u.toObject().value(QStringLiteral("username")).toString();
    return names;
}

QJsonArray auditEntries(const QString& db, const QString& action)
{
    auto r = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--action"),
                     action, QStringLiteral("--json")},
                    env());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).array();
}

// Overwrites 4 KiB in the middle of the file, as a failing disk would.
void damage(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.size() > 3 * 4096);
    f.seek(2 * 4096 + 100);
    f.write(QByteArray(4096, '\x5a'));
}

QStringList leftovers(const fd::test::TempDir& dir, const QString& pattern)
{
    return QDir(dir.path()).entryList({pattern}, QDir::Files);
}
}  // namespace

TEST_CASE("restore brings back a damaged practice from its backup and keeps the damaged files", "[cli][restore]")
{
    fd::test::TempDir dir;
    const Practice p = makePractice(dir);
    addUser(p.db, QStringLiteral("bob"), QStringLiteral("biller"), QStringLiteral("bob's long password 1"));
    const QString backup = dir.file(QStringLiteral("nightly.db"));
    auto b = runCli({QStringLiteral("backup"), QStringLiteral("--db"), p.db, QStringLiteral("--out"), backup}, env());
    INFO(b.err.toStdString());
    REQUIRE(b.exitCode == 0);
    addUser(p.db, QStringLiteral("carol"), QStringLiteral("front_desk"), QStringLiteral("carol's long password 2"));

    damage(p.db);
    auto broken = runCli({QStringLiteral("practice"), QStringLiteral("show"), QStringLiteral("--db"), p.db}, env());
    CHECK(broken.exitCode != 0);
    const QByteArray damagedDigest = fileDigest(p.db);

    // A wrong password for the backup changes nothing at all.
    auto wrong = runCli({QStringLiteral("restore"), QStringLiteral("--db"), p.db, QStringLiteral("--from"), backup},
                        env(QStringLiteral("not the password")));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("Wrong password"));
    CHECK(fileDigest(p.db) == damagedDigest);
    CHECK(leftovers(dir, QStringLiteral("*.restoring*")).isEmpty());
    CHECK(leftovers(dir, QStringLiteral("*before-restore*")).isEmpty());

    // A biller may back up but not restore.
    QProcessEnvironment asBob = env(QStringLiteral("bob's long password 1"));
    auto denied = runCli({QStringLiteral("restore"), QStringLiteral("--db"), p.db, QStringLiteral("--from"), backup,
                          QStringLiteral("--user"), QStringLiteral("bob")},
                         asBob);
    CHECK(denied.exitCode == 1);
    CHECK(fileDigest(p.db) == damagedDigest);

    auto restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), p.db, QStringLiteral("--from"), backup,
                            QStringLiteral("--json")},
                           env());
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    const auto json = QJsonDocument::fromJson(restored.out).object();
    const QJsonArray kept = json.value(QStringLiteral("kept")).toArray();
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(fileDigest(kept.at(0).toString()) == damagedDigest);  // the damaged file is kept, not deleted
    CHECK(leftovers(dir, QStringLiteral("*.restoring*")).isEmpty());

    // The practice is as it was at the backup: bob is there, carol (added later) is not.
    const QStringList names = usernames(p.db);
    CHECK(names.contains(QStringLiteral("bob")));
    CHECK_FALSE(names.contains(QStringLiteral("carol")));
    // The backup itself was not modified.
    auto again = runCli({QStringLiteral("check"), QStringLiteral("--db"), backup}, env());
    CHECK(again.exitCode == 0);

    // The restored trail is intact and records the restore.
    auto verify = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), p.db,
                          QStringLiteral("--json")},
                         env());
    INFO(verify.out.toStdString());
    CHECK(verify.exitCode == 0);
    const QJsonArray restores = auditEntries(p.db, QStringLiteral("restore"));
    REQUIRE(restores.size() == 1);
    CHECK(restores.at(0).toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("nightly.db"));
}

TEST_CASE("restore refuses a damaged backup and leaves the practice untouched", "[cli][restore]")
{
    fd::test::TempDir dir;
    const Practice p = makePractice(dir);
    const QString backup = dir.file(QStringLiteral("bad.db"));
    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), p.db, QStringLiteral("--out"), backup}, env()).exitCode
            == 0);
    damage(backup);
    const QByteArray before = fileDigest(p.db);
    auto r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), p.db, QStringLiteral("--from"), backup}, env());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("bad.db"));
    CHECK(fileDigest(p.db) == before);
    CHECK(leftovers(dir, QStringLiteral("*.restoring*")).isEmpty());
    CHECK(leftovers(dir, QStringLiteral("*before-restore*")).isEmpty());

    auto noKeys = runCli({QStringLiteral("restore"), QStringLiteral("--db"), p.db, QStringLiteral("--from"), backup,
                          QStringLiteral("--keys"), dir.file(QStringLiteral("missing.keys"))},
                         env());
    CHECK(noKeys.exitCode == 1);
    CHECK(noKeys.err.contains("missing.keys"));
    auto usage = runCli({QStringLiteral("restore"), QStringLiteral("--db"), p.db}, env());
    CHECK(usage.exitCode == 2);
}

TEST_CASE("recover sets a new password with the recovery key, even for a locked-out administrator", "[cli][recover]")
{
    fd::test::TempDir dir;
    const Practice p = makePractice(dir);
    // The administrator forgot the password and locked the account trying.
    for (int i = 0; i < 6; ++i)
        runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), p.db},
               env(QStringLiteral("guess number %1").arg(i)));
    auto locked = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), p.db}, env());
    CHECK(locked.exitCode == 1);

    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_RECOVERY_KEY"), QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"));
    e.insert(QStringLiteral("FRONTDESK_NEW_PASSWORD"), QStringLiteral("a brand new password 99"));
    auto wrongKey = runCli({QStringLiteral("recover"), QStringLiteral("--db"), p.db}, e);
    CHECK(wrongKey.exitCode == 1);
    CHECK(wrongKey.err.contains("recovery key"));

    e.insert(QStringLiteral("FRONTDESK_RECOVERY_KEY"), p.recoveryKey);
    auto r = runCli({QStringLiteral("recover"), QStringLiteral("--db"), p.db, QStringLiteral("--json")}, e);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("password_reset")).toString()
          == QStringLiteral("alice"));

    const QProcessEnvironment fresh = env(QStringLiteral("a brand new password 99"));
    CHECK(usernames(p.db, fresh) == QStringList{QStringLiteral("alice")});
    auto old = runCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), p.db}, env());
    CHECK(old.exitCode == 1);
    auto logins = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), p.db,
                          QStringLiteral("--action"), QStringLiteral("password_change"), QStringLiteral("--json")},
                         fresh);
    REQUIRE(logins.exitCode == 0);
    CHECK(QJsonDocument::fromJson(logins.out).array().size() == 1);
}

TEST_CASE("audit export writes CSV and a FHIR Bundle that outside validators accept", "[cli][audit]")
{
    fd::test::TempDir dir;
    const Practice p = makePractice(dir);
    addUser(p.db, QStringLiteral("frank"), QStringLiteral("front_desk"), QStringLiteral("frank's long password 3"));

    const QString csv = dir.file(QStringLiteral("audit.csv"));
    auto c = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), p.db, QStringLiteral("--out"),
                     csv, QStringLiteral("--json")},
                    env());
    INFO(c.err.toStdString());
    REQUIRE(c.exitCode == 0);
    const int rows = QJsonDocument::fromJson(c.out).object().value(QStringLiteral("exported")).toInt();
    CHECK(rows >= 3);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    CHECK(lines.value(0).toLower().contains("action"));
    CHECK(lines.count() >= rows + 1);

    const QString fhir = dir.file(QStringLiteral("audit.json"));
    auto j = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), p.db, QStringLiteral("--out"),
                     fhir, QStringLiteral("--format"), QStringLiteral("fhir")},
                    env());
    INFO(j.err.toStdString());
    REQUIRE(j.exitCode == 0);
    QFile jf(fhir);
    REQUIRE(jf.open(QIODevice::ReadOnly));
    const auto bundle = QJsonDocument::fromJson(jf.readAll()).object();
    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK(bundle.value(QStringLiteral("entry")).toArray().size() >= rows);

    REQUIRE(fd::test::fhirValidatorInstalled());  // installer/dev.sh installs it; never skipped
    QProcess node;
    node.start(QStringLiteral("node"), {fd::test::fhirValidatorScript(), fhir});
    REQUIRE(node.waitForFinished(120000));
    INFO(node.readAllStandardOutput().toStdString() + node.readAllStandardError().toStdString());
    CHECK(node.exitCode() == 0);

    // Both exports are themselves audited; a front desk user may not export.
    CHECK(auditEntries(p.db, QStringLiteral("export")).size() == 2);
    auto denied = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), p.db,
                          QStringLiteral("--out"), dir.file(QStringLiteral("frank.csv")), QStringLiteral("--as"),
                          QStringLiteral("frank")},
                         env(QStringLiteral("frank's long password 3")));
    CHECK(denied.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("frank.csv"))));
    auto badFormat = runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), p.db,
                             QStringLiteral("--out"), csv, QStringLiteral("--format"), QStringLiteral("xml")},
                            env());
    CHECK(badFormat.exitCode == 2);
}
