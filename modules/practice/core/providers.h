#pragma once

#include "common/result.h"
#include "practice/core/practice_types.h"

#include <vector>

namespace fd::practice {

struct ProviderFilter
{
    bool includeExternal = true;  // referring providers from outside the practice
    bool includeInactive = false;
    QString locationId;           // only those working there
    int role = 0;                 // ClaimRole flags; 0: any
};

// Who treats patients (and who refers them). Reads need practice.view, changes practice.edit.
class IProviderService
{
public:
    virtual ~IProviderService() = default;
    virtual Result<std::vector<Provider>> list(const ProviderFilter& filter = {}) const = 0;
    virtual Result<Provider> find(const QString& id) const = 0;
    virtual Result<Provider> findByNpi(const QString& npi) const = 0;
    // Creates or updates. Checks the NPI check digit, that the taxonomy is a NUCC code in
    // effect today, that the locations exist and that the NPI is not used by another provider.
    virtual Result<Provider> save(const Provider& provider) = 0;
    virtual Status remove(const QString& id, qint64 rowVersion) = 0;
    // The NPI a claim carries as billing provider for this rendering provider: the
    // organization's when they bill under it, else their own.
    virtual Result<QString> billingNpiFor(const QString& providerId) const = 0;
};

}  // namespace fd::practice
