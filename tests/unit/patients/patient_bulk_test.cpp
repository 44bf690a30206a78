// The bulk writer's deferred indexing (large imports): the same search index rows, duplicate
// reviews, search results and index definitions as writing row by row; a rollback leaves the
// indexes and rows as they were; a large CSV import takes that path and every patient stays
// findable.
#include "patients/core/patient_bulk_writer.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patient_search.h"
#include "patients/core/search_index.h"
#include "patients_fixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

using namespace fd;
using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

QStringList rowsOf(const PatientsFixture& fx, const QString& sql)
{
    auto q = storage::exec(fx.db->connection(), sql);
    REQUIRE(q.ok());
    QStringList rows;
    while (q->next()) {
        QStringList values;
        for (int i = 0; i < q->record().count(); ++i)
            values << q->value(i).toString();
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// Patient ids differ between two practices: rows are compared by account number.
QStringList searchKeys(const PatientsFixture& fx)
{
    return rowsOf(fx, QStringLiteral("SELECT k.kind, k.key, k.sort, p.account_number FROM patient_search_keys k "
                                     "JOIN patients p ON p.id = k.patient_id ORDER BY 1, 2, 3, 4"));
}

QStringList reviews(const PatientsFixture& fx)
{
    return rowsOf(fx, QStringLiteral("SELECT a.account_number, b.account_number, r.reasons, r.status "
                                     "FROM patient_duplicate_reviews r JOIN patients a ON a.id = r.patient_id "
                                     "JOIN patients b ON b.id = r.candidate_id ORDER BY 1, 2"));
}

QStringList indexes(const PatientsFixture& fx)
{
    return rowsOf(fx, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                                     "ORDER BY name"));
}

QStringList searchFor(PatientsFixture& fx, const QString& text)
{
    PatientSearchOptions options;
    options.limit = 200;
    options.withActivity = false;
    auto hits = fx.service<IPatientSearch>()->search(text, options);
    REQUIRE(hits.ok());
    QStringList accounts;
    for (const PatientSearchHit& h : hits.value())
        accounts << h.patient.accountNumber + QLatin1Char('/') + QString::number(int(h.rank));
    // Hits of the same rank and name come in id order, and ids differ between practices.
    accounts.sort();
    return accounts;
}

// Fictional people with every kind of evidence: the same name and birth date as a registered
// patient and as an earlier row, sound-alike names, shared phones (one shared by more than
// twenty records, which says nothing), shared member ids, compound and accented names.
std::vector<std::pair<Patient, std::optional<Coverage>>> newPatients(const PatientsFixture& fx)
{
    std::vector<std::pair<Patient, std::optional<Coverage>>> out;
    const QStringList last{QStringLiteral("Testperson"), QStringLiteral("Smith-Jones"), QStringLiteral("Smyth"),
                           QStringLiteral("Muñoz"), QStringLiteral("O'Sample"), QStringLiteral("Exampleton")};
    const QStringList first{QStringLiteral("Alma"), QStringLiteral("Robert"), QStringLiteral("Bob"),
                            QStringLiteral("Chloé"), QStringLiteral("Dana")};
    for (int i = 0; i < 120; ++i) {
        const QString phone = i % 4 == 0 ? QStringLiteral("(518) 555-0100")  // shared by 30
                                         : QStringLiteral("(518) 555-01%1").arg(i % 37, 2, 10, QLatin1Char('0'));
        Patient p = PatientsFixture::person(first.at(i % first.size()), last.at(i % last.size()),
                                            QDate(1980, 1 + i % 3, 1 + i % 5), phone);
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (i % 7 == 0)
            p.preferredName = QStringLiteral(" Bobby ");
        std::optional<Coverage> coverage;
        if (i % 2 == 0) {
            Coverage c;
            c.order = 1;
            c.payerId = fx.payerId;
            c.memberId = QStringLiteral("ACM %1").arg(100 + i % 9);
            c.relationship = QStringLiteral("18");
            c.effectiveFrom = QDate(2024, 1, 1);
            coverage = c;
        }
        out.emplace_back(p, coverage);
    }
    // Sound-alike first and last names born the same day as a registered patient.
    Patient alike = PatientsFixture::person(QStringLiteral("Kathryn"), QStringLiteral("Smyth"), QDate(1975, 6, 1));
    alike.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.emplace_back(alike, std::nullopt);
    return out;
}

// "Bulkaaa", "Bulkaab", ...: a distinct last name per person.
QString bulkName(int n)
{
    return QStringLiteral("Bulk") + QChar(u'a' + n / 676) + QChar(u'a' + n / 26 % 26) + QChar(u'a' + n % 26);
}

void registerExisting(PatientsFixture& fx)
{
    fx.add(QStringLiteral("Alma"), QStringLiteral("Testperson"), QDate(1980, 1, 1), QStringLiteral("518-555-0101"));
    fx.add(QStringLiteral("Robbie"), QStringLiteral("Smith"), QDate(1980, 2, 2), QStringLiteral("518-555-0102"));
    fx.add(QStringLiteral("Dana"), QStringLiteral("Exampleton"), QDate(1980, 3, 5));
    fx.add(QStringLiteral("Katherine"), QStringLiteral("Smith"), QDate(1975, 6, 1));
}

// Writes the patients through the bulk writer, deferred or not; returns what add() reported.
std::vector<int> writeAll(PatientsFixture& fx, const std::vector<std::pair<Patient, std::optional<Coverage>>>& rows,
                          bool deferred)
{
    PatientsContext ctx = patientsContextOf(fx.registry);
    auto tx = fx.db->begin(storage::Database::Durability::Full);
    REQUIRE(tx.ok());
    PatientBulkWriter writer(ctx, **tx);
    if (deferred)
        REQUIRE(writer.deferIndexing().ok());
    CHECK(writer.indexingDeferred() == deferred);
    std::vector<int> queued;
    for (const auto& [patient, coverage] : rows) {
        auto added = writer.add(patient, coverage);
        INFO((added.ok() ? std::string() : added.error().toString().toStdString()));
        REQUIRE(added.ok());
        queued.push_back(added->duplicatesQueued);
    }
    auto finished = writer.finish();
    INFO((finished.ok() ? std::string() : finished.error().toString().toStdString()));
    REQUIRE(finished.ok());
    REQUIRE((*tx)->commit().ok());
    return queued;
}

}  // namespace

