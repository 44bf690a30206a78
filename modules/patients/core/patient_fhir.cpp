// Writers: the registry's records as FHIR R4 resources (readers in patient_fhir_reader.cpp).
#include "patients/core/patient_fhir.h"

#include "fhir/fhir_datatypes.h"
#include "fhir/fhir_primitives.h"
#include "fhir/fhir_resource.h"
#include "fhir/fhir_systems.h"
#include "patients/core/patient_fhir_codes.h"
#include "patients/core/patient_validation.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <optional>

namespace fd::patients {

namespace sys = fhir::systems;
namespace codes = fhircodes;

namespace {

const QString kPatient = QStringLiteral("Patient");

fhir::Address addressToFhir(const Address& a)
{
    fhir::Address out;
    if (a.isEmpty())
        return out;
    out.use = QStringLiteral("home");
    out.lines = QStringList{a.line1, a.line2};
    out.lines.removeAll(QString());
    out.city = a.city;
    out.state = a.state;
    out.postalCode = a.zip;
    out.country = QStringLiteral("US");
    return out;
}

// The CDC race & ethnicity code's display, or the null flavor's.
QString ombDisplay(const QString& code)
{
    static const QHash<QString, QString> displays{
        {QStringLiteral("1002-5"), QStringLiteral("American Indian or Alaska Native")},
        {QStringLiteral("2028-9"), QStringLiteral("Asian")},
        {QStringLiteral("2054-5"), QStringLiteral("Black or African American")},
        {QStringLiteral("2076-8"), QStringLiteral("Native Hawaiian or Other Pacific Islander")},
        {QStringLiteral("2106-3"), QStringLiteral("White")},
        {QStringLiteral("2135-2"), QStringLiteral("Hispanic or Latino")},
        {QStringLiteral("2186-5"), QStringLiteral("Not Hispanic or Latino")},
        {QStringLiteral("ASKU"), QStringLiteral("asked but unknown")},
        {QStringLiteral("UNK"), QStringLiteral("unknown")}};
    return displays.value(code, code);
}

fhir::Coding ombCoding(const QString& code)
{
    const bool nullFlavor = code == QLatin1String("ASKU") || code == QLatin1String("UNK");
    return fhir::Coding{
        nullFlavor ? codes::kNullFlavor : codes::kCdcRace, code, ombDisplay(code), {}};
}

// us-core-race (up to five OMB categories) or us-core-ethnicity (one): ombCategory codings and
// the text US Core requires.
std::optional<fhir::Extension> ombExtension(const QString& url, const QStringList& categories,
                                            int maxCategories)
{
    if (categories.isEmpty())
        return std::nullopt;
    fhir::Extension e{url, {}, {}, {}};
    QStringList texts;
    for (const QString& code : categories.mid(0, maxCategories)) {
        e.extensions << fhir::Extension{
            QStringLiteral("ombCategory"), QStringLiteral("Coding"), ombCoding(code).toJson(), {}};
        texts << ombDisplay(code);
    }
    e.extensions << fhir::Extension::string(QStringLiteral("text"),
                                            texts.join(QStringLiteral(", ")));
    return e;
}

// LOINC answers of "Personal pronouns - Reported" (LL687-8) for the common forms.
QString pronounsCode(const QString& pronouns)
{
    const QString p = pronouns.trimmed().toLower();
    if (p.startsWith(QLatin1String("he/")))
        return QStringLiteral("LA29518-0");
    if (p.startsWith(QLatin1String("she/")))
        return QStringLiteral("LA29519-8");
    if (p.startsWith(QLatin1String("they/")))
        return QStringLiteral("LA29520-6");
    return {};
}

bool isSnomedCode(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,18}$"));
    return digits.match(text).hasMatch();
}

QList<fhir::Extension> identityExtensions(const Patient& p)
{
    QList<fhir::Extension> out;
    if (!p.genderIdentity.trimmed().isEmpty()) {
        fhir::CodeableConcept identity;
        if (isSnomedCode(p.genderIdentity.trimmed()))
            identity.codings << fhir::Coding{codes::kSnomed, p.genderIdentity.trimmed(), {}, {}};
        else
            identity.text = p.genderIdentity.trimmed();
        out << fhir::Extension{codes::kGenderIdentityExtension,
                               QStringLiteral("CodeableConcept"),
                               identity.toJson(),
                               {}};
    }
    if (!p.pronouns.trimmed().isEmpty()) {
        fhir::CodeableConcept value;
        const QString code = pronounsCode(p.pronouns);
        if (!code.isEmpty())
            value.codings << fhir::Coding{codes::kLoinc, code, {}, {}};
        value.text = p.pronouns.trimmed();
        fhir::Extension pronouns{codes::kPronounsExtension, {}, {}, {}};
        pronouns.extensions << fhir::Extension{
            QStringLiteral("value"), QStringLiteral("CodeableConcept"), value.toJson(), {}};
        out << pronouns;
    }
    return out;
}

QList<fhir::HumanName> namesToFhir(const Patient& p)
{
    fhir::HumanName legal;
    legal.use = QStringLiteral("official");
    legal.family = p.lastName.trimmed();
    legal.given = QStringList{p.firstName.trimmed(), p.middleName.trimmed()};
    legal.given.removeAll(QString());
    if (!p.suffix.trimmed().isEmpty())
        legal.suffix = QStringList{p.suffix.trimmed()};
    QList<fhir::HumanName> names{legal};
    if (!p.preferredName.trimmed().isEmpty()) {
        fhir::HumanName usual;
        usual.use = QStringLiteral("usual");
        usual.family = p.lastName.trimmed();
        usual.given = QStringList{p.preferredName.trimmed()};
        names << usual;
    }
    return names;
}

QList<fhir::ContactPoint> telecomToFhir(const Patient& p)
{
    QList<fhir::ContactPoint> out;
    for (const Phone& phone : p.phones) {
        const bool known = phone.type == QLatin1String("home") ||
                           phone.type == QLatin1String("mobile") ||
                           phone.type == QLatin1String("work");
        out << fhir::ContactPoint{
            QStringLiteral("phone"), phone.number, known ? phone.type : QString(), 0, {}};
    }
    if (!p.email.trimmed().isEmpty())
        out << fhir::ContactPoint{
            QStringLiteral("email"), p.email.trimmed(), QStringLiteral("home"), 0, {}};
    return out;
}

QJsonArray emergencyContactToFhir(const EmergencyContact& c)
{
    if (c.name.trimmed().isEmpty() && c.phone.trimmed().isEmpty())
        return {};
    QJsonObject contact;
    fhir::CodeableConcept role = fhir::CodeableConcept::of(codes::kContactRole, QStringLiteral("C"),
                                                           QStringLiteral("Emergency Contact"));
    role.text = c.relationship.trimmed();
    contact.insert(QStringLiteral("relationship"), QJsonArray{role.toJson()});
    fhir::HumanName name;
    name.text = c.name.trimmed();
    fhir::putObject(contact, QStringLiteral("name"), name.toJson());
    fhir::putArray(
        contact, QStringLiteral("telecom"),
        QList<fhir::ContactPoint>{{QStringLiteral("phone"), c.phone.trimmed(), {}, 0, {}}});
    return QJsonArray{contact};
}

QString genderOf(AdministrativeSex sex)
{
    switch (sex) {
        case AdministrativeSex::Male:
            return QStringLiteral("male");
        case AdministrativeSex::Female:
            return QStringLiteral("female");
        case AdministrativeSex::Unknown:
            break;
    }
    return QStringLiteral("unknown");
}

void putPatientBody(QJsonObject& body, const Patient& p)
{
    fhir::Identifier account =
        fhir::Identifier::typed(QStringLiteral("MR"), QStringLiteral("Medical record number"),
                                kAccountNumberSystem, p.accountNumber);
    account.use = QStringLiteral("usual");
    fhir::putArray(body, QStringLiteral("identifier"), QList<fhir::Identifier>{account});
    body.insert(QStringLiteral("active"), p.status == PatientStatus::Active);
    fhir::putArray(body, QStringLiteral("name"), namesToFhir(p));
    fhir::putArray(body, QStringLiteral("telecom"), telecomToFhir(p));
    body.insert(QStringLiteral("gender"), genderOf(p.sex));
    if (p.birthDate.isValid())
        body.insert(QStringLiteral("birthDate"), fhir::date(p.birthDate));
    if (p.status == PatientStatus::Deceased) {
        if (p.deceasedDate.isValid())  // a dateTime may be a plain date
            body.insert(QStringLiteral("deceasedDateTime"), fhir::date(p.deceasedDate));
        else
            body.insert(QStringLiteral("deceasedBoolean"), true);
    }
    fhir::putArray(body, QStringLiteral("address"), QList<fhir::Address>{addressToFhir(p.address)});
    const QJsonArray contact = emergencyContactToFhir(p.emergencyContact);
    if (!contact.isEmpty())
        body.insert(QStringLiteral("contact"), contact);
    if (!p.preferredLanguage.trimmed().isEmpty())
        body.insert(
            QStringLiteral("communication"),
            QJsonArray{QJsonObject{
                {QStringLiteral("language"),
                 fhir::CodeableConcept::of(codes::kBcp47, p.preferredLanguage.trimmed()).toJson()},
                {QStringLiteral("preferred"), true}}});
    if (!p.primaryProviderId.isEmpty())
        body.insert(
            QStringLiteral("generalPractitioner"),
            QJsonArray{
                fhir::Reference::to(QStringLiteral("Practitioner"), p.primaryProviderId).toJson()});
    if (!p.photo.isEmpty())
        body.insert(QStringLiteral("photo"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("contentType"), sniffMimeType(p.photo)},
                        {QStringLiteral("data"), QString::fromLatin1(p.photo.toBase64())}}});
}

