// FHIR R4 CoverageEligibilityRequest and CoverageEligibilityResponse: the mapping and the
// export source.
#include "billing/core/eligibility_fhir.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/eligibility_benefit_items.h"
#include "billing/core/eligibility_store.h"
#include "fhir/fhir_datatypes.h"
#include "fhir/fhir_primitives.h"
#include "fhir/fhir_resource.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"
#include "x12/segment_scanner.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace fd::billing {

namespace {

const QString kRequest = QStringLiteral("CoverageEligibilityRequest");
const QString kResponse = QStringLiteral("CoverageEligibilityResponse");
constexpr int kChunk = 100;  // checks read at a time: an export never holds the whole table

QJsonObject reference(const QString& type, const QString& id)
{
    return fhir::Reference::to(type, id).toJson();
}

// The 270's information receiver by its NPI: the practice's Organization id belongs to the
// practice core, and the NPI is what the payer was given.
QJsonObject providerReference(const Eligibility270Facts& asked)
{
    QJsonObject o{{QStringLiteral("type"), asked.providerIsPerson
                                               ? QStringLiteral("Practitioner")
                                               : QStringLiteral("Organization")}};
    if (!asked.providerNpi.isEmpty())
        o.insert(QStringLiteral("identifier"), fhir::Identifier::npi(asked.providerNpi).toJson());
    if (!asked.providerName.isEmpty())
        o.insert(QStringLiteral("display"), asked.providerName);
    return o;
}

QJsonArray purposes()
{
    return QJsonArray{QStringLiteral("benefits"), QStringLiteral("validation")};
}

// What request and response share: identifier, status, purpose, patient, servicedDate,
// created, insurer.
void putCommon(QJsonObject& b, const EligibilityCheck& c, const Eligibility270Facts& asked)
{
    if (!c.traceNumber.isEmpty())
        b.insert(QStringLiteral("identifier"),
                 QJsonArray{QJsonObject{{QStringLiteral("system"), kEligibilityTraceSystem},
                                        {QStringLiteral("value"), c.traceNumber}}});
    b.insert(QStringLiteral("status"), QStringLiteral("active"));
    b.insert(QStringLiteral("purpose"), purposes());
    b.insert(QStringLiteral("patient"), reference(QStringLiteral("Patient"), c.patientId));
    if (asked.serviceDate.isValid())
        b.insert(QStringLiteral("servicedDate"), fhir::date(asked.serviceDate));
    b.insert(QStringLiteral("created"), fhir::dateTime(c.checkedAt));
}

QString disposition(const EligibilityBenefits& b)
{
    switch (b.status) {
        case EligibilityStatus::Active:
            return b.planName.isEmpty() ? billingTr("Coverage is active.")
                                        : billingTr("Coverage is active: %1.").arg(b.planName);
        case EligibilityStatus::Inactive:
            return billingTr("Coverage is not active.");
        case EligibilityStatus::Error:
        case EligibilityStatus::NotChecked:
            break;
    }
    return billingTr("The payer did not answer the inquiry with a coverage status.");
}

// AAA rejections: the reason code (AAA03) with its plain-language text; an error the reader
// added without a code (no status in the answer) goes out as text only.
QJsonArray errors(const EligibilityBenefits& b)
{
    QJsonArray out;
    for (int i = 0; i < b.errors.size(); ++i) {
        fhir::CodeableConcept code;
        if (i < b.rejectCodes.size())
            code.codings << fhir::Coding{kX12RejectReasonSystem, b.rejectCodes.at(i), {}, {}};
        code.text = b.errors.at(i);
        out.append(QJsonObject{{QStringLiteral("code"), code.toJson()}});
    }
    return out;
}

QJsonObject insurance(const EligibilityCheck& c)
{
    QJsonObject o{{QStringLiteral("coverage"), reference(QStringLiteral("Coverage"), c.coverageId)},
                  {QStringLiteral("inforce"), c.benefits.status == EligibilityStatus::Active}};
    if (c.benefits.coverageFrom.isValid())
        o.insert(QStringLiteral("benefitPeriod"),
                 fhir::Period::ofDates(c.benefits.coverageFrom).toJson());
    const QJsonArray items = benefitItemsToFhir(c.benefits.amounts);
    if (!items.isEmpty())
        o.insert(QStringLiteral("item"), items);
    return o;
}

void scanSegment(const x12::Segment& s, Eligibility270Facts& f, bool& sawEq)
{
    if (s.id == "DTP" && s.element(1) == "291" && s.element(2) == "D8") {
        f.serviceDate =
            QDate::fromString(QString::fromLatin1(s.element(3)), QStringLiteral("yyyyMMdd"));
    } else if (s.id == "EQ") {
        sawEq = true;
        for (const QByteArray& t : s.repetitions(1))
            if (!t.isEmpty() && !f.serviceTypes.contains(QString::fromLatin1(t)))
                f.serviceTypes << QString::fromLatin1(t);
    } else if (s.id == "NM1" && s.element(1) == "1P") {
        f.providerIsPerson = s.element(2) == "1";
        QString name = QString::fromLatin1(s.element(3));
        if (f.providerIsPerson && !s.element(4).isEmpty())
            name = QString::fromLatin1(s.element(4)) + QLatin1Char(' ') + name;
        f.providerName = name;
        if (s.element(8) == "XX")
            f.providerNpi = QString::fromLatin1(s.element(9));
    }
}

}  // namespace

