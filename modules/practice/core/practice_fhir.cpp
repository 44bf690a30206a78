#include "practice/core/practice_fhir.h"

#include "fhir/fhir_datatypes.h"
#include "fhir/fhir_resource.h"
#include "fhir/fhir_systems.h"
#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace fd::practice {

namespace sys = fhir::systems;

namespace {

const QString kPayerIdSystemPrefix = QStringLiteral("urn:frontdesk:payer-id:");

fhir::Address toFhir(const Address& a, const QString& use)
{
    fhir::Address out;
    if (a.isEmpty())
        return out;
    out.use = use;
    out.lines = QStringList{a.line1, a.line2};
    out.lines.removeAll(QString());
    out.city = a.city;
    out.state = a.state;
    out.postalCode = a.zip;
    out.country = QStringLiteral("US");
    return out;
}

Address fromFhir(const fhir::Address& a)
{
    Address out;
    out.line1 = a.lines.value(0);
    out.line2 = a.lines.mid(1).join(QStringLiteral(", "));
    out.city = a.city;
    out.state = a.state;
    out.zip = a.postalCode;
    return out;
}

fhir::ContactPoint contact(const QString& system, const QString& value)
{
    return fhir::ContactPoint{system, value, QStringLiteral("work"), 0, {}};
}

const std::vector<std::pair<ClaimRole, QString>>& claimRoleCodes()
{
    static const std::vector<std::pair<ClaimRole, QString>> codes{
        {ClaimRole::Rendering, QStringLiteral("rendering")},
        {ClaimRole::Supervising, QStringLiteral("supervising")},
        {ClaimRole::Referring, QStringLiteral("referring")}};
    return codes;
}

fhir::Resource resource(const QString& type, const QString& id, const QString& profile)
{
    fhir::Resource r(type, id);
    r.meta.profiles << sys::usCore(profile);
    return r;
}

// "08:00-12:00,13:00-17:00" per weekday as hoursOfOperation, one entry per range.
QJsonArray hoursToFhir(const QMap<QString, QString>& hours)
{
    QJsonArray out;
    for (auto it = hours.constBegin(); it != hours.constEnd(); ++it) {
        for (const QString& range : it.value().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList ends = range.trimmed().split(QLatin1Char('-'));
            if (ends.size() != 2)
                continue;
            out.append(
                QJsonObject{{QStringLiteral("daysOfWeek"), QJsonArray{it.key()}},
                            {QStringLiteral("openingTime"), ends.at(0) + QStringLiteral(":00")},
                            {QStringLiteral("closingTime"), ends.at(1) + QStringLiteral(":00")}});
        }
    }
    return out;
}

Result<QMap<QString, QString>> hoursFromFhir(const fhir::ElementReader& location)
{
    QMap<QString, QString> hours;
    auto entries = location.objects(QStringLiteral("hoursOfOperation"));
    FD_TRY(entries);
    for (const fhir::ElementReader& e : entries.value()) {
        auto days = e.strings(QStringLiteral("daysOfWeek"));
        FD_TRY(days);
        auto open = e.string(QStringLiteral("openingTime"));
        FD_TRY(open);
        auto close = e.string(QStringLiteral("closingTime"));
        FD_TRY(close);
        if (open->isEmpty() || close->isEmpty() || days->isEmpty())
            continue;  // "all day" and other forms the practice does not keep
        for (const QString& day : days.value()) {
            QString& ranges = hours[day];
            if (!ranges.isEmpty())
                ranges += QLatin1Char(',');
            ranges += open->left(5) + QLatin1Char('-') + close->left(5);
        }
    }
    return hours;
}

}  // namespace

QJsonObject practiceToFhir(const PracticeProfile& profile, const QString& id)
{
    fhir::Resource r =
        resource(QStringLiteral("Organization"), id, QStringLiteral("us-core-organization"));
    QList<fhir::Identifier> ids;
    if (!profile.npi.isEmpty())
        ids << fhir::Identifier::npi(profile.npi);
    if (!profile.taxId.isEmpty())
        ids << fhir::Identifier::taxId(normalizeTaxId(profile.taxId));
    fhir::putArray(r.body, QStringLiteral("identifier"), ids);
    r.body.insert(QStringLiteral("active"), true);
    r.body.insert(
        QStringLiteral("type"),
        QJsonArray{fhir::CodeableConcept::of(sys::kOrganizationType, QStringLiteral("prov"),
                                             QStringLiteral("Healthcare Provider"))
                       .toJson()});
    fhir::putString(r.body, QStringLiteral("name"), profile.name);
    fhir::putArray(r.body, QStringLiteral("telecom"),
                   QList<fhir::ContactPoint>{contact(QStringLiteral("phone"), profile.phone),
                                             contact(QStringLiteral("fax"), profile.fax),
                                             contact(QStringLiteral("email"), profile.email)});
    QList<fhir::Address> addresses{toFhir(profile.billingAddress, QStringLiteral("work"))};
    if (!profile.payToAddress.isEmpty())
        addresses << toFhir(profile.payToAddress, QStringLiteral("billing"));
    fhir::putArray(r.body, QStringLiteral("address"), addresses);
    return r.toJson();
}

