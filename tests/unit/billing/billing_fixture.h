#pragma once

#include "billing/core/billing.h"
#include "calendar/core/calendar.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "fake_security.h"
#include "patients/core/patient_types.h"
#include "security/interfaces.h"
#include "storage/database.h"
#include "test_support.h"

#include <memory>

namespace fd::billing::test {

using fd::test::FakeAccess;
using fd::test::FakeAudit;

using fd::test::npiFrom;

// An encrypted practice database with every core up to billing, at a pinned "now" (Friday
// 2025-03-07 15:00 UTC): the Example Family Practice (organization NPI, tax id, taxonomy),
// a New York office away from the billing address and a second one at it, Dr. Ada Lovelace
// (rendering, bills under the practice), Grace Hopper NP (rendering and supervising, bills
// under her own NPI), an outside referring doctor, the payer Acme Health, a charge master,
// appointment type FU30 with a superbill of 99213, and three patients: Alice (her own plan),
// Bob (covered as the child on his mother's plan) and Dan (no coverage).
class BillingFixture
{
public:
    BillingFixture();

    template <typename T>
    std::shared_ptr<T> service() const
    {
        return registry.get<T>();
    }
    IChargeService& charges() const { return *registry.get<IChargeService>(); }
    IClaimService& claims() const { return *registry.get<IClaimService>(); }
    IClaimExport& exporter() const { return *registry.get<IClaimExport>(); }
    qint64 count(const QString& sql, const QVariantList& binds = {}) const;

    // Charges for Alice with Dr. Lovelace in New York on `date`, REQUIRing success.
    EncounterInput visit(const QString& patientId, const QDate& date, const QStringList& codes,
                         const QStringList& diagnoses = {QStringLiteral("J06.9")}) const;
    Encounter enter(const EncounterInput& input);
    // A checked-out FU30 appointment of `patientId` on Monday 2025-03-03 at 10:00 New York.
    calendar::Appointment pastAppointment(const QString& patientId);
    // Moves every claim to ready (REQUIREs success).
    void makeReady(const std::vector<Claim>& claims);
    // `n` billable ICD-10-CM codes from the starter set, valid on 2025-03-03.
    QStringList diagnosisCodes(int n) const;

    fd::test::TempDir dir;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeAccess> access = std::make_shared<FakeAccess>();
    std::shared_ptr<FakeAudit> audit = std::make_shared<FakeAudit>();
    std::shared_ptr<FixedClock> clock;
    ServiceRegistry registry;
    QString organizationNpi;
    QString newYorkId;
    QString billingOfficeId;
    QString lovelaceId;
    QString hopperId;
    QString referrerId;
    QString payerId;
    QString typeId;
    QString aliceId;
    QString bobId;
    QString danId;
    QString aliceCoverageId;
    QString bobCoverageId;
};

}  // namespace fd::billing::test
