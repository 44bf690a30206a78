#include "app/desktop/module_list.h"

#include "accounts/ui/accounts_module.h"
#include "admin/ui/admin_module.h"
#include "billing/ui/billing_module.h"
#include "calendar/dock/calendar_module.h"
#include "calendar/frontdesk/frontdesk_module.h"
#include "calendar/recalls/recalls_module.h"
#include "calendar/messages/messages_module.h"
#include "patients/ui/patients_module.h"
#include "practice/ui/practice_module.h"

namespace fd::desktop {

std::vector<std::unique_ptr<shell::IModule>> createModules()
{
    std::vector<std::unique_ptr<shell::IModule>> modules;
    modules.push_back(std::make_unique<patients::ui::PatientsModule>());
    modules.push_back(std::make_unique<practice::ui::PracticeModule>());
    modules.push_back(std::make_unique<accounts::ui::AccountsModule>());
    modules.push_back(std::make_unique<calendar::dock::CalendarModule>());
    modules.push_back(std::make_unique<calendar::frontdesk::FrontdeskModule>());
    modules.push_back(std::make_unique<calendar::ui::RecallsModule>());
    modules.push_back(std::make_unique<calendar::messages::MessagesModule>());
    modules.push_back(std::make_unique<billing::ui::BillingModule>());
    modules.push_back(std::make_unique<admin::AdminModule>());
    return modules;
}

}  // namespace fd::desktop
