#include "security/audit_event_fhir.h"

#include "common/clock.h"
#include "security/audit_actions.h"
#include "security/permissions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fd::security {

namespace {
const QString kDcm = QStringLiteral("http://dicom.nema.org/resources/ontology/DCM");
const QString kEventType = QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-event-type");
const QString kRestful = QStringLiteral("http://hl7.org/fhir/restful-interaction");

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    return QJsonObject{{QStringLiteral("system"), system}, {QStringLiteral("code"), code},
                       {QStringLiteral("display"), display}};
}

struct EventKind
{
    QJsonObject type;
    QJsonObject subtype;  // empty when none
    QString action;       // C R U D E
};

EventKind kindOf(const AuditEntry& e)
{
    const QString& a = e.record.action;
    const QJsonObject auth = coding(kDcm, QStringLiteral("110114"), QStringLiteral("User Authentication"));
    if (a == audit::kLogin || a == audit::kLoginFailed || a == audit::kUnlock)
        return {auth, coding(kDcm, QStringLiteral("110122"), QStringLiteral("Login")), QStringLiteral("E")};
    if (a == audit::kLogout || a == audit::kLock || a == audit::kLockout)
        return {auth, coding(kDcm, QStringLiteral("110123"), QStringLiteral("Logout")), QStringLiteral("E")};
    const QJsonObject alert = coding(kDcm, QStringLiteral("110113"), QStringLiteral("Security Alert"));
    if (a == audit::kBreakGlass || a == audit::kAccessDenied)
        return {alert, {}, QStringLiteral("E")};
    if (a == audit::kPermissionChange || a == audit::kRoleChange)
        return {coding(kDcm, QStringLiteral("110136"), QStringLiteral("Security Roles Changed")), {}, QStringLiteral("U")};
    if (a == audit::kPasswordChange || a == audit::kSecondFactorChange)
        return {coding(kDcm, QStringLiteral("110137"), QStringLiteral("User Security Attributes Changed")), {},
                QStringLiteral("U")};
    if (a == audit::kPrint || a == audit::kExport || a == audit::kBackup)
        return {coding(kDcm, QStringLiteral("110106"), QStringLiteral("Export")), {}, QStringLiteral("R")};
    if (a == audit::kAuditSettingsChange || a == audit::kRekey || a == audit::kRestore || a == audit::kRecover)
        return {coding(kDcm, QStringLiteral("110100"), QStringLiteral("Application Activity")), {}, QStringLiteral("U")};
    const QJsonObject type = e.record.patientId.isEmpty() && e.record.patientIds.isEmpty()
                                 ? coding(kEventType, QStringLiteral("rest"), QStringLiteral("RESTful Operation"))
                                 : coding(kDcm, QStringLiteral("110110"), QStringLiteral("Patient Record"));
    if (a == audit::kRead)
        return {type, coding(kRestful, QStringLiteral("read"), QStringLiteral("read")), QStringLiteral("R")};
    if (a == audit::kCreate)
        return {type, coding(kRestful, QStringLiteral("create"), QStringLiteral("create")), QStringLiteral("C")};
    if (a == audit::kUpdate)
        return {type, coding(kRestful, QStringLiteral("update"), QStringLiteral("update")), QStringLiteral("U")};
    if (a == audit::kDelete)
        return {type, coding(kRestful, QStringLiteral("delete"), QStringLiteral("delete")), QStringLiteral("D")};
    return {coding(kDcm, QStringLiteral("110100"), QStringLiteral("Application Activity")), {}, QStringLiteral("E")};
}

// 0 success, 4 minor failure (a refused or mistyped attempt), 8 serious failure.
QString outcomeOf(const AuditEntry& e)
{
    const QString& o = e.record.outcome;
    if (o == QStringLiteral("success"))
        return QStringLiteral("0");
    if (o == QStringLiteral("denied") || e.record.action == audit::kLoginFailed || e.record.action == audit::kUnlock)
        return QStringLiteral("4");
    return QStringLiteral("8");
}

