// frontdeskctl acks import, claims rejections|resolve|status-request, end to end on a real
// practice file: a batch exported, then a 999, a 277CA and a 277 answer imported.
#include "billing_cli_practice.h"
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include "app/common/cores.h"
#include "patients/core/patients.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/practice_session.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::need;
using fd::test::runCli;
using fd::test::withPracticeServices;
using namespace fd;

namespace {

const QString kPassword = QStringLiteral("acks cli password 9");
const QString kNpi = fd::test::kBillingCliNpi;

QProcessEnvironment env()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return e;
}

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    return runCli(args + QStringList{QStringLiteral("--db"), db}, env());
}

using Practice = fd::test::BillingCliPractice;

Practice makePractice(fd::test::TempDir& dir, const QString& db)
{
    return fd::test::makeBillingCliPractice(dir, db, kPassword, QStringLiteral("Acks Test Clinic"),
                                            "Acktest,Cora,1984-04-04,F,7 Oak St,Albany,NY,12207\n");
}

QByteArray isa(int isa13)
{
    return "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*FRONTDESK      *250308*1200*^*00501*" +
           QByteArray::number(isa13).rightJustified(9, '0') + "*0*T*:~\n";
}

// One transaction set in its group and interchange, with the counts right.
QByteArray inbound(int isa13, const QByteArray& gs01, const QByteArray& set, const QByteArray& version,
                   const QList<QByteArray>& body)
{
    QByteArray out = isa(isa13) + "GS*" + gs01 + "*CLEARINGHOUSE*FRONTDESK*20250308*1200*" +
                     QByteArray::number(isa13) + "*X*" + version + "~\nST*" + set + "*0001*" + version + "~\n";
    for (const QByteArray& s : body)
        out += s + "~\n";
    return out + "SE*" + QByteArray::number(body.size() + 2) + "*0001~\nGE*1*" + QByteArray::number(isa13) +
           "~\nIEA*1*" + QByteArray::number(isa13).rightJustified(9, '0') + "~\n";
}

QString save(fd::test::TempDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

// Charges for one visit `daysAgo`, built into a claim, made ready and exported; the claim number.
QString sendOneClaim(fd::test::TempDir& dir, const QString& db, const Practice& practice, int daysAgo)
{
    const QString day = QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
    auto added = cli({QStringLiteral("charges"), QStringLiteral("add"), QStringLiteral("--patient"), practice.account,
                      QStringLiteral("--lines"), QStringLiteral("99213@1"), QStringLiteral("--dx"),
                      QStringLiteral("J06.9"), QStringLiteral("--date"), day, QStringLiteral("--provider"), kNpi,
                      QStringLiteral("--location"), practice.locationId},
                     db);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    auto built = cli({QStringLiteral("claims"), QStringLiteral("build"), QStringLiteral("--from"), day,
                      QStringLiteral("--to"), day, QStringLiteral("--json")},
                     db);
    REQUIRE(built.exitCode == 0);
    const QJsonArray claims = QJsonDocument::fromJson(built.out).object().value(QStringLiteral("claims")).toArray();
    REQUIRE(claims.size() == 1);
    REQUIRE(cli({QStringLiteral("claims"), QStringLiteral("ready"), QStringLiteral("--all")}, db).exitCode == 0);
    auto exported = cli({QStringLiteral("claims"), QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("837"), QStringLiteral("--out"), dir.file(QStringLiteral("b%1.837").arg(daysAgo))},
                        db);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    return claims.at(0).toObject().value(QStringLiteral("claim_number")).toString();
}

QJsonArray importJson(const QString& file, const QString& db)
{
    auto run = cli({QStringLiteral("acks"), QStringLiteral("import"), file, QStringLiteral("--json")}, db);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out).array();
}

}  // namespace

