// frontdeskctl ledger show / check and payments record, end to end on a real practice file.
#include "cli_runner.h"
#include "test_support.h"

#include "security/practice_session.h"
#include "storage/database.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using fd::test::runCli;

namespace {

const QString kPassword = QStringLiteral("ledger cli password 7");

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

// A practice with one fictional patient; returns {id, account number}.
std::pair<QString, QString> makePractice(fd::test::TempDir& dir, const QString& db)
{
    auto init =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--practice"),
                QStringLiteral("Ledger Test Clinic"), QStringLiteral("--admin"),
                QStringLiteral("alice"), QStringLiteral("--json")},
               env());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const QString csv = dir.file(QStringLiteral("one.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(
        "last_name,first_name,dob,sex,address1,city,state,zip\n"
        "Ledgertest,Lena,1984-04-04,F,7 Oak St,Columbus,OH,43215\n");
    f.close();
    auto imported = cli(
        {QStringLiteral("patients"), QStringLiteral("import"), QStringLiteral("--csv"), csv}, db);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    auto search = cli({QStringLiteral("patients"), QStringLiteral("search"),
                       QStringLiteral("ledgertest"), QStringLiteral("--json")},
                      db);
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
    REQUIRE(hits.size() == 1);
    const QJsonObject p = hits.at(0).toObject();
    return {p.value(QStringLiteral("id")).toString(),
            p.value(QStringLiteral("account_number")).toString()};
}

}  // namespace

TEST_CASE(
    "payments record posts once per client id; ledger show lists it; ledger check finds a "
    "corrupted summary",
    "[cli][accounts]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const auto [id, account] = makePractice(dir, db);
    const QString clientId = QStringLiteral("0b7d5b8e-3c1a-4f4e-9d62-5a0c2e1f7a10");

    const QStringList record{
        QStringLiteral("payments"), QStringLiteral("record"),      account,
        QStringLiteral("--amount"), QStringLiteral("25.00"),       QStringLiteral("--method"),
        QStringLiteral("cash"),     QStringLiteral("--client-id"), clientId,
        QStringLiteral("--json")};
    auto first = cli(record, db);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject posted = QJsonDocument::fromJson(first.out).object();
    CHECK(posted.value(QStringLiteral("kind")).toString() == QStringLiteral("patient_payment"));
    CHECK(posted.value(QStringLiteral("amount")).toString() == QStringLiteral("25.00"));
    CHECK(posted.value(QStringLiteral("balance"))
              .toObject()
              .value(QStringLiteral("credit"))
              .toString() == QStringLiteral("25.00"));
    auto retry = cli(record, db);
    INFO(retry.err.toStdString());
    REQUIRE(retry.exitCode == 0);
    CHECK(QJsonDocument::fromJson(retry.out).object().value(QStringLiteral("id")) ==
          posted.value(QStringLiteral("id")));

    // The same client id with another amount is refused.
    QStringList changed = record;
    changed[4] = QStringLiteral("26.00");
    auto conflict = cli(changed, db);
    CHECK(conflict.exitCode == 1);

    // A card number is never stored.
    auto pan =
        cli({QStringLiteral("payments"), QStringLiteral("record"), id, QStringLiteral("--amount"),
             QStringLiteral("10"), QStringLiteral("--method"), QStringLiteral("card"),
             QStringLiteral("--reference"), QStringLiteral("4111111111111111")},
            db);
    CHECK(pan.exitCode == 1);
    CHECK(pan.err.contains("card number"));
    auto badMethod =
        cli({QStringLiteral("payments"), QStringLiteral("record"), id, QStringLiteral("--amount"),
             QStringLiteral("10"), QStringLiteral("--method"), QStringLiteral("barter")},
            db);
    CHECK(badMethod.exitCode == 2);

    auto show =
        cli({QStringLiteral("ledger"), QStringLiteral("show"), id, QStringLiteral("--json")}, db);
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    const QJsonObject ledger = QJsonDocument::fromJson(show.out).object();
    const QJsonArray entries = ledger.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).toObject().value(QStringLiteral("client_id")).toString() == clientId);
    CHECK(entries.at(0).toObject().value(QStringLiteral("running_balance")).toString() ==
          QStringLiteral("-25.00"));
    CHECK(ledger.value(QStringLiteral("balance"))
              .toObject()
              .value(QStringLiteral("credit"))
              .toString() == QStringLiteral("25.00"));
    auto text = cli({QStringLiteral("ledger"), QStringLiteral("show"), account}, db);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("patient_payment cash"));

    auto clean = cli({QStringLiteral("ledger"), QStringLiteral("check")}, db);
    INFO(clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains("every balance matches"));

    // Someone edits a summary row behind the ledger's back.
    {
        auto session = fd::security::PracticeSession::login(db, QStringLiteral("alice"), kPassword);
        REQUIRE(session.ok());
        REQUIRE(fd::storage::exec(
                    session.value()->database().connection(),
                    QStringLiteral("UPDATE ledger_patient_balances SET credit = credit + 1 "
                                   "WHERE patient_id = ?"),
                    {id})
                    .ok());
        auto edit = fd::storage::exec(session.value()->database().connection(),
                                      QStringLiteral("DELETE FROM ledger_entries"));
        CHECK_FALSE(edit.ok());
        REQUIRE(session.value()->logout().ok());
    }
    auto dirty =
        cli({QStringLiteral("ledger"), QStringLiteral("check"), QStringLiteral("--json")}, db);
    INFO(dirty.err.toStdString());
    CHECK(dirty.exitCode == 3);
    const QJsonObject report = QJsonDocument::fromJson(dirty.out).object();
    CHECK_FALSE(report.value(QStringLiteral("clean")).toBool());
    const QJsonArray differences = report.value(QStringLiteral("differences")).toArray();
    REQUIRE(differences.size() == 1);
    const QJsonObject d = differences.at(0).toObject();
    CHECK(d.value(QStringLiteral("summary")).toString() ==
          QStringLiteral("ledger_patient_balances"));
    CHECK(d.value(QStringLiteral("key")).toString() == id);
    CHECK(d.value(QStringLiteral("field")).toString() == QStringLiteral("credit"));
    CHECK(d.value(QStringLiteral("expected_cents")).toInteger() == 2500);
    CHECK(d.value(QStringLiteral("stored_cents")).toInteger() == 2501);
    auto dirtyText = cli({QStringLiteral("ledger"), QStringLiteral("check")}, db);
    CHECK(dirtyText.exitCode == 3);
    CHECK(dirtyText.out.contains(id.toUtf8()));
}

