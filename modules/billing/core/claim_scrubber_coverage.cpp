// The claim scrubber's rules about the patient, the coverage and the payer: PATIENT-RECORD,
// MEMBER-ID, COVERAGE-ACTIVE, COVERAGE-ORDER, DATE-*, PAYER-KNOWN, REFERRING-REQUIRED,
// DUPLICATE-CLAIM, TIMELY-FILING.
#include "billing/core/claim_scrubber.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <set>

namespace fd::billing::scrub_rules {

namespace {

const ScrubPatient* patientOf(const Claim& claim, const ScrubFacts& facts)
{
    auto it = facts.patients.constFind(claim.patientId);
    if (it == facts.patients.constEnd() || !it->unreadable.isEmpty())
        return nullptr;
    return &it.value();
}

// The distinct dates of service of a claim: the claim's and its lines'.
std::vector<QDate> serviceDates(const Claim& claim)
{
    std::set<QDate> days{claim.serviceDate};
    for (const ClaimLine& l : claim.lines)
        if (l.serviceDate.isValid())
            days.insert(l.serviceDate);
    return {days.begin(), days.end()};
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString coverageSpan(const ScrubCoverage& c)
{
    return c.effectiveTo.isNull() ? ClaimScrubber::tr("from %1").arg(iso(c.effectiveFrom))
                                  : ClaimScrubber::tr("from %1 to %2").arg(iso(c.effectiveFrom), iso(c.effectiveTo));
}

void coverageOrder(const Claim& claim, const ScrubPatient& patient, const ScrubCoverage& billed, Findings& out)
{
    const QString fix = ClaimScrubber::tr("Correct the order of the patient's coverages (1 primary, 2 secondary, 3 "
                                          "tertiary) for the date of service, then rebuild the claim.");
    if (claim.payerOrder != billed.order)
        out.push_back(finding(claim, "COVERAGE-ORDER", ScrubSeverity::Error, 0, QStringLiteral("payer_order"),
                              ClaimScrubber::tr("Claim %1 bills the coverage as payer %2, but the patient's record has "
                                                "it as payer %3.")
                                  .arg(label(claim))
                                  .arg(claim.payerOrder)
                                  .arg(billed.order),
                              fix));
    QMap<int, int> held;  // order -> coverages holding it on the date
    for (const ScrubCoverage& c : patient.coverages)
        if (c.activeOn(claim.serviceDate))
            ++held[c.order];
    for (int order = 1; order < billed.order; ++order)
        if (!held.contains(order))
            out.push_back(finding(claim, "COVERAGE-ORDER", ScrubSeverity::Error, 0, QStringLiteral("payer_order"),
                                  ClaimScrubber::tr("Claim %1 goes to payer %2 of the patient, but no coverage is payer "
                                                    "%3 on %4.")
                                      .arg(label(claim))
                                      .arg(billed.order)
                                      .arg(order)
                                      .arg(iso(claim.serviceDate)),
                                  fix));
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        if (it.value() > 1)
            out.push_back(finding(claim, "COVERAGE-ORDER", ScrubSeverity::Error, 0, QStringLiteral("payer_order"),
                                  ClaimScrubber::tr("Claim %1: %2 of the patient's coverages are payer %3 on %4.")
                                      .arg(label(claim))
                                      .arg(it.value())
                                      .arg(it.key())
                                      .arg(iso(claim.serviceDate)),
                                  fix));
}

}  // namespace

void coverage(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    auto known = facts.patients.constFind(claim.patientId);
    if (known == facts.patients.constEnd() || !known->unreadable.isEmpty()) {
        out.push_back(finding(claim, "PATIENT-RECORD", ScrubSeverity::Error, 0, QStringLiteral("patient"),
                              ClaimScrubber::tr("Claim %1: the patient's record could not be read (%2), so the "
                                                "coverage and dates were not checked.")
                                  .arg(label(claim),
                                       known == facts.patients.constEnd() ? ClaimScrubber::tr("not found")
                                                                          : known->unreadable),
                              ClaimScrubber::tr("Scrub the claim as a user who may open the patient's record.")));
        return;
    }
    const ScrubPatient& patient = known.value();
    auto billed = std::find_if(patient.coverages.begin(), patient.coverages.end(),
                               [&](const ScrubCoverage& c) { return c.id == claim.coverageId; });
    const QString rebuild = ClaimScrubber::tr("Correct the patient's insurance, delete the draft and build the claim "
                                              "again (or bill the patient).");
    if (billed == patient.coverages.end()) {
        out.push_back(finding(claim, "COVERAGE-ACTIVE", ScrubSeverity::Error, 0, QStringLiteral("coverage"),
                              ClaimScrubber::tr("Claim %1: the coverage it bills is no longer on the patient's record.")
                                  .arg(label(claim)),
                              rebuild));
        return;
    }
    if (billed->memberId.trimmed().isEmpty())
        out.push_back(finding(claim, "MEMBER-ID", ScrubSeverity::Error, 0, QStringLiteral("coverage.member_id"),
                              ClaimScrubber::tr("Claim %1: the coverage has no member id.").arg(label(claim)),
                              ClaimScrubber::tr("Enter the member id from the patient's insurance card.")));
    if (billed->payerId != claim.payerId)
        out.push_back(finding(claim, "COVERAGE-ACTIVE", ScrubSeverity::Error, 0, QStringLiteral("coverage.payer"),
                              ClaimScrubber::tr("Claim %1: the coverage now names another payer than the claim.")
                                  .arg(label(claim)),
                              rebuild));
    for (const QDate& day : serviceDates(claim))
        if (!billed->activeOn(day))
            out.push_back(finding(claim, "COVERAGE-ACTIVE", ScrubSeverity::Error, 0, QStringLiteral("coverage"),
                                  ClaimScrubber::tr("Claim %1: the coverage (member id %2) is not in effect on the date "
                                                    "of service %3; it runs %4.")
                                      .arg(label(claim), billed->memberId, iso(day), coverageSpan(*billed)),
                                  rebuild));
    coverageOrder(claim, patient, *billed, out);
}

void dates(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    const ScrubPatient* patient = patientOf(claim, facts);
    for (const QDate& day : serviceDates(claim)) {
        if (day > facts.today)
            out.push_back(finding(claim, "DATE-FUTURE", ScrubSeverity::Error, 0, QStringLiteral("service_date"),
                                  ClaimScrubber::tr("Claim %1: the date of service %2 is in the future.")
                                      .arg(label(claim), iso(day)),
                                  ClaimScrubber::tr("Correct the date of service of the charges, or wait until the "
                                                    "service was given.")));
        if (patient && patient->birthDate.isValid() && day < patient->birthDate)
            out.push_back(finding(claim, "DATE-BEFORE-BIRTH", ScrubSeverity::Error, 0, QStringLiteral("service_date"),
                                  ClaimScrubber::tr("Claim %1: the date of service %2 is before the patient's date of "
                                                    "birth.")
                                      .arg(label(claim), iso(day)),
                                  ClaimScrubber::tr("Correct the date of service or the patient's date of birth.")));
        if (patient && patient->deceasedDate.isValid() && day > patient->deceasedDate)
            out.push_back(finding(claim, "DATE-AFTER-DEATH", ScrubSeverity::Error, 0, QStringLiteral("service_date"),
                                  ClaimScrubber::tr("Claim %1: the date of service %2 is after the patient's date of "
                                                    "death.")
                                      .arg(label(claim), iso(day)),
                                  ClaimScrubber::tr("Correct the date of service or the patient's date of death.")));
    }
}

void payerRules(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    const auto rule = facts.payerRules.constFind(claim.payerId);
    if (rule != facts.payerRules.constEnd() && rule->requireReferring && claim.referringProviderId.isEmpty()) {
        const auto payer = facts.payers.constFind(claim.payerId);
        out.push_back(finding(claim, "REFERRING-REQUIRED", ScrubSeverity::Error, 0,
                              QStringLiteral("referring_provider"),
                              ClaimScrubber::tr("Claim %1: %2 requires a referring provider, and the claim has none.")
                                  .arg(label(claim),
                                       payer == facts.payers.constEnd() ? claim.payerId : payer->name),
                              ClaimScrubber::tr("Enter the referring provider on the visit's charges and rebuild the "
                                                "claim.")));
    }
}

void duplicates(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    if (claim.frequency != Frequency::Original)
        return;  // a replacement or void repeats its original by design
    QSet<QString> reported;
    for (const ClaimLine& l : claim.lines) {
        const QDate day = l.serviceDate.isValid() ? l.serviceDate : claim.serviceDate;
        const auto found = facts.billed.constFind(ScrubFacts::billedKey(claim.patientId, day, l.code, claim.payerId));
        if (found == facts.billed.constEnd())
            continue;
        for (const BilledService& other : found.value()) {
            // Claims split from one visit share codes; they are not duplicates.
            if (other.claimId == claim.id || other.encounterId == claim.encounterId)
                continue;
            if (reported.contains(other.claimId + l.code))
                continue;
            reported.insert(other.claimId + l.code);
            out.push_back(finding(
                claim, "DUPLICATE-CLAIM", ScrubSeverity::Warning, l.lineNumber,
                QStringLiteral("lines[%1].code").arg(l.lineNumber),
                ClaimScrubber::tr("Claim %1, line %2: %3 on %4 for this patient and payer is also on claim %5.")
                    .arg(label(claim))
                    .arg(l.lineNumber)
                    .arg(l.code, iso(day), other.claimNumber),
                ClaimScrubber::tr("Delete the duplicate draft, or acknowledge the warning when the service was given "
                                  "twice (add a modifier such as 76 or 91 that says so).")));
        }
    }
}

void timelyFiling(const Claim& claim, const ScrubFacts& facts, Findings& out)
{
    const auto payer = facts.payers.constFind(claim.payerId);
    if (payer == facts.payers.constEnd()) {
        out.push_back(finding(claim, "PAYER-KNOWN", ScrubSeverity::Error, 0, QStringLiteral("payer"),
                              ClaimScrubber::tr("Claim %1: its payer is not on the practice's list of payers.")
                                  .arg(label(claim)),
                              ClaimScrubber::tr("Add the payer (Practice > Payers) or correct the patient's coverage.")));
        return;
    }
    if (payer->timelyFilingDays <= 0 || (claim.status != ClaimStatus::Draft && claim.status != ClaimStatus::Ready))
        return;
    const QDate deadline = claim.serviceDate.addDays(payer->timelyFilingDays);
    const qint64 left = facts.today.daysTo(deadline);
    if (left > ClaimScrubber::kTimelyWarningDays)
        return;
    const bool late = left < 0;
    out.push_back(finding(
        claim, "TIMELY-FILING", late ? ScrubSeverity::Error : ScrubSeverity::Warning, 0, QStringLiteral("service_date"),
        late ? ClaimScrubber::tr("Claim %1: %2 accepts claims up to %3 days after the date of service; the limit was "
                                 "%4.")
                   .arg(label(claim), payer->name)
                   .arg(payer->timelyFilingDays)
                   .arg(iso(deadline))
             : ClaimScrubber::tr("Claim %1: %2's timely filing limit is %3, in %4 day(s).")
                   .arg(label(claim), payer->name, iso(deadline))
                   .arg(left),
        late ? ClaimScrubber::tr("Send the claim with proof of timely filing only if the payer allows an exception; "
                                 "otherwise adjust the balance off.")
             : ClaimScrubber::tr("Send the claim now.")));
}

}  // namespace fd::billing::scrub_rules