QJsonObject payerToFhir(const Payer& payer)
{
    fhir::Resource r =
        resource(QStringLiteral("Organization"), payer.id, QStringLiteral("us-core-organization"));
    QList<fhir::Identifier> ids;
    for (auto it = payer.payerIds.constBegin(); it != payer.payerIds.constEnd(); ++it)
        ids << fhir::Identifier::typed(
            QStringLiteral("NIIP"), QStringLiteral("National Insurance Payor Identifier (Payor)"),
            kPayerIdSystemPrefix + it.key(), it.value());
    fhir::putArray(r.body, QStringLiteral("identifier"), ids);
    r.body.insert(QStringLiteral("active"), payer.active);
    fhir::CodeableConcept type = fhir::CodeableConcept::of(
        sys::kOrganizationType, QStringLiteral("pay"), QStringLiteral("Payer"));
    type.codings << fhir::Coding{sys::kClaimFilingIndicator, payer.claimFilingIndicator, {}, {}};
    r.body.insert(QStringLiteral("type"), QJsonArray{type.toJson()});
    fhir::putString(r.body, QStringLiteral("name"), payer.name);
    fhir::putArray(r.body, QStringLiteral("telecom"),
                   QList<fhir::ContactPoint>{contact(QStringLiteral("phone"), payer.phone)});
    fhir::putArray(r.body, QStringLiteral("address"),
                   QList<fhir::Address>{toFhir(payer.address, QStringLiteral("work"))});
    return r.toJson();
}

QJsonObject locationToFhir(const Location& location, const QString& practiceId)
{
    fhir::Resource r =
        resource(QStringLiteral("Location"), location.id, QStringLiteral("us-core-location"));
    if (!location.facilityNpi.isEmpty())
        fhir::putArray(r.body, QStringLiteral("identifier"),
                       QList<fhir::Identifier>{fhir::Identifier::npi(location.facilityNpi)});
    r.body.insert(QStringLiteral("status"), QStringLiteral("active"));
    fhir::putString(r.body, QStringLiteral("name"), location.name);
    r.body.insert(QStringLiteral("mode"), QStringLiteral("instance"));
    r.body.insert(
        QStringLiteral("type"),
        QJsonArray{
            fhir::CodeableConcept::of(sys::kPlaceOfService, location.placeOfService).toJson()});
    fhir::putArray(r.body, QStringLiteral("telecom"),
                   QList<fhir::ContactPoint>{contact(QStringLiteral("phone"), location.phone)});
    fhir::putObject(r.body, QStringLiteral("address"),
                    toFhir(location.address, QStringLiteral("work")).toJson());
    if (!practiceId.isEmpty())
        r.body.insert(QStringLiteral("managingOrganization"),
                      fhir::Reference::to(QStringLiteral("Organization"), practiceId).toJson());
    const QJsonArray hours = hoursToFhir(location.hours);
    if (!hours.isEmpty())
        r.body.insert(QStringLiteral("hoursOfOperation"), hours);
    r.extensions << fhir::Extension::code(sys::kTimezoneExtension, location.timeZone);
    return r.toJson();
}

QJsonObject providerToFhir(const Provider& provider)
{
    fhir::Resource r = resource(QStringLiteral("Practitioner"), provider.id,
                                QStringLiteral("us-core-practitioner"));
    fhir::putArray(r.body, QStringLiteral("identifier"),
                   QList<fhir::Identifier>{fhir::Identifier::npi(provider.npi)});
    r.body.insert(QStringLiteral("active"), provider.active);
    fhir::HumanName name;
    name.use = QStringLiteral("official");
    name.family = provider.lastName;
    name.given = QStringList{provider.firstName};
    if (!provider.credentials.isEmpty())
        name.suffix = QStringList{provider.credentials};
    fhir::putArray(r.body, QStringLiteral("name"), QList<fhir::HumanName>{name});
    QJsonArray qualifications;
    if (!provider.credentials.isEmpty()) {
        fhir::CodeableConcept degree;
        degree.text = provider.credentials;
        qualifications.append(QJsonObject{{QStringLiteral("code"), degree.toJson()}});
    }
    if (!provider.taxonomy.isEmpty())
        qualifications.append(
            QJsonObject{{QStringLiteral("code"),
                         fhir::CodeableConcept::of(sys::kNucc, provider.taxonomy).toJson()}});
    if (!qualifications.isEmpty())
        r.body.insert(QStringLiteral("qualification"), qualifications);
    return r.toJson();
}

