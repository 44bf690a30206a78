#pragma once

#include "fhir/fhir_exchange.h"
#include "practice/core/practice_service_context.h"

#include <memory>

namespace fd::practice {

class PracticeProfileService;
class LocationService;
class ProviderService;
class PayerService;

struct PracticeFhirServices
{
    std::shared_ptr<PracticeProfileService> profile;
    std::shared_ptr<LocationService> locations;
    std::shared_ptr<ProviderService> providers;
    std::shared_ptr<PayerService> payers;
};

// Exports the practice (Organization), payers (Organization), locations, providers
// (Practitioner) and their roles (PractitionerRole). Needs practice.view.
class PracticeFhirSource final : public fhir::IFhirResourceSource
{
public:
    PracticeFhirSource(PracticeServiceContext context, PracticeFhirServices services)
        : m_ctx(std::move(context)), m_services(std::move(services))
    {
    }
    QStringList resourceTypes() const override;
    Status exportResources(const Emit& out) const override;

private:
    mutable PracticeServiceContext m_ctx;
    PracticeFhirServices m_services;
};

// Imports payer Organizations, Locations, Practitioners and PractitionerRoles (which give
// a provider's locations, specialties and claim roles). The practice's own Organization is
// left alone (the profile is set up by init). A record already here (a payer or location
// of the same name, a provider with the same NPI) is kept and counted as skipped. Needs
// practice.edit; every row written is audited as a create.
class PracticeFhirSink final : public fhir::IFhirResourceSink
{
public:
    PracticeFhirSink(PracticeServiceContext context, PracticeFhirServices services)
        : m_ctx(std::move(context)), m_services(std::move(services))
    {
    }
    QStringList resourceTypes() const override;
    int importOrder() const override { return 100; }
    Status importResources(const std::vector<fhir::IncomingResource>& resources,
                           fhir::ImportContext& context) override;

private:
    Status importPayers(storage::Transaction& tx,
                        const std::vector<fhir::IncomingResource>& resources,
                        fhir::ImportContext& context);
    Status importLocations(storage::Transaction& tx,
                           const std::vector<fhir::IncomingResource>& resources,
                           fhir::ImportContext& context);
    Status importProviders(storage::Transaction& tx,
                           const std::vector<fhir::IncomingResource>& resources,
                           fhir::ImportContext& context);

    PracticeServiceContext m_ctx;
    PracticeFhirServices m_services;
};

}  // namespace fd::practice
