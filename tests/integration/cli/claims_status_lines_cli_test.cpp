// frontdeskctl claims status-request --lines: a 276 asking about one service line of a claim
// sent in an 837P (loop 2210D), and the lines it refuses.
#include "billing_cli_practice.h"
#include "cli_practice.h"
#include "cli_runner.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using fd::test::runCli;

namespace {

const QString kPassword = QStringLiteral("status lines cli password 3");

fd::test::CliRun cli(const QStringList& args, const QString& db)
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FRONTDESK_PASSWORD"), kPassword);
    return runCli(args + QStringList{QStringLiteral("--db"), db}, e);
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A visit with two lines (99213, then 36415) built into a claim, made ready and exported in
// an 837P; the claim number.
QString sendTwoLineClaim(fd::test::TempDir& dir, const QString& db,
                         const fd::test::BillingCliPractice& practice)
{
    return fd::test::readyOneClaim(cli, db, practice, 2, QStringLiteral("99213@1,36415@1"), QStringLiteral("J02.0"),
                                   dir.file(QStringLiteral("batch.837")));
}

}  // namespace

TEST_CASE("claims status-request --lines asks about the lines named and refuses others",
          "[cli][acks][status_lines]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const auto practice =
        fd::test::makeBillingCliPractice(dir, db, kPassword, QStringLiteral("Lines Test Clinic"),
                                         "Linestest,Lena,1990-09-09,F,9 Pine St,Albany,NY,12207\n");
    const QString number = sendTwoLineClaim(dir, db, practice);

    const QString out = dir.file(QStringLiteral("line2.276"));
    auto made = cli({QStringLiteral("claims"), QStringLiteral("status-request"), number,
                     QStringLiteral("--lines"), QStringLiteral("2"), QStringLiteral("--out"), out,
                     QStringLiteral("--test")},
                    db);
    INFO(made.out.toStdString() + made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains("1 service line(s)"));
    const QByteArray content = contentOf(out);
    CHECK(content.contains("SVC*HC:36415*"));
    CHECK_FALSE(content.contains("SVC*HC:99213*"));
    CHECK(content.contains("REF*EJ*" + number.toLatin1()));
    auto checked = runCli({QStringLiteral("x12"), QStringLiteral("check"), out});
    INFO(checked.out.toStdString() + checked.err.toStdString());
    CHECK(checked.exitCode == 0);

    auto missing = cli({QStringLiteral("claims"), QStringLiteral("status-request"), number,
                        QStringLiteral("--lines"), QStringLiteral("5"), QStringLiteral("--out"),
                        dir.file(QStringLiteral("no.276"))},
                       db);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("has no line 5"));
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("no.276"))));
    auto unknown = cli({QStringLiteral("claims"), QStringLiteral("status-request"), number,
                        QStringLiteral("--lines"), QStringLiteral("not-a-line-id"),
                        QStringLiteral("--out"), dir.file(QStringLiteral("no.276"))},
                       db);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("not-a-line-id"));
    CHECK(cli({QStringLiteral("claims"), QStringLiteral("status-request"), number,
               QStringLiteral("--lines"), QStringLiteral(","), QStringLiteral("--out"),
               dir.file(QStringLiteral("no.276"))},
              db)
              .exitCode == 2);
}
