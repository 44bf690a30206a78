#pragma once

#include "practice/core/practice_service_context.h"
#include "practice/core/providers.h"

namespace fd::practice {

class ProviderService final : public IProviderService
{
public:
    explicit ProviderService(PracticeServiceContext context) : m_ctx(std::move(context)) {}

    Result<std::vector<Provider>> list(const ProviderFilter& filter) const override;
    Result<Provider> find(const QString& id) const override;
    Result<Provider> findByNpi(const QString& npi) const override;
    Result<Provider> save(const Provider& provider) override;
    Status remove(const QString& id, qint64 rowVersion) override;
    Result<QString> billingNpiFor(const QString& providerId) const override;

    // The form and consistency checks of save(); the FHIR import runs them before it writes.
    Status check(const Provider& provider) const;

private:
    Result<std::vector<Provider>> load(const QString& where, const QVariantList& binds) const;

    mutable PracticeServiceContext m_ctx;
};

}  // namespace fd::practice
