#pragma once

#include "demo/demo_generator.h"

namespace fd::calendar {

// Demo scheduling: appointment types, a template for every demo provider at their
// locations, the usual holidays, and appointments over the profile's months back and ahead
// at about appointmentsPerProviderDay (past ones checked out, some no-shows and
// cancellations; future ones scheduled or confirmed), the same for the same seed. The large
// profile is capped to 12 months back (docs/CALENDAR.md).
std::shared_ptr<demo::IDemoContributor> makeCalendarDemoContributor();

}  // namespace fd::calendar
