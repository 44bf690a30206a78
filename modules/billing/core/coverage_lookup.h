#pragma once

#include "billing/core/billing_context.h"

#include <QHash>

namespace fd::billing {

// The coverage a service line is billed to, or why it cannot be billed now.
struct LineTarget
{
    std::optional<patients::Coverage> coverage;
    QString hold;  // translated reason; empty when billable
};

// Asks the registry for a patient's coverages and privacy restrictions on a date, once per
// patient and date for the life of the lookup (one build, one list).
class CoverageLookup
{
public:
    explicit CoverageLookup(const BillingContext& ctx) : m_ctx(ctx) {}

    // Reads the records, coverages and restrictions of every patient of `lines` in one bulk
    // read (audited as one read listing the patients), for a run over many lines.
    Status preload(const std::vector<ServiceLine>& lines);
    Result<LineTarget> target(const ServiceLine& line);
    Result<std::vector<patients::PrivacyRestriction>> restrictions(const QString& patientId, const QDate& day);
    // What preload() read (empty before it): the scrub of the claims built from the lines
    // reads nothing of these patients again.
    const patients::PatientBundle& preloaded() const { return m_preloaded; }

private:
    Result<std::vector<patients::Coverage>> coverages(const QString& patientId, const QDate& day);

    const BillingContext& m_ctx;
    QHash<QString, std::vector<patients::Coverage>> m_coverages;  // by patient and day
    QHash<QString, std::vector<patients::PrivacyRestriction>> m_restrictions;
    patients::PatientBundle m_preloaded;
};

}  // namespace fd::billing
