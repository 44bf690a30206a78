// frontdeskctl claims status-request --realtime end to end: a real practice file, the endpoint
// set by `eligibility endpoint`, and core_endpoint_server.py on loopback answering with a 277.
#include "billing_cli_practice.h"
#include "cli_practice.h"
#include "cli_runner.h"
#include "core_endpoint_test_server.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::runCli;
using namespace fd::billing::test;

namespace {

const QString kPassword = QStringLiteral("status cli password 4");

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return runCli(args + QStringList{QStringLiteral("--db"), db}, e);
}

// One 99213 visit built into a claim, made ready and exported; the claim number.
QString sendOneClaim(fd::test::TempDir& dir, const QString& db, const fd::test::BillingCliPractice& practice)
{
    return fd::test::readyOneClaim(cli, db, practice, 3, QStringLiteral("99213@1"), QStringLiteral("J06.9"),
                                   dir.file(QStringLiteral("b.837")));
}

// The visit's day (sendOneClaim's, three days ago), as DTP*472 gives it.
QByteArray visitDay()
{
    return QDate::currentDate().addDays(-3).toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

// A 277 (X212) echoing the 276's trace, with the claim paid and its one line in a 2220D.
QByteArray answer277()
{
    QByteArray out = "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*FRONTDESK      *250308*1200*^*00501*"
                     "000000970*0*T*:~\nGS*HN*CLEARINGHOUSE*FRONTDESK*20250308*1200*970*X*005010X212~\n"
                     "ST*277*0001*005010X212~\n";
    const QList<QByteArray> body{"BHT*0010*08*STAT0003*20250310*0800*DG", "HL*1**20*1",
                                 "NM1*PR*2*ACME HEALTH*****PI*60054", "HL*2*1*21*1",
                                 "NM1*41*2*STATUS TEST CLINIC*****46*X1", "HL*3*2*19*1",
                                 "NM1*1P*2*STATUS TEST CLINIC*****XX*1245319599", "HL*4*3*22*0",
                                 "NM1*IL*1*STATTEST*DORA****MI*ACM100200", "TRN*2*%TRACE%",
                                 "STC*F1:65*20250310**125*80", "REF*1K*ACME888", "SVC*HC:99213*125*80****1",
                                 "STC*F1:65*20250310", "DTP*472*D8*" + visitDay()};
    for (const QByteArray& s : body)
        out += s + "~\n";
    return out + "SE*" + QByteArray::number(body.size() + 2) + "*0001~\nGE*1*970~\nIEA*1*000000970~\n";
}

// No endpoint password: the server of this test asks for none.
void setEndpoint(const QString& db, const CoreTestPki& pki, int port)
{
    auto set = cli({QStringLiteral("eligibility"), QStringLiteral("endpoint"), QStringLiteral("set"),
                    QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1/core").arg(port),
                    QStringLiteral("--sender"), QStringLiteral("FRONTDESK"), QStringLiteral("--receiver"),
                    QStringLiteral("CLEARINGHOUSE"), QStringLiteral("--ca-bundle"), pki.ca,
                    QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--test")},
                   db);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
}

}  // namespace

TEST_CASE("claims status-request --realtime prints the 277's claim and line statuses", "[cli][claim_status][clearinghouse]")
{
    static CoreTestPki pki;
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const auto practice = fd::test::makeBillingCliPractice(dir, db, kPassword, QStringLiteral("Status Test Clinic"),
                                                           "Stattest,Dora,1984-04-04,F,7 Oak St,Albany,NY,12207\n");
    const QString number = sendOneClaim(dir, db, practice);
    const QStringList ask{QStringLiteral("claims"), QStringLiteral("status-request"), number, QStringLiteral("--realtime")};

    auto both = cli(ask + QStringList{QStringLiteral("--out"), dir.file(QStringLiteral("x.276"))}, db);
    CHECK(both.exitCode == 2);

    {
        CoreTestServer silent(pki, QStringLiteral("silent"), answer277(), QStringLiteral("X12_277_Response_005010X212"));
        setEndpoint(db, pki, silent.port);
        auto failed = cli(ask, db);
        INFO(failed.err.toStdString());
        CHECK(failed.exitCode == 1);
        CHECK(failed.err.contains("did not answer within 2 s"));
        CHECK(failed.err.contains("Nothing was recorded"));
    }

    CoreTestServer server(pki, QStringLiteral("success"), answer277(), QStringLiteral("X12_277_Response_005010X212"));
    setEndpoint(db, pki, server.port);
    auto run = cli(ask, db);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("Claim %1 (submitted): payer status F1:65").arg(number)));
    CHECK(out.contains(QStringLiteral("payer claim number ACME888")));
    CHECK(out.contains(QStringLiteral("  line 1 HC:99213 (125.00, paid 80.00): F1:65")));
    CHECK(out.contains(QStringLiteral("127.0.0.1")));

    auto json = cli(ask + QStringList{QStringLiteral("--json")}, db);
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    const QJsonArray claims = o[QStringLiteral("answer")][QStringLiteral("claims")].toArray();
    REQUIRE(claims.size() == 1);
    CHECK(claims.at(0)[QStringLiteral("lines")][0][QStringLiteral("line_number")].toInt() == 1);
    CHECK(claims.at(0)[QStringLiteral("lines")][0][QStringLiteral("paid")].toString() == QLatin1String("80.00"));
}
