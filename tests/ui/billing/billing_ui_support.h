#pragma once

#include "billing/ui/batches_dock.h"
#include "billing/ui/billing_module.h"
#include "billing/ui/claims_dock.h"
#include "billing/ui/unbilled_dock.h"
#include "accounts/core/accounts_registration.h"
#include "billing/core/ack_registration.h"
#include "billing/core/billing_registration.h"
#include "billing/core/eligibility_service.h"
#include "billing/core/scrub_service.h"
#include "billing/core/submission_registration.h"
#include "billing_fixture.h"
#include "calendar/core/calendar_registration.h"
#include "patients/core/patients_registration.h"
#include "practice/core/practice_profile.h"
#include "storage/synced_rows.h"

#include <catch2/catch_test_macros.hpp>

#include <QHBoxLayout>
#include <QLocale>
#include <QTabWidget>
#include <QTest>
#include <QWidget>

namespace fd::billing::ui::test {

using fd::billing::test::BillingFixture;

// The fixture's database with the tables of the later billing services too (scrubber,
// submission, eligibility, acknowledgments), as the application migrates it.
inline void migrateLaterBilling(BillingFixture& f)
{
    auto migrated = f.db->migrate({storage::storageMigrations(), practice::practiceMigrations(),
                                   patients::patientsMigrations(), accounts::accountsMigrations(),
                                   calendar::calendarMigrations(), billingMigrations(), scrubMigrations(),
                                   submissionMigrations(), eligibilityMigrations(), ackMigrations()});
    INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
    REQUIRE(migrated.ok());
}

// The three billing docks as the shell creates them, side by side in a shown window over the
// fixture's registry, in the en_US locale.
struct BillingDocksHarness
{
    explicit BillingDocksHarness(BillingFixture& f, QSize size = {1280, 720})
    {
        migrateLaterBilling(f);
        ServiceRegistry& registry = f.registry;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        REQUIRE(module.initialize(registry).ok());
        REQUIRE(module.allModulesInitialized(registry).ok());
        auto docks = module.docks();
        REQUIRE(docks.size() >= 3);
        tabs = new QTabWidget(&window);
        for (shell::DockSpec& spec : docks) {
            CHECK(spec.tabGroup == QStringLiteral("fd.frontoffice"));
            tabs->addTab(spec.create(tabs), spec.title);
        }
        auto* layout = new QHBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(tabs);
        claims = module.claimsDock();
        unbilled = module.unbilledDock();
        batches = module.batchesDock();
        REQUIRE(claims);
        REQUIRE(unbilled);
        REQUIRE(batches);
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    BillingModule module;
    QWidget window;
    QTabWidget* tabs = nullptr;
    ClaimsDock* claims = nullptr;
    UnbilledDock* unbilled = nullptr;
    BatchesDock* batches = nullptr;
};

}  // namespace fd::billing::ui::test
