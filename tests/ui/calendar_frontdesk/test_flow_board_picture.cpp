// The flow board's picture for docs/FRONTDESK.md, on the demo practice (the demo generator's
// practice, payers, patients and schedule) with the morning's patients moved through every
// status. Written to a temporary folder, or to FRONTDESK_FRONTDESK_PICTURES:
//   FRONTDESK_FRONTDESK_PICTURES=docs/images build/bin/test_calendar_frontdesk_ui "Picture*"
#include "accounts/core/accounts_registration.h"
#include "calendar/core/calendar_demo.h"
#include "calendar/core/calendar_registration.h"
#include "calendar/core/frontdesk.h"
#include "calendar/core/frontdesk_registration.h"
#include "calendar/frontdesk/flow_board_model.h"
#include "calendar_fixture.h"
#include "common/secure_bytes.h"
#include "demo/demo_generator.h"
#include "frontdesk_ui_support.h"
#include "patients/core/patients_demo.h"
#include "patients/core/patients_registration.h"
#include "practice/core/practice_demo.h"
#include "practice/core/practice_profile.h"
#include "security/permissions.h"
#include "security/security_permissions.h"
#include "storage/synced_rows.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>

using namespace fd;
using namespace fd::calendar;
using namespace fd::calendar::frontdesk;
using namespace fd::calendar::frontdesk::test;

namespace {

// Tuesday 2025-03-11, 11:10 in New York.
const QDateTime kNow(QDate(2025, 3, 11), QTime(15, 10), Qt::UTC);

template <typename T>
T required(Result<T> result)
{
    INFO((result.ok() ? std::string() : result.error().toString().toStdString()));
    REQUIRE(result.ok());
    return std::move(result.value());
}

// The demo practice at kNow, every permission granted.
struct DemoPractice
{
    DemoPractice()
    {
        db = std::shared_ptr<storage::Database>(required(storage::Database::create(
            dir.filePath(QStringLiteral("demo.db")), SecureBytes::random(32))));
        REQUIRE(db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                             patients::patientsMigrations(), accounts::accountsMigrations(),
                             calendarMigrations(), frontdeskMigrations()})
                    .ok());
        clock = std::make_shared<FixedClock>(kNow);
        access->user.id = QStringLiteral("demo-frontdesk");
        access->user.username = QStringLiteral("maria");
        registry.add<storage::Database>(db);
        registry.add<security::IAccessControl>(access);
        registry.add<security::IAuditTrail>(audit);
        registry.add<IClock>(clock);
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        calendar::registerServices(registry);
        security::declareSecurityPermissions();
        for (const auto& info : security::PermissionCatalog::all())
            access->granted.insert(info.id);

        demo::DemoProfile profile;
        profile.providers = 3;
        profile.locations = 1;
        profile.patients = 200;
        profile.monthsBack = 0;
        profile.monthsAhead = 0;
        profile.appointmentsPerProviderDay = 10;
        demo::DemoGenerator generator;
        generator.add(practice::makeDemoContributor());
        generator.add(practice::makePayerDemoContributor());
        generator.add(patients::makePatientsDemoContributor());
        generator.add(makeCalendarDemoContributor());
        demo::DemoContext context{*db, registry, profile,
                                  11,  today(),  QStringLiteral("demo password 1")};
        auto ran = generator.run(context);
        INFO((ran.ok() ? std::string() : ran.error().toString().toStdString()));
        REQUIRE(ran.ok());
        audit->records.clear();
    }

    static QDate today() { return kNow.toTimeZone(QTimeZone("America/New_York")).date(); }
    IFrontDesk& desk() const { return *registry.get<IFrontDesk>(); }
    IAppointmentService& appointments() const { return *registry.get<IAppointmentService>(); }

    // Moves one appointment on at `at` (the history keeps that time).
    void step(const QString& id, AppointmentStatus status, const QDateTime& at)
    {
        clock->set(std::min(at, kNow));
        required(desk().advance(id, status));
    }

    void arrive(const FlowRow& row, const QDateTime& at)
    {
        clock->set(std::min(at, kNow));
        CheckInRequest r;
        r.appointmentId = row.appointment.id;
        r.confirmDemographics = true;
        r.confirmInsurance = true;
        auto info = required(desk().checkInInfo(row.appointment.id));
        if (info.expectedCopay)
            r.copay = *info.expectedCopay;
        required(desk().checkIn(r));
    }

    QTemporaryDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<calendar::test::FakeAccess> access =
        std::make_shared<calendar::test::FakeAccess>();
    std::shared_ptr<calendar::test::FakeAudit> audit =
        std::make_shared<calendar::test::FakeAudit>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
};

