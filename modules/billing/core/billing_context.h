#pragma once

#include "accounts/core/ledger.h"
#include "billing/core/billing_types.h"
#include "calendar/core/calendar.h"
#include "common/clock.h"
#include "common/result.h"
#include "patients/core/patients.h"
#include "patients/core/patient_bulk_reads.h"
#include "practice/core/code_sets.h"
#include "practice/core/fee_schedules.h"
#include "practice/core/locations.h"
#include "practice/core/payers.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/interfaces.h"
#include "storage/database.h"

#include <QJsonObject>

#include <memory>

namespace fd::billing {

// Table names, as the outbox and the audit trail name them.
namespace table {
inline const QString kSuperbills = QStringLiteral("billing_superbills");
inline const QString kEncounters = QStringLiteral("billing_encounters");
inline const QString kServiceLines = QStringLiteral("billing_service_lines");
inline const QString kClaims = QStringLiteral("billing_claims");
inline const QString kClaimLines = QStringLiteral("billing_claim_lines");
inline const QString kClaimHistory = QStringLiteral("billing_claim_history");
inline const QString kBatches = QStringLiteral("billing_batches");
}  // namespace table

// What the billing services share: the database, who acts, the audit trail, the clock and
// the lower cores' services they ask (never their tables).
struct BillingContext
{
    storage::Database& db;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IAuditTrail> audit;
    std::shared_ptr<IClock> clock;
    std::shared_ptr<practice::IPracticeProfile> profile;
    std::shared_ptr<practice::ILocationService> locations;
    std::shared_ptr<practice::IProviderService> providers;
    std::shared_ptr<practice::IPayerService> payers;
    std::shared_ptr<practice::IFeeScheduleService> fees;
    std::shared_ptr<practice::ICodeSetService> codes;
    std::shared_ptr<patients::IPatientService> patients;
    std::shared_ptr<patients::ICoverageService> coverages;
    std::shared_ptr<patients::IPatientPrivacy> privacy;
    std::shared_ptr<accounts::ILedger> ledger;
    std::shared_ptr<calendar::IAppointmentService> appointments;
    // Many patients' records in one read (a claim run, an export); each read still audited.
    std::shared_ptr<patients::IPatientBulkReads> patientReads;

    QDateTime now() const { return clock->nowUtc(); }
    QDate today() const { return clock->nowUtc().date(); }
    QString userId() const { return access->currentUser().id; }
};

QString billingTr(const char* text);  // translated in the "fd::billing" context

Error invalidInput(const QString& message, const QString& where);

// Appends an audit entry for a billing record in the caller's transaction.
Status auditChange(const BillingContext& ctx, const QString& action, const QString& patientId,
                   const QString& entity, const QString& entityId, const QJsonObject& details);

// The next value of a named counter (claim numbers, ISA13, GS06), in the caller's
// transaction: counters only go up, so a value is handed out once.
Result<qint64> nextCounterValue(QSqlDatabase db, const QString& name, qint64 limit);

// The fields with every null QString made empty: text columns are NOT NULL.
QVariantMap notNull(QVariantMap fields);
// The same for a row given as values in the order of its columns.
QVariantList notNullValues(QVariantList values);

// Lists stored as text: "25,59", "1,2".
QString joinInts(const QList<int>& values);
QList<int> splitInts(const QString& text);

}  // namespace fd::billing