// Writes meta.security into a resource JSON (Meta keeps profiles and lastUpdated only).
void labelRestricted(QJsonObject& resource)
{
    QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("security"), QJsonArray{fhir::Coding{
                                                codes::kConfidentiality,
                                                QStringLiteral("R"),
                                                QStringLiteral("restricted"),
                                                {}}.toJson()});
    resource.insert(QStringLiteral("meta"), meta);
}

}  // namespace

QJsonObject patientToFhir(const Patient& patient)
{
    fhir::Resource r(kPatient, patient.id);
    r.meta.profiles << sys::usCore(QStringLiteral("us-core-patient"));
    if (auto race = ombExtension(codes::kRaceExtension, patient.raceCodes, 5))
        r.extensions << *race;
    if (auto ethnicity = ombExtension(codes::kEthnicityExtension, patient.ethnicityCodes, 1))
        r.extensions << *ethnicity;
    r.extensions << identityExtensions(patient);
    putPatientBody(r.body, patient);
    QJsonObject json = r.toJson();
    if (patient.restricted)
        labelRestricted(json);
    return json;
}

QString relatedPersonId(const QString& guarantorId, const QString& patientId)
{
    return QUuid::createUuidV5(QUuid(guarantorId), patientId).toString(QUuid::WithoutBraces);
}

