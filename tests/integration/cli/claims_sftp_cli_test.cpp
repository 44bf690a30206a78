// frontdeskctl claims submit | batches | batch-settle and acks import --fetch against Debian's
// sshd on loopback (ctest label "sftp"): a batch left "sending" by a connection cut right
// after the rename, settled; acknowledgments fetched from the server and imported once.
#include "billing_cli_practice.h"
#include "cli_practice.h"
#include "cli_runner.h"
#include "sshd_test_server.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::runCli;

namespace {

const QString kPassword = QStringLiteral("sftp cli password 7");

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return runCli(args + QStringList{QStringLiteral("--db"), db}, e);
}

QString save(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
    return path;
}

QByteArray inbound(int isa13, const QByteArray& gs01, const QByteArray& set, const QByteArray& version,
                   const QList<QByteArray>& body)
{
    QByteArray out = "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*FRONTDESK      *250308*1200*^*00501*" +
                     QByteArray::number(isa13).rightJustified(9, '0') + "*0*T*:~\nGS*" + gs01 +
                     "*CLEARINGHOUSE*FRONTDESK*20250308*1200*" + QByteArray::number(isa13) + "*X*" + version +
                     "~\nST*" + set + "*0001*" + version + "~\n";
    for (const QByteArray& s : body)
        out += s + "~\n";
    return out + "SE*" + QByteArray::number(body.size() + 2) + "*0001~\nGE*1*" + QByteArray::number(isa13) +
           "~\nIEA*1*" + QByteArray::number(isa13).rightJustified(9, '0') + "~\n";
}

// A ready claim for one visit three days ago; its claim number.
QString readyClaim(const QString& db, const fd::test::BillingCliPractice& practice)
{
    return fd::test::readyOneClaim(cli, db, practice, 3);
}

}  // namespace

