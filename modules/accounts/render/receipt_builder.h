#pragma once

#include "accounts/core/ledger.h"
#include "accounts/render/receipt.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "patients/core/patients.h"
#include "practice/core/practice_profile.h"
#include "security/interfaces.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>

namespace fd::accounts::render {

// The services a receipt is read from.
struct ReceiptSources
{
    std::shared_ptr<ILedger> ledger;
    std::shared_ptr<patients::IPatientService> patients;
    std::shared_ptr<patients::IGuarantorService> guarantors;
    std::shared_ptr<practice::IPracticeProfile> profile;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IAuditTrail> audit;
    std::shared_ptr<security::IUserService> users;  // optional: names of other staff
    std::shared_ptr<IClock> clock;                  // optional: the system clock without one

    static ReceiptSources from(const ServiceRegistry& registry);
    bool complete() const;
};

// Gathers a patient payment's receipt: the practice, the patient (a read of the patient,
// audited by the registry), what the payment paid and the account right after it.
class ReceiptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fd::accounts::render::ReceiptBuilder)

public:
    explicit ReceiptBuilder(ReceiptSources sources);

    // InvalidInput when the entry is not a patient payment; NotFound for an unknown id.
    Result<Receipt> build(const QString& entryId, ReceiptCopy copy) const;
    // Audits that the receipt was printed or saved (`destination`: printer, pdf, png).
    Status recordPrinted(const Receipt& receipt, const QString& destination) const;

private:
    Status fillPractice(Receipt& receipt, QTimeZone& zone) const;
    Status fillPeople(Receipt& receipt, const LedgerEntry& payment) const;
    Status fillFromLedger(Receipt& receipt, const LedgerEntry& payment, const QTimeZone& zone) const;
    QString userName(const QString& userId) const;
    QDateTime now() const;

    ReceiptSources m_sources;
};

}  // namespace fd::accounts::render