QJsonObject providerRoleToFhir(const Provider& provider, const QString& locationId,
                               const QString& practiceId, const QString& phone)
{
    // The role's id is derived from both ids so that an export is the same each time.
    const QString id =
        QUuid::createUuidV5(QUuid(provider.id), locationId).toString(QUuid::WithoutBraces);
    fhir::Resource r = resource(QStringLiteral("PractitionerRole"), id,
                                QStringLiteral("us-core-practitionerrole"));
    r.body.insert(QStringLiteral("active"), provider.active);
    r.body.insert(QStringLiteral("practitioner"),
                  fhir::Reference::to(QStringLiteral("Practitioner"), provider.id).toJson());
    if (!practiceId.isEmpty())
        r.body.insert(QStringLiteral("organization"),
                      fhir::Reference::to(QStringLiteral("Organization"), practiceId).toJson());
    r.body.insert(QStringLiteral("location"),
                  QJsonArray{fhir::Reference::to(QStringLiteral("Location"), locationId).toJson()});
    QList<fhir::CodeableConcept> specialties;
    fhir::CodeableConcept primary = fhir::CodeableConcept::of(sys::kNucc, provider.taxonomy);
    primary.text = provider.specialties.value(0);
    specialties << primary;
    for (const QString& more : provider.specialties.mid(1))
        specialties << fhir::CodeableConcept{{}, more};
    QList<fhir::Coding> roles;
    for (const auto& [flag, code] : claimRoleCodes()) {
        if (provider.hasRole(flag))
            roles << fhir::Coding{kClaimRoleSystem, code, {}, {}};
    }
    if (!roles.isEmpty())
        r.body.insert(QStringLiteral("code"),
                      QJsonArray{fhir::CodeableConcept{roles, {}}.toJson()});
    fhir::putArray(r.body, QStringLiteral("specialty"), specialties);
    fhir::putArray(r.body, QStringLiteral("telecom"),
                   QList<fhir::ContactPoint>{contact(QStringLiteral("phone"), phone)});
    return r.toJson();
}

bool isPayerOrganization(const QJsonObject& organization)
{
    for (const QJsonValue& type : organization.value(QStringLiteral("type")).toArray()) {
        for (const QJsonValue& coding : type.toObject().value(QStringLiteral("coding")).toArray()) {
            const QJsonObject c = coding.toObject();
            if (c.value(QStringLiteral("system")).toString() == sys::kOrganizationType &&
                c.value(QStringLiteral("code")).toString() == QLatin1String("pay"))
                return true;
        }
    }
    return false;
}

namespace {

// The first address or telecom of a kind, as the practice keeps one.
QString firstPhone(const QList<fhir::ContactPoint>& telecom)
{
    for (const fhir::ContactPoint& c : telecom) {
        if (c.system == QLatin1String("phone"))
            return c.value;
    }
    return {};
}

}  // namespace

Result<Payer> payerFromFhir(const fhir::ElementReader& organization)
{
    Payer p;
    auto name = organization.string(QStringLiteral("name"), true);
    FD_TRY(name);
    p.name = name.value();
    auto active = organization.boolean(QStringLiteral("active"), true);
    FD_TRY(active);
    p.active = active.value();
    auto ids = organization.identifiers(QStringLiteral("identifier"));
    FD_TRY(ids);
    for (const fhir::Identifier& id : ids.value()) {
        if (id.system.startsWith(kPayerIdSystemPrefix) && !id.value.isEmpty())
            p.payerIds.insert(id.system.mid(kPayerIdSystemPrefix.size()), id.value);
        else if (id.typeCode() == QLatin1String("NIIP") && !id.value.isEmpty() &&
                 !p.payerIds.contains(QStringLiteral("default")))
            p.payerIds.insert(QStringLiteral("default"), id.value);
    }
    auto types = organization.codeableConcepts(QStringLiteral("type"));
    FD_TRY(types);
    for (const fhir::CodeableConcept& t : types.value()) {
        const QString indicator = t.codeIn(sys::kClaimFilingIndicator);
        if (!indicator.isEmpty())
            p.claimFilingIndicator = indicator;
    }
    auto telecom = organization.contactPoints(QStringLiteral("telecom"));
    FD_TRY(telecom);
    p.phone = firstPhone(telecom.value());
    auto addresses = organization.addresses(QStringLiteral("address"));
    FD_TRY(addresses);
    if (!addresses->isEmpty())
        p.address = fromFhir(addresses->first());
    return p;
}

