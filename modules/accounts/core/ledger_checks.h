#pragma once

#include "accounts/core/ledger_types.h"
#include "common/result.h"

namespace fd::accounts {

// The rules every way of posting shares (LedgerService one entry at a time, LedgerBulkWriter
// many in one transaction), so both refuse the same input with the same message and field.

Error invalid(const QString& message, const QString& field);
Status requirePositive(Money amount, const QString& field);
// A card number is never a reference; a check needs its number; at most 60 characters.
Status checkReference(const QString& reference, PaymentMethod method);
// `amount` must not exceed `available`, what the bucket `what` holds.
Status checkNotBelowZero(qint64 available, Money amount, const QString& what, const QString& field);
QString bucketText(Bucket bucket);  // "insurance balance of the line", ...
// A charge's own fields: service date (not after `today`), code, modifiers, units, line id.
Status checkCharge(const ChargeRequest& request, const QDate& today);
// A CARC group (CO, PR, OI, PI) and code, upper-cased; InvalidInput naming the field otherwise.
Result<std::pair<QString, QString>> checkReason(const QString& group, const QString& code);

}  // namespace fd::accounts
