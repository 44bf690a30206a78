// FHIR R4 Claim and ChargeItem: the mapping and the export source.
#include "billing/core/claim_fhir.h"

#include "billing/core/billing_permissions.h"
#include "billing/core/claim_store.h"
#include "fhir/fhir_datatypes.h"
#include "fhir/fhir_primitives.h"
#include "fhir/fhir_resource.h"
#include "fhir/fhir_systems.h"
#include "patients/core/patients_permissions.h"

#include <QJsonArray>

#include <algorithm>

namespace fd::billing {

namespace {

const QString kClaim = QStringLiteral("Claim");
const QString kChargeItem = QStringLiteral("ChargeItem");

QJsonObject coded(const QString& system, const QString& code, const QString& display = {})
{
    return fhir::CodeableConcept::of(system, code, display).toJson();
}

QJsonObject reference(const QString& type, const QString& id)
{
    return fhir::Reference::to(type, id).toJson();
}

QJsonObject money(Money amount)
{
    return fhir::MoneyValue{amount}.toJson();
}

QJsonArray positiveInts(const QList<int>& values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

QJsonObject procedure(const QString& code)
{
    return coded(procedureSystem(code), code);
}

QJsonArray modifiers(const QStringList& list)
{
    QJsonArray out;
    for (const QString& m : list) {
        const bool cpt = m.size() == 2 && m.at(0).isDigit() && m.at(1).isDigit();
        out.append(coded(cpt ? kCptSystem : kHcpcsSystem, m));
    }
    return out;
}

QJsonArray careTeam(const Claim& c)
{
    const QString roles = QStringLiteral("http://terminology.hl7.org/CodeSystem/claimcareteamrole");
    QJsonArray team{QJsonObject{{QStringLiteral("sequence"), 1},
                                {QStringLiteral("provider"), reference(QStringLiteral("Practitioner"), c.renderingProviderId)},
                                {QStringLiteral("role"), coded(roles, QStringLiteral("primary"))}}};
    if (!c.supervisingProviderId.isEmpty())
        team.append(QJsonObject{{QStringLiteral("sequence"), 2},
                                {QStringLiteral("provider"),
                                 reference(QStringLiteral("Practitioner"), c.supervisingProviderId)},
                                {QStringLiteral("role"), coded(roles, QStringLiteral("supervisor"))}});
    return team;
}

QJsonArray diagnoses(const Claim& c)
{
    QJsonArray out;
    for (int i = 0; i < c.diagnoses.size(); ++i) {
        QJsonObject d{{QStringLiteral("sequence"), i + 1},
                      {QStringLiteral("diagnosisCodeableConcept"), coded(kIcd10CmSystem, dottedIcd10(c.diagnoses.at(i)))}};
        if (i == 0)
            d.insert(QStringLiteral("type"),
                     QJsonArray{coded(QStringLiteral("http://terminology.hl7.org/CodeSystem/ex-diagnosistype"),
                                      QStringLiteral("principal"))});
        out.append(d);
    }
    return out;
}

QJsonObject item(const Claim& c, const ClaimLine& l)
{
    QJsonObject o{{QStringLiteral("sequence"), l.lineNumber},
                  {QStringLiteral("careTeamSequence"), QJsonArray{1}},
                  {QStringLiteral("diagnosisSequence"), positiveInts(l.pointers)},
                  {QStringLiteral("productOrService"), procedure(l.code)},
                  {QStringLiteral("servicedDate"), fhir::date(l.serviceDate)},
                  {QStringLiteral("locationCodeableConcept"), coded(fhir::systems::kPlaceOfService, c.placeOfService)},
                  {QStringLiteral("quantity"), QJsonObject{{QStringLiteral("value"), l.units}}},
                  {QStringLiteral("net"), money(l.amount)}};
    if (!l.modifiers.isEmpty())
        o.insert(QStringLiteral("modifier"), modifiers(l.modifiers));
    // The charge master's price times the units: the unit price is exact in cents.
    if (l.units > 0 && l.amount.cents() % l.units == 0)
        o.insert(QStringLiteral("unitPrice"), money(Money::fromCents(l.amount.cents() / l.units)));
    return o;
}

QJsonArray related(const Claim& c)
{
    QJsonObject r{{QStringLiteral("relationship"),
                   coded(QStringLiteral("http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship"),
                         QStringLiteral("prior"))}};
    if (!c.originalClaimId.isEmpty())
        r.insert(QStringLiteral("claim"), reference(kClaim, c.originalClaimId));
    if (!c.payerClaimControlNumber.isEmpty())
        r.insert(QStringLiteral("reference"), QJsonObject{{QStringLiteral("value"), c.payerClaimControlNumber}});
    return QJsonArray{r};
}

}  // namespace

QString dottedIcd10(const QString& code)
{
    const QString c = normalizeIcd10(code);
    return c.size() > 3 ? c.left(3) + QLatin1Char('.') + c.mid(3) : c;
}

QString procedureSystem(const QString& code)
{
    return !code.isEmpty() && code.at(0).isDigit() ? kCptSystem : kHcpcsSystem;
}

QString claimFhirStatus(ClaimStatus status)
{
    return status == ClaimStatus::Draft ? QStringLiteral("draft") : QStringLiteral("active");
}

QJsonObject claimToFhir(const Claim& c)
{
    fhir::Resource r(kClaim, c.id);
    QJsonObject& b = r.body;
    b.insert(QStringLiteral("identifier"),
             QJsonArray{QJsonObject{{QStringLiteral("system"), kClaimNumberSystem}, {QStringLiteral("value"), c.claimNumber}}});
    b.insert(QStringLiteral("status"), claimFhirStatus(c.status));
    b.insert(QStringLiteral("type"),
             coded(QStringLiteral("http://terminology.hl7.org/CodeSystem/claim-type"), QStringLiteral("professional")));
    b.insert(QStringLiteral("use"), QStringLiteral("claim"));
    b.insert(QStringLiteral("patient"), reference(QStringLiteral("Patient"), c.patientId));
    QDate first = c.serviceDate;
    QDate last = c.serviceDate;
    for (const ClaimLine& l : c.lines) {
        first = std::min(first, l.serviceDate);
        last = std::max(last, l.serviceDate);
    }
    fhir::putObject(b, QStringLiteral("billablePeriod"), fhir::Period::ofDates(first, last).toJson());
    b.insert(QStringLiteral("created"), fhir::dateTime(c.createdAt));
    b.insert(QStringLiteral("insurer"), reference(QStringLiteral("Organization"), c.payerId));
    b.insert(QStringLiteral("provider"), reference(QStringLiteral("Practitioner"), c.renderingProviderId));
    b.insert(QStringLiteral("priority"),
             coded(QStringLiteral("http://terminology.hl7.org/CodeSystem/processpriority"), QStringLiteral("normal")));
    if (c.frequency != Frequency::Original)
        b.insert(QStringLiteral("related"), related(c));
    b.insert(QStringLiteral("facility"), reference(QStringLiteral("Location"), c.locationId));
    b.insert(QStringLiteral("careTeam"), careTeam(c));
    b.insert(QStringLiteral("diagnosis"), diagnoses(c));
    QJsonObject insurance{{QStringLiteral("sequence"), 1},
                          {QStringLiteral("focal"), true},
                          {QStringLiteral("coverage"), reference(QStringLiteral("Coverage"), c.coverageId)}};
    if (!c.priorAuthorization.isEmpty())
        insurance.insert(QStringLiteral("preAuthRef"), QJsonArray{c.priorAuthorization});
    b.insert(QStringLiteral("insurance"), QJsonArray{insurance});
    QJsonArray items;
    for (const ClaimLine& l : c.lines)
        items.append(item(c, l));
    if (!items.isEmpty())
        b.insert(QStringLiteral("item"), items);
    b.insert(QStringLiteral("total"), money(c.total()));
    return r.toJson();
}

QString chargeItemStatus(ClaimStatus status)
{
    return status == ClaimStatus::Submitted || status == ClaimStatus::Accepted ? QStringLiteral("billed")
                                                                                 : QStringLiteral("billable");
}

QJsonObject chargeItemToFhir(const Claim& c, const ClaimLine& l)
{
    fhir::Resource r(kChargeItem, l.id);
    QJsonObject& b = r.body;
    b.insert(QStringLiteral("status"), chargeItemStatus(c.status));
    b.insert(QStringLiteral("code"), procedure(l.code));
    b.insert(QStringLiteral("subject"), reference(QStringLiteral("Patient"), c.patientId));
    b.insert(QStringLiteral("occurrenceDateTime"), fhir::date(l.serviceDate));
    b.insert(QStringLiteral("performer"),
             QJsonArray{QJsonObject{{QStringLiteral("actor"), reference(QStringLiteral("Practitioner"), c.renderingProviderId)}}});
    b.insert(QStringLiteral("quantity"), QJsonObject{{QStringLiteral("value"), l.units}});
    b.insert(QStringLiteral("priceOverride"), money(l.amount));
    if (c.createdAt.isValid())
        b.insert(QStringLiteral("enteredDate"), fhir::dateTime(c.createdAt));
    QJsonArray reasons;
    for (int p : l.pointers)
        if (p >= 1 && p <= c.diagnoses.size())
            reasons.append(coded(kIcd10CmSystem, dottedIcd10(c.diagnoses.at(p - 1))));
    if (!reasons.isEmpty())
        b.insert(QStringLiteral("reason"), reasons);
    b.insert(QStringLiteral("supportingInformation"), QJsonArray{reference(kClaim, c.id)});
    return r.toJson();
}

QStringList ClaimFhirSource::resourceTypes() const
{
    return {kClaim, kChargeItem};
}

Status ClaimFhirSource::exportResources(const Emit& out) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    FD_TRY(m_ctx.access->require(patients::perm::kExport));
    const ClaimStore store(m_ctx);
    auto claims = store.load(m_ctx.db.connection(), QStringLiteral("1 = 1"), {});
    FD_TRY(claims);
    for (const Claim& c : claims.value()) {
        FD_TRY(out(claimToFhir(c)));
        for (const ClaimLine& l : c.lines)
            FD_TRY(out(chargeItemToFhir(c, l)));
    }
    return {};
}

void registerClaimFhir(ServiceRegistry& registry, const BillingContext& context)
{
    registry.append<fhir::IFhirResourceSource>(std::make_shared<ClaimFhirSource>(context));
}

}  // namespace fd::billing
