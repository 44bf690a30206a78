#include "billing_fixture.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/accounts_registration.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/billing_registration.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_registration.h"
#include "common/secure_bytes.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/patients_registration.h"
#include "practice/core/code_sets.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "storage/synced_rows.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <QTimeZone>

namespace fd::billing::test {

namespace {

using fd::test::required;

practice::Address address(const char* line1, const char* zip)
{
    return {QString::fromLatin1(line1), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QString::fromLatin1(zip)};
}

practice::Provider provider(const char* first, const char* last, const QString& npi, const QStringList& locations,
                            int roles)
{
    practice::Provider p;
    p.firstName = QString::fromLatin1(first);
    p.lastName = QString::fromLatin1(last);
    p.npi = npi;
    p.taxonomy = QStringLiteral("207Q00000X");
    p.locationIds = locations;
    p.claimRoles = roles;
    return p;
}

practice::FeeItem fee(const char* code, qint64 cents, const char* description)
{
    practice::FeeItem item;
    item.code = QString::fromLatin1(code);
    item.codeSystem = practice::codeSystemOf(item.code);
    item.description = QString::fromLatin1(description);
    item.amount = Money::fromCents(cents);
    return item;
}

}  // namespace

BillingFixture::BillingFixture()
{
    auto created = storage::Database::create(dir.file(QStringLiteral("practice.db")), SecureBytes::random(32));
    REQUIRE(created.ok());
    db = std::shared_ptr<storage::Database>(std::move(created.value()));
    auto migrated = db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                                 patients::patientsMigrations(), accounts::accountsMigrations(),
                                 calendar::calendarMigrations(), billingMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));
    access->user.id = QStringLiteral("user-1");
    access->user.username = QStringLiteral("biller");
    registry.add<storage::Database>(db);
    registry.add<security::IAccessControl>(access);
    registry.add<security::IAuditTrail>(audit);
    registry.add<IClock>(clock);
    practice::registerServices(registry);
    patients::registerServices(registry);
    accounts::registerServices(registry);
    calendar::registerServices(registry);
    registerServices(registry);
    access->granted = {practice::perm::kView, practice::perm::kEdit, patients::perm::kRead, patients::perm::kEdit,
                       accounts::perm::kView, accounts::perm::kCharges, calendar::perm::kView,
                       calendar::perm::kBook, calendar::perm::kFlow, calendar::perm::kTemplates, perm::kView,
                       perm::kCharges, perm::kSetup, perm::kClaims, perm::kSubmit};

    organizationNpi = npiFrom(QStringLiteral("123456789"));
    practice::PracticeProfile profile;
    profile.name = QStringLiteral("Example Family Practice");
    profile.npi = organizationNpi;
    profile.taxId = QStringLiteral("12-3456789");
    profile.taxonomy = QStringLiteral("207Q00000X");
    profile.billingAddress = address("100 State St", "12207-1234");
    profile.phone = QStringLiteral("5185550100");
    profile.email = QStringLiteral("billing@example.org");
    REQUIRE(registry.get<practice::IPracticeProfile>()->save(profile).ok());

    auto locations = registry.get<practice::ILocationService>();
    practice::Location ny;
    ny.name = QStringLiteral("Main Office");
    ny.address = address("12 Main St", "12207");
    ny.placeOfService = QStringLiteral("11");
    newYorkId = required(locations->save(ny)).id;
    practice::Location office;
    office.name = QStringLiteral("Billing Office");
    office.address = profile.billingAddress;
    office.placeOfService = QStringLiteral("22");
    billingOfficeId = required(locations->save(office)).id;

    auto providers = registry.get<practice::IProviderService>();
    using practice::ClaimRole;
    lovelaceId = required(providers->save(provider("Ada", "Lovelace", npiFrom(QStringLiteral("124531959")),
                                                   {newYorkId, billingOfficeId}, int(ClaimRole::Rendering))))
                     .id;
    auto hopper = provider("Grace", "Hopper", npiFrom(QStringLiteral("191230195")), {newYorkId},
                           int(ClaimRole::Rendering) | int(ClaimRole::Supervising));
    hopper.billsUnderOrganization = false;
    hopperId = required(providers->save(hopper)).id;
    auto referrer = provider("Edsger", "Dijkstra", npiFrom(QStringLiteral("133344455")), {},
                             int(ClaimRole::Referring));
    referrer.external = true;
    referrerId = required(providers->save(referrer)).id;

    practice::Payer acme;
    acme.name = QStringLiteral("Acme Health");
    acme.payerIds = {{QStringLiteral("default"), QStringLiteral("60054")}};
    acme.claimFilingIndicator = QStringLiteral("CI");
    payerId = required(registry.get<practice::IPayerService>()->save(acme)).id;

    required(registry.get<practice::IFeeScheduleService>()->addSchedule(
        {{}, 0, QStringLiteral("Charge master 2025"), {}, QDate(2025, 1, 1), {}, 0},
        {fee("99213", 12500, "Office visit, established, low"), fee("99214", 18050, "Office visit, established, moderate"),
         fee("87880", 3500, "Rapid strep test"), fee("36415", 1200, "Venipuncture"),
         fee("93000", 6000, "ECG with interpretation"), fee("J1100", 875, "Dexamethasone injection")}));

    calendar::ScheduleTemplate week;
    week.providerId = lovelaceId;
    week.locationId = newYorkId;
    week.name = QStringLiteral("Regular week");
    week.effectiveFrom = QDate(2025, 1, 1);
    for (int d = 1; d <= 5; ++d)
        week.hours.push_back({d, calendar::WeekParity::Every, QTime(8, 0), QTime(17, 0)});
    auto admin = registry.get<calendar::IScheduleAdmin>();
    required(admin->saveTemplate(week));
    calendar::AppointmentType fu;
    fu.code = QStringLiteral("FU30");
    fu.name = QStringLiteral("Follow-up");
    fu.durationMinutes = 30;
    typeId = required(admin->saveType(fu)).id;
    required(charges().saveSuperbill({typeId, {}, {{QStringLiteral("99213"), {}, 1}}}));

    auto patientsService = registry.get<patients::IPatientService>();
    auto person = [&](const char* first, const char* last, const QDate& born, patients::AdministrativeSex sex) {
        patients::Patient p;
        p.firstName = QString::fromLatin1(first);
        p.lastName = QString::fromLatin1(last);
        p.birthDate = born;
        p.sex = sex;
        p.address = address("7 Elm St", "12208");
        return required(patientsService->create(p)).patient.id;
    };
    aliceId = person("Alice", "Example", QDate(1980, 5, 17), patients::AdministrativeSex::Female);
    bobId = person("Bob", "Sample", QDate(2015, 9, 2), patients::AdministrativeSex::Male);
    danId = person("Dan", "Uninsured", QDate(1972, 1, 30), patients::AdministrativeSex::Male);
    auto coverages = registry.get<patients::ICoverageService>();
    patients::Coverage own;
    own.patientId = aliceId;
    own.payerId = payerId;
    own.planName = QStringLiteral("Acme PPO");
    own.memberId = QStringLiteral("ACM100200");
    own.groupNumber = QStringLiteral("GRP77");
    own.effectiveFrom = QDate(2024, 1, 1);
    aliceCoverageId = required(coverages->save(own)).id;
    patients::Coverage child;
    child.patientId = bobId;
    child.payerId = payerId;
    child.planName = QStringLiteral("Acme HMO");
    child.memberId = QStringLiteral("ACM300400");
    child.relationship = QStringLiteral("19");
    child.subscriberFirstName = QStringLiteral("Carol");
    child.subscriberLastName = QStringLiteral("Sample");
    child.subscriberBirthDate = QDate(1984, 2, 11);
    child.subscriberSex = patients::AdministrativeSex::Female;
    child.effectiveFrom = QDate(2024, 1, 1);
    bobCoverageId = required(coverages->save(child)).id;
    audit->records.clear();
}

