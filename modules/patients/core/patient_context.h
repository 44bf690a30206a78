#pragma once

#include "common/service_registry.h"
#include "patients/core/patient_hooks.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"
#include "practice/core/practice_service_context.h"
#include "practice/core/providers.h"

#include <QSqlQuery>

namespace fd::storage {
class SyncedRowsBatch;
}

namespace fd::patients {

// What the registry's services share: the practice's context (database, who is acting, audit
// trail, clock), the practice services patients refer to, and the registry's hooks.
struct PatientsContext
{
    practice::PracticeServiceContext base;
    std::shared_ptr<practice::IProviderService> providers;
    std::shared_ptr<practice::IPayerService> payers;
    std::shared_ptr<PatientHooks> hooks;

    storage::Database& db() const { return base.db; }
    security::IAccessControl& access() const { return *base.access; }
    security::IAuditTrail& audit() const { return *base.audit; }
    QDate today() const { return base.today(); }
    QDateTime now() const { return base.clock->nowUtc(); }
    QString userId() const { return base.access->currentUser().id; }
};

// Audit actions of the registry beyond create/read/update/delete.
namespace audit {
inline const QString kMerge = QStringLiteral("merge");
inline const QString kMergeUndo = QStringLiteral("merge_undo");
}  // namespace audit

QString patientsTr(const char* text);  // translated in the "fd::patients" context
Error invalidField(const QString& message, const QString& field);

// Whether the acting user may open the patient: patients.read, the patient exists (and is not
// merged away unless `allowMerged`), and a restricted patient needs patients.restricted or
// break-glass. A refusal of a restricted patient is audited.
Status checkPatientAccess(PatientsContext& ctx, const QString& patientId, bool allowMerged = false);
// checkPatientAccess plus patients.edit.
Status checkPatientEdit(PatientsContext& ctx, const QString& patientId);
// Audits a read of one record of a patient.
Status auditRead(PatientsContext& ctx, const QString& patientId, const QString& entity, const QString& entityId);

// Inserts (empty `id`; `newId` may name the new row) or updates (checked against
// baseVersion) one synced row in the caller's transaction, with its outbox mutation, and
// audits it for `patientId` with the prior values of the changed columns. Returns the id.
Result<QString> writeAudited(PatientsContext& ctx, storage::Transaction& tx, const QString& table, const QString& id,
                             qint64 baseVersion, const QVariantMap& fields, const QString& patientId,
                             const QString& newId = {});
// The insert of writeAudited through `rows`, for many inserts in one transaction (an import).
Result<QString> insertAudited(PatientsContext& ctx, storage::SyncedRowsBatch& rows, const QString& table,
                              const QVariantMap& fields, const QString& patientId, const QString& newId = {});
// The audit entry insertAudited writes for the new row `id`.
security::AuditRecord insertRecord(const QString& table, const QString& id, const QVariantMap& fields,
                                   const QString& patientId);
// Tombstones one synced row and audits the delete with its prior values.
Status removeAudited(PatientsContext& ctx, storage::Transaction& tx, const QString& table, const QString& id,
                     qint64 baseVersion, const QString& patientId);

// Row mapping of the patients table.
QString patientSelectColumns(bool withPhoto = true);  // the columns patientFromRow reads, in its order
Patient patientFromRow(const QSqlQuery& query);
QVariantMap patientFields(const Patient& patient);  // every column but the bookkeeping ones
PatientSummary summaryFromRow(const QSqlQuery& query, const QDate& today);  // patientSelectColumns() order

Coverage coverageFromRow(const QSqlQuery& query);
QString coverageSelectColumns(bool withCards = true);  // the columns coverageFromRow reads, in its order
QVariantMap coverageFields(const Coverage& coverage);

// Strings and dates as stored: empty text as '' (never NULL), dates as ISO text.
QVariant dateValue(const QDate& date);
QDate dateFrom(const QVariant& value);

}  // namespace fd::patients
