// Patient CSV import and export: header names and mapping files, every bad row and column
// refused with nothing written, account numbers, duplicates queued, the round trip.
#include "patients/core/patient_csv.h"
#include "patients/core/name_matching.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients_fixture.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>

using namespace fd;
using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

// Fictional people only: 555-01xx phones, example.com/.org mail.
const QByteArray kGood =
    "Last Name,First Name,DOB,Sex,Cell Phone,E-mail,Address,City,State,Zip Code,Payer ID,Member "
    "ID,Group\r\n"
    "Testperson,Alma,1980-03-07,F,(518) 555-0101,alma.t@example.com,\"12 Main St, Apt "
    "4\",Albany,NY,12207,60054,"
    "ACM100200300,GRP-1\r\n"
    "Sampleton,Bruno,07/04/1975,m,518-555-0102,,34 Oak Ave,Troy,ny,12180,,,\r\n"
    "Démo-Nombre,Chloé,1990-12-31,U,,chloe.d@example.org,,,,,Medicare Part B,1EG4TE5MK73,\r\n";

qint64 patientCount(const PatientsFixture& fx)
{
    return fx.count(QStringLiteral("SELECT COUNT(*) FROM patients"));
}

std::shared_ptr<IPatientCsvTransfer> transfer(PatientsFixture& fx)
{
    return makePatientCsvTransfer(fx.registry);
}

QByteArray exportOf(PatientsFixture& fx)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = transfer(fx)->exportCsv(buffer);
    INFO((written.ok() ? std::string() : written.error().toString().toStdString()));
    REQUIRE(written.ok());
    return buffer.data();
}

}  // namespace

TEST_CASE("A good file imports every row, matched by common header names", "[patients][csv]")
{
    PatientsFixture fx;
    auto report = transfer(fx)->importCsv(kGood, std::nullopt, QStringLiteral("old-system.csv"));
    INFO((report.ok() ? std::string() : report.error().toString().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->patients == 3);
    CHECK(report->coverages == 2);
    CHECK(report->accountNumbersAllocated == 3);
    CHECK(patientCount(fx) == 3);

    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("sampleton, bru"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    const Patient bruno = fx.service<IPatientService>()->get(hits->front().patient.id).value();
    CHECK(bruno.birthDate == QDate(1975, 7, 4));
    CHECK(bruno.sex == AdministrativeSex::Male);
    CHECK(bruno.address.state == QStringLiteral("NY"));
    CHECK(isValidAccountNumber(bruno.accountNumber));
    REQUIRE(bruno.phones.size() == 1);
    CHECK_FALSE(bruno.phones.front().smsConsent);  // consent is never assumed from a file

    auto alma = fx.service<IPatientSearch>()->search(QStringLiteral("ACM100200300"));
    REQUIRE(alma.ok());
    REQUIRE(alma->size() == 1);
    auto coverages = fx.service<ICoverageService>()->list(alma->front().patient.id);
    REQUIRE(coverages.ok());
    REQUIRE(coverages->size() == 1);
    CHECK(coverages->front().payerId == fx.payerId);
    CHECK(coverages->front().groupNumber == QStringLiteral("GRP-1"));
    CHECK(fx.service<IPatientService>()->get(alma->front().patient.id)->address.line1 ==
          QStringLiteral("12 Main St, Apt 4"));

    CHECK(fx.audit->countForPatient(audit::kImport) == 1);
    CHECK(fx.audit->countForPatient(security::audit::kCreate) >= 5);  // three patients, two coverages
}

TEST_CASE("Semicolons, a byte order mark and the file's own account numbers are kept",
          "[patients][csv]")
{
    PatientsFixture fx;
    const QString own = accountNumberFor(100005);
    const QByteArray csv =
        "\xEF\xBB\xBF"
        "account_number;last_name;first_name;birth_date\n" +
        own.toUtf8() + ";Keeper;Dana;1966-01-02\nLEGACY-77;Oldsystem;Eli;1970-05-06\n";
    auto report = transfer(fx)->importCsv(csv);
    INFO((report.ok() ? std::string() : report.error().toString().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->accountNumbersAllocated == 0);
    CHECK(fx.service<IPatientService>()->findByAccountNumber(own)->lastName ==
          QStringLiteral("Keeper"));
    CHECK(fx.service<IPatientService>()
              ->findByAccountNumber(QStringLiteral("LEGACY-77"))
              ->firstName == QStringLiteral("Eli"));
    // The sequence moved past the imported number: a new patient never gets it again.
    const Patient later =
        fx.add(QStringLiteral("Fresh"), QStringLiteral("Newcomer"), QDate(2001, 2, 3));
    CHECK(later.accountNumber == accountNumberFor(100006));
}

TEST_CASE("A file with bad rows is refused with every row and column, and nothing is written",
          "[patients][csv]")
{
    PatientsFixture fx;
    const Patient existing =
        fx.add(QStringLiteral("Present"), QStringLiteral("Already"), QDate(1950, 6, 1));
    const qint64 outbox = fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    fx.audit->records.clear();
    const QByteArray csv =
        "Account,Last Name,First Name,DOB,State,Zip,City,Address\n"
        "A-1,Goodrow,Gina,1990-01-01,NY,12207,Albany,1 Main St\n"
        "A-2,Baddate,Hal,1990-02-30,NY,12207,Albany,1 Main St\n"
        "A-3,Nostate,Ivy,1991-03-03,ZZ,12207,Albany,1 Main St\n"
        "A-1,Twice,Jon,1992-04-04,NY,12207,Albany,1 Main St\n" +
        existing.accountNumber.toUtf8() +
        ",Taken,Kim,1993-05-05,NY,12207,Albany,1 Main St\n"
        "A-6,Twobad,Lou,1994-06-06,QQ,123,Albany,1 Main St\n";
    auto report = transfer(fx)->importCsv(csv);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::InvalidInput);
    const QStringList lines = report.error().details.split(QLatin1Char('\n'));
    INFO(report.error().details.toStdString());
    const auto has = [&lines](const char* start) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString& l) {
            return l.startsWith(QString::fromUtf8(start));
        });
    };
    CHECK(has("row 3, column \"DOB\" (birth_date): \"1990-02-30\" is not a date"));
    CHECK(has("row 4, column \"State\" (state): \"ZZ\" is not a US state code"));
    CHECK(
        has("row 5, column \"Account\" (account_number): the account number A-1 appears again "
            "(first in row 2)"));
    CHECK(has("row 6, column \"Account\" (account_number): the account number"));
    CHECK(has("row 7, column \"State\" (state)"));
    CHECK(has("row 7, column \"Zip\" (zip)"));
    CHECK(lines.size() == 6);
    CHECK_FALSE(std::any_of(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("row 2"));
    }));

    CHECK(patientCount(fx) == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == outbox);
    CHECK(fx.count(QStringLiteral("SELECT next_value FROM patient_account_sequence")) == 100002);
    CHECK(fx.audit->countForPatient(audit::kImport) == 0);
}

