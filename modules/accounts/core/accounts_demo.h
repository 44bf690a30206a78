#pragma once

#include "demo/demo_generator.h"

#include <memory>

namespace fd::accounts {

// The demo practice's ledger: the money of its past visits (docs/ACCOUNTS.md, "Demo data").
// Each provider sees 55-85% of DemoProfile::appointmentsPerProviderDay patients a working day
// over DemoProfile::monthsBack (at most the last 12 months for the large practice), with the
// charges of a primary-care visit priced from the practice's fee schedule; insured visits are
// remitted after the payer's usual lag with payment, CO-45 write-off and transfers of the
// deductible, coinsurance and copay (PR-1, PR-2, PR-3) to the patient; patients pay most of
// what they owe, by cash, check or card reference; copays taken at the desk wait as credit
// until the remittance applies them; a few refunds, returned checks, payer take-backs and
// charges posted in error are reversed. Visits newer than their payer's lag stay pending with
// insurance, and the balances brought over from the previous system at the start of the
// history give every aging band money. Written through LedgerBulkWriter in transactions of
// about 40,000 entries; the same seed makes the same ledger. Runs after the patients
// (patients::makePatientsDemoContributor).
std::shared_ptr<demo::IDemoContributor> makeAccountsDemoContributor();

}  // namespace fd::accounts
