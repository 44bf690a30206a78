#pragma once

#include <QString>

namespace fd::billing {

// The billing permissions; their default roles are in docs/BILLING.md.
namespace perm {
inline const QString kView = QStringLiteral("billing.view");
inline const QString kCharges = QStringLiteral("billing.charges");
inline const QString kSetup = QStringLiteral("billing.setup");
inline const QString kClaims = QStringLiteral("billing.claims");
inline const QString kSubmit = QStringLiteral("billing.submit");
inline const QString kEligibility = QStringLiteral("billing.eligibility");
}  // namespace perm

// Declares them with their default roles (idempotent).
void declareBillingPermissions();

}  // namespace fd::billing
