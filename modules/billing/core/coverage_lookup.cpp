#include "billing/core/coverage_lookup.h"

#include "billing/core/charge_service.h"

namespace fd::billing {

namespace {
QString keyOf(const QString& patientId, const QDate& day)
{
    return patientId + QLatin1Char('|') + day.toString(Qt::ISODate);
}
}  // namespace

Result<std::vector<patients::PrivacyRestriction>> CoverageLookup::restrictions(const QString& patientId,
                                                                               const QDate& day)
{
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