TEST_CASE("A mapping file names the columns of an unusual file", "[patients][csv]")
{
    PatientsFixture fx;
    const QByteArray csv =
        "Surname,Given,Born (M/D/Y),Mobile #,Health Plan,Plan Member,Notes\n"
        "Mappedrow,Nina,3/9/1984,(212) 555-0177,Acme Health Plan,XYZ998877,ignored text\n";
    // Without a mapping the required columns are missing.
    auto unmapped = transfer(fx)->preview(csv);
    REQUIRE(unmapped.ok());
    CHECK_FALSE(unmapped->ok());
    CHECK(unmapped->refusal().details.contains(QStringLiteral("no column holds birth_date")));

    auto mapping = parsePatientCsvMapping(
        R"json({"Surname": "last_name", "Given": "first_name", "Born (M/D/Y)": "birth_date",
        "Mobile #": "phone", "Health Plan": "payer_id", "Plan Member": "member_id", "Notes": ""})json",
        QStringLiteral("map.json"));
    INFO((mapping.ok() ? std::string() : mapping.error().toString().toStdString()));
    REQUIRE(mapping.ok());
    auto preview = transfer(fx)->preview(csv, mapping.value());
    REQUIRE(preview.ok());
    CHECK(preview->ok());
    CHECK(patientCount(fx) == 0);  // a preview writes nothing
    REQUIRE(preview->rows.size() == 1);
    CHECK(preview->rows.front().patient.birthDate == QDate(1984, 3, 9));
    CHECK(preview->columnFields.at(6).isEmpty());

    REQUIRE(transfer(fx)->importCsv(csv, mapping.value()).ok());
    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("XYZ998877"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().patient.displayName.startsWith(QStringLiteral("Mappedrow, Nina")));
}

TEST_CASE("A mapping file with an unknown field is refused naming the file and the key",
          "[patients][csv]")
{
    auto mapping = parsePatientCsvMapping(
        R"({"Surname": "last_name", "Birthday": "date_of_birth"})", QStringLiteral("map.json"));
    REQUIRE_FALSE(mapping.ok());
    CHECK(mapping.error().message.contains(QStringLiteral("map.json")));
    CHECK(mapping.error().details.contains(
        QStringLiteral("\"Birthday\": \"date_of_birth\" is not a field")));
    CHECK_FALSE(parsePatientCsvMapping("[1, 2]", QStringLiteral("map.json")).ok());
}

TEST_CASE("A person already registered is imported and queued for review",
          "[patients][csv][duplicates]")
{
    PatientsFixture fx;
    fx.add(QStringLiteral("Alma"), QStringLiteral("Testperson"), QDate(1980, 3, 7));
    auto report = transfer(fx)->importCsv(kGood);
    REQUIRE(report.ok());
    CHECK(report->duplicatesQueued == 1);
    CHECK(fx.count(QStringLiteral(
              "SELECT COUNT(*) FROM patient_duplicate_reviews WHERE status = 'open'")) == 1);
}