TEST_CASE("Deferred indexing writes the same index, reviews and search results as row by row",
          "[patients][bulk]")
{
    PatientsFixture rowByRow, deferred;
    registerExisting(rowByRow);
    registerExisting(deferred);
    const auto rows = newPatients(rowByRow);
    auto deferredRows = rows;
    for (auto& [patient, coverage] : deferredRows) {
        patient.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (coverage)
            coverage->payerId = deferred.payerId;
    }
    const std::vector<int> queuedRowByRow = writeAll(rowByRow, rows, false);
    const std::vector<int> queuedDeferred = writeAll(deferred, deferredRows, true);

    CHECK(queuedDeferred == queuedRowByRow);
    const QStringList reviewed = reviews(rowByRow);
    CHECK(reviewed.size() > 100);  // every kind of evidence occurs
    for (const char* reason : {"same_name_dob", "phonetic_name_dob", "same_phone", "same_member_id"})
        CHECK(reviewed.join(QLatin1Char(' ')).contains(QLatin1String(reason)));
    CHECK(reviews(deferred) == reviewed);
    const QStringList keys = searchKeys(rowByRow);
    CHECK(keys.size() > 900);
    CHECK(searchKeys(deferred) == keys);
    CHECK(deferred.count(QStringLiteral("SELECT COUNT(*) FROM patient_search_keys")) ==
          rowByRow.count(QStringLiteral("SELECT COUNT(*) FROM patient_search_keys")));
    CHECK(indexes(deferred) == indexes(rowByRow));
    CHECK(indexes(deferred).join(QLatin1Char(' ')).contains(QLatin1String("patient_search_keys_patient")));
    for (const char* text : {"smi", "testperson, alma", "bob", "smyth", "munoz", "jones", "1980-01-01",
                             "5185550100", "0107", "ACM 104", "osample"})
        CHECK(searchFor(deferred, QString::fromUtf8(text)) == searchFor(rowByRow, QString::fromUtf8(text)));
}