qint64 BillingFixture::count(const QString& sql, const QVariantList& binds) const
{
    auto q = storage::exec(db->connection(), sql, binds);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

EncounterInput BillingFixture::visit(const QString& patientId, const QDate& date, const QStringList& codes,
                                     const QStringList& diagnoses) const
{
    EncounterInput in;
    in.patientId = patientId;
    in.serviceDate = date;
    in.locationId = newYorkId;
    in.renderingProviderId = lovelaceId;
    in.diagnoses = diagnoses;
    for (const QString& code : codes)
        in.lines.push_back({code, {}, 1, {}, false, {}});
    return in;
}

Encounter BillingFixture::enter(const EncounterInput& input)
{
    return required(charges().enterCharges(input));
}

calendar::Appointment BillingFixture::pastAppointment(const QString& patientId)
{
    const QDateTime now = clock->nowUtc();
    const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    clock->set(QDateTime(QDate(2025, 3, 3), QTime(8, 0), newYork).toUTC());
    auto appointments = registry.get<calendar::IAppointmentService>();
    calendar::BookingRequest r;
    r.patientId = patientId;
    r.providerId = lovelaceId;
    r.locationId = newYorkId;
    r.typeId = QStringLiteral("FU30");
    r.start = QDateTime(QDate(2025, 3, 3), QTime(10, 0), newYork).toUTC();
    auto booked = required(appointments->book(r));
    clock->set(QDateTime(QDate(2025, 3, 3), QTime(10, 40), newYork).toUTC());
    auto done = required(appointments->setStatus(booked.id, booked.rowVersion, calendar::AppointmentStatus::CheckedOut));
    clock->set(now);
    return done;
}

void BillingFixture::makeReady(const std::vector<Claim>& list)
{
    for (const Claim& c : list) {
        auto moved = claims().setStatus(c.id, c.rowVersion, ClaimStatus::Ready);
        INFO((moved.ok() ? std::string() : moved.error().toString().toStdString()));
        REQUIRE(moved.ok());
    }
}

QStringList BillingFixture::diagnosisCodes(int n) const
{
    auto found = registry.get<practice::ICodeSetService>()->searchPrefix(practice::CodeSet::Icd10Cm, QString(),
                                                                         QDate(2025, 3, 3), 200);
    REQUIRE(found.ok());
    QStringList out;
    for (const auto& m : found.value())
        if (m.entry.billable && out.size() < n)
            out << m.entry.code;
    REQUIRE(out.size() == n);
    return out;
}

}  // namespace fd::billing::test
