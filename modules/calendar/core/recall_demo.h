#pragma once

#include "demo/demo_generator.h"

namespace fd::calendar {

// Demo recalls (after the calendar contributor): the reasons "Annual physical" (12 months,
// satisfied by PE45, set by a checked-out PE45) and "Follow-up" (3 months, FU15 or FU30), the
// recalls the demo's checked-out physicals set, and recalls made by hand for about one patient
// in twenty who has been seen, due in the last six months (so the list has overdue patients to
// work), a third of them with a logged phone call. The same for the same seed.
std::shared_ptr<demo::IDemoContributor> makeRecallDemoContributor();

}  // namespace fd::calendar
