#pragma once

#include "billing/core/eligibility.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace fd::billing::ui {

// A 271's benefits in words for the front desk (the Eligibility tab of the patient record).
class EligibilityWords
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::ui::EligibilityWords)

public:
    static QString status(EligibilityStatus status);
    static QString kind(const QString& kind);         // copay -> "Copay"
    static QString serviceType(const QString& code);  // 98 -> "Office visit (98)"
    static QString period(const QString& code);       // 23 -> "calendar year"
    static QString level(const QString& code);        // IND -> "individual"
    static QString network(Network network);
    // "$25.00", "20%", or "not given".
    static QString amount(const BenefitAmount& benefit, const QLocale& locale = QLocale());
    // Deductible and out-of-pocket lines: what remains against the year's amount, per
    // coverage level and network ("Deductible, individual, in network: $350.25 remaining of
    // $1,500.00 for the calendar year.").
    static QStringList limits(const EligibilityBenefits& benefits,
                              const QLocale& locale = QLocale());
};

}  // namespace fd::billing::ui
