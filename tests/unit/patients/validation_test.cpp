// Validation names the field that is wrong, in the services as in the form checks.
#include "patients/core/patient_validation.h"
#include "patients/core/patients.h"
#include "patients_fixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

QString fieldOf(const fd::Status& status)
{
    return status.ok() ? QStringLiteral("<ok>") : status.error().details;
}

}  // namespace

TEST_CASE("Patient validation names the field", "[patients][validation]")
{
    const QDate today(2025, 3, 14);
    const Patient good = PatientsFixture::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7),
                                                 QStringLiteral("518-555-0142"));
    REQUIRE(validatePatient(good, today).ok());

    Patient p = good;
    p.lastName = QStringLiteral("  ");
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("last_name"));
    p = good;
    p.birthDate = QDate(2026, 1, 1);
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("birth_date"));
    p = good;
    p.address.state = QStringLiteral("ZZ");
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("address.state"));
    p = good;
    p.address.zip = QStringLiteral("1220");
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("address.zip"));
    p = good;
    p.phones.append({QStringLiteral("home"), QStringLiteral("555-0142"), false});
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("phones[1].number"));
    p = good;
    p.phones.append({QStringLiteral("home"), QStringLiteral("518-555-0143"), true});
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("phones[1].sms_consent"));
    p = good;
    p.phones[0].type = QStringLiteral("pager");
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("phones[0].type"));
    p = good;
    p.email = QStringLiteral("not-an-address");
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("email"));
    p = good;
    p.raceCodes = {QStringLiteral("2106-3"), QStringLiteral("9999-9")};
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("race_codes"));
    p = good;
    p.ethnicityCodes = {QStringLiteral("2135-2")};
    CHECK(validatePatient(p, today).ok());
    p = good;
    p.deceasedDate = QDate(2024, 5, 1);
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("deceased_date"));
    p.status = PatientStatus::Deceased;
    CHECK(validatePatient(p, today).ok());
    p = good;
    p.photo = QByteArray("GIF89a....");
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("photo"));
    p = good;
    p.preferredContact = QStringLiteral("pigeon");
    CHECK(fieldOf(validatePatient(p, today)) == QStringLiteral("preferred_contact"));
}

TEST_CASE("The service refuses bad records and unknown references, naming the field", "[patients][validation]")
{
    PatientsFixture fx;
    auto patients = fx.service<IPatientService>();
    Patient p = PatientsFixture::person(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7));
    p.primaryProviderId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    auto refused = patients->create(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == fd::ErrorCode::InvalidInput);
    CHECK(refused.error().details == QStringLiteral("primary_provider_id"));
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);

    p.primaryProviderId = fx.providerId;
    const Patient saved = fx.add(p);
    CHECK(saved.primaryProviderId == fx.providerId);

    Patient changed = saved;
    changed.accountNumber = QStringLiteral("9999995");
    auto accountChange = patients->update(changed);
    REQUIRE_FALSE(accountChange.ok());
    CHECK(accountChange.error().details == QStringLiteral("account_number"));
}
