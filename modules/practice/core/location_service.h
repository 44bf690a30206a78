#pragma once

#include "practice/core/locations.h"
#include "practice/core/practice_service_context.h"

namespace fd::practice {

class LocationService final : public ILocationService
{
public:
    explicit LocationService(PracticeServiceContext context) : m_ctx(std::move(context)) {}

    Result<std::vector<Location>> list() const override;
    Result<Location> find(const QString& id) const override;
    Result<Location> save(const Location& location) override;
    Status remove(const QString& id, qint64 rowVersion) override;
    Result<QTimeZone> timeZoneOf(const QString& locationId) const override;

    // The form and consistency checks of save(); the FHIR import runs them before it writes.
    Status check(const Location& location) const;

private:
    Result<std::vector<Location>> load(const QString& id) const;
    Status saveResources(storage::Transaction& tx, const QString& locationId, const QList<LocationResource>& wanted);

    mutable PracticeServiceContext m_ctx;
};

}  // namespace fd::practice
