#include "app/common/cores.h"

#include "accounts/core/accounts_demo.h"
#include "accounts/core/accounts_registration.h"
#include "billing/core/billing_demo.h"
#include "billing/core/ack_registration.h"
#include "billing/core/billing_registration.h"
#include "billing/core/scrub_service.h"
#include "billing/core/eligibility_service.h"
#include "billing/core/submission_registration.h"
#include "calendar/core/calendar_demo.h"
#include "calendar/core/calendar_registration.h"
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/messaging_registration.h"
#include "calendar/core/frontdesk_registration.h"
#include "calendar/core/recall_campaign/recall_campaign_registration.h"
#include "calendar/core/recall_demo.h"
#include "calendar/core/recall_registration.h"
#include "patients/core/patients_demo.h"
#include "patients/core/patients_registration.h"
#include "practice/core/practice_demo.h"
#include "practice/core/practice_profile.h"

namespace fd::app {

std::vector<storage::MigrationSet> featureMigrations()
{
    return {practice::practiceMigrations(), patients::patientsMigrations(), accounts::accountsMigrations(),
            calendar::calendarMigrations(), calendar::messaging::messagingMigrations(), calendar::frontdeskMigrations(), calendar::recallMigrations(), billing::billingMigrations(), billing::scrubMigrations(), billing::submissionMigrations(), billing::eligibilityMigrations(), billing::ackMigrations()};
}

Status startCores(storage::Database& db, ServiceRegistry& registry)
{
    FD_TRY(db.migrate(featureMigrations()));
    practice::registerServices(registry);
    patients::registerServices(registry);
    accounts::registerServices(registry);
    calendar::registerServices(registry);
    calendar::registerRecallCampaign(registry);
    calendar::messaging::registerMessagingServices(registry);
    billing::registerServices(registry);
    return {};
}

demo::DemoGenerator demoGenerator()
{
    demo::DemoGenerator generator;
    generator.add(demo::makeUsersContributor());
    generator.add(practice::makeDemoContributor());
    generator.add(practice::makePayerDemoContributor());
    generator.add(patients::makePatientsDemoContributor());
    generator.add(accounts::makeAccountsDemoContributor());
    generator.add(calendar::makeCalendarDemoContributor());
    generator.add(calendar::makeRecallDemoContributor());
    generator.add(billing::makeBillingDemoContributor());
    return generator;
}

}  // namespace fd::app