TEST_CASE("claims batch-settle after a cut right after the rename, then acks import --fetch", "[cli][sftp]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const auto practice = fd::test::makeBillingCliPractice(dir, db, kPassword, QStringLiteral("Sftp Test Clinic"),
                                                           "Sftptest,Dora,1986-06-06,F,9 Elm St,Albany,NY,12207\n");
    fd::test::SshdTestServer sshd;
    QString error;
    INFO(error.toStdString());
    REQUIRE(sshd.start(&error));
    fd::test::CuttingProxy proxy(sshd.port());
    REQUIRE(proxy.start(&error));
    const QString key = save(dir.file(QStringLiteral("client.key")), sshd.authorizedKey());
    auto set = cli({QStringLiteral("clearinghouse"), QStringLiteral("set"), QStringLiteral("--mode"),
                    QStringLiteral("sftp"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QString::number(proxy.port()), QStringLiteral("--user"), sshd.user(),
                    QStringLiteral("--auth"), QStringLiteral("key"), QStringLiteral("--key-file"), key,
                    QStringLiteral("--host-key"), sshd.hostKeyFingerprint(), QStringLiteral("--upload-dir"),
                    sshd.uploadDir(), QStringLiteral("--ack-dir"), sshd.ackDir(), QStringLiteral("--receiver"),
                    QStringLiteral("CLEARINGHOUSE"), QStringLiteral("--connect-timeout"), QStringLiteral("10"),
                    QStringLiteral("--transfer-timeout"), QStringLiteral("20")},
                   db);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QString number = readyClaim(db, practice);

    // The proxy drops the connection instead of relaying the answer to the rename.
    const QString file = QDir(sshd.uploadDir()).filePath(QStringLiteral("FD837-000000001.x12"));
    proxy.setCutOnAnswerWhen([file] { return QFileInfo::exists(file); });
    auto submitted = cli({QStringLiteral("claims"), QStringLiteral("submit")}, db);
    proxy.setCutOnAnswerWhen({});
    INFO(submitted.err.toStdString());
    CHECK(submitted.exitCode == 1);
    REQUIRE(proxy.cut());
    REQUIRE(QFileInfo(file).size() > 0);
    auto listed = cli({QStringLiteral("claims"), QStringLiteral("batches")}, db);
    CHECK(listed.out.contains("sending for 0 min"));

    // The file is there with the right size: "failed" is refused, "uploaded" goes through.
    auto wrong = cli({QStringLiteral("claims"), QStringLiteral("batch-settle"), QStringLiteral("1"),
                      QStringLiteral("--failed"), QStringLiteral("--reason"), QStringLiteral("no answer"),
                      QStringLiteral("--check")},
                     db);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.contains("the right size"));
    CHECK(wrong.err.contains("--uploaded"));
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("batch-settle"), QStringLiteral("1"),
               QStringLiteral("--uploaded")},
              db)
              .exitCode == 2);  // no reason
    auto settled = cli({QStringLiteral("claims"), QStringLiteral("batch-settle"), QStringLiteral("000000001"),
                        QStringLiteral("--uploaded"), QStringLiteral("--reason"),
                        QStringLiteral("the portal lists the file"), QStringLiteral("--check")},
                       db);
    INFO(settled.err.toStdString());
    REQUIRE(settled.exitCode == 0);
    CHECK(settled.out.contains("1 claim(s) are submitted"));
    auto again = cli({QStringLiteral("claims"), QStringLiteral("batch-settle"), QStringLiteral("1"),
                      QStringLiteral("--failed"), QStringLiteral("--reason"), QStringLiteral("x")},
                     db);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("\"uploaded\""));
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("submit")}, db).exitCode != 0);  // nothing ready
    CHECK(QDir(sshd.uploadDir()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    // The clearinghouse answers: a 999 for group 1, a 277CA accepting the claim, a bad file.
    save(QDir(sshd.ackDir()).filePath(QStringLiteral("a.999")),
         inbound(900, "FA", "999", "005010X231A1",
                 {"AK1*HC*1*005010X222A1", "AK2*837*0001*005010X222A1", "IK5*A", "AK9*A*1*1*1"}));
    QByteArray broken = inbound(901, "FA", "999", "005010X231A1", {"AK1*HC*1*005010X222A1", "AK9*A*1*1*1"});
    broken.chop(20);
    save(QDir(sshd.ackDir()).filePath(QStringLiteral("b.999")), broken);
    save(QDir(sshd.ackDir()).filePath(QStringLiteral("c.277")),
         inbound(902, "HN", "277", "005010X214",
                 {"BHT*0085*08*B1*20250308*1200*TH", "HL*1**20*1", "NM1*PR*2*ACME*****PI*60054", "TRN*1*1",
                  "DTP*050*D8*20250308", "DTP*009*D8*20250308", "HL*2*1*21*1", "NM1*41*2*SFTP TEST CLINIC*****46*X1",
                  "TRN*2*B1", "STC*A1:19:PR*20250308*WQ*125", "HL*3*2*19*1",
                  "NM1*85*2*SFTP TEST CLINIC*****XX*1245319599", "TRN*1*P1", "STC*A1:19:PR**WQ*125", "HL*4*3*PT",
                  "NM1*QC*1*SFTPTEST*DORA****MI*ACM100200", "TRN*2*" + number.toLatin1(),
                  "STC*A2:20:PR*20250308*WQ*125", "DTP*472*D8*20250305"}));
    auto fetched = cli({QStringLiteral("acks"), QStringLiteral("import"), QStringLiteral("--fetch")}, db);
    INFO(fetched.out.toStdString() + fetched.err.toStdString());
    CHECK(fetched.exitCode == 3);
    CHECK(fetched.out.contains("Fetched 3 new"));
    CHECK(fetched.out.contains(QStringLiteral("claim %1 submitted -> accepted").arg(number).toUtf8()));
    CHECK(fetched.out.contains("a.999: batch 1"));
    CHECK(fetched.err.contains("b.999: not imported"));
    CHECK(fetched.err.contains("segment"));

    // Once: a second run fetches nothing new, applies nothing, and reports the bad file again.
    auto second = cli({QStringLiteral("acks"), QStringLiteral("import"), QStringLiteral("--fetch"),
                       QStringLiteral("--json")},
                      db);
    CHECK(second.exitCode == 3);
    const QJsonArray results = QJsonDocument::fromJson(second.out).array();
    REQUIRE(results.size() == 1);
    CHECK(results.at(0)[QStringLiteral("file")].toString() == QLatin1String("b.999"));
    CHECK_FALSE(results.at(0)[QStringLiteral("error")].toString().isEmpty());
}