TEST_CASE("Import and export need their own permissions", "[patients][csv][permissions]")
{
    PatientsFixture fx;
    fx.grantFrontDesk();
    auto report = transfer(fx)->importCsv(kGood);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::PermissionDenied);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto exported = transfer(fx)->exportCsv(buffer);
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().code == ErrorCode::PermissionDenied);
    CHECK(buffer.data().isEmpty());
    CHECK(patientCount(fx) == 0);
}

TEST_CASE("An export imports into another practice and exports the same file again",
          "[patients][csv]")
{
    PatientsFixture first;
    REQUIRE(transfer(first)->importCsv(kGood).ok());
    const QByteArray exported = exportOf(first);
    CHECK(first.audit->countForPatient(security::audit::kExport) == 1);
    const QStringList lines =
        QString::fromUtf8(exported).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.front() == patientCsvFields().join(QLatin1Char(',')));
    CHECK(lines.at(1).contains(QStringLiteral("Démo-Nombre,Chloé")));  // by name; UTF-8 kept
    CHECK(lines.at(3).contains(QStringLiteral("\"12 Main St, Apt 4\"")));

    PatientsFixture second;
    auto report = transfer(second)->importCsv(exported);
    INFO((report.ok() ? std::string() : report.error().toString().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->accountNumbersAllocated == 0);
    CHECK(exportOf(second) == exported);
}

namespace {

// The registry's audit trail failing at its Nth entry, as a full disk or a lost session would.
class AuditFailingAt final : public security::IAuditTrail
{
public:
    explicit AuditFailingAt(int failAt) : m_failAt(failAt) {}

    Status record(const security::AuditRecord&) override
    {
        if (++m_count == m_failAt)
            return makeError(ErrorCode::Io, QStringLiteral("the audit trail cannot be written"));
        return {};
    }
    Result<std::vector<security::AuditEntry>> list(const security::AuditFilter&) const override
    {
        return std::vector<security::AuditEntry>();
    }
    Result<qint64> count(const security::AuditFilter&) const override { return qint64(m_count); }
    Result<security::AuditVerification> verify() const override
    {
        return security::AuditVerification();
    }
    Status checkpoint() override { return {}; }

private:
    int m_failAt;
    int m_count = 0;
};

}  // namespace

TEST_CASE("A failure while rows are written leaves nothing of the import", "[patients][csv]")
{
    PatientsFixture fx;
    fx.add(QStringLiteral("Alma"), QStringLiteral("Testperson"), QDate(1980, 3, 7));
    const auto counts = [&fx] {
        QList<qint64> n;
        for (const char* table : {"patients", "coverages", "outbox", "patient_search_keys",
                                  "patient_duplicate_reviews"})
            n << fx.count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        n << fx.count(QStringLiteral("SELECT next_value FROM patient_account_sequence"));
        return n;
    };
    const QList<qint64> before = counts();
    // Entries: row 2 (patient, coverage), row 3 (patient), row 4 (patient, coverage), then
    // the import itself.
    for (int failAt = 1; failAt <= 6; ++failAt) {
        INFO("the audit trail fails at entry " << failAt);
        fx.registry.add<security::IAuditTrail>(std::make_shared<AuditFailingAt>(failAt));
        auto report = transfer(fx)->importCsv(kGood);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::Io);
        if (failAt <= 5)
            CHECK(report.error().message.contains(QStringLiteral("nothing was imported")));
        CHECK(counts() == before);
    }
    fx.registry.add<security::IAuditTrail>(fx.audit);
    auto report = transfer(fx)->importCsv(kGood);
    REQUIRE(report.ok());
    CHECK(report->duplicatesQueued == 1);
    CHECK(patientCount(fx) == 4);
}

TEST_CASE("An import reports its progress as rows are written", "[patients][csv]")
{
    PatientsFixture fx;
    QByteArray csv = "last_name,first_name,dob,sex,address1,city,state,zip\n";
    for (int i = 0; i < 600; ++i)
        csv += QStringLiteral("Progress%1,Pat,1980-01-%2,F,1 Main St,Albany,NY,12207\n")
                   .arg(QChar(u'a' + i % 26) + QString::number(i))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    std::vector<std::pair<int, int>> calls;
    auto report = transfer(fx)->importCsv(csv, std::nullopt, QStringLiteral("progress.csv"),
                                          [&calls](int written, int total) { calls.emplace_back(written, total); });
    INFO((report.ok() ? std::string() : report.error().toString().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->patients == 600);
    REQUIRE(calls.size() >= 3);
    for (std::size_t i = 0; i < calls.size(); ++i) {
        CHECK(calls[i].second == 600);
        if (i > 0)
            CHECK(calls[i].first >= calls[i - 1].first);
    }
    CHECK(calls.front().first == 250);
    CHECK(calls.back().first == 600);
}
