#pragma once

#include "security/interfaces.h"

#include <QJsonObject>

#include <vector>

namespace fd::security {

// FHIR R4 (4.0.1) AuditEvent for one audit entry: type and subtype from DICOM DCM (110100
// series) or the HL7 audit-event-type system, action C/R/U/D/E, recorded, outcome 0/4/8,
// the user as the requesting agent, the workstation as source observer, the patient as
// entity Patient/<id>, the record as a second entity with the details as JSON.
QJsonObject toFhirAuditEvent(const AuditEntry& entry);
// A Bundle of type "collection" holding one AuditEvent per entry (an audit export).
QJsonObject toFhirAuditBundle(const std::vector<AuditEntry>& entries);

}  // namespace fd::security

namespace fd::security {

// The audit export: entries matching `filter` as a Bundle. Needs admin.audit.export (denied
// attempts are audited) and is itself audited as an export.
Result<QJsonObject> exportAuditBundle(IAccessControl& access, IAuditTrail& trail, const AuditFilter& filter);

}  // namespace fd::security
