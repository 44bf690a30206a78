// The small demo practice's patients: the payer mix, fictional phones and emails only,
// families under one guarantor, duplicates queued, every record valid.
#include "patients/core/patients_demo.h"
#include "demo/demo_generator.h"
#include "patients/core/name_matching.h"
#include "patients/core/patient_context.h"
#include "patients/core/patient_validation.h"
#include "patients_fixture.h"
#include "practice/core/practice_demo.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>

using namespace fd;
using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

// The patient's plan kind from the claim filing indicator of the primary coverage's payer.
QString planKindOf(const QString& indicator)
{
    if (indicator.isEmpty())
        return QStringLiteral("none");
    if (indicator == QLatin1String("MB") || indicator == QLatin1String("16"))
        return QStringLiteral("medicare");
    if (indicator == QLatin1String("MC"))
        return QStringLiteral("medicaid");
    return QStringLiteral("commercial");
}

}  // namespace

TEST_CASE("The small demo practice has 500 realistic, fictional patients", "[patients][demo]")
{
    PatientsFixture fx;
    demo::DemoContext context{*fx.db, fx.registry,        demo::profileFor(demo::DemoSize::Small),
                              7,      QDate(2025, 3, 14), QStringLiteral("unused")};
    REQUIRE(practice::makePayerDemoContributor()->generate(context).ok());
    auto made = makePatientsDemoContributor()->generate(context);
    INFO((made.ok() ? std::string() : made.error().toString().toStdString()));
    REQUIRE(made.ok());
    CHECK(made.value() == 500);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 500);

    // Payer mix of the primary coverage: about 70 / 20 / 10.
    QMap<QString, int> kinds;
    auto q = storage::exec(
        fx.db->connection(),
        QStringLiteral("SELECT p.id, COALESCE(pay.claim_filing_indicator, '') FROM patients p "
                       "LEFT JOIN coverages c ON c.patient_id = p.id AND c.coverage_order = 1 "
                       "LEFT JOIN payers pay ON pay.id = c.payer_id"));
    REQUIRE(q.ok());
    int rows = 0;
    while (q->next()) {
        ++kinds[planKindOf(q->value(1).toString())];
        ++rows;
    }
    INFO(QStringLiteral("commercial %1, medicare %2, medicaid %3, none %4")
             .arg(kinds.value(QStringLiteral("commercial")))
             .arg(kinds.value(QStringLiteral("medicare")))
             .arg(kinds.value(QStringLiteral("medicaid")))
             .arg(kinds.value(QStringLiteral("none")))
             .toStdString());
    CHECK(rows == 500);
    CHECK(kinds.value(QStringLiteral("commercial")) >= 315);  // 63% .. 77%
    CHECK(kinds.value(QStringLiteral("commercial")) <= 385);
    CHECK(kinds.value(QStringLiteral("medicare")) >= 70);  // 14% .. 26%
    CHECK(kinds.value(QStringLiteral("medicare")) <= 130);
    const int rest = kinds.value(QStringLiteral("medicaid")) + kinds.value(QStringLiteral("none"));
    CHECK(rest >= 25);  // 5% .. 16%
    CHECK(rest <= 80);
    CHECK(kinds.value(QStringLiteral("medicaid")) > 0);

    // Medicare patients are 65 and over.
    CHECK(fx.count(QStringLiteral(
              "SELECT COUNT(*) FROM coverages c JOIN payers pay ON pay.id = c.payer_id "
              "JOIN patients p ON p.id = c.patient_id WHERE pay.claim_filing_indicator IN ('MB', "
              "'16') "
              "AND p.birth_date > '1960-03-14'")) == 0);

    // Phones only 555-0100..0199, emails only at example.com / example.org, every record valid.
    auto all = storage::exec(fx.db->connection(),
                             QStringLiteral("SELECT %1 FROM patients").arg(patientSelectColumns()));
    REQUIRE(all.ok());
    static const QRegularExpression mail(QStringLiteral("@example\\.(com|org)$"));
    int phones = 0;
    while (all->next()) {
        const Patient p = patientFromRow(all.value());
        for (const Phone& phone : p.phones) {
            const QString digits = phoneDigits(phone.number);
            INFO(phone.number.toStdString());
            CHECK(digits.size() == 10);
            CHECK(digits.mid(3, 5) == QStringLiteral("55501"));
            ++phones;
        }
        if (!p.email.isEmpty()) {
            INFO(p.email.toStdString());
            CHECK(mail.match(p.email).hasMatch());
        }
        const Status valid = validatePatient(p, QDate(2025, 3, 14));
        INFO((valid.ok() ? std::string() : valid.error().toString().toStdString()));
        CHECK(valid.ok());
    }
    CHECK(phones >= 500);

    // Families: guarantors answering for several patients, dependents on the head's plan.
    CHECK(fx.count(QStringLiteral(
              "SELECT COUNT(*) FROM (SELECT guarantor_id FROM patients WHERE guarantor_id <> '' "
              "GROUP BY guarantor_id HAVING COUNT(*) >= 3)")) >= 3);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM coverages WHERE relationship = '19' AND "
                                  "subscriber_patient_id <> ''")) > 0);
    // About 1% registered twice, each queued for review.
    const qint64 reviews = fx.count(
        QStringLiteral("SELECT COUNT(*) FROM patient_duplicate_reviews WHERE status = 'open'"));
    CHECK(reviews >= 2);
    CHECK(reviews <= 20);
}

TEST_CASE("The same seed gives the same demo patients", "[patients][demo]")
{
    QStringList names[2];
    for (auto& list : names) {
        PatientsFixture fx;
        demo::DemoContext context{
            *fx.db, fx.registry,        demo::profileFor(demo::DemoSize::Small),
            11,     QDate(2025, 3, 14), QStringLiteral("unused")};
        REQUIRE(practice::makePayerDemoContributor()->generate(context).ok());
        REQUIRE(makePatientsDemoContributor()->generate(context).ok());
        auto q = storage::exec(
            fx.db->connection(),
            QStringLiteral("SELECT last_name || ',' || first_name || ',' || birth_date || ',' || "
                           "account_number FROM patients ORDER BY account_number"));
        REQUIRE(q.ok());
        while (q->next())
            list << q->value(0).toString();
    }
    CHECK(names[0].size() == 500);
    CHECK(names[0] == names[1]);
}
