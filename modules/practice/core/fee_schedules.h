#pragma once

#include "common/result.h"
#include "practice/core/practice_types.h"

#include <QByteArray>
#include <vector>

namespace fd::practice {

// The charge master (what the practice bills) and each payer's allowed amounts (what it
// expects), each a series of schedules with effective dates. Reads need practice.view,
// changes practice.edit.
class IFeeScheduleService
{
public:
    virtual ~IFeeScheduleService() = default;
    // Every schedule; with payerId set only that payer's ("" for the charge master's).
    virtual Result<std::vector<FeeSchedule>> list(const std::optional<QString>& payerId = std::nullopt) const = 0;
    virtual Result<std::vector<FeeItem>> items(const QString& scheduleId) const = 0;

    // Adds a schedule in one transaction. The schedule in effect on its start date ends the day
    // before; when a later schedule exists, the new one ends the day before that one starts.
    virtual Result<FeeSchedule> addSchedule(const FeeSchedule& schedule, const std::vector<FeeItem>& items) = 0;
    // The same from CSV (code, modifier, description, amount; a header row names them). A bad
    // line refuses the whole file with every bad line listed.
    virtual Result<FeeSchedule> importCsv(const FeeSchedule& schedule, const QByteArray& csv) = 0;
    // Sets one code's amount (and description) in a schedule; audited with the prior amount.
    virtual Status setItem(const QString& scheduleId, const FeeItem& item) = 0;

    // What the practice charges for a code on a date (the item without modifier when none
    // matches the modifier). NotFound when no schedule or item covers it.
    virtual Result<FeeItem> chargeFor(const QString& code, const QString& modifier, const QDate& date) const = 0;
    virtual Result<FeeItem> allowedFor(const QString& payerId, const QString& code, const QString& modifier,
                                       const QDate& date) const = 0;
    // Charge and, when the payer has a schedule for it, the allowed amount (patient estimates).
    virtual Result<FeeQuote> quote(const QString& payerId, const QString& code, const QString& modifier,
                                   const QDate& date) const = 0;
};

// Parses a fee CSV; InvalidInput listing every bad line.
Result<std::vector<FeeItem>> parseFeeCsv(const QByteArray& csv);
// CPT (5 characters: 4 digits then a digit, F, T or U) or HCPCS Level II (a letter A-V and 4 digits).
QString codeSystemOf(const QString& code);

}  // namespace fd::practice
