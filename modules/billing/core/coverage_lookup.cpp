#include "billing/core/coverage_lookup.h"

#include "billing/core/charge_service.h"
#include "billing/core/patient_ids.h"

#include <algorithm>

namespace fd::billing {

namespace {
QString keyOf(const QString& patientId, const QDate& day)
{
    return patientId + QLatin1Char('|') + day.toString(Qt::ISODate);
}
}  // namespace

Status CoverageLookup::preload(const std::vector<ServiceLine>& lines)
{
    const QStringList patients = patientIdsOf(lines);
    if (patients.isEmpty())
        return {};
    auto read = m_ctx.patientReads->bundle(patients);
    FD_TRY(read);
    m_preloaded = std::move(read.value());
    return {};
}

Result<std::vector<patients::PrivacyRestriction>> CoverageLookup::restrictions(const QString& patientId,
                                                                               const QDate& day)
{
    if (auto all = m_preloaded.restrictions.constFind(patientId); all != m_preloaded.restrictions.constEnd()) {
        std::vector<patients::PrivacyRestriction> active;  // as IPatientPrivacy::restrictionsOn
        for (const patients::PrivacyRestriction& r : all.value())
            if (r.activeOn(day))
                active.push_back(r);
        return active;
    }
    const QString key = keyOf(patientId, day);
    auto it = m_restrictions.constFind(key);
    if (it != m_restrictions.constEnd())
        return it.value();
    auto found = m_ctx.privacy->restrictionsOn(patientId, day);
    FD_TRY(found);
    m_restrictions.insert(key, found.value());
    return found.value();
}

Result<std::vector<patients::Coverage>> CoverageLookup::coverages(const QString& patientId, const QDate& day)
{
    if (auto all = m_preloaded.coverages.constFind(patientId); all != m_preloaded.coverages.constEnd()) {
        std::vector<patients::Coverage> inForce;  // as ICoverageService::applicableOn
        for (const patients::Coverage& c : all.value())
            if (c.activeOn(day))
                inForce.push_back(c);
        std::stable_sort(inForce.begin(), inForce.end(),
                         [](const patients::Coverage& a, const patients::Coverage& b) { return a.order < b.order; });
        return inForce;
    }
    const QString key = keyOf(patientId, day);
    auto it = m_coverages.constFind(key);
    if (it != m_coverages.constEnd())
        return it.value();
    auto found = m_ctx.coverages->applicableOn(patientId, day);
    FD_TRY(found);
    m_coverages.insert(key, found.value());
    return found.value();
}

Result<LineTarget> CoverageLookup::target(const ServiceLine& line)
{
    LineTarget out;
    if (line.selfPay) {
        out.hold = billingTr("self-paid");
        return out;
    }
    if (line.ledgerEntryId.isEmpty()) {
        out.hold = billingTr("not yet posted to the ledger");
        return out;
    }
    auto restricted = restrictions(line.patientId, line.serviceDate);
    FD_TRY(restricted);
    if (restrictedFromPlan(line, restricted.value())) {
        out.hold = billingTr("the patient asked that this service not be billed to their plan");
        return out;
    }
    auto active = coverages(line.patientId, line.serviceDate);
    FD_TRY(active);
    for (const patients::Coverage& c : active.value()) {
        if (line.coverageId.isEmpty() ? c.order == 1 : c.id == line.coverageId) {
            out.coverage = c;
            return out;
        }
    }
    out.hold = line.coverageId.isEmpty()
                   ? billingTr("no primary coverage on the date of service")
                   : billingTr("the line's coverage is not in effect on the date of service");
    return out;
}

}  // namespace fd::billing