Result<Eligibility270Facts> read270Facts(const QByteArray& x12)
{
    QByteArray copy = x12;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    x12::SegmentScanner scanner(buffer);
    x12::Findings findings;
    x12::Segment s;
    Eligibility270Facts f;
    bool sawEq = false;
    for (auto step = scanner.next(s, findings); step != x12::SegmentScanner::Step::End;
         step = scanner.next(s, findings))
        if (step == x12::SegmentScanner::Step::Segment)
            scanSegment(s, f, sawEq);
    if (!f.serviceDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         billingTr("The stored 270 has no date of service."),
                         QStringLiteral("270 DTP*291"));
    if (!sawEq)
        return makeError(ErrorCode::InvalidInput,
                         billingTr("The stored 270 asks for no service type."),
                         QStringLiteral("270 EQ"));
    return f;
}

QJsonObject eligibilityRequestToFhir(const EligibilityCheck& c, const Eligibility270Facts& asked)
{
    fhir::Resource r(kRequest, c.id);
    QJsonObject& b = r.body;
    putCommon(b, c, asked);
    b.insert(QStringLiteral("provider"), providerReference(asked));
    b.insert(QStringLiteral("insurer"), reference(QStringLiteral("Organization"), c.payerId));
    b.insert(QStringLiteral("insurance"),
             QJsonArray{QJsonObject{{QStringLiteral("focal"), true},
                                    {QStringLiteral("coverage"),
                                     reference(QStringLiteral("Coverage"), c.coverageId)}}});
    QJsonArray items;
    for (const QString& type : asked.serviceTypes)
        items.append(
            QJsonObject{{QStringLiteral("category"),
                         fhir::CodeableConcept::of(kX12ServiceTypeSystem, type).toJson()}});
    if (!items.isEmpty())
        b.insert(QStringLiteral("item"), items);
    return r.toJson();
}

QJsonObject eligibilityResponseToFhir(const EligibilityCheck& c, const Eligibility270Facts& asked)
{
    fhir::Resource r(kResponse, c.id);
    QJsonObject& b = r.body;
    putCommon(b, c, asked);
    b.insert(QStringLiteral("requestor"), providerReference(asked));
    b.insert(QStringLiteral("request"), reference(kRequest, c.id));
    const bool answered = c.benefits.status == EligibilityStatus::Active ||
                          c.benefits.status == EligibilityStatus::Inactive;
    b.insert(QStringLiteral("outcome"),
             answered ? QStringLiteral("complete") : QStringLiteral("error"));
    b.insert(QStringLiteral("disposition"), disposition(c.benefits));
    b.insert(QStringLiteral("insurer"), reference(QStringLiteral("Organization"), c.payerId));
    if (answered)
        b.insert(QStringLiteral("insurance"), QJsonArray{insurance(c)});
    const QJsonArray errs = errors(c.benefits);
    if (!errs.isEmpty())
        b.insert(QStringLiteral("error"), errs);
    return r.toJson();
}

QStringList EligibilityFhirSource::resourceTypes() const
{
    return {kRequest, kResponse};
}

Status EligibilityFhirSource::exportResources(const Emit& out) const
{
    FD_TRY(m_ctx.access->require(perm::kEligibility));
    FD_TRY(m_ctx.access->require(patients::perm::kExport));
    auto q =
        storage::exec(m_ctx.db.connection(),
                      QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY checked_at, id")
                          .arg(table::kEligibilityChecks));
    FD_TRY(q);
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    q->finish();
    if (ids.isEmpty())
        return {};
    FD_TRY(auditPatients());
    for (qsizetype at = 0; at < ids.size(); at += kChunk)
        FD_TRY(emitChecks(ids.mid(at, kChunk), out));
    return {};
}

// One read entry per patient, in that patient's own trail, before anything leaves.
Status EligibilityFhirSource::auditPatients() const
{
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT patient_id, count(*) FROM %1 WHERE deleted = 0 "
                                          "GROUP BY patient_id ORDER BY patient_id")
                               .arg(table::kEligibilityChecks));
    FD_TRY(q);
    std::vector<std::pair<QString, int>> patients;
    while (q->next())
        patients.emplace_back(q->value(0).toString(), q->value(1).toInt());
    q->finish();
    for (const auto& [patientId, count] : patients) {
        security::AuditRecord read;
        read.action = security::audit::kRead;
        read.patientId = patientId;
        read.entity = table::kEligibilityChecks;
        read.details = {{QStringLiteral("via"), QStringLiteral("fhir export")},
                        {QStringLiteral("checks"), count}};
        FD_TRY(m_ctx.audit->record(read));
    }
    return {};
}

Status EligibilityFhirSource::emitChecks(const QStringList& ids, const Emit& out) const
{
    QStringList marks;
    QVariantList binds;
    for (const QString& id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    auto found = EligibilityStore::checks(
        m_ctx.db.connection(), QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(','))),
        binds, int(ids.size()));
    FD_TRY(found);
    std::vector<EligibilityCheck>& checks = found.value();
    std::sort(checks.begin(), checks.end(),
              [&](const EligibilityCheck& a, const EligibilityCheck& b) {
                  return ids.indexOf(a.id) < ids.indexOf(b.id);
              });
    for (const EligibilityCheck& c : checks) {
        auto asked = read270Facts(c.request);
        if (!asked)
            return makeError(asked.error().code,
                             billingTr("Eligibility check %1: %2").arg(c.id, asked.error().message),
                             asked.error().details);
        FD_TRY(out(eligibilityRequestToFhir(c, asked.value())));
        if (!c.response.isEmpty())
            FD_TRY(out(eligibilityResponseToFhir(c, asked.value())));
    }
    return {};
}

void registerEligibilityFhir(ServiceRegistry& registry, const BillingContext& context)
{
    registry.append<fhir::IFhirResourceSource>(std::make_shared<EligibilityFhirSource>(context));
}

}  // namespace fd::billing
