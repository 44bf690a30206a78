// frontdeskctl acks set-aside | take-back | fetched against Debian's sshd on loopback (ctest
// label "sftp"): a fetched file that keeps failing to import is set aside, later fetches skip
// it (exit 0), the listing shows why, who and when, and taking it back brings it back.
#include "billing_cli_practice.h"
#include "cli_practice.h"
#include "cli_runner.h"
#include "sshd_test_server.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::runCli;

namespace {

const QString kPassword = QStringLiteral("set aside cli password 4");

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return runCli(args + QStringList{QStringLiteral("--db"), db}, e);
}

void save(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
}

// A 999 cut before its SE: it can never be imported.
QByteArray broken999()
{
    return "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*FRONTDESK      "
           "*250308*1200*^*00501*000000901*0*T*:~\n"
           "GS*FA*CLEARINGHOUSE*FRONTDESK*20250308*1200*901*X*005010X231A1~\nST*999*0001*"
           "005010X231A1~\n"
           "AK1*HC*1*005010X222A1~\n";
}

}  // namespace

TEST_CASE("acks set-aside skips a failing fetched file until acks take-back",
          "[cli][sftp][set_aside]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    fd::test::makeBillingCliPractice(dir, db, kPassword, QStringLiteral("Aside Test Clinic"),
                                     "Asidetest,Nora,1984-04-04,F,4 Oak St,Albany,NY,12207\n");
    fd::test::SshdTestServer sshd;
    QString error;
    INFO(error.toStdString());
    REQUIRE(sshd.start(&error));
    const QString key = dir.file(QStringLiteral("client.key"));
    save(key, sshd.authorizedKey());
    auto set = cli({QStringLiteral("clearinghouse"), QStringLiteral("set"),
                    QStringLiteral("--mode"),        QStringLiteral("sftp"),
                    QStringLiteral("--host"),        QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"),        QString::number(sshd.port()),
                    QStringLiteral("--user"),        sshd.user(),
                    QStringLiteral("--auth"),        QStringLiteral("key"),
                    QStringLiteral("--key-file"),    key,
                    QStringLiteral("--host-key"),    sshd.hostKeyFingerprint(),
                    QStringLiteral("--upload-dir"),  sshd.uploadDir(),
                    QStringLiteral("--ack-dir"),     sshd.ackDir(),
                    QStringLiteral("--receiver"),    QStringLiteral("CLEARINGHOUSE")},
                   db);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    save(QDir(sshd.ackDir()).filePath(QStringLiteral("b.999")), broken999());

    auto failing =
        cli({QStringLiteral("acks"), QStringLiteral("import"), QStringLiteral("--fetch")}, db);
    INFO(failing.out.toStdString() + failing.err.toStdString());
    CHECK(failing.exitCode == 3);
    CHECK(failing.err.contains("b.999: not imported"));

    // Bad input changes nothing.
    CHECK(cli({QStringLiteral("acks"), QStringLiteral("set-aside"), QStringLiteral("b.999")}, db)
              .exitCode == 2);
    auto never = cli({QStringLiteral("acks"), QStringLiteral("set-aside"),
                      QStringLiteral("never.999"), QStringLiteral("--reason"), QStringLiteral("x")},
                     db);
    CHECK(never.exitCode == 1);
    CHECK(never.err.contains("never.999"));
    auto notAside =
        cli({QStringLiteral("acks"), QStringLiteral("take-back"), QStringLiteral("b.999")}, db);
    CHECK(notAside.exitCode == 1);
    CHECK(notAside.err.contains("not set aside"));

    auto aside = cli(
        {QStringLiteral("acks"), QStringLiteral("set-aside"), QStringLiteral("b.999"),
         QStringLiteral("--reason"), QStringLiteral("truncated at the clearinghouse; ticket 4411")},
        db);
    INFO(aside.err.toStdString());
    REQUIRE(aside.exitCode == 0);
    CHECK(aside.out.contains("b.999 is set aside"));

    // Later fetches skip it: nothing is reported, the exit status is 0.
    auto quiet =
        cli({QStringLiteral("acks"), QStringLiteral("import"), QStringLiteral("--fetch")}, db);
    INFO(quiet.out.toStdString() + quiet.err.toStdString());
    CHECK(quiet.exitCode == 0);
    CHECK_FALSE(quiet.err.contains("b.999"));

    auto listed = cli({QStringLiteral("acks"), QStringLiteral("fetched")}, db);
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains("b.999"));
    CHECK(listed.out.contains("set aside"));
    CHECK(listed.out.contains("by alice: truncated at the clearinghouse; ticket 4411"));
    auto json =
        cli({QStringLiteral("acks"), QStringLiteral("fetched"), QStringLiteral("--json")}, db);
    REQUIRE(json.exitCode == 0);
    const QJsonArray files = QJsonDocument::fromJson(json.out).array();
    REQUIRE(files.size() == 1);
    const QJsonObject file = files.at(0).toObject();
    CHECK(file[QStringLiteral("state")].toString() == QLatin1String("set_aside"));
    CHECK(file[QStringLiteral("set_aside_by")].toString() == QLatin1String("alice"));
    CHECK_FALSE(file[QStringLiteral("set_aside_at")].toString().isEmpty());
    CHECK(file[QStringLiteral("size")].toInt() == broken999().size());

    auto twice = cli({QStringLiteral("acks"), QStringLiteral("set-aside"), QStringLiteral("b.999"),
                      QStringLiteral("--reason"), QStringLiteral("again")},
                     db);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains("ticket 4411"));

    // Taken back, the next import tries it again and reports it again.
    auto back = cli({QStringLiteral("acks"), QStringLiteral("take-back"), QStringLiteral("b.999"),
                     QStringLiteral("--note"), QStringLiteral("the corrected copy never came")},
                    db);
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    auto again =
        cli({QStringLiteral("acks"), QStringLiteral("import"), QStringLiteral("--fetched")}, db);
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains("b.999: not imported"));
}
