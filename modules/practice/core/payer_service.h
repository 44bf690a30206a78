#pragma once

#include "practice/core/payers.h"
#include "practice/core/practice_service_context.h"

namespace fd::practice {

class PayerService final : public IPayerService
{
public:
    explicit PayerService(PracticeServiceContext context) : m_ctx(std::move(context)) {}

    Result<std::vector<Payer>> list(bool includeInactive) const override;
    Result<Payer> find(const QString& id) const override;
    Result<Payer> findByPayerId(const QString& clearinghouse, const QString& payerId) const override;
    Result<Payer> save(const Payer& payer) override;
    Status remove(const QString& id, qint64 rowVersion) override;
    Result<QDate> timelyFilingDeadline(const QString& payerId, const QDate& dateOfService) const override;

    // The form and consistency checks of save(); the FHIR import runs them before it writes.
    Status check(const Payer& payer) const;

private:
    Result<std::vector<Payer>> load(const QString& where, const QVariantList& binds) const;

    mutable PracticeServiceContext m_ctx;
};

}  // namespace fd::practice
