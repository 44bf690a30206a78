// The claim scrubber's rules about codes and lines: DX-VALID, DX-POINTER, DX-UNPOINTED,
// MODIFIER-FORMAT, MODIFIER-COUNT, UNITS-POSITIVE, CHARGE-POSITIVE, NCCI-PTP.
#include "billing/core/claim_scrubber.h"

#include <QSet>

#include <algorithm>

namespace fd::billing::scrub_rules {

namespace {

QString lineField(const ClaimLine& l, const char* field)
{
    return QStringLiteral("lines[%1].%2").arg(l.lineNumber).arg(QLatin1String(field));
}

QDate dayOf(const Claim& claim, const ClaimLine& l)
{
    return l.serviceDate.isValid() ? l.serviceDate : claim.serviceDate;
}

bool hasNcciModifier(const ClaimLine& l)
{
    return std::any_of(l.modifiers.begin(), l.modifiers.end(), &ClaimScrubber::isNcciModifier);
}

// The edit of a column 1 / column 2 pair in force on `day` that applies, if any.
const NcciEdit* ncciEdit(const ScrubFacts& facts, const QString& column1, const QString& column2, const QDate& day)
{
    const auto rows = facts.ncci.constFind(ScrubFacts::ncciKey(column1, column2));
    if (rows == facts.ncci.constEnd())
        return nullptr;
    for (const NcciEdit& e : rows.value())
        if (e.inForceOn(day) && e.modifierIndicator != 9)
            return &e;
    return nullptr;
}

}  // namespace

void diagnoses(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    if (claim.diagnoses.isEmpty())
        out.push_back(finding(claim, "DX-VALID", ScrubSeverity::Error, 0, QStringLiteral("diagnoses"),
                              ClaimScrubber::tr("Claim %1 has no diagnosis.").arg(label(claim)),
                              ClaimScrubber::tr("Enter the visit's diagnoses and rebuild the claim.")));
    for (int i = 0; i < claim.diagnoses.size(); ++i) {
        const QString& code = claim.diagnoses.at(i);
        const QString problem = facts.diagnosisProblems.value(ScrubFacts::diagnosisKey(code, claim.serviceDate));
        if (!problem.isEmpty())
            out.push_back(finding(claim, "DX-VALID", ScrubSeverity::Error, 0, QStringLiteral("diagnoses[%1]").arg(i + 1),
                                  ClaimScrubber::tr("Claim %1, diagnosis %2 (%3): not a billable ICD-10-CM code on %4: %5")
                                      .arg(label(claim))
                                      .arg(i + 1)
                                      .arg(code, claim.serviceDate.toString(Qt::ISODate), problem),
                                  ClaimScrubber::tr("Choose the complete (billable) code valid on the date of service; "
                                                    "import the newer ICD-10-CM release if it is missing.")));
    }
    QSet<int> pointed;
    const QString pointerFix =
        ClaimScrubber::tr("Point each line to one to four of the claim's diagnoses, most important first.");
    for (const ClaimLine& l : claim.lines) {
        if (l.pointers.isEmpty())
            out.push_back(finding(claim, "DX-POINTER", ScrubSeverity::Error, l.lineNumber, lineField(l, "pointers"),
                                  ClaimScrubber::tr("Claim %1, line %2 (%3) points to no diagnosis.")
                                      .arg(label(claim))
                                      .arg(l.lineNumber)
                                      .arg(l.code),
                                  pointerFix));
        if (l.pointers.size() > 4)
            out.push_back(finding(claim, "DX-POINTER", ScrubSeverity::Error, l.lineNumber, lineField(l, "pointers"),
                                  ClaimScrubber::tr("Claim %1, line %2 (%3) points to %4 diagnoses; a line carries at "
                                                    "most 4.")
                                      .arg(label(claim))
                                      .arg(l.lineNumber)
                                      .arg(l.code)
                                      .arg(l.pointers.size()),
                                  pointerFix));
        for (int p : l.pointers) {
            if (p >= 1 && p <= claim.diagnoses.size()) {
                pointed.insert(p);
                continue;
            }
            out.push_back(finding(claim, "DX-POINTER", ScrubSeverity::Error, l.lineNumber, lineField(l, "pointers"),
                                  ClaimScrubber::tr("Claim %1, line %2 (%3) points to diagnosis %4, but the claim has "
                                                    "%5 diagnosis(es).")
                                      .arg(label(claim))
                                      .arg(l.lineNumber)
                                      .arg(l.code)
                                      .arg(p)
                                      .arg(claim.diagnoses.size()),
                                  pointerFix));
        }
    }
    for (int i = 1; i <= claim.diagnoses.size(); ++i)
        if (!pointed.contains(i))
            out.push_back(finding(claim, "DX-UNPOINTED", ScrubSeverity::Warning, 0,
                                  QStringLiteral("diagnoses[%1]").arg(i),
                                  ClaimScrubber::tr("Claim %1: no line points to diagnosis %2 (%3).")
                                      .arg(label(claim))
                                      .arg(i)
                                      .arg(claim.diagnoses.at(i - 1)),
                                  ClaimScrubber::tr("Point a line to it, or remove it from the visit's diagnoses.")));
}

void lines(const Claim& claim, const ScrubFacts&, Findings& out)
{
    for (const ClaimLine& l : claim.lines) {
        if (l.modifiers.size() > 4)
            out.push_back(finding(claim, "MODIFIER-COUNT", ScrubSeverity::Error, l.lineNumber,
                                  lineField(l, "modifiers"),
                                  ClaimScrubber::tr("Claim %1, line %2 (%3) has %4 modifiers; a line carries at most 4.")
                                      .arg(label(claim))
                                      .arg(l.lineNumber)
                                      .arg(l.code)
                                      .arg(l.modifiers.size()),
                                  ClaimScrubber::tr("Keep the four modifiers that matter most (pricing ones first).")));
        for (int m = 0; m < l.modifiers.size(); ++m)
            if (!isModifier(l.modifiers.at(m)))
                out.push_back(finding(claim, "MODIFIER-FORMAT", ScrubSeverity::Error, l.lineNumber,
                                      QStringLiteral("lines[%1].modifiers[%2]").arg(l.lineNumber).arg(m + 1),
                                      ClaimScrubber::tr("Claim %1, line %2 (%3): modifier '%4' is not two letters or "
                                                        "digits.")
                                          .arg(label(claim))
                                          .arg(l.lineNumber)
                                          .arg(l.code, l.modifiers.at(m)),
                                      ClaimScrubber::tr("Correct the modifier (for example 25, 59 or LT).")));
        if (l.units < 1)
            out.push_back(finding(claim, "UNITS-POSITIVE", ScrubSeverity::Error, l.lineNumber, lineField(l, "units"),
                                  ClaimScrubber::tr("Claim %1, line %2 (%3) has %4 unit(s).")
                                      .arg(label(claim))
                                      .arg(l.lineNumber)
                                      .arg(l.code)
                                      .arg(l.units),
                                  ClaimScrubber::tr("Enter the units given (at least 1).")));
        if (l.amount.cents() <= 0)
            out.push_back(finding(claim, "CHARGE-POSITIVE", ScrubSeverity::Error, l.lineNumber, lineField(l, "amount"),
                                  ClaimScrubber::tr("Claim %1, line %2 (%3) charges %4.")
                                      .arg(label(claim))
                                      .arg(l.lineNumber)
                                      .arg(l.code, l.amount.toDecimalString()),
                                  ClaimScrubber::tr("Price the code in the charge master and enter the charge again.")));
    }
}

void ncci(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    if (facts.ncci.isEmpty())
        return;
    for (const ClaimLine& first : claim.lines) {
        for (const ClaimLine& second : claim.lines) {
            if (&first == &second || first.code == second.code || dayOf(claim, first) != dayOf(claim, second))
                continue;
            const NcciEdit* edit = ncciEdit(facts, first.code, second.code, dayOf(claim, first));
            if (!edit || (edit->modifierIndicator == 1 && hasNcciModifier(second)))
                continue;
            const QString message =
                edit->modifierIndicator == 1
                    ? ClaimScrubber::tr("Claim %1, line %2: %3 is bundled into %4 (line %5) by a CMS NCCI edit; it is "
                                        "paid separately only with a modifier such as 59, XE, XS, XP, XU, 25 or 91.")
                    : ClaimScrubber::tr("Claim %1, line %2: %3 is bundled into %4 (line %5) by a CMS NCCI edit that no "
                                        "modifier overrides.");
            out.push_back(finding(claim, "NCCI-PTP", ScrubSeverity::Error, second.lineNumber,
                                  lineField(second, "code"),
                                  message.arg(label(claim))
                                      .arg(second.lineNumber)
                                      .arg(second.code, first.code)
                                      .arg(first.lineNumber),
                                  edit->modifierIndicator == 1
                                      ? ClaimScrubber::tr("When the service was distinct (another site, session or "
                                                          "encounter), add the modifier that says so to line %1; else "
                                                          "remove the line.")
                                            .arg(second.lineNumber)
                                      : ClaimScrubber::tr("Remove line %1 from the claim.").arg(second.lineNumber)));
        }
    }
}

}  // namespace fd::billing::scrub_rules
