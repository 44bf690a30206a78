#pragma once

#include "security/audit_chain.h"
#include "security/interfaces.h"
#include "security/session_context.h"

#include <memory>

namespace fd::security {

// The session's IAuditTrail: appends chained entries to audit_log (Durability::Full, in the
// caller's transaction when one is open), lists and counts them, verifies the chain against
// the checkpoint file and writes checkpoints.
class AuditTrail final : public IAuditTrail
{
public:
    explicit AuditTrail(std::shared_ptr<SessionContext> context);

    Status record(const AuditRecord& record) override;
    Status recordAll(const std::vector<AuditRecord>& records) override;
    Result<std::vector<AuditEntry>> list(const AuditFilter& filter) const override;
    Result<qint64> count(const AuditFilter& filter) const override;
    Result<AuditVerification> verify() const override;
    Status checkpoint() override;

    // Appends a prepared row (seq and digests are filled in here). For entries whose actor is
    // not the session user: failed logins copied from the state file.
    Status append(AuditRow row);
    Status appendAll(std::vector<AuditRow> rows);
    AuditRow rowFor(const AuditRecord& record) const;
    // PermissionDenied, audited as access_denied, unless the session user holds `permission`.
    Status requirePermission(const QString& permission);
    // Reads the last checkpoint's seq from the checkpoint file (at login).
    Status loadCheckpointState();

    static AuditEntry entryFrom(const AuditRow& row);

private:
    AuditRow rowAt(const AuditRecord& record, const QString& at) const;
    void rememberFingerprints(const std::vector<AuditRow>& rows);
    QByteArray rememberedFingerprints(qint64 from, qint64 to) const;
    static Status checkRecord(const AuditRecord& record);
    Status checkReadAccess(const AuditFilter& filter) const;
    QString whereClause(const AuditFilter& filter, QVariantList* binds) const;

    std::shared_ptr<SessionContext> m_context;
};

}  // namespace fd::security