QJsonObject guarantorToFhir(const Guarantor& g, const QString& patientId)
{
    fhir::Resource r(QStringLiteral("RelatedPerson"), relatedPersonId(g.id, patientId));
    r.meta.profiles << sys::usCore(QStringLiteral("us-core-relatedperson"));
    fhir::putArray(r.body, QStringLiteral("identifier"),
                   QList<fhir::Identifier>{{{}, {}, kGuarantorSystem, g.id, {}}});
    r.body.insert(QStringLiteral("active"), true);
    r.body.insert(QStringLiteral("patient"), fhir::Reference::to(kPatient, patientId).toJson());
    QList<fhir::CodeableConcept> relationship{fhir::CodeableConcept::of(
        codes::kRoleClass, QStringLiteral("GUAR"), QStringLiteral("guarantor"))};
    if (g.patientId == patientId)
        relationship << fhir::CodeableConcept::of(codes::kRoleCode, QStringLiteral("ONESELF"),
                                                  QStringLiteral("self"));
    fhir::putArray(r.body, QStringLiteral("relationship"), relationship);
    fhir::HumanName name;
    name.use = QStringLiteral("official");
    name.family = g.lastName.trimmed();
    name.given = QStringList{g.firstName.trimmed()};
    name.given.removeAll(QString());
    fhir::putArray(r.body, QStringLiteral("name"), QList<fhir::HumanName>{name});
    fhir::putArray(
        r.body, QStringLiteral("telecom"),
        QList<fhir::ContactPoint>{
            {QStringLiteral("phone"), g.phone.trimmed(), QStringLiteral("home"), 0, {}},
            {QStringLiteral("email"), g.email.trimmed(), QStringLiteral("home"), 0, {}}});
    if (g.birthDate.isValid())
        r.body.insert(QStringLiteral("birthDate"), fhir::date(g.birthDate));
    fhir::putArray(r.body, QStringLiteral("address"),
                   QList<fhir::Address>{addressToFhir(g.address)});
    return r.toJson();
}