TEST_CASE("Deferred indexing that rolls back leaves the indexes and rows as they were", "[patients][bulk]")
{
    PatientsFixture fx;
    registerExisting(fx);
    const QStringList indexesBefore = indexes(fx), keysBefore = searchKeys(fx), reviewsBefore = reviews(fx);
    {
        PatientsContext ctx = patientsContextOf(fx.registry);
        auto tx = fx.db->begin(storage::Database::Durability::Full);
        REQUIRE(tx.ok());
        PatientBulkWriter writer(ctx, **tx);
        REQUIRE(writer.deferIndexing().ok());
        for (const auto& [patient, coverage] : newPatients(fx))
            REQUIRE(writer.add(patient, coverage).ok());
        // No finish(), no commit: the transaction rolls back.
    }
    CHECK(indexes(fx) == indexesBefore);
    CHECK(searchKeys(fx) == keysBefore);
    CHECK(reviews(fx) == reviewsBefore);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 4);
}

TEST_CASE("A large CSV import finds duplicates within the file and leaves every patient findable",
          "[patients][bulk][csv]")
{
    PatientsFixture fx;
    fx.add(QStringLiteral("Alma"), QStringLiteral("Testperson"), QDate(1980, 3, 7));
    QByteArray csv = "Account,Last Name,First Name,DOB,Sex,Cell Phone,Address,City,State,Zip\r\n";
    constexpr int kRows = 1200;
    const char* const areas[] = {"518", "315", "607", "716", "845", "914"};
    for (int i = 0; i < kRows; ++i) {
        const int person = i % 600;  // rows i and i + 600 are the same person
        csv += QStringLiteral("OLD-%1,%2,Pat,%3,F,(%4) 555-01%5,1 Main St,Albany,NY,12207\r\n")
                   .arg(i)
                   .arg(bulkName(person))
                   .arg(QDate(1970, 1, 1).addDays(person).toString(Qt::ISODate))
                   .arg(QLatin1String(areas[person / 100]))
                   .arg(person % 100, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    csv += "OLD-X,Testperson,Alma,03/07/1980,F,,1 Main St,Albany,NY,12207\r\n";
    auto report = makePatientCsvTransfer(fx.registry)->importCsv(csv);
    INFO((report.ok() ? std::string() : report.error().toString().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->patients == kRows + 1);
    // 600 pairs by name and birth date (which also share their phone), and the registered Alma.
    CHECK(report->duplicatesQueued == 601);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patient_duplicate_reviews WHERE reasons = "
                                  "'same_name_dob,same_phone'")) == 600);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patient_duplicate_reviews WHERE reasons = "
                                  "'same_name_dob'")) == 1);
    // The index holds exactly the rows each patient's own reindex writes.
    const QStringList imported = searchKeys(fx);
    auto ids = storage::exec(fx.db->connection(), QStringLiteral("SELECT id FROM patients"));
    REQUIRE(ids.ok());
    QStringList all;
    while (ids->next())
        all << ids->value(0).toString();
    REQUIRE(all.size() == kRows + 2);
    for (const QString& id : all)
        REQUIRE(reindexPatient(fx.db->connection(), id).ok());
    CHECK(searchKeys(fx) == imported);
    const QStringList named = searchFor(fx, bulkName(599));
    CHECK(std::count_if(named.begin(), named.end(), [](const QString& hit) { return hit.endsWith(QLatin1String("/0")); }) == 2);
    CHECK(searchFor(fx, QStringLiteral("(914) 555-0199")).size() == 2);
    CHECK(indexes(fx).join(QLatin1Char(' ')).contains(QLatin1String("patients_name")));
}
