#pragma once

#include "billing/core/eligibility.h"
#include "x12/eligibility_view.h"
#include "x12/interchange.h"

#include <QCoreApplication>

namespace fd::billing {

// One member's answer in a 271, with the trace number (TRN02) it echoes from the 270.
struct Eligibility271Answer
{
    QStringList traceNumbers;
    QString interchangeControl;  // ISA13 of the 271
    EligibilityBenefits benefits;
};

// Reads 271 (005010X279A1) answers into the benefits model: EB01 1-5 active, 6-8 inactive;
// plan name (EB05); copay (B) and coinsurance (A) per service type (EB03); deductible (C)
// and out-of-pocket (G) by time period (EB06) and network (EB12); AAA rejections at any
// level turned into plain-language errors with the payer's code.
class Eligibility271Reader
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::Eligibility271Reader)

public:
    // Every answer of every 271 in `content`; an Error when it holds no 271 at all (naming
    // what it holds or the reader's first finding).
    static Result<std::vector<Eligibility271Answer>> read(const QByteArray& content);
    // The answers of one 271 transaction set: the patient (a dependent when there is one),
    // per subscriber level.
    static Result<std::vector<Eligibility271Answer>> answersOf(const x12::Transaction& transaction);
    // The benefits of one member, with the rejections of the levels above it.
    static EligibilityBenefits benefitsOf(const x12::EligibilityMember& member, const QList<QByteArray>& above);
    // "The payer cannot find the subscriber (AAA 75)...".
    static QString rejectionText(const QByteArray& code);
    // EB06 in words: "calendar year", "remaining".
    static QString timePeriodText(const QString& code);
    // EB03 in words for the common types: "health benefit plan coverage", "professional
    // (physician) visit - office"; the code itself otherwise.
    static QString serviceTypeText(const QString& code);
};

}  // namespace fd::billing
