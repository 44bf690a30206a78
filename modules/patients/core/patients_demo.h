#pragma once

#include "demo/demo_generator.h"

#include <memory>

namespace fd::patients {

// The demo practice's patients, as many as the DemoProfile says (500 / 25,000 / 250,000):
// census-weighted names, a primary-care spread of ages, addresses in real city/state/ZIP
// combinations, phones only in 555-0100..0199 and emails only at example.com/.org. About 70%
// are insured commercially, 20% by Medicare (people 65 and over), 6% by Medicaid and 4% pay
// themselves, with the demo payers; about a tenth of the patients live in families whose
// members share one guarantor and one commercial plan (spouse and children as dependents);
// about 1% are registered twice (same person, other address and phone), which the registry's
// duplicate check queues for review. Written in transactions of 20,000 patients (demo data is
// no user's import, which is all or nothing). Runs after the practice's payers
// (practice::makePayerDemoContributor).
std::shared_ptr<demo::IDemoContributor> makePatientsDemoContributor();

}  // namespace fd::patients