TEST_CASE("acks import of a 999, a 277CA and a 277; claims status-request; a file imported twice", "[cli][acks]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const Practice practice = makePractice(dir, db);
    const QString number = sendOneClaim(dir, db, practice, 3);  // interchange 1, group 1

    const QString a999 = save(dir, QStringLiteral("a.999"),
                              inbound(900, "FA", "999", "005010X231A1",
                                      {"AK1*HC*1*005010X222A1", "AK2*837*0001*005010X222A1", "IK5*A", "AK9*A*1*1*1"}));
    QJsonArray out = importJson(a999, db);
    REQUIRE(out.size() == 1);
    CHECK(out.at(0)[QStringLiteral("batches")][0][QStringLiteral("status")].toString() == QLatin1String("accepted"));

    const QString ca = save(dir, QStringLiteral("ca.277"),
                            inbound(901, "HN", "277", "005010X214",
                                    {"BHT*0085*08*B1*20250308*1200*TH", "HL*1**20*1", "NM1*PR*2*ACME*****PI*60054",
                                     "TRN*1*1", "DTP*050*D8*20250308", "DTP*009*D8*20250308", "HL*2*1*21*1",
                                     "NM1*41*2*ACKS TEST CLINIC*****46*X1", "TRN*2*B1", "STC*A1:19:PR*20250308*WQ*125",
                                     "HL*3*2*19*1", "NM1*85*2*ACKS TEST CLINIC*****XX*1245319599", "TRN*1*P1",
                                     "STC*A1:19:PR**WQ*125", "HL*4*3*PT", "NM1*QC*1*ACKTEST*CORA****MI*ACM100200",
                                     "TRN*2*" + number.toLatin1(), "STC*A2:20:PR*20250308*WQ*125", "REF*1K*ACME777",
                                     "DTP*472*D8*20250305"}));
    auto imported = cli({QStringLiteral("acks"), QStringLiteral("import"), ca}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("claim %1 submitted -> accepted").arg(number).toUtf8()));
    auto twice = cli({QStringLiteral("acks"), QStringLiteral("import"), ca}, db);
    REQUIRE(twice.exitCode == 0);
    CHECK(twice.out.contains("already imported"));

    const QString request = dir.file(QStringLiteral("status.276"));
    auto asked = cli({QStringLiteral("claims"), QStringLiteral("status-request"), QStringLiteral("--claims"), number,
                      QStringLiteral("--out"), request, QStringLiteral("--json")},
                     db);
    INFO(asked.err.toStdString());
    REQUIRE(asked.exitCode == 0);
    const QString trace = QJsonDocument::fromJson(asked.out)[QStringLiteral("traces")][0].toString();
    CHECK(trace.startsWith(number));
    auto checked = runCli({QStringLiteral("x12"), QStringLiteral("check"), request});
    INFO(checked.out.toStdString());
    CHECK(checked.exitCode == 0);

    const QString answer = save(dir, QStringLiteral("answer.277"),
                                inbound(902, "HN", "277", "005010X212",
                                        {"BHT*0010*08*S1*20250310*0800*DG", "HL*1**20*1", "NM1*PR*2*ACME*****PI*60054",
                                         "HL*2*1*21*1", "NM1*41*2*ACKS TEST CLINIC*****46*X1", "HL*3*2*19*1",
                                         "NM1*1P*2*ACKS TEST CLINIC*****XX*1245319599", "HL*4*3*22*0",
                                         "NM1*IL*1*ACKTEST*CORA****MI*ACM100200", "TRN*2*" + trace.toLatin1(),
                                         "STC*F1:65*20250310**125*100", "DTP*472*D8*20250305"}));
    out = importJson(answer, db);
    CHECK(out.at(0)[QStringLiteral("claims")][0][QStringLiteral("code")].toString() == QLatin1String("F1:65"));

    QByteArray broken = inbound(903, "FA", "999", "005010X231A1", {"AK1*HC*1*005010X222A1", "AK9*A*1*1*1"});
    broken.chop(20);
    auto refused = cli({QStringLiteral("acks"), QStringLiteral("import"), save(dir, QStringLiteral("bad.999"), broken)}, db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("segment"));
}

TEST_CASE("a TA1 rejection reaches the queue; claims rejections and resolve", "[cli][acks]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const Practice practice = makePractice(dir, db);
    const QString number = sendOneClaim(dir, db, practice, 4);  // interchange 1
    const QString ta1 = save(dir, QStringLiteral("x.ta1"), isa(910) + "TA1*000000001*250308*1200*R*022~\nIEA*0*000000910~\n");
    importJson(ta1, db);

    auto queue = cli({QStringLiteral("claims"), QStringLiteral("rejections"), QStringLiteral("--json")}, db);
    REQUIRE(queue.exitCode == 0);
    const QJsonArray rejections = QJsonDocument::fromJson(queue.out).array();
    REQUIRE(rejections.size() == 1);
    CHECK(rejections.at(0)[QStringLiteral("claim_number")].toString() == number);
    CHECK(rejections.at(0)[QStringLiteral("reason")].toString().contains(QStringLiteral("Invalid control structure")));

    CHECK(cli({QStringLiteral("claims"), QStringLiteral("resolve"), number}, db).exitCode == 2);
    auto resolved = cli({QStringLiteral("claims"), QStringLiteral("resolve"), number, QStringLiteral("--note"),
                         QStringLiteral("sent on paper")},
                        db);
    INFO(resolved.err.toStdString());
    REQUIRE(resolved.exitCode == 0);
    auto empty = cli({QStringLiteral("claims"), QStringLiteral("rejections"), QStringLiteral("--json")}, db);
    CHECK(QJsonDocument::fromJson(empty.out).array().isEmpty());
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("resolve"), number, QStringLiteral("--note"), QStringLiteral("x")},
              db)
              .exitCode == 1);
}
