#include "calendar_fixture.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/accounts_registration.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_registration.h"
#include "calendar/core/recall_registration.h"
#include "common/secure_bytes.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/patients_registration.h"
#include "practice/core/locations.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/security_permissions.h"
#include "storage/synced_rows.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

namespace fd::calendar::test {

namespace {

using fd::test::required;

practice::Location office(const char* name, const char* zone, const char* state)
{
    practice::Location l;
    l.name = QString::fromLatin1(name);
    l.address = {QStringLiteral("12 Main St"), {}, QStringLiteral("Springfield"),
                 QString::fromLatin1(state), QStringLiteral("12207")};
    l.timeZone = QString::fromLatin1(zone);
    return l;
}

practice::Provider provider(const char* first, const char* last, const char* npi,
                            const QString& location)
{
    practice::Provider p;
    p.firstName = QString::fromLatin1(first);
    p.lastName = QString::fromLatin1(last);
    p.npi = QString::fromLatin1(npi);
    p.taxonomy = QStringLiteral("207Q00000X");
    p.locationIds = {location};
    return p;
}

}  // namespace

CalendarFixture::CalendarFixture()
{
    auto created =
        storage::Database::create(dir.file(QStringLiteral("practice.db")), SecureBytes::random(32));
    REQUIRE(created.ok());
    db = std::shared_ptr<storage::Database>(std::move(created.value()));
    auto migrated = db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                                 patients::patientsMigrations(), accounts::accountsMigrations(),
                                 calendarMigrations(), recallMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
    clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 7), QTime(15, 0), Qt::UTC));
    access->user.id = QStringLiteral("user-1");
    access->user.username = QStringLiteral("frontdesk");
    registry.add<storage::Database>(db);
    registry.add<security::IAccessControl>(access);
    registry.add<security::IAuditTrail>(audit);
    registry.add<IClock>(clock);
    practice::registerServices(registry);
    patients::registerServices(registry);
    accounts::registerServices(registry);
    calendar::registerServices(registry);
    grantAll();

    auto locations = registry.get<practice::ILocationService>();
    auto ny = office("Main Office", "America/New_York", "NY");
    ny.resources.append({{}, 0, QStringLiteral("room"), QStringLiteral("Exam 1"), true});
    ny.resources.append({{}, 0, QStringLiteral("room"), QStringLiteral("Exam 2"), true});
    ny.resources.append({{}, 0, QStringLiteral("equipment"), QStringLiteral("ECG cart"), true});
    const auto savedNy = required(locations->save(ny));
    newYorkId = savedNy.id;
    for (const auto& r : savedNy.resources)
        if (r.kind == QLatin1String("equipment"))
            ecgCartId = r.id;
    losAngelesId = required(locations->save(office("West Office", "America/Los_Angeles", "CA"))).id;
    auto providers = registry.get<practice::IProviderService>();
    lovelaceId = required(providers->save(provider("Ada", "Lovelace", "1234567893", newYorkId))).id;
    hopperId = required(providers->save(provider("Grace", "Hopper", "1245319599", losAngelesId))).id;
    aliceId = addPatient(QStringLiteral("Alice"), QStringLiteral("Example"));
    bobId = addPatient(QStringLiteral("Bob"), QStringLiteral("Sample"));

    ScheduleTemplate week;
    week.providerId = lovelaceId;
    week.locationId = newYorkId;
    week.name = QStringLiteral("Regular week");
    week.effectiveFrom = QDate(2025, 1, 1);
    for (int d = 1; d <= 5; ++d) {
        week.hours.push_back({d, WeekParity::Every, QTime(8, 0), QTime(17, 0)});
        week.blocks.push_back({d, WeekParity::Every, QTime(12, 0), QTime(13, 0), BlockKind::Lunch,
                               QStringLiteral("Lunch")});
    }
    required(admin().saveTemplate(week));
    ScheduleTemplate west;
    west.providerId = hopperId;
    west.locationId = losAngelesId;
    west.name = QStringLiteral("Mondays");
    west.effectiveFrom = QDate(2025, 1, 1);
    west.hours.push_back({1, WeekParity::Every, QTime(9, 0), QTime(13, 0)});
    required(admin().saveTemplate(west));

    AppointmentType fu;
    fu.code = QStringLiteral("FU30");
    fu.name = QStringLiteral("Follow-up");
    fu.durationMinutes = 30;
    fu.visitReason = QStringLiteral("Follow-up visit");
    required(admin().saveType(fu));
    AppointmentType np;
    np.code = QStringLiteral("NP60");
    np.name = QStringLiteral("New patient");
    np.durationMinutes = 60;
    np.patientRule = PatientRule::NewOnly;
    required(admin().saveType(np));
    AppointmentType ecg;
    ecg.code = QStringLiteral("ECG15");
    ecg.name = QStringLiteral("ECG");
    ecg.durationMinutes = 15;
    ecg.resources = {{QStringLiteral("equipment"), QStringLiteral("ECG cart")}};
    required(admin().saveType(ecg));
    audit->records.clear();
}

void CalendarFixture::grantAll()
{
    access->granted = {practice::perm::kView, practice::perm::kEdit, patients::perm::kRead,
                       patients::perm::kEdit, patients::perm::kMerge, patients::perm::kMergeUndo,
                       accounts::perm::kView, perm::kView,            perm::kBook,
                       perm::kOverbook,       perm::kCancel,          perm::kFlow,
                       perm::kWaitlist,       perm::kTemplates};
}

void CalendarFixture::grantRole(security::Role role)
{
    security::declareSecurityPermissions();  // patients.read, practice.view... by role
    access->granted.clear();
    for (const auto& info : security::PermissionCatalog::all())
        if (security::PermissionCatalog::defaultAllows(role, info.id))
            access->granted.insert(info.id);
}

qint64 CalendarFixture::count(const QString& sql, const QVariantList& binds) const
{
    auto q = storage::exec(db->connection(), sql, binds);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QString CalendarFixture::addPatient(const QString& first, const QString& last)
{
    patients::Patient p;
    p.firstName = first;
    p.lastName = last;
    p.birthDate = QDate(1980, 5, 17);
    p.sex = patients::AdministrativeSex::Female;
    p.address = {QStringLiteral("12 Main St"), {}, QStringLiteral("Albany"), QStringLiteral("NY"),
                 QStringLiteral("12207")};
    return required(registry.get<patients::IPatientService>()->create(p)).patient.id;
}

BookingRequest CalendarFixture::request(const QString& patient, const QDate& date,
                                        const QTime& time, const QString& type) const
{
    BookingRequest r;
    r.patientId = patient;
    r.providerId = lovelaceId;
    r.typeId = type;
    r.start = QDateTime(date, time, QTimeZone(QByteArrayLiteral("America/New_York"))).toUTC();
    return r;
}

Appointment CalendarFixture::book(const BookingRequest& r)
{
    return required(appointments().book(r));
}

}  // namespace fd::calendar::test