QString subscriberRelationshipCode(const QString& x12)
{
    if (x12 == QLatin1String("18"))
        return QStringLiteral("self");
    if (x12 == QLatin1String("01"))
        return QStringLiteral("spouse");
    if (x12 == QLatin1String("19"))
        return QStringLiteral("child");
    if (x12 == QLatin1String("20") || x12 == QLatin1String("G8"))
        return QStringLiteral("other");
    return {};
}

QString x12Relationship(const QString& fhirCode)
{
    if (fhirCode == QLatin1String("self"))
        return QStringLiteral("18");
    if (fhirCode == QLatin1String("spouse") || fhirCode == QLatin1String("common"))
        return QStringLiteral("01");
    if (fhirCode == QLatin1String("child"))
        return QStringLiteral("19");
    if (fhirCode == QLatin1String("other") || fhirCode == QLatin1String("parent") ||
        fhirCode == QLatin1String("injured"))
        return QStringLiteral("G8");
    return {};
}

namespace {

// The subscriber who is not a patient, as a RelatedPerson inside the Coverage.
QJsonObject containedSubscriber(const Coverage& c)
{
    fhir::Resource r(QStringLiteral("RelatedPerson"), QStringLiteral("subscriber"));
    r.body.insert(QStringLiteral("patient"), fhir::Reference::to(kPatient, c.patientId).toJson());
    // How the subscriber is related to the patient: the patient's spouse or parent.
    if (c.relationship == QLatin1String("01"))
        r.body.insert(QStringLiteral("relationship"),
                      QJsonArray{fhir::CodeableConcept::of(codes::kRoleCode, QStringLiteral("SPS"),
                                                           QStringLiteral("spouse"))
                                     .toJson()});
    else if (c.relationship == QLatin1String("19"))
        r.body.insert(QStringLiteral("relationship"),
                      QJsonArray{fhir::CodeableConcept::of(codes::kRoleCode, QStringLiteral("PRN"),
                                                           QStringLiteral("parent"))
                                     .toJson()});
    fhir::HumanName name;
    name.family = c.subscriberLastName.trimmed();
    name.given = QStringList{c.subscriberFirstName.trimmed()};
    name.given.removeAll(QString());
    fhir::putArray(r.body, QStringLiteral("name"), QList<fhir::HumanName>{name});
    r.body.insert(QStringLiteral("gender"), genderOf(c.subscriberSex));
    if (c.subscriberBirthDate.isValid())
        r.body.insert(QStringLiteral("birthDate"), fhir::date(c.subscriberBirthDate));
    return r.toJson();
}

QJsonObject cost(const QString& type, const QString& valueKey, const QJsonObject& value)
{
    return QJsonObject{
        {QStringLiteral("type"), fhir::CodeableConcept::of(codes::kCopayType, type).toJson()},
        {valueKey, value}};
}

QJsonArray costsToFhir(const Coverage& c)
{
    QJsonArray out;
    if (c.copay)
        out.append(cost(QStringLiteral("copay"), QStringLiteral("valueMoney"),
                        fhir::MoneyValue{*c.copay}.toJson()));
    if (c.coinsurancePercent)
        out.append(cost(QStringLiteral("copaypct"), QStringLiteral("valueQuantity"),
                        QJsonObject{{QStringLiteral("value"), *c.coinsurancePercent},
                                    {QStringLiteral("unit"), QStringLiteral("%")},
                                    {QStringLiteral("system"), codes::kUcum},
                                    {QStringLiteral("code"), QStringLiteral("%")}}));
    if (c.deductible)
        out.append(cost(QStringLiteral("deductible"), QStringLiteral("valueMoney"),
                        fhir::MoneyValue{*c.deductible}.toJson()));
    return out;
}

QJsonArray classesToFhir(const Coverage& c)
{
    QJsonArray out;
    const auto add = [&out](const QString& type, const QString& value) {
        if (value.trimmed().isEmpty())
            return;
        out.append(QJsonObject{{QStringLiteral("type"),
                                fhir::CodeableConcept::of(codes::kCoverageClass, type).toJson()},
                               {QStringLiteral("value"), value.trimmed()}});
    };
    add(QStringLiteral("group"), c.groupNumber);
    add(QStringLiteral("plan"), c.planName);
    return out;
}

}  // namespace

