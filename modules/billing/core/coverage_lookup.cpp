#include "billing/core/coverage_lookup.h"

#include "billing/core/charge_service.h"
#include "billing/core/patient_ids.h"

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

Result<const patients::Coverage*> CoverageLookup::coverageOf(const ServiceLine& line)
{
    // As ICoverageService::applicableOn ordered by `order`: the line's own coverage, or the
    // first primary in force (the first of equal orders, as a stable sort keeps them).
    auto goesTo = [&](const patients::Coverage& c) {
        return line.coverageId.isEmpty() ? c.order == 1 : c.id == line.coverageId;
    };
    if (auto all = m_preloaded.coverages.constFind(line.patientId); all != m_preloaded.coverages.constEnd()) {
        for (const patients::Coverage& c : all.value())
            if (c.activeOn(line.serviceDate) && goesTo(c))
                return &c;
        return static_cast<const patients::Coverage*>(nullptr);
    }
    const QString key = keyOf(line.patientId, line.serviceDate);
    auto it = m_coverages.find(key);
    if (it == m_coverages.end()) {
        auto found = m_ctx.coverages->applicableOn(line.patientId, line.serviceDate);
        FD_TRY(found);
        it = m_coverages.emplace(key, std::move(found.value())).first;
    }
    for (const patients::Coverage& c : it->second)
        if (goesTo(c))
            return &c;
    return static_cast<const patients::Coverage*>(nullptr);
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
    auto coverage = coverageOf(line);
    FD_TRY(coverage);
    if (*coverage) {
        out.coverage = coverage.value();
        return out;
    }
    out.hold = line.coverageId.isEmpty()
                   ? billingTr("no primary coverage on the date of service")
                   : billingTr("the line's coverage is not in effect on the date of service");
    return out;
}

}  // namespace fd::billing
