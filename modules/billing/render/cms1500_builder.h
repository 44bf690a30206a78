#pragma once

#include "billing/core/billing.h"
#include "billing/core/claim_export_service.h"
#include "billing/render/cms1500.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "security/interfaces.h"

#include <QCoreApplication>

#include <memory>

namespace fd::billing::render {

// The services a CMS-1500 is filled from.
struct Cms1500Sources
{
    std::shared_ptr<IClaimService> claims;
    std::shared_ptr<IClaimEnvelopes> envelopes;
    std::shared_ptr<patients::ICoverageService> coverages;
    std::shared_ptr<practice::IPayerService> payers;
    std::shared_ptr<practice::ILocationService> locations;
    std::shared_ptr<practice::IPracticeProfile> profile;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IAuditTrail> audit;
    std::shared_ptr<IClock> clock;  // optional: the system clock without one

    static Cms1500Sources from(const ServiceRegistry& registry);
    bool complete() const;
};

// Fills the CMS-1500 boxes of claims from the billing core's envelope resolution (the same
// facts the 837P carries: practice, providers, payer, coverage, patient, subscriber), the
// payer's paper-claim address, the service location and the patient's other coverage on the
// date of service (items 9 and 11d). Needs billing.view; the patients' reads are audited by
// the registry.
class Cms1500Builder
{
    Q_DECLARE_TR_FUNCTIONS(fd::billing::render::Cms1500Builder)

public:
    explicit Cms1500Builder(Cms1500Sources sources) : m_sources(std::move(sources)) {}

    // The forms of the claims, in the order given. A claim without what a required box needs
    // is refused (InvalidInput), naming the claim number and the box; nothing is printed.
    Result<std::vector<Cms1500Claim>> build(const QStringList& claimIds) const;
    // Audits that the forms were printed or saved (`destination`: printer, pdf, png).
    Status recordPrinted(const std::vector<Cms1500Claim>& forms, const QString& destination) const;

    // The boxes the NUCC manual requires, checked on a filled form.
    static Status checkRequired(const Cms1500Claim& form);

private:
    Result<Cms1500Claim> fill(const ClaimEnvelope& e, const ClaimEnvelope* other,
                              const practice::PracticeProfile& profile) const;
    Status fillFacility(Cms1500Claim& form, const ClaimEnvelope& e) const;
    QDate today() const;

    Cms1500Sources m_sources;
};

}  // namespace fd::billing::render