// The morning as it would have gone by 11:10: the earliest visits checked out (one no-show,
// one cancelled), then patients with the provider, in rooms, in the waiting room, one late.
void playMorning(DemoPractice& p)
{
    const auto rows = required(p.desk().board({DemoPractice::today(), {}, {}, true}));
    REQUIRE(rows.size() >= 12);
    bool lateLeft = false;
    int done = 0;
    for (const FlowRow& row : rows) {
        const Appointment& a = row.appointment;
        if (!holdsTime(a.status))
            continue;
        const QDateTime s = a.start;
        const qint64 age = s.secsTo(kNow) / 60;  // minutes since the start
        if (age >= 75) {
            ++done;
            if (done % 5 == 2) {
                p.clock->set(s.addSecs(20 * 60));
                required(p.appointments().markNoShow(a.id, a.rowVersion));
            } else if (done % 5 == 4) {
                p.clock->set(s.addSecs(-3 * 3600));
                required(p.appointments().cancel(a.id, a.rowVersion,
                                                 QStringLiteral("Patient called: feeling better")));
            } else {
                p.arrive(row, s.addSecs(-8 * 60));
                p.step(a.id, AppointmentStatus::Roomed, s.addSecs(6 * 60));
                p.step(a.id, AppointmentStatus::WithProvider, s.addSecs(14 * 60));
                p.step(a.id, AppointmentStatus::CheckedOut, s.addSecs(41 * 60));
            }
        } else if (age >= 45) {
            p.arrive(row, s.addSecs(-5 * 60));
            p.step(a.id, AppointmentStatus::Roomed, s.addSecs(9 * 60));
            p.step(a.id, AppointmentStatus::WithProvider, s.addSecs(24 * 60));
        } else if (age >= 25) {
            p.arrive(row, s.addSecs(-4 * 60));
            p.step(a.id, AppointmentStatus::Roomed, s.addSecs(12 * 60));
        } else if (age >= 10 && !lateLeft) {
            lateLeft = true;  // not here yet: late
            if (a.status == AppointmentStatus::Scheduled)
                p.step(a.id, AppointmentStatus::Confirmed, s.addSecs(-26 * 3600));
        } else if (age >= -25) {
            p.arrive(row, std::min(s.addSecs(-9 * 60), kNow.addSecs(-4 * 60)));  // early
        }
    }
    p.clock->set(kNow);
}

QString pictureDir(QTemporaryDir& temp)
{
    const QString target = qEnvironmentVariable("FRONTDESK_FRONTDESK_PICTURES");
    return target.isEmpty() ? temp.path() : target;
}

}  // namespace

TEST_CASE("Picture of the flow board on the demo practice", "[frontdesk_ui][picture]")
{
    DemoPractice practice;
    playMorning(practice);
    FrontdeskDockHarness h(practice.registry, {1360, 900});
    FrontdeskDock* dock = h.dock;
    REQUIRE(dock->date() == DemoPractice::today());
    FlowBoardModel* model = dock->model();
    QSet<int> statuses;
    int late = 0;
    for (const FlowRow& row : model->rows()) {
        statuses.insert(int(row.appointment.status));
        late += row.wait.late() ? 1 : 0;
    }
    CHECK(statuses.size() == 8);  // every status of the day, cancelled and no-show included
    CHECK(late >= 1);
    CHECK(dock->summaryLabel()->text().contains(QStringLiteral("late")));

    // A patient with the provider selected: check-out is what comes next.
    const FlowRow* withProvider = nullptr;
    for (const FlowRow& row : model->rows())
        if (row.appointment.status == AppointmentStatus::WithProvider && !withProvider)
            withProvider = &row;
    REQUIRE(withProvider);
    dock->selectAppointment(withProvider->appointment.id);
    dock->table()->scrollToTop();
    QTest::qWait(50);

    QTemporaryDir temp;
    const QString dir = pictureDir(temp);
    QDir().mkpath(dir);
    const QImage picture = h.window.grab().toImage();
    CHECK(picture.width() == 1360);
    REQUIRE(picture.save(QDir(dir).filePath(QStringLiteral("flow-board.png"))));
}
