#pragma once

#include "accounts/core/ledger.h"
#include "accounts/render/receipt_builder.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "security/interfaces.h"

#include <memory>

namespace fd::accounts::ui {

// The services the Accounts dock uses, looked up once after every module has published.
struct AccountsServices
{
    std::shared_ptr<ILedger> ledger;
    std::shared_ptr<patients::IPatientSearch> search;
    std::shared_ptr<patients::IPatientService> patients;
    std::shared_ptr<patients::IGuarantorService> guarantors;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IUserService> users;  // optional: names of other staff
    std::shared_ptr<IClock> clock;                  // optional: the system clock without one
    render::ReceiptSources receipts;

    static AccountsServices from(const ServiceRegistry& registry)
    {
        return {registry.get<ILedger>(),
                registry.get<patients::IPatientSearch>(),
                registry.get<patients::IPatientService>(),
                registry.get<patients::IGuarantorService>(),
                registry.get<security::IAccessControl>(),
                registry.get<security::IUserService>(),
                registry.get<IClock>(),
                render::ReceiptSources::from(registry)};
    }
    bool complete() const { return ledger && search && patients && guarantors && access && receipts.complete(); }
    bool can(const QString& permission) const { return access && access->can(permission); }
    QDate today() const { return clock ? clock->nowUtc().toLocalTime().date() : QDate::currentDate(); }
    // A user's display name: the current user's, or another's when the role may see users.
    QString userName(const QString& userId) const;
};

}  // namespace fd::accounts::ui
