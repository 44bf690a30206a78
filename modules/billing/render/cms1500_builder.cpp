#include "billing/render/cms1500_builder.h"

#include "billing/core/billing_context.h"
#include "billing/core/billing_permissions.h"
#include "security/audit_actions.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace fd::billing::render {

namespace {

QString digits(const QString& text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

// Item 2 and 4: "LAST SUFFIX, FIRST, M" (the manual's commas, no titles).
QString personName(const PartyName& n)
{
    if (n.organization)
        return n.last;
    QString last = n.last.trimmed();
    if (!n.suffix.trimmed().isEmpty())
        last += QLatin1Char(' ') + n.suffix.trimmed();
    QString out = last;
    if (!n.first.trimmed().isEmpty())
        out += QStringLiteral(", ") + n.first.trimmed();
    if (!n.middle.trimmed().isEmpty())
        out += QStringLiteral(", ") + n.middle.trimmed().left(1);
    return out;
}

// Items 17, 31 and 33 name providers first name first.
QString providerName(const PartyName& n)
{
    if (n.organization)
        return n.last;
    return QStringLiteral("%1 %2 %3").arg(n.first, n.middle.left(1), n.last).simplified();
}

Cms1500Address formAddress(const practice::Address& a)
{
    return {QStringLiteral("%1 %2").arg(a.line1, a.line2).simplified(), a.city.trimmed(), a.state.trimmed(),
            digits(a.zip)};
}

QString pointerLetters(const QList<int>& pointers)
{
    QString out;
    for (int p : pointers)
        if (p >= 1 && p <= 12)
            out += QChar(QLatin1Char('A').unicode() + p - 1);
    return out;
}

bool addressComplete(const Cms1500Address& a)
{
    return !a.street.isEmpty() && !a.city.isEmpty() && !a.state.isEmpty() && !a.zip.isEmpty();
}

}  // namespace

Cms1500Sources Cms1500Sources::from(const ServiceRegistry& registry)
{
    return {registry.get<IClaimService>(),
            registry.get<IClaimEnvelopes>(),
            registry.get<patients::ICoverageService>(),
            registry.get<practice::IPayerService>(),
            registry.get<practice::ILocationService>(),
            registry.get<practice::IPracticeProfile>(),
            registry.get<security::IAccessControl>(),
            registry.get<security::IAuditTrail>(),
            registry.get<IClock>()};
}

bool Cms1500Sources::complete() const
{
    return claims && envelopes && coverages && payers && locations && profile && access && audit;
}

QDate Cms1500Builder::today() const
{
    const QDateTime now = m_sources.clock ? m_sources.clock->nowUtc() : QDateTime::currentDateTimeUtc();
    return now.date();
}

Result<std::vector<Cms1500Claim>> Cms1500Builder::build(const QStringList& claimIds) const
{
    if (!m_sources.complete())
        return makeError(ErrorCode::Unavailable, tr("The services claim forms are made from are not available."));
    FD_TRY(m_sources.access->require(perm::kView));
    if (claimIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name at least one claim to print."), QStringLiteral("claims"));
    std::vector<Claim> toResolve;
    for (const QString& id : claimIds) {
        auto claim = m_sources.claims->claim(id.trimmed());
        FD_TRY(claim);
        toResolve.push_back(claim.value());
    }
    // Items 9 and 11d: the patient's other coverage on the date of service, resolved like the
    // claim's own (the same claim addressed to it).
    const std::size_t count = toResolve.size();
    std::vector<std::size_t> other(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const Claim claim = toResolve[i];
        auto active = m_sources.coverages->applicableOn(claim.patientId, claim.serviceDate);
        FD_TRY(active);
        for (const patients::Coverage& c : active.value()) {
            if (c.id == claim.coverageId)
                continue;
            Claim asOther = claim;
            asOther.coverageId = c.id;
            asOther.payerId = c.payerId;
            asOther.payerOrder = c.order;
            other[i] = toResolve.size();
            toResolve.push_back(asOther);
            break;
        }
    }
    auto resolved = m_sources.envelopes->envelopes(toResolve, QStringLiteral("default"));
    FD_TRY(resolved);
    auto profile = m_sources.profile->profile();
    FD_TRY(profile);
    std::vector<Cms1500Claim> forms;
    for (std::size_t i = 0; i < count; ++i) {
        const ClaimEnvelope* otherEnvelope = other[i] ? &resolved.value()[other[i]] : nullptr;
        auto form = fill(resolved.value()[i], otherEnvelope, profile.value());
        FD_TRY(form);
        FD_TRY(checkRequired(form.value()));
        forms.push_back(std::move(form.value()));
    }
    return forms;
}

namespace {

// Items 1, 1a, 4, 6, 7, 9, 11: the coverage billed and the patient's other one.
void fillInsurance(Cms1500Claim& f, const ClaimEnvelope& e, const ClaimEnvelope* other)
{
    f.insuranceType = insuranceTypeFor(e.filingIndicator);
    f.insuredId = e.memberId.trimmed();
    f.relationship = relationshipFor(e.relationship);
    const bool self = f.relationship == Relationship::Self;
    f.insuredName = personName(e.subscriber);
    f.insuredAddress = self ? f.patientAddress : formAddress(e.subscriberAddress);
    f.insuredBirthDate = self ? e.patientBirthDate : e.subscriberBirthDate;
    f.insuredSex = self ? e.patientSex : e.subscriberSex;
    f.insuredGroup = e.groupNumber;
    f.planName = e.planName.isEmpty() ? e.payerName : e.planName;
    if (other) {
        f.anotherPlan = true;
        f.otherInsuredName = personName(other->subscriber);
        f.otherInsuredPolicy = other->memberId;
        f.otherPlanName = other->planName.isEmpty() ? other->payerName : other->planName;
    }
}

// Item 17: the referring provider, else the supervising one (the manual's order).
void fillProvider(Cms1500Claim& f, const ClaimEnvelope& e)
{
    const std::optional<ClaimProvider>& p = e.referring ? e.referring : e.supervising;
    if (!p)
        return;
    f.providerQualifier = e.referring ? QStringLiteral("DN") : QStringLiteral("DQ");
    f.providerName = providerName(p->name);
    f.providerNpi = p->npi;
}

// Item 24: the rendering provider is the billing one when no other is named.
std::vector<Cms1500Line> formLines(const ClaimEnvelope& e)
{
    const ClaimProvider& rendering = e.rendering ? *e.rendering : e.billing;
    std::vector<Cms1500Line> lines;
    for (const ClaimLine& l : e.claim.lines) {
        Cms1500Line line{l.serviceDate, l.serviceDate, e.claim.placeOfService, l.code, l.modifiers,
                         pointerLetters(l.pointers), l.amount, l.units, rendering.npi, {}, {}};
        if (!rendering.taxonomy.isEmpty()) {
            line.renderingOtherQualifier = QStringLiteral("ZZ");
            line.renderingOtherId = rendering.taxonomy;
        }
        lines.push_back(line);
    }
    return lines;
}

}  // namespace

Result<Cms1500Claim> Cms1500Builder::fill(const ClaimEnvelope& e, const ClaimEnvelope* other,
                                         const practice::PracticeProfile& profile) const
{
    const Claim& claim = e.claim;
    Cms1500Claim f;
    f.claimId = claim.id;
    f.patientId = claim.patientId;
    f.claimNumber = claim.claimNumber;
    auto payer = m_sources.payers->find(claim.payerId);
    FD_TRY(payer);
    f.payerName = payer->name;
    const Cms1500Address payerAddress = formAddress(payer->address);
    if (!payerAddress.street.isEmpty())
        f.payerAddress = {payerAddress.street,
                          QStringLiteral("%1 %2 %3").arg(payerAddress.city, payerAddress.state, payerAddress.zip).simplified()};
    f.patientName = personName(e.patient);
    f.patientBirthDate = e.patientBirthDate;
    f.patientSex = e.patientSex;
    f.patientAddress = formAddress(e.patientAddress);
    fillInsurance(f, e, other);
    // CLM09 and CLM08 are Y on every claim the practice sends: both signatures are on file.
    f.patientSignature = tr("SIGNATURE ON FILE");
    f.insuredSignature = tr("SIGNATURE ON FILE");
    fillProvider(f, e);
    f.diagnoses = claim.diagnoses;
    if (claim.frequency != Frequency::Original) {
        f.resubmissionCode = frequencyCode(claim.frequency);
        f.originalReference = claim.payerClaimControlNumber;
    }
    f.priorAuthorization = claim.priorAuthorization;
    f.lines = formLines(e);
    f.taxId = digits(e.billingTaxId);
    f.physicianSignature = tr("SIGNATURE ON FILE");
    f.signedOn = today();
    FD_TRY(fillFacility(f, e));
    f.billingName = providerName(e.billing.name);
    f.billingAddress = formAddress(e.billingAddress);
    f.billingPhone = digits(profile.phone);
    f.billingNpi = e.billing.npi;
    if (!e.billing.taxonomy.isEmpty())
        f.billingOtherId = QStringLiteral("ZZ") + e.billing.taxonomy;
    return f;
}

// Item 32: the service location, also when it is the billing address (the 837P leaves 2310C
// out then; the paper form names the place every time).
Status Cms1500Builder::fillFacility(Cms1500Claim& f, const ClaimEnvelope& e) const
{
    if (e.facility) {
        f.facilityName = e.facility->name.last;
        f.facilityAddress = formAddress(e.facilityAddress);
        f.facilityNpi = e.facility->npi;
        return {};
    }
    auto location = m_sources.locations->find(e.claim.locationId);
    FD_TRY(location);
    f.facilityName = location->name;
    f.facilityAddress = formAddress(location->address);
    f.facilityNpi = location->facilityNpi;
    return {};
}

Status Cms1500Builder::checkRequired(const Cms1500Claim& f)
{
    auto refuse = [&](const QString& box, const QString& what) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Claim %1 cannot be printed on a CMS-1500: box %2 (%3) is missing.").arg(f.claimNumber, box, what),
                         QStringLiteral("box %1").arg(box));
    };
    if (f.insuredId.isEmpty())
        return refuse(QStringLiteral("1a"), tr("insured's ID number"));
    if (f.patientName.isEmpty() || !f.patientName.contains(QLatin1Char(',')))
        return refuse(QStringLiteral("2"), tr("patient's last and first name"));
    if (!f.patientBirthDate.isValid())
        return refuse(QStringLiteral("3"), tr("patient's birth date"));
    if (f.insuredName.isEmpty())
        return refuse(QStringLiteral("4"), tr("insured's name"));
    if (!addressComplete(f.patientAddress))
        return refuse(QStringLiteral("5"), tr("patient's street, city, state and ZIP code"));
    if (f.diagnoses.isEmpty())
        return refuse(QStringLiteral("21"), tr("a diagnosis"));
    if (f.lines.empty())
        return refuse(QStringLiteral("24"), tr("a service line"));
    for (std::size_t i = 0; i < f.lines.size(); ++i)
        if (f.lines[i].pointers.isEmpty())
            return refuse(QStringLiteral("24E"), tr("the diagnosis pointer of line %1").arg(i + 1));
    if (f.taxId.size() != 9)
        return refuse(QStringLiteral("25"), tr("the billing provider's nine-digit federal tax ID"));
    if (f.billingName.isEmpty() || !addressComplete(f.billingAddress))
        return refuse(QStringLiteral("33"), tr("billing provider's name and address"));
    if (f.billingNpi.size() != 10)
        return refuse(QStringLiteral("33a"), tr("billing provider's NPI"));
    return {};
}

Status Cms1500Builder::recordPrinted(const std::vector<Cms1500Claim>& forms, const QString& destination) const
{
    for (const Cms1500Claim& f : forms) {
        security::AuditRecord record;
        record.action = security::audit::kPrint;
        record.entity = table::kClaims;
        record.entityId = f.claimId;
        record.patientId = f.patientId;
        record.details = QJsonObject{{QStringLiteral("document"), QStringLiteral("cms1500")},
                                     {QStringLiteral("claim_number"), f.claimNumber},
                                     {QStringLiteral("lines"), int(f.lines.size())},
                                     {QStringLiteral("destination"), destination}};
        FD_TRY(m_sources.audit->record(record));
    }
    return {};
}

}  // namespace fd::billing::render
