#pragma once

// A demo practice (the demo generator's practice, payers, patients and scheduling) built in a
// temporary folder, for the dock's pictures and its benchmark. The profile is the caller's:
// the pictures want 8 providers, the benchmark 20.

#include "accounts/core/accounts_registration.h"
#include "calendar/core/calendar_demo.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_registration.h"
#include "common/clock.h"
#include "common/secure_bytes.h"
#include "demo/demo_generator.h"
#include "fake_security.h"
#include "patients/core/patients_demo.h"
#include "patients/core/patients_registration.h"
#include "practice/core/practice_demo.h"
#include "practice/core/practice_profile.h"
#include "security/permissions.h"
#include "security/security_permissions.h"
#include "storage/database.h"
#include "storage/synced_rows.h"

#include <QTemporaryDir>

#include <memory>

namespace fd::calendar::test {

// Counts nothing and keeps nothing: the demo writes an audit record per row.
class DiscardingAudit final : public security::IAuditTrail
{
public:
    Status record(const security::AuditRecord&) override { return {}; }
    Result<std::vector<security::AuditEntry>> list(const security::AuditFilter&) const override
    {
        return std::vector<security::AuditEntry>();
    }
    Result<qint64> count(const security::AuditFilter&) const override { return 0; }
    Result<security::AuditVerification> verify() const override
    {
        return security::AuditVerification();
    }
    Status checkpoint() override { return {}; }
};

struct DemoCalendarPractice
{
    QTemporaryDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<fd::test::FakeAccess> access = std::make_shared<fd::test::FakeAccess>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
    QString error;  // why the practice could not be made; empty when it was

    // `now` is the practice's clock; the demo's "today" is its date in New York.
    DemoCalendarPractice(const demo::DemoProfile& profile, const QDateTime& now,
                         std::uint64_t seed = 7)
    {
        auto created = storage::Database::create(dir.filePath(QStringLiteral("demo.db")),
                                                 SecureBytes::random(32));
        if (!created) {
            error = created.error().toString();
            return;
        }
        db = std::shared_ptr<storage::Database>(std::move(created.value()));
        if (auto m = db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                                  patients::patientsMigrations(), accounts::accountsMigrations(),
                                  calendarMigrations()});
            !m) {
            error = m.error().toString();
            return;
        }
        clock = std::make_shared<FixedClock>(now);
        access->user.id = QStringLiteral("demo-admin");
        access->user.username = QStringLiteral("admin");
        access->user.displayName = QStringLiteral("Office Manager");
        registry.add<storage::Database>(db);
        registry.add<security::IAccessControl>(access);
        registry.add<security::IAuditTrail>(std::make_shared<DiscardingAudit>());
        registry.add<IClock>(clock);
        practice::registerServices(registry);
        patients::registerServices(registry);
        accounts::registerServices(registry);
        calendar::registerServices(registry);
        security::declareSecurityPermissions();
        for (const auto& info : security::PermissionCatalog::all())
            access->granted.insert(info.id);

        demo::DemoGenerator generator;
        generator.add(practice::makeDemoContributor());
        generator.add(practice::makePayerDemoContributor());
        generator.add(patients::makePatientsDemoContributor());
        generator.add(makeCalendarDemoContributor());
        demo::DemoContext context{*db,
                                  registry,
                                  profile,
                                  seed,
                                  now.toTimeZone(QTimeZone("America/New_York")).date(),
                                  QStringLiteral("demo password 1")};
        if (auto ran = generator.run(context); !ran)
            error = ran.error().toString();
    }
};

}  // namespace fd::calendar::test
