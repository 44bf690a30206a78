#pragma once

#include "demo/demo_generator.h"

namespace fd::practice {

// The demo practice: its profile, locations (two time zones from two locations on) with
// rooms and equipment, and providers with NUCC taxonomies, sized by the DemoProfile.
std::shared_ptr<demo::IDemoContributor> makeDemoContributor();
// The demo payers (20+, real-looking payer ids), a charge master in two yearly versions and
// allowed-amount schedules of the major payers.
std::shared_ptr<demo::IDemoContributor> makePayerDemoContributor();

// A 10-digit NPI with a correct check digit from a 9-digit stem starting with 1 or 2.
QString npiWithCheckDigit(const QString& nineDigits);

}  // namespace fd::practice
