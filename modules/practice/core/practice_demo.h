#pragma once

#include "demo/demo_generator.h"

namespace fd::practice {

// The demo practice's profile (name, zone, a valid-format NPI and EIN).
std::shared_ptr<demo::IDemoContributor> makeDemoContributor();

// A 10-digit NPI with a correct check digit from a 9-digit stem starting with 1 or 2.
QString npiWithCheckDigit(const QString& nineDigits);

}  // namespace fd::practice
