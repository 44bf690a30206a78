#pragma once

#include "practice/ui/list_page.h"
#include "practice/ui/practice_services.h"

namespace fd::practice::ui {

// The Locations, Providers and Payers tabs: a ListPage each, wired to its service and dialog.
ListPage* makeLocationsPage(const PracticeServices& services, bool canEdit, QWidget* parent);
ListPage* makeProvidersPage(const PracticeServices& services, bool canEdit, QWidget* parent);
ListPage* makePayersPage(const PracticeServices& services, bool canEdit, QWidget* parent);

}  // namespace fd::practice::ui