Result<Location> locationFromFhir(const fhir::ElementReader& location)
{
    Location l;
    auto name = location.string(QStringLiteral("name"), true);
    FD_TRY(name);
    l.name = name.value();
    auto address = location.object(QStringLiteral("address"));
    FD_TRY(address);
    if (address.value()) {
        auto a = address.value()->address();
        FD_TRY(a);
        l.address = fromFhir(a.value());
    }
    auto telecom = location.contactPoints(QStringLiteral("telecom"));
    FD_TRY(telecom);
    l.phone = firstPhone(telecom.value());
    auto ids = location.identifiers(QStringLiteral("identifier"));
    FD_TRY(ids);
    for (const fhir::Identifier& id : ids.value()) {
        if (id.system == sys::kNpi)
            l.facilityNpi = id.value;
    }
    auto types = location.codeableConcepts(QStringLiteral("type"));
    FD_TRY(types);
    for (const fhir::CodeableConcept& t : types.value()) {
        const QString pos = t.codeIn(sys::kPlaceOfService);
        if (!pos.isEmpty())
            l.placeOfService = pos;
    }
    auto zone = location.extension(sys::kTimezoneExtension);
    FD_TRY(zone);
    if (zone.value()) {
        auto code = zone.value()->code(QStringLiteral("valueCode"), true);
        FD_TRY(code);
        l.timeZone = code.value();
    }
    auto hours = hoursFromFhir(location);
    FD_TRY(hours);
    l.hours = hours.value();
    return l;
}

Result<Provider> providerFromFhir(const fhir::ElementReader& practitioner)
{
    Provider p;
    auto ids = practitioner.identifiers(QStringLiteral("identifier"));
    FD_TRY(ids);
    for (const fhir::Identifier& id : ids.value()) {
        if (id.system == sys::kNpi)
            p.npi = id.value;
    }
    if (p.npi.isEmpty())
        return practitioner.error(
            QStringLiteral("identifier"),
            QCoreApplication::translate("fd::practice",
                                        "a provider needs an NPI identifier (system %1)")
                .arg(sys::kNpi));
    auto names = practitioner.humanNames(QStringLiteral("name"));
    FD_TRY(names);
    if (names->isEmpty())
        return practitioner.error(
            QStringLiteral("name"),
            QCoreApplication::translate("fd::practice", "required but missing"));
    const fhir::HumanName& name = names->first();
    p.firstName = name.given.value(0);
    p.lastName = name.family;
    p.credentials = name.suffix.value(0);
    auto active = practitioner.boolean(QStringLiteral("active"), true);
    FD_TRY(active);
    p.active = active.value();
    auto qualifications = practitioner.objects(QStringLiteral("qualification"));
    FD_TRY(qualifications);
    for (const fhir::ElementReader& q : qualifications.value()) {
        auto code = q.object(QStringLiteral("code"), true);
        FD_TRY(code);
        auto cc = code.value()->codeableConcept();
        FD_TRY(cc);
        const QString taxonomy = cc->codeIn(sys::kNucc);
        if (!taxonomy.isEmpty())
            p.taxonomy = taxonomy;
        else if (p.credentials.isEmpty())
            p.credentials = cc->text;
    }
    return p;
}

Result<RoleLink> roleFromFhir(const fhir::ElementReader& role)
{
    RoleLink link;
    auto practitioner = role.object(QStringLiteral("practitioner"), true);
    FD_TRY(practitioner);
    auto ref = practitioner.value()->reference();
    FD_TRY(ref);
    if (ref->targetType() != QLatin1String("Practitioner"))
        return practitioner.value()->error(
            QStringLiteral("reference"),
            QCoreApplication::translate("fd::practice", "expected a reference to a Practitioner"));
    link.practitionerId = ref->targetId();
    auto locations = role.objects(QStringLiteral("location"));
    FD_TRY(locations);
    for (const fhir::ElementReader& l : locations.value()) {
        auto r = l.reference();
        FD_TRY(r);
        if (r->targetType() != QLatin1String("Location"))
            return l.error(
                QStringLiteral("reference"),
                QCoreApplication::translate("fd::practice", "expected a reference to a Location"));
        if (!link.locationId.isEmpty())
            return role.error(
                QStringLiteral("location"),
                QCoreApplication::translate("fd::practice", "one location per role is supported"));
        link.locationId = r->targetId();
    }
    auto codes = role.codeableConcepts(QStringLiteral("code"));
    FD_TRY(codes);
    for (const fhir::CodeableConcept& c : codes.value()) {
        for (const fhir::Coding& coding : c.codings) {
            for (const auto& [flag, code] : claimRoleCodes()) {
                if (coding.system == kClaimRoleSystem && coding.code == code)
                    link.claimRoles |= int(flag);
            }
        }
    }
    auto specialties = role.codeableConcepts(QStringLiteral("specialty"));
    FD_TRY(specialties);
    for (const fhir::CodeableConcept& s : specialties.value()) {
        if (!s.text.isEmpty())
            link.specialties << s.text;
    }
    return link;
}

}  // namespace fd::practice
