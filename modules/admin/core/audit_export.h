#pragma once

#include "common/result.h"
#include "security/interfaces.h"

#include <QJsonObject>

namespace fd::admin {

// The largest FHIR export: a Bundle is built whole in memory (CSV streams page by page).
constexpr qint64 kFhirAuditExportLimit = 100000;

// Writes the entries matching `filter` to `path` (replaced atomically), in the filter's order, then
// records the export in the trail with `details` added. Both need admin.audit.export.
// Return the number of entries written.
Result<qint64> exportAuditCsvFile(security::IAccessControl& access, security::IAuditTrail& audit,
                                  security::AuditFilter filter, const QString& path, const QJsonObject& details = {});
// As a FHIR R4 Bundle of AuditEvents, oldest first; refuses more than kFhirAuditExportLimit entries.
Result<qint64> exportAuditFhirFile(security::IAccessControl& access, security::IAuditTrail& audit,
                                   security::AuditFilter filter, const QString& path);

}  // namespace fd::admin
