#pragma once

#include "billing/core/billing_context.h"

#include <QHash>

#include <unordered_map>

namespace fd::billing {

// The coverage a service line is billed to, or why it cannot be billed now.
struct LineTarget
{
    const patients::Coverage* coverage = nullptr;  // the lookup's own: valid while it lives
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
    // The coverage in force on the line's date that it goes to (its own, or the primary), or
    // nullptr; read from what preload() read without copying, or asked for once per patient and day.
    Result<const patients::Coverage*> coverageOf(const ServiceLine& line);

    const BillingContext& m_ctx;
    // By patient and day; a node's coverages stay where they are as the map grows.
    std::unordered_map<QString, std::vector<patients::Coverage>> m_coverages;
    QHash<QString, std::vector<patients::PrivacyRestriction>> m_restrictions;
    patients::PatientBundle m_preloaded;
};

}  // namespace fd::billing