QJsonObject coverageToFhir(const Coverage& c, bool subscriberExported)
{
    fhir::Resource r(QStringLiteral("Coverage"), c.id);
    fhir::putArray(
        r.body, QStringLiteral("identifier"),
        QList<fhir::Identifier>{fhir::Identifier::memberId(kMemberIdSystem, c.memberId.trimmed())});
    r.body.insert(QStringLiteral("status"), QStringLiteral("active"));
    if (c.relationship == QLatin1String("18")) {
        r.body.insert(QStringLiteral("subscriber"),
                      fhir::Reference::to(kPatient, c.patientId).toJson());
    } else if (!c.subscriberPatientId.isEmpty() && subscriberExported) {
        r.body.insert(QStringLiteral("subscriber"),
                      fhir::Reference::to(kPatient, c.subscriberPatientId).toJson());
    } else {
        r.body.insert(QStringLiteral("contained"), QJsonArray{containedSubscriber(c)});
        r.body.insert(QStringLiteral("subscriber"),
                      QJsonObject{{QStringLiteral("reference"), QStringLiteral("#subscriber")}});
    }
    fhir::putString(r.body, QStringLiteral("subscriberId"), c.memberId.trimmed());
    r.body.insert(QStringLiteral("beneficiary"),
                  fhir::Reference::to(kPatient, c.patientId).toJson());
    fhir::CodeableConcept relationship = fhir::CodeableConcept::of(
        codes::kSubscriberRelationship, subscriberRelationshipCode(c.relationship));
    relationship.codings << fhir::Coding{kX12RelationshipSystem, c.relationship, {}, {}};
    r.body.insert(QStringLiteral("relationship"), relationship.toJson());
    fhir::putObject(r.body, QStringLiteral("period"),
                    fhir::Period::ofDates(c.effectiveFrom, c.effectiveTo).toJson());
    r.body.insert(
        QStringLiteral("payor"),
        QJsonArray{fhir::Reference::to(QStringLiteral("Organization"), c.payerId).toJson()});
    const QJsonArray classes = classesToFhir(c);
    if (!classes.isEmpty())
        r.body.insert(QStringLiteral("class"), classes);
    r.body.insert(QStringLiteral("order"), c.order);
    const QJsonArray costs = costsToFhir(c);
    if (!costs.isEmpty())
        r.body.insert(QStringLiteral("costToBeneficiary"), costs);
    return r.toJson();
}

}  // namespace fd::patients
