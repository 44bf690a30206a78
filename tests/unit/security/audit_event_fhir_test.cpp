#include "security/audit_actions.h"
#include "security/audit_event_fhir.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>

using namespace fd;
using namespace fd::security;

namespace {
AuditEntry entry(const QString& action, const QString& outcome = QStringLiteral("success"))
{
    AuditEntry e;
    e.seq = 7;
    e.at = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15, 250), Qt::UTC);
    e.userId = QStringLiteral("3f1c0d7e-2b9a-4c55-8e21-6a1d2f3b4c5d");
    e.username = QStringLiteral("fran");
    e.role = QStringLiteral("front_desk");
    e.workstation = QStringLiteral("desk-1");
    e.record.action = action;
    e.record.outcome = outcome;
    return e;
}
}  // namespace

TEST_CASE("A patient read becomes an R4 AuditEvent", "[fhir]")
{
    AuditEntry e = entry(audit::kRead);
    e.record.patientId = QStringLiteral("0b9c1f3e-1111-4c1a-9f00-000000000001");
    e.record.entity = QStringLiteral("patients");
    e.record.entityId = e.record.patientId;
    const QJsonObject ev = toFhirAuditEvent(e);
    CHECK(ev.value(QStringLiteral("resourceType")).toString() == QStringLiteral("AuditEvent"));
    CHECK(ev.value(QStringLiteral("id")).toString() == QStringLiteral("audit-7"));
    const QJsonObject type = ev.value(QStringLiteral("type")).toObject();
    CHECK(type.value(QStringLiteral("system")).toString() == QStringLiteral("http://dicom.nema.org/resources/ontology/DCM"));
    CHECK(type.value(QStringLiteral("code")).toString() == QStringLiteral("110110"));
    CHECK(ev.value(QStringLiteral("subtype")).toArray().at(0).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("read"));
    CHECK(ev.value(QStringLiteral("action")).toString() == QStringLiteral("R"));
    CHECK(ev.value(QStringLiteral("recorded")).toString() == QStringLiteral("2026-03-02T09:30:15.250Z"));
    CHECK(ev.value(QStringLiteral("outcome")).toString() == QStringLiteral("0"));
    const QJsonObject agent = ev.value(QStringLiteral("agent")).toArray().at(0).toObject();
    CHECK(agent.value(QStringLiteral("requestor")).toBool());
    CHECK(agent.value(QStringLiteral("who")).toObject().value(QStringLiteral("display")).toString() == QStringLiteral("fran"));
    CHECK(ev.value(QStringLiteral("source")).toObject().value(QStringLiteral("observer")).toObject().value(QStringLiteral("display")).toString() ==
          QStringLiteral("desk-1"));
    const QJsonArray entities = ev.value(QStringLiteral("entity")).toArray();
    REQUIRE(entities.size() == 2);
    CHECK(entities.at(0).toObject().value(QStringLiteral("what")).toObject().value(QStringLiteral("reference")).toString() ==
          QStringLiteral("Patient/0b9c1f3e-1111-4c1a-9f00-000000000001"));
}

TEST_CASE("A bulk read of several patients names each of them", "[fhir]")
{
    AuditEntry e = entry(audit::kRead);
    e.record.entity = QStringLiteral("patients");
    e.record.patientIds = {QStringLiteral("0b9c1f3e-1111-4c1a-9f00-000000000001"),
                           QStringLiteral("0b9c1f3e-1111-4c1a-9f00-000000000002")};
    e.record.details = QJsonObject{{QStringLiteral("patients"), QJsonArray::fromStringList(e.record.patientIds)}};
    const QJsonObject ev = toFhirAuditEvent(e);
    CHECK(ev.value(QStringLiteral("type")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("110110"));
    const QJsonArray entities = ev.value(QStringLiteral("entity")).toArray();
    REQUIRE(entities.size() == 3);  // two patients and the record kind
    for (int i = 0; i < 2; ++i) {
        const QJsonObject patient = entities.at(i).toObject();
        CHECK(patient.value(QStringLiteral("what")).toObject().value(QStringLiteral("reference")).toString() ==
              QStringLiteral("Patient/") + e.record.patientIds.at(i));
        CHECK(patient.value(QStringLiteral("role")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("1"));
    }
    CHECK(entities.at(2).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("patients"));
}

TEST_CASE("Actions and outcomes map to R4 codes", "[fhir]")
{
    struct Row
    {
        QString action;
        QString outcome;
        QString type;
        QString fhirAction;
        QString fhirOutcome;
    };
    const std::vector<Row> rows = {
        {audit::kLogin, QStringLiteral("success"), QStringLiteral("110114"), QStringLiteral("E"), QStringLiteral("0")},
        {audit::kLoginFailed, QStringLiteral("failure"), QStringLiteral("110114"), QStringLiteral("E"), QStringLiteral("4")},
        {audit::kLogout, QStringLiteral("success"), QStringLiteral("110114"), QStringLiteral("E"), QStringLiteral("0")},
        {audit::kCreate, QStringLiteral("success"), QStringLiteral("rest"), QStringLiteral("C"), QStringLiteral("0")},
        {audit::kUpdate, QStringLiteral("success"), QStringLiteral("rest"), QStringLiteral("U"), QStringLiteral("0")},
        {audit::kDelete, QStringLiteral("success"), QStringLiteral("rest"), QStringLiteral("D"), QStringLiteral("0")},
        {audit::kExport, QStringLiteral("success"), QStringLiteral("110106"), QStringLiteral("R"), QStringLiteral("0")},
        {audit::kPermissionChange, QStringLiteral("success"), QStringLiteral("110136"), QStringLiteral("U"), QStringLiteral("0")},
        {audit::kAccessDenied, QStringLiteral("denied"), QStringLiteral("110113"), QStringLiteral("E"), QStringLiteral("4")},
        {audit::kBreakGlass, QStringLiteral("success"), QStringLiteral("110113"), QStringLiteral("E"), QStringLiteral("0")},
        {audit::kRekey, QStringLiteral("failure"), QStringLiteral("110100"), QStringLiteral("U"), QStringLiteral("8")},
    };
    for (const Row& r : rows) {
        INFO(r.action.toStdString());
        const QJsonObject ev = toFhirAuditEvent(entry(r.action, r.outcome));
        CHECK(ev.value(QStringLiteral("type")).toObject().value(QStringLiteral("code")).toString() == r.type);
        CHECK(ev.value(QStringLiteral("action")).toString() == r.fhirAction);
        CHECK(ev.value(QStringLiteral("outcome")).toString() == r.fhirOutcome);
    }
    const QJsonObject glass = toFhirAuditEvent(entry(audit::kBreakGlass));
    CHECK(glass.value(QStringLiteral("purposeOfEvent")).toArray().at(0).toObject().value(QStringLiteral("coding")).toArray().at(0).toObject().value(QStringLiteral("code")).toString() ==
          QStringLiteral("BTG"));
}

TEST_CASE("A list of entries becomes a collection Bundle", "[fhir]")
{
    const QJsonObject bundle = toFhirAuditBundle({entry(audit::kLogin), entry(audit::kLogout)});
    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).toObject().value(QStringLiteral("resource")).toObject().value(QStringLiteral("resourceType")).toString() ==
          QStringLiteral("AuditEvent"));
    CHECK_FALSE(toFhirAuditBundle({}).contains(QStringLiteral("entry")));
}
