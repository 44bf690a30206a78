#include "admin/core/audit_export.h"

#include "admin/core/audit_csv.h"
#include "security/audit_actions.h"
#include "security/audit_event_fhir.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace fd::admin {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fd::admin", text);
}
}  // namespace

Result<qint64> exportAuditCsvFile(security::IAccessControl& access, security::IAuditTrail& audit,
                                  security::AuditFilter filter, const QString& path, const QJsonObject& details)
{
    FD_TRY(access.require(security::perm::kAuditExport));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1").arg(path), file.errorString());
    auto written = writeAuditCsv(audit, filter, file);
    FD_TRY(written);
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1").arg(path), file.errorString());
    security::AuditRecord record;
    record.action = security::audit::kExport;
    record.entity = QStringLiteral("audit_log");
    record.patientId = filter.patientId;
    record.details = details;
    record.details.insert(QStringLiteral("format"), QStringLiteral("csv"));
    record.details.insert(QStringLiteral("entries"), written.value());
    FD_TRY(audit.record(record));
    return written;
}

Result<qint64> exportAuditFhirFile(security::IAccessControl& access, security::IAuditTrail& audit,
                                   security::AuditFilter filter, const QString& path)
{
    auto total = audit.count(filter);
    FD_TRY(total);
    if (total.value() > kFhirAuditExportLimit)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 entries match; narrow the filter to at most %2 for a FHIR export, or export CSV.")
                             .arg(total.value())
                             .arg(kFhirAuditExportLimit));
    filter.offset = 0;
    filter.limit = static_cast<int>(qMax<qint64>(1, total.value()));
    filter.newestFirst = false;
    // Checks admin.audit.export and audits the export itself.
    auto bundle = security::exportAuditBundle(access, audit, filter);
    FD_TRY(bundle);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(bundle.value()).toJson()) < 0 || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1").arg(path), file.errorString());
    return static_cast<qint64>(bundle->value(QStringLiteral("entry")).toArray().size());
}

}  // namespace fd::admin
