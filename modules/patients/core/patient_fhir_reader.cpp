// Readers: incoming Patient, RelatedPerson and Coverage resources as the registry's records.
// Every error names the JSON path; the sink runs the registry's own checks afterwards.
#include "patients/core/patient_fhir.h"

#include "fhir/fhir_primitives.h"
#include "fhir/fhir_systems.h"
#include "patients/core/patient_fhir_codes.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace fd::patients {

namespace codes = fhircodes;

namespace {

Address addressFrom(const fhir::Address& a)
{
    Address out;
    out.line1 = a.lines.value(0);
    out.line2 = a.lines.mid(1).join(QStringLiteral(", "));
    out.city = a.city;
    out.state = a.state;
    out.zip = a.postalCode;
    return out;
}

// The first home address, else the first address without a use other than home.
Result<Address> homeAddress(const fhir::ElementReader& r)
{
    auto addresses = r.addresses(QStringLiteral("address"));
    FD_TRY(addresses);
    for (const fhir::Address& a : addresses.value()) {
        if (a.use.isEmpty() || a.use == QLatin1String("home"))
            return addressFrom(a);
    }
    return addresses->isEmpty() ? Address() : addressFrom(addresses->first());
}

// A reference "Type/id" to one of `types`; the id, or an error naming the element.
Result<QString> referenceId(const fhir::ElementReader& element, const QString& type)
{
    auto ref = element.reference();
    FD_TRY(ref);
    if (ref->targetType() != type)
        return element.error(
            QStringLiteral("reference"),
            QCoreApplication::translate("fd::patients", "expected a reference to a %1").arg(type));
    return ref->targetId();
}

Result<std::optional<double>> number(const fhir::ElementReader& r, const QString& key,
                                     bool required)
{
    const QJsonValue value = r.json().value(key);
    if (value.isUndefined()) {
        if (required)
            return r.error(key,
                           QCoreApplication::translate("fd::patients", "required but missing"));
        return std::optional<double>();
    }
    if (!value.isDouble())
        return r.error(key, QCoreApplication::translate("fd::patients", "expected a number"));
    return std::optional<double>(value.toDouble());
}

// The ombCategory codes of a us-core-race or us-core-ethnicity extension.
Result<QStringList> ombCodes(const fhir::ElementReader& patient, const QString& url)
{
    auto extension = patient.extension(url);
    FD_TRY(extension);
    QStringList out;
    if (!extension.value())
        return out;
    auto parts = extension.value()->objects(QStringLiteral("extension"));
    FD_TRY(parts);
    for (const fhir::ElementReader& part : parts.value()) {
        auto partUrl = part.string(QStringLiteral("url"), true);
        FD_TRY(partUrl);
        if (partUrl.value() != QLatin1String("ombCategory"))
            continue;
        auto value = part.object(QStringLiteral("valueCoding"), true);
        FD_TRY(value);
        auto coding = value.value()->coding();
        FD_TRY(coding);
        if (!coding->code.isEmpty())
            out << coding->code;
    }
    return out;
}

Status readIdentity(const fhir::ElementReader& r, Patient& p)
{
    auto identity = r.extension(codes::kGenderIdentityExtension);
    FD_TRY(identity);
    if (identity.value()) {
        auto value = identity.value()->object(QStringLiteral("valueCodeableConcept"), true);
        FD_TRY(value);
        auto cc = value.value()->codeableConcept();
        FD_TRY(cc);
        const QString snomed = cc->codeIn(codes::kSnomed);
        p.genderIdentity = !snomed.isEmpty() ? snomed
                           : !cc->text.isEmpty()
                               ? cc->text
                               : (cc->codings.isEmpty() ? QString() : cc->codings.first().display);
    }
    auto pronouns = r.extension(codes::kPronounsExtension);
    FD_TRY(pronouns);
    if (pronouns.value()) {
        auto value = pronouns.value()->extension(QStringLiteral("value"));
        FD_TRY(value);
        if (value.value()) {
            auto valueConcept = value.value()->object(QStringLiteral("valueCodeableConcept"), true);
            FD_TRY(valueConcept);
            auto cc = valueConcept.value()->codeableConcept();
            FD_TRY(cc);
            p.pronouns = !cc->text.isEmpty()     ? cc->text
                         : cc->codings.isEmpty() ? QString()
                                                 : cc->codings.first().display;
        }
    }
    return {};
}

Status readNames(const fhir::ElementReader& r, Patient& p)
{
    auto names = r.humanNames(QStringLiteral("name"));
    FD_TRY(names);
    const fhir::HumanName* legal = nullptr;
    for (const fhir::HumanName& n : names.value()) {
        if (n.use == QLatin1String("official") && !legal)
            legal = &n;
        else if (n.use == QLatin1String("usual") && p.preferredName.isEmpty())
            p.preferredName = n.given.value(0);
    }
    if (!legal) {
        for (const fhir::HumanName& n : names.value()) {
            if (n.use != QLatin1String("usual") && n.use != QLatin1String("nickname")) {
                legal = &n;
                break;
            }
        }
    }
    if (!legal)
        return r.error(QStringLiteral("name"),
                       QCoreApplication::translate("fd::patients",
                                                   "a patient needs an official (legal) name"));
    p.lastName = legal->family;
    p.firstName = legal->given.value(0);
    p.middleName = legal->given.mid(1).join(QLatin1Char(' '));
    p.suffix = legal->suffix.join(QLatin1Char(' '));
    return {};
}

Status readTelecom(const fhir::ElementReader& r, Patient& p)
{
    auto telecom = r.contactPoints(QStringLiteral("telecom"));
    FD_TRY(telecom);
    for (const fhir::ContactPoint& c : telecom.value()) {
        if (c.system == QLatin1String("phone") && !c.value.isEmpty()) {
            const bool known = c.use == QLatin1String("home") || c.use == QLatin1String("mobile") ||
                               c.use == QLatin1String("work");
            p.phones.append({known ? c.use : QStringLiteral("other"), c.value, false});
        } else if (c.system == QLatin1String("email") && p.email.isEmpty()) {
            p.email = c.value;
        }
    }
    return {};
}

Status readStatus(const fhir::ElementReader& r, Patient& p)
{
    auto active = r.boolean(QStringLiteral("active"), true);
    FD_TRY(active);
    p.status = active.value() ? PatientStatus::Active : PatientStatus::Inactive;
    auto deceased = r.boolean(QStringLiteral("deceasedBoolean"), false);
    FD_TRY(deceased);
    if (deceased.value())
        p.status = PatientStatus::Deceased;
    auto when = r.string(QStringLiteral("deceasedDateTime"));
    FD_TRY(when);
    if (!when->isEmpty()) {
        const auto at = fhir::parseDateTime(when.value(), true);
        if (!at)
            return r.error(QStringLiteral("deceasedDateTime"),
                           QCoreApplication::translate("fd::patients", "\"%1\" is not a dateTime")
                               .arg(when.value()));
        p.status = PatientStatus::Deceased;
        p.deceasedDate = at->date();
    }
    return {};
}

Status readContact(const fhir::ElementReader& r, Patient& p)
{
    auto contacts = r.objects(QStringLiteral("contact"));
    FD_TRY(contacts);
    for (const fhir::ElementReader& c : contacts.value()) {
        auto roles = c.codeableConcepts(QStringLiteral("relationship"));
        FD_TRY(roles);
        QString relationship;
        bool emergency = false;
        for (const fhir::CodeableConcept& role : roles.value()) {
            if (role.codeIn(codes::kContactRole) == QLatin1String("C")) {
                emergency = true;
                relationship = role.text;
            }
        }
        if (!emergency)
            continue;
        auto name = c.object(QStringLiteral("name"));
        FD_TRY(name);
        if (name.value()) {
            auto n = name.value()->humanName();
            FD_TRY(n);
            p.emergencyContact.name =
                !n->text.isEmpty()
                    ? n->text
                    : (n->given + QStringList{n->family}).join(QLatin1Char(' ')).trimmed();
        }
        auto telecom = c.contactPoints(QStringLiteral("telecom"));
        FD_TRY(telecom);
        for (const fhir::ContactPoint& t : telecom.value()) {
            if (t.system == QLatin1String("phone")) {
                p.emergencyContact.phone = t.value;
                break;
            }
        }
        p.emergencyContact.relationship = relationship;
        break;
    }
    return {};
}

Status readMore(const fhir::ElementReader& r, Patient& p, QString& practitionerId)
{
    auto communication = r.objects(QStringLiteral("communication"));
    FD_TRY(communication);
    p.preferredLanguage.clear();
    for (const fhir::ElementReader& c : communication.value()) {
        auto language = c.object(QStringLiteral("language"), true);
        FD_TRY(language);
        auto cc = language.value()->codeableConcept();
        FD_TRY(cc);
        auto preferred = c.boolean(QStringLiteral("preferred"), false);
        FD_TRY(preferred);
        const QString tag = cc->codeIn(codes::kBcp47);
        if (!tag.isEmpty() && (p.preferredLanguage.isEmpty() || preferred.value()))
            p.preferredLanguage = tag;
    }
    auto practitioners = r.objects(QStringLiteral("generalPractitioner"));
    FD_TRY(practitioners);
    for (const fhir::ElementReader& g : practitioners.value()) {
        auto id = referenceId(g, QStringLiteral("Practitioner"));
        FD_TRY(id);
        practitionerId = id.value();
        break;
    }
    auto photos = r.objects(QStringLiteral("photo"));
    FD_TRY(photos);
    if (!photos->empty()) {
        const fhir::ElementReader& photo = photos->front();
        auto data = photo.string(QStringLiteral("data"), true);
        FD_TRY(data);
        auto decoded = QByteArray::fromBase64Encoding(data->toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return photo.error(QStringLiteral("data"),
                               QCoreApplication::translate("fd::patients", "not base64"));
        p.photo = *decoded;
    }
    auto meta = r.object(QStringLiteral("meta"));
    FD_TRY(meta);
    if (meta.value()) {
        auto labels = meta.value()->objects(QStringLiteral("security"));
        FD_TRY(labels);
        for (const fhir::ElementReader& label : labels.value()) {
            auto coding = label.coding();
            FD_TRY(coding);
            if (coding->system == codes::kConfidentiality &&
                (coding->code == QLatin1String("R") || coding->code == QLatin1String("V")))
                p.restricted = true;
        }
    }
    return {};
}

}  // namespace

Result<IncomingPatient> patientFromFhir(const fhir::ElementReader& r)
{
    IncomingPatient in;
    Patient& p = in.patient;
    auto ids = r.identifiers(QStringLiteral("identifier"));
    FD_TRY(ids);
    for (const fhir::Identifier& id : ids.value()) {
        if (id.system == kAccountNumberSystem && !id.value.isEmpty())
            p.accountNumber = id.value;
    }
    FD_TRY(readNames(r, p));
    auto gender = r.code(QStringLiteral("gender"));
    FD_TRY(gender);
    if (gender.value() == QLatin1String("male"))
        p.sex = AdministrativeSex::Male;
    else if (gender.value() == QLatin1String("female"))
        p.sex = AdministrativeSex::Female;
    else if (gender->isEmpty() || gender.value() == QLatin1String("unknown") ||
             gender.value() == QLatin1String("other"))
        p.sex = AdministrativeSex::Unknown;
    else
        return r.error(QStringLiteral("gender"),
                       QCoreApplication::translate("fd::patients",
                                                   "\"%1\" is not male, female, other or unknown")
                           .arg(gender.value()));
    auto birth = r.date(QStringLiteral("birthDate"));
    FD_TRY(birth);
    p.birthDate = birth->value_or(QDate());
    FD_TRY(readStatus(r, p));
    FD_TRY(readTelecom(r, p));
    auto address = homeAddress(r);
    FD_TRY(address);
    p.address = address.value();
    FD_TRY(readContact(r, p));
    FD_TRY(readMore(r, p, in.practitionerId));
    auto race = ombCodes(r, codes::kRaceExtension);
    FD_TRY(race);
    p.raceCodes = race.value();
    auto ethnicity = ombCodes(r, codes::kEthnicityExtension);
    FD_TRY(ethnicity);
    p.ethnicityCodes = ethnicity.value();
    FD_TRY(readIdentity(r, p));
    return in;
}

Result<IncomingGuarantor> guarantorFromFhir(const fhir::ElementReader& r)
{
    IncomingGuarantor in;
    auto ids = r.identifiers(QStringLiteral("identifier"));
    FD_TRY(ids);
    for (const fhir::Identifier& id : ids.value()) {
        if (id.system == kGuarantorSystem && !id.value.isEmpty())
            in.key = id.value;
    }
    auto patient = r.object(QStringLiteral("patient"), true);
    FD_TRY(patient);
    auto patientId = referenceId(*patient.value(), QStringLiteral("Patient"));
    FD_TRY(patientId);
    in.patientId = patientId.value();
    auto relationships = r.codeableConcepts(QStringLiteral("relationship"));
    FD_TRY(relationships);
    for (const fhir::CodeableConcept& c : relationships.value()) {
        if (c.codeIn(codes::kRoleCode) == QLatin1String("ONESELF"))
            in.self = true;
    }
    auto names = r.humanNames(QStringLiteral("name"));
    FD_TRY(names);
    if (names->isEmpty())
        return r.error(QStringLiteral("name"),
                       QCoreApplication::translate("fd::patients", "required but missing"));
    Guarantor& g = in.guarantor;
    g.lastName = names->first().family;
    g.firstName = names->first().given.value(0);
    auto telecom = r.contactPoints(QStringLiteral("telecom"));
    FD_TRY(telecom);
    for (const fhir::ContactPoint& c : telecom.value()) {
        if (c.system == QLatin1String("phone") && g.phone.isEmpty())
            g.phone = c.value;
        else if (c.system == QLatin1String("email") && g.email.isEmpty())
            g.email = c.value;
    }
    auto birth = r.date(QStringLiteral("birthDate"));
    FD_TRY(birth);
    g.birthDate = birth->value_or(QDate());
    auto address = homeAddress(r);
    FD_TRY(address);
    g.address = address.value();
    return in;
}

namespace {

// The subscriber who is not a patient: the contained RelatedPerson "#id" the Coverage names.
Status readContainedSubscriber(const fhir::ElementReader& r, const QString& localRef, Coverage& c)
{
    auto contained = r.objects(QStringLiteral("contained"));
    FD_TRY(contained);
    for (const fhir::ElementReader& person : contained.value()) {
        auto id = person.string(QStringLiteral("id"));
        FD_TRY(id);
        if (QLatin1Char('#') + id.value() != localRef)
            continue;
        auto type = person.string(QStringLiteral("resourceType"), true);
        FD_TRY(type);
        if (type.value() != QLatin1String("RelatedPerson") &&
            type.value() != QLatin1String("Patient"))
            return person.error(QStringLiteral("resourceType"),
                                QCoreApplication::translate(
                                    "fd::patients", "expected a RelatedPerson or a Patient"));
        auto names = person.humanNames(QStringLiteral("name"));
        FD_TRY(names);
        if (!names->isEmpty()) {
            c.subscriberLastName = names->first().family;
            c.subscriberFirstName = names->first().given.value(0);
        }
        auto birth = person.date(QStringLiteral("birthDate"));
        FD_TRY(birth);
        c.subscriberBirthDate = birth->value_or(QDate());
        auto gender = person.code(QStringLiteral("gender"));
        FD_TRY(gender);
        c.subscriberSex = gender.value() == QLatin1String("male")     ? AdministrativeSex::Male
                          : gender.value() == QLatin1String("female") ? AdministrativeSex::Female
                                                                      : AdministrativeSex::Unknown;
        return {};
    }
    return r.error(
        QStringLiteral("subscriber"),
        QCoreApplication::translate("fd::patients", "%1 is not among the contained resources")
            .arg(localRef));
}

Status readSubscriber(const fhir::ElementReader& r, IncomingCoverage& in)
{
    auto subscriber = r.object(QStringLiteral("subscriber"));
    FD_TRY(subscriber);
    if (!subscriber.value() || in.coverage.relationship == QLatin1String("18"))
        return {};
    auto ref = subscriber.value()->reference();
    FD_TRY(ref);
    if (ref->reference.startsWith(QLatin1Char('#')))
        return readContainedSubscriber(r, ref->reference, in.coverage);
    if (ref->targetType() != QLatin1String("Patient"))
        return subscriber.value()->error(
            QStringLiteral("reference"),
            QCoreApplication::translate(
                "fd::patients",
                "expected a reference to a Patient or to a contained RelatedPerson"));
    in.subscriberPatientId = ref->targetId();
    return {};
}

Status readCosts(const fhir::ElementReader& r, Coverage& c)
{
    auto costs = r.objects(QStringLiteral("costToBeneficiary"));
    FD_TRY(costs);
    for (const fhir::ElementReader& cost : costs.value()) {
        auto type = cost.object(QStringLiteral("type"));
        FD_TRY(type);
        if (!type.value())
            continue;
        auto cc = type.value()->codeableConcept();
        FD_TRY(cc);
        const QString code = cc->codeIn(codes::kCopayType);
        const bool money = code == QLatin1String("copay") || code == QLatin1String("deductible");
        if (!money && code != QLatin1String("copaypct"))
            continue;
        auto value = cost.object(
            money ? QStringLiteral("valueMoney") : QStringLiteral("valueQuantity"), true);
        FD_TRY(value);
        auto amount = number(*value.value(), QStringLiteral("value"), true);
        FD_TRY(amount);
        const double v = **amount;
        if (money) {
            auto currency = value.value()->code(QStringLiteral("currency"));
            FD_TRY(currency);
            if (!currency->isEmpty() && currency.value() != fhir::systems::kCurrencyUsd)
                return value.value()->error(
                    QStringLiteral("currency"),
                    QCoreApplication::translate("fd::patients", "only USD amounts are kept, not %1")
                        .arg(currency.value()));
            const double cents = v * 100.0;
            if (std::abs(cents - std::round(cents)) > 1e-6 || std::abs(cents) > 1e15)
                return value.value()->error(
                    QStringLiteral("value"),
                    QCoreApplication::translate("fd::patients", "%1 is not an amount in whole cents").arg(v));
            const Money m = Money::fromCents(std::llround(cents));
            (code == QLatin1String("copay") ? c.copay : c.deductible) = m;
        } else {
            c.coinsurancePercent = int(std::lround(v));
        }
    }
    return {};
}

}  // namespace

Result<IncomingCoverage> coverageFromFhir(const fhir::ElementReader& r)
{
    IncomingCoverage in;
    Coverage& c = in.coverage;
    auto ids = r.identifiers(QStringLiteral("identifier"));
    FD_TRY(ids);
    for (const fhir::Identifier& id : ids.value()) {
        if (id.typeCode() == QLatin1String("MB") && !id.value.isEmpty())
            c.memberId = id.value;
    }
    auto subscriberId = r.string(QStringLiteral("subscriberId"));
    FD_TRY(subscriberId);
    if (c.memberId.isEmpty())
        c.memberId = subscriberId.value();
    if (c.memberId.isEmpty())
        return r.error(
            QStringLiteral("identifier"),
            QCoreApplication::translate(
                "fd::patients",
                "a coverage needs a member id (an identifier of type MB, or subscriberId)"));
    auto beneficiary = r.object(QStringLiteral("beneficiary"), true);
    FD_TRY(beneficiary);
    auto patientId = referenceId(*beneficiary.value(), QStringLiteral("Patient"));
    FD_TRY(patientId);
    in.beneficiaryId = patientId.value();
    auto payors = r.objects(QStringLiteral("payor"), true);
    FD_TRY(payors);
    if (payors->empty())
        return r.error(QStringLiteral("payor"),
                       QCoreApplication::translate("fd::patients", "required but missing"));
    auto payor = referenceId(payors->front(), QStringLiteral("Organization"));
    FD_TRY(payor);
    in.payorId = payor.value();
    auto relationship = r.object(QStringLiteral("relationship"));
    FD_TRY(relationship);
    if (relationship.value()) {
        auto cc = relationship.value()->codeableConcept();
        FD_TRY(cc);
        const QString x12 = cc->codeIn(kX12RelationshipSystem);
        const QString code = cc->codeIn(codes::kSubscriberRelationship);
        c.relationship = !x12.isEmpty() ? x12 : x12Relationship(code);
        if (c.relationship.isEmpty())
            return relationship.value()->error(
                QString(), QCoreApplication::translate(
                               "fd::patients",
                               "\"%1\" is not a subscriber relationship (self, spouse, child, "
                               "parent, common, other, injured)")
                               .arg(code));
    }
    FD_TRY(readSubscriber(r, in));
    auto period = r.object(QStringLiteral("period"));
    FD_TRY(period);
    if (period.value()) {
        auto p = period.value()->period();
        FD_TRY(p);
        if (!p->start.isEmpty())
            c.effectiveFrom = fhir::parseDateTime(p->start, true).value_or(QDateTime()).date();
        if (!p->end.isEmpty())
            c.effectiveTo = fhir::parseDateTime(p->end, true).value_or(QDateTime()).date();
    }
    auto order = number(r, QStringLiteral("order"), false);
    FD_TRY(order);
    if (order.value()) {
        const double o = **order;
        if (o != std::floor(o) || o < 1 || o > 3)
            return r.error(QStringLiteral("order"),
                           QCoreApplication::translate("fd::patients", "expected 1, 2 or 3"));
        c.order = int(o);
    }
    auto classes = r.objects(QStringLiteral("class"));
    FD_TRY(classes);
    for (const fhir::ElementReader& k : classes.value()) {
        auto type = k.object(QStringLiteral("type"), true);
        FD_TRY(type);
        auto cc = type.value()->codeableConcept();
        FD_TRY(cc);
        auto value = k.string(QStringLiteral("value"), true);
        FD_TRY(value);
        const QString code = cc->codeIn(codes::kCoverageClass);
        if (code == QLatin1String("group"))
            c.groupNumber = value.value();
        else if (code == QLatin1String("plan"))
            c.planName = value.value();
    }
    FD_TRY(readCosts(r, c));
    return in;
}

}  // namespace fd::patients
