#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fd::calendar {

// What the front desk sees of a coverage's latest eligibility check (docs/ELIGIBILITY.md).
struct InsuranceCheckSummary
{
    QString coverageId;
    QString status;  // active | inactive | error | not_checked
    QDateTime checkedAt;  // UTC; invalid when never checked
    QString planName;
    std::optional<Money> officeVisitCopay;      // service type 98 (or 30), in network
    std::optional<Money> deductibleRemaining;   // EB*C with time period 29
    QString message;  // the plain-language error, when status is "error"
};

// A hook the billing core implements (eligibility is billing's, the check-in dialog is the
// calendar's; calendar never links billing). Absent from the registry without billing.
class IInsuranceCheck
{
public:
    virtual ~IInsuranceCheck() = default;
    // The latest stored result for the coverage ("not_checked" when there is none).
    virtual Result<InsuranceCheckSummary> latest(const QString& coverageId) = 0;
    // Asks the payer now (real-time 270/271); the result is stored and returned. A failed
    // exchange is an Error and stores nothing.
    virtual Result<InsuranceCheckSummary> checkNow(const QString& coverageId) = 0;
};

}  // namespace fd::calendar
