#pragma once

#include <QString>

namespace fd::accounts {

// The ledger's permissions; their default roles are in docs/SECURITY.md.
namespace perm {
inline const QString kView = QStringLiteral("accounts.view");
inline const QString kCharges = QStringLiteral("accounts.charges");
inline const QString kPayments = QStringLiteral("accounts.payments");
inline const QString kAdjust = QStringLiteral("accounts.adjust");
inline const QString kTransfer = QStringLiteral("accounts.transfer");
inline const QString kRefund = QStringLiteral("accounts.refund");
inline const QString kReverse = QStringLiteral("accounts.reverse");
}  // namespace perm

// Declares them with their default roles (idempotent).
void declareAccountsPermissions();

}  // namespace fd::accounts
