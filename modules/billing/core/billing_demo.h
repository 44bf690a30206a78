#pragma once

#include "demo/demo_generator.h"

#include <memory>

namespace fd::billing {

// The demo practice's charges and claims (docs/BILLING.md, "Demo data"): the insured visits
// the accounts demo put in the ledger (ILedger::claimEntries) become encounters with the
// same service lines (linked to their ledger charges, never posted twice) and diagnoses that
// fit the codes, and claims in every state by age: the last two days unbilled, then draft,
// ready, submitted in the day's batch, accepted (every claim the payer paid, and older unpaid
// ones), and a few rejected with the payer's reason. A claim keeps the ledger's claim id, so
// its balance is the ledger's. Runs after the accounts demo; the same seed gives the same
// claims.
std::shared_ptr<demo::IDemoContributor> makeBillingDemoContributor();

}  // namespace fd::billing
