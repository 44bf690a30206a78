#pragma once

#include "accounts/core/ledger.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "fake_security.h"
#include "patients/core/patient_types.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "test_support.h"

#include <QSet>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace fd::accounts::test {

using fd::test::FakeAccess;
using fd::test::FakeAudit;

// An encrypted practice database with the storage, practice, patients and accounts schemas
// and services, one payer, at a pinned "now" (2025-03-14 15:00 UTC).
class AccountsFixture
{
public:
    AccountsFixture();

    template <typename T>
    std::shared_ptr<T> service() const
    {
        return registry.get<T>();
    }
    ILedger& ledger() const { return *registry.get<ILedger>(); }
    void grantAll();
    void grantRole(security::Role role);  // the catalog's defaults for the role
    qint64 count(const QString& sql, const QVariantList& binds = {}) const;
    // A fictional patient; REQUIREs success.
    patients::Patient addPatient(const QString& first, const QString& last,
                                 const QString& guarantorId = {});
    QString addGuarantor(const QString& first, const QString& last);

    // Posts and REQUIREs success.
    LedgerEntry charge(const QString& patientId, qint64 cents,
                       Bucket responsibility = Bucket::Patient, const QString& claimId = {},
                       const QDate& serviceDate = {});
    LedgerEntry pay(const QString& patientId, const QString& lineId, qint64 cents,
                    PaymentMethod method = PaymentMethod::Cash, const QString& reference = {});
    LedgerEntry insurancePay(const QString& patientId, const QString& lineId, qint64 cents);

    // Every invariant the ledger promises, checked from the service's answers: per line
    // charged - paid - adjusted = insurance + patient; claims, patients, guarantors and the
    // practice are the sums of their lines (and credits); check() finds nothing.
    void requireInvariants() const;

    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeAccess> access = std::make_shared<FakeAccess>();
    std::shared_ptr<FakeAudit> audit = std::make_shared<FakeAudit>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
    QString payerId;
    QStringList patientIds;    // every patient added, for requireInvariants
    QStringList guarantorIds;  // every account key used (guarantors and self-accounts)
};

}  // namespace fd::accounts::test