QJsonArray entities(const AuditEntry& e)
{
    QJsonArray out;
    // The patient, or each of the patients of an entry about several.
    QStringList patients = e.record.patientIds;
    if (!e.record.patientId.isEmpty())
        patients.prepend(e.record.patientId);
    for (const QString& patient : std::as_const(patients)) {
        out.append(QJsonObject{
            {QStringLiteral("what"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + patient}}},
            {QStringLiteral("type"), coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-entity-type"),
                                            QStringLiteral("1"), QStringLiteral("Person"))},
            {QStringLiteral("role"), coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/object-role"),
                                            QStringLiteral("1"), QStringLiteral("Patient"))}});
    }
    if (!e.record.entity.isEmpty() || !e.record.details.isEmpty()) {
        QJsonObject record{{QStringLiteral("type"), coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/audit-entity-type"),
                                                          QStringLiteral("2"), QStringLiteral("System Object"))}};
        if (!e.record.entity.isEmpty())
            record.insert(QStringLiteral("name"), e.record.entity);
        if (!e.record.entityId.isEmpty())
            record.insert(QStringLiteral("what"),
                          QJsonObject{{QStringLiteral("identifier"), QJsonObject{{QStringLiteral("value"), e.record.entityId}}}});
        if (!e.record.details.isEmpty())
            record.insert(QStringLiteral("detail"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("details")},
                                                 {QStringLiteral("valueString"),
                                                  QString::fromUtf8(QJsonDocument(e.record.details).toJson(QJsonDocument::Compact))}}});
        out.append(record);
    }
    return out;
}
}  // namespace

QJsonObject toFhirAuditEvent(const AuditEntry& e)
{
    const EventKind kind = kindOf(e);
    QJsonObject who{{QStringLiteral("display"), e.username.isEmpty() ? QStringLiteral("unknown") : e.username}};
    if (!e.userId.isEmpty())
        who.insert(QStringLiteral("identifier"), QJsonObject{{QStringLiteral("value"), e.userId}});
    QJsonObject agent{{QStringLiteral("who"), who}, {QStringLiteral("requestor"), true}};
    if (!e.role.isEmpty())
        agent.insert(QStringLiteral("role"), QJsonArray{QJsonObject{{QStringLiteral("text"), e.role}}});
    if (!e.workstation.isEmpty())
        agent.insert(QStringLiteral("network"),
                     QJsonObject{{QStringLiteral("address"), e.workstation}, {QStringLiteral("type"), QStringLiteral("1")}});
    QJsonObject event{{QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
                      {QStringLiteral("id"), QStringLiteral("audit-%1").arg(e.seq)},
                      {QStringLiteral("type"), kind.type},
                      {QStringLiteral("action"), kind.action},
                      {QStringLiteral("recorded"), toIsoUtc(e.at)},
                      {QStringLiteral("outcome"), outcomeOf(e)},
                      {QStringLiteral("agent"), QJsonArray{agent}},
                      {QStringLiteral("source"),
                       QJsonObject{{QStringLiteral("site"), QStringLiteral("Frontdesk")},
                                   {QStringLiteral("observer"),
                                    QJsonObject{{QStringLiteral("display"),
                                                 e.workstation.isEmpty() ? QStringLiteral("frontdesk") : e.workstation}}},
                                   {QStringLiteral("type"),
                                    QJsonArray{coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/security-source-type"),
                                                      QStringLiteral("1"), QStringLiteral("User Device"))}}}}};
    if (!kind.subtype.isEmpty())
        event.insert(QStringLiteral("subtype"), QJsonArray{kind.subtype});
    if (e.record.outcome != QStringLiteral("success"))
        event.insert(QStringLiteral("outcomeDesc"), e.record.outcome);
    if (e.record.action == audit::kBreakGlass)
        event.insert(QStringLiteral("purposeOfEvent"),
                     QJsonArray{QJsonObject{{QStringLiteral("coding"),
                                             QJsonArray{coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActReason"),
                                                               QStringLiteral("BTG"), QStringLiteral("break the glass"))}}}});
    const QJsonArray ent = entities(e);
    if (!ent.isEmpty())
        event.insert(QStringLiteral("entity"), ent);
    return event;
}

QJsonObject toFhirAuditBundle(const std::vector<AuditEntry>& entries)
{
    QJsonArray list;
    for (const AuditEntry& e : entries)
        list.append(QJsonObject{{QStringLiteral("resource"), toFhirAuditEvent(e)}});
    QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")}, {QStringLiteral("type"), QStringLiteral("collection")}};
    if (!list.isEmpty())
        bundle.insert(QStringLiteral("entry"), list);
    return bundle;
}

}  // namespace fd::security

namespace fd::security {

Result<QJsonObject> exportAuditBundle(IAccessControl& access, IAuditTrail& trail, const AuditFilter& filter)
{
    FD_TRY(access.require(perm::kAuditExport));
    auto entries = trail.list(filter);
    if (!entries.ok())
        return entries.error();
    AuditRecord rec;
    rec.action = audit::kExport;
    rec.entity = QStringLiteral("audit_log");
    rec.details = QJsonObject{{QStringLiteral("format"), QStringLiteral("fhir-r4-bundle")},
                              {QStringLiteral("entries"), qint64(entries->size())}};
    FD_TRY(trail.record(rec));
    return toFhirAuditBundle(entries.value());
}

}  // namespace fd::security