TEST_CASE("payments receipt writes a payment's receipt as a PDF or a PNG and refuses what is not one",
          "[cli][accounts]")
{
    fd::test::TempDir dir;
    const QString db = dir.file(QStringLiteral("practice.db"));
    const auto [id, account] = makePractice(dir, db);
    auto paid = cli({QStringLiteral("payments"), QStringLiteral("record"), account, QStringLiteral("--amount"),
                     QStringLiteral("40.00"), QStringLiteral("--method"), QStringLiteral("check"),
                     QStringLiteral("--reference"), QStringLiteral("2231"), QStringLiteral("--json")},
                    db);
    INFO(paid.err.toStdString());
    REQUIRE(paid.exitCode == 0);
    const QString entryId = QJsonDocument::fromJson(paid.out).object().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(entryId.isEmpty());

    const QString pdf = dir.file(QStringLiteral("receipt.pdf"));
    auto written = cli({QStringLiteral("payments"), QStringLiteral("receipt"), entryId, QStringLiteral("--out"), pdf,
                        QStringLiteral("--json")},
                       db);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QJsonObject answer = QJsonDocument::fromJson(written.out).object();
    const QString number = answer.value(QStringLiteral("receipt_number")).toString();
    CHECK(number.startsWith(QStringLiteral("R-")));
    CHECK(QString(entryId).remove(QLatin1Char('-')).toUpper().startsWith(number.mid(2).remove(QLatin1Char('-'))));
    CHECK(answer.value(QStringLiteral("amount")).toString() == QStringLiteral("40.00"));
    CHECK(answer.value(QStringLiteral("copy")).toBool());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 4000);

    const QString png = dir.file(QStringLiteral("receipt.png"));
    auto picture = cli({QStringLiteral("payments"), QStringLiteral("receipt"), entryId, QStringLiteral("--out"), png}, db);
    INFO(picture.err.toStdString());
    REQUIRE(picture.exitCode == 0);
    CHECK(picture.out.contains(number.toUtf8()));
    QFile pngFile(png);
    REQUIRE(pngFile.open(QIODevice::ReadOnly));
    CHECK(pngFile.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));

    auto badSuffix = cli({QStringLiteral("payments"), QStringLiteral("receipt"), entryId, QStringLiteral("--out"),
                          dir.file(QStringLiteral("receipt.doc"))},
                         db);
    CHECK(badSuffix.exitCode == 2);
    CHECK(badSuffix.err.contains(".pdf or .png"));
    auto notAnId = cli({QStringLiteral("payments"), QStringLiteral("receipt"), QStringLiteral("R-1234"),
                        QStringLiteral("--out"), pdf},
                       db);
    CHECK(notAnId.exitCode == 2);
    auto unknown = cli({QStringLiteral("payments"), QStringLiteral("receipt"),
                        QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("--out"),
                        dir.file(QStringLiteral("none.pdf"))},
                       db);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("00000000-0000-4000-8000-000000000000"));
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("none.pdf"))));
}
