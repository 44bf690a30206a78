// The registry's records as FHIR resources (US Core 5.0.1 Patient, RelatedPerson, Coverage)
// and back, and the registry's FHIR source and sink: each element, permissions, an export
// imported into a new practice, a second import that changes nothing, refusals naming their
// JSON path with nothing written.
#include "patients/core/patient_fhir.h"

#include "fhir/fhir_exchange.h"
#include "fhir/fhir_reader.h"
#include "fhir/fhir_systems.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/search_index.h"
#include "patients_fixture.h"
#include "practice/core/payers.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/providers.h"
#include "security/audit_actions.h"

#include "fhir_validation.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>
#include <tuple>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;
namespace sys = fd::fhir::systems;

namespace {

// A 1x1 PNG.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
    "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

const QString kConfidentiality =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-Confidentiality");
const QString kRace =
    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race");
const QString kEthnicity =
    QStringLiteral("http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity");

// A patient with every element the mapping carries (fictional: 555-01xx, example.com).
Patient fullPatient(const QString& providerId)
{
    Patient p = PatientsFixture::person(QStringLiteral("Maria"), QStringLiteral("Gonzalez"),
                                        QDate(1980, 3, 7), QStringLiteral("5185550123"));
    p.id = QStringLiteral("0b5b7c44-5f0c-4f5e-9d0a-5a1d2a3b4c5d");
    p.accountNumber = QStringLiteral("1000017");
    p.middleName = QStringLiteral("Elena");
    p.suffix = QStringLiteral("Jr");
    p.preferredName = QStringLiteral("Mari");
    p.phones.append({QStringLiteral("home"), QStringLiteral("5185550145"), false});
    p.phones.append({QStringLiteral("other"), QStringLiteral("5185550199"), false});
    p.genderIdentity = QStringLiteral("446151000124109");
    p.pronouns = QStringLiteral("she/her");
    p.preferredLanguage = QStringLiteral("es-MX");
    p.raceCodes = {QStringLiteral("2106-3"), QStringLiteral("2028-9")};
    p.ethnicityCodes = {QStringLiteral("2135-2")};
    p.emergencyContact = {QStringLiteral("Jose Gonzalez"), QStringLiteral("spouse"),
                          QStringLiteral("5185550177")};
    p.primaryProviderId = providerId;
    p.photo = kPng;
    return p;
}

QJsonObject extensionOf(const QJsonObject& element, const QString& url)
{
    for (const QJsonValue& e : element.value(QStringLiteral("extension")).toArray())
        if (e.toObject().value(QStringLiteral("url")).toString() == url)
            return e.toObject();
    return {};
}

QString codeOf(const QJsonObject& codeable, const QString& system)
{
    for (const QJsonValue& c : codeable.value(QStringLiteral("coding")).toArray())
        if (c.toObject().value(QStringLiteral("system")).toString() == system)
            return c.toObject().value(QStringLiteral("code")).toString();
    return {};
}

fd::fhir::ElementReader reader(const QJsonObject& json)
{
    auto r = fd::fhir::readResource(json);
    REQUIRE(r.ok());
    return r.value();
}

std::vector<QJsonObject> exportAll(PatientsFixture& fx)
{
    std::vector<QJsonObject> out;
    auto done = fd::fhir::exportAll(fx.registry.all<fd::fhir::IFhirResourceSource>(),
                                    [&](const QJsonObject& r) -> fd::Status {
                                        out.push_back(r);
                                        return {};
                                    });
    INFO((done.ok() ? std::string() : done.error().toString().toStdString()));
    REQUIRE(done.ok());
    return out;
}

std::vector<fd::fhir::IncomingResource> incoming(const std::vector<QJsonObject>& resources)
{
    std::vector<fd::fhir::IncomingResource> in;
    for (size_t i = 0; i < resources.size(); ++i)
        in.push_back({QStringLiteral("export.ndjson line %1").arg(i + 1),
                      resources[i].value(QStringLiteral("resourceType")).toString(),
                      resources[i].value(QStringLiteral("id")).toString(), resources[i]});
    return in;
}

fd::Status importInto(PatientsFixture& fx, const std::vector<fd::fhir::IncomingResource>& in,
                      fd::fhir::ImportContext& context)
{
    auto tx = fx.db->begin();
    REQUIRE(tx.ok());
    std::shared_ptr<fd::storage::Transaction> shared(std::move(tx.value()));
    context.services().add<fd::storage::Transaction>(shared);
    auto status =
        fd::fhir::dispatchImport(fx.registry.all<fd::fhir::IFhirResourceSink>(), in, context);
    if (status.ok())
        status = shared->commit();
    else
        shared->rollback();
    return status;
}

// A practice with a family (a self-guaranteed parent, a spouse and a child on the parent's plan),
// a patient on their own with two coverages and a subscriber who is not a patient, a restricted
// patient and a deceased one.
struct Filled
{
    Patient parent, spouse, child, single, restricted, deceased;
};

Filled fill(PatientsFixture& fx)
{
    Filled f;
    Patient parent = fullPatient(fx.providerId);
    parent.id.clear();
    parent.accountNumber.clear();
    f.parent = fx.add(parent);
    f.spouse = fx.add(QStringLiteral("Jose"), QStringLiteral("Gonzalez"), QDate(1979, 6, 1),
                      QStringLiteral("5185550124"));
    f.child = fx.add(QStringLiteral("Lucia"), QStringLiteral("Gonzalez"), QDate(2012, 9, 30));
    f.single = fx.add(QStringLiteral("Robert"), QStringLiteral("Smith"), QDate(1955, 1, 2),
                      QStringLiteral("5185550130"));
    Patient restricted = PatientsFixture::person(QStringLiteral("Vera"),
                                                 QStringLiteral("Important"), QDate(1970, 5, 5));
    restricted.restricted = true;
    f.restricted = fx.add(restricted);
    Patient deceased =
        PatientsFixture::person(QStringLiteral("Otto"), QStringLiteral("Old"), QDate(1930, 2, 2));
    deceased.status = PatientStatus::Deceased;
    deceased.deceasedDate = QDate(2024, 12, 1);
    f.deceased = fx.add(deceased);

    auto guarantors = fx.service<IGuarantorService>();
    auto self = guarantors->makeSelfGuarantor(f.parent.id);
    REQUIRE(self.ok());
    REQUIRE(guarantors->assign(f.spouse.id, self->id).ok());
    REQUIRE(guarantors->assign(f.child.id, self->id).ok());
    REQUIRE(guarantors->makeSelfGuarantor(f.single.id).ok());

    auto coverages = fx.service<ICoverageService>();
    Coverage plan;
    plan.patientId = f.parent.id;
    plan.payerId = fx.payerId;
    plan.planName = QStringLiteral("Choice PPO");
    plan.memberId = QStringLiteral("XJH123456701");
    plan.groupNumber = QStringLiteral("GRP10042");
    plan.effectiveFrom = QDate(2024, 1, 1);
    plan.copay = fd::Money::fromCents(2550);
    plan.deductible = fd::Money::fromCents(150000);
    plan.coinsurancePercent = 20;
    REQUIRE(coverages->save(plan).ok());
    for (const auto& [member, relationship, suffix] :
         {std::tuple{f.spouse, QStringLiteral("01"), QStringLiteral("02")},
          std::tuple{f.child, QStringLiteral("19"), QStringLiteral("03")}}) {
        Coverage dependent = plan;
        dependent.patientId = member.id;
        dependent.memberId = plan.memberId + suffix;
        dependent.relationship = relationship;
        dependent.subscriberPatientId = f.parent.id;
        dependent.subscriberFirstName = f.parent.firstName;
        dependent.subscriberLastName = f.parent.lastName;
        dependent.subscriberBirthDate = f.parent.birthDate;
        dependent.subscriberSex = f.parent.sex;
        auto saved = coverages->save(dependent);
        INFO((saved.ok() ? std::string() : saved.error().toString().toStdString()));
        REQUIRE(saved.ok());
    }
    Coverage medicare;
    medicare.patientId = f.single.id;
    medicare.payerId = fx.otherPayerId;
    medicare.memberId = QStringLiteral("1EG4TE5MK73");
    medicare.effectiveFrom = QDate(2020, 1, 1);
    medicare.coinsurancePercent = 20;
    REQUIRE(coverages->save(medicare).ok());
    Coverage spouseCard;
    spouseCard.patientId = f.single.id;
    spouseCard.order = 2;
    spouseCard.payerId = fx.payerId;
    spouseCard.memberId = QStringLiteral("ZZK998877");
    spouseCard.relationship = QStringLiteral("01");
    spouseCard.subscriberFirstName = QStringLiteral("Helen");
    spouseCard.subscriberLastName = QStringLiteral("Smith");
    spouseCard.subscriberBirthDate = QDate(1957, 4, 4);
    spouseCard.subscriberSex = AdministrativeSex::Female;
    spouseCard.effectiveFrom = QDate(2021, 7, 1);
    spouseCard.effectiveTo = QDate(2025, 6, 30);
    spouseCard.copay = fd::Money::fromCents(0);
    REQUIRE(coverages->save(spouseCard).ok());
    fx.audit->records.clear();
    return f;
}

// What a record is, without the ids the import gives anew: comparable between practices.
QString describe(const Patient& p, const QString& guarantorName, const QString& providerNpi)
{
    QStringList phones;
    for (const Phone& phone : p.phones)
        phones << phone.type + QLatin1Char(':') + phone.number;
    return QStringList{p.accountNumber,
                       p.firstName,
                       p.middleName,
                       p.lastName,
                       p.suffix,
                       p.preferredName,
                       p.birthDate.toString(Qt::ISODate),
                       sexCode(p.sex),
                       p.genderIdentity,
                       p.pronouns,
                       p.address.line1,
                       p.address.city,
                       p.address.state,
                       p.address.zip,
                       phones.join(QLatin1Char(',')),
                       p.email,
                       p.preferredLanguage,
                       p.raceCodes.join(QLatin1Char(',')),
                       p.ethnicityCodes.join(QLatin1Char(',')),
                       p.emergencyContact.name,
                       p.emergencyContact.relationship,
                       p.emergencyContact.phone,
                       statusId(p.status),
                       p.deceasedDate.toString(Qt::ISODate),
                       QString::number(p.photo.size()),
                       p.restricted ? QStringLiteral("restricted") : QString(),
                       guarantorName,
                       providerNpi}
        .join(QLatin1Char('|'));
}

QString describe(const Coverage& c, const QString& payerName, const QString& subscriberAccount)
{
    return QStringList{
        QString::number(c.order),
        payerName,
        c.planName,
        c.memberId,
        c.groupNumber,
        c.relationship,
        subscriberAccount,
        c.subscriberFirstName,
        c.subscriberLastName,
        c.subscriberBirthDate.toString(Qt::ISODate),
        sexCode(c.subscriberSex),
        c.effectiveFrom.toString(Qt::ISODate),
        c.effectiveTo.toString(Qt::ISODate),
        c.copay ? QString::number(c.copay->cents()) : QStringLiteral("-"),
        c.deductible ? QString::number(c.deductible->cents()) : QStringLiteral("-"),
        c.coinsurancePercent ? QString::number(*c.coinsurancePercent) : QStringLiteral("-")}
        .join(QLatin1Char('|'));
}

// Every live patient of a practice with their guarantor and coverages, described.
QStringList registry(PatientsFixture& fx)
{
    QStringList out;
    auto q = fd::storage::exec(
        fx.db->connection(),
        QStringLiteral("SELECT id, account_number FROM patients WHERE deleted = 0"));
    REQUIRE(q.ok());
    QHash<QString, QString> accounts;
    QStringList ids;
    while (q->next()) {
        ids << q->value(0).toString();
        accounts.insert(q->value(0).toString(), q->value(1).toString());
    }
    for (const QString& id : ids) {
        auto p = fx.service<IPatientService>()->get(id);
        REQUIRE(p.ok());
        QString guarantor;
        if (!p->guarantorId.isEmpty()) {
            auto g = fx.service<IGuarantorService>()->get(p->guarantorId);
            REQUIRE(g.ok());
            guarantor = g->displayName() + QLatin1Char('/') + accounts.value(g->patientId);
        }
        QString npi;
        if (!p->primaryProviderId.isEmpty())
            npi = fx.service<fd::practice::IProviderService>()->find(p->primaryProviderId)->npi;
        out << describe(p.value(), guarantor, npi);
        auto coverages = fx.service<ICoverageService>()->list(id);
        REQUIRE(coverages.ok());
        for (const Coverage& c : coverages.value())
            out << p->accountNumber + QStringLiteral(" covered by ") +
                       describe(c, fx.service<fd::practice::IPayerService>()->find(c.payerId)->name,
                                accounts.value(c.subscriberPatientId));
    }
    out.sort();
    return out;
}

}  // namespace

TEST_CASE("A patient is a US Core Patient, element by element, and reads back", "[patients][fhir]")
{
    const Patient p = fullPatient(QStringLiteral("8d4f1e3a-1111-4c2b-9d0a-5a1d2a3b4c5e"));
    const QJsonObject json = patientToFhir(p);
    CHECK(json.value(QStringLiteral("meta"))
              .toObject()
              .value(QStringLiteral("profile"))
              .toArray()
              .at(0)
              .toString() == sys::usCore(QStringLiteral("us-core-patient")));
    CHECK_FALSE(json.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("security")));
    const QJsonObject id = json.value(QStringLiteral("identifier")).toArray().at(0).toObject();
    CHECK(id.value(QStringLiteral("system")).toString() == kAccountNumberSystem);
    CHECK(id.value(QStringLiteral("value")).toString() == QStringLiteral("1000017"));
    CHECK(codeOf(id.value(QStringLiteral("type")).toObject(), sys::kIdentifierType) ==
          QStringLiteral("MR"));
    CHECK(json.value(QStringLiteral("active")).toBool());
    const QJsonArray names = json.value(QStringLiteral("name")).toArray();
    REQUIRE(names.size() == 2);
    CHECK(names.at(0).toObject().value(QStringLiteral("use")).toString() ==
          QStringLiteral("official"));
    CHECK(names.at(0).toObject().value(QStringLiteral("given")).toArray() ==
          QJsonArray{QStringLiteral("Maria"), QStringLiteral("Elena")});
    CHECK(names.at(1).toObject().value(QStringLiteral("use")).toString() ==
          QStringLiteral("usual"));
    CHECK(names.at(1).toObject().value(QStringLiteral("given")).toArray() ==
          QJsonArray{QStringLiteral("Mari")});
    const QJsonArray telecom = json.value(QStringLiteral("telecom")).toArray();
    REQUIRE(telecom.size() == 4);
    CHECK(telecom.at(0).toObject().value(QStringLiteral("use")).toString() ==
          QStringLiteral("mobile"));
    CHECK(telecom.at(1).toObject().value(QStringLiteral("use")).toString() ==
          QStringLiteral("home"));
    CHECK_FALSE(
        telecom.at(2).toObject().contains(QStringLiteral("use")));  // "other" has no FHIR use
    CHECK(telecom.at(3).toObject().value(QStringLiteral("system")).toString() ==
          QStringLiteral("email"));
    CHECK(json.value(QStringLiteral("gender")).toString() == QStringLiteral("female"));
    CHECK(json.value(QStringLiteral("birthDate")).toString() == QStringLiteral("1980-03-07"));
    CHECK_FALSE(json.contains(QStringLiteral("deceasedBoolean")));
    CHECK(json.value(QStringLiteral("address"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("postalCode")) == QStringLiteral("12207"));
    CHECK(codeOf(json.value(QStringLiteral("communication"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("language"))
                     .toObject(),
                 QStringLiteral("urn:ietf:bcp:47")) == QStringLiteral("es-MX"));
    const QJsonObject race = extensionOf(json, kRace);
    REQUIRE(race.value(QStringLiteral("extension")).toArray().size() ==
            3);  // two categories and text
    CHECK(
        extensionOf(race, QStringLiteral("text")).value(QStringLiteral("valueString")).toString() ==
        QStringLiteral("White, Asian"));
    CHECK(extensionOf(extensionOf(json, kEthnicity), QStringLiteral("ombCategory"))
              .value(QStringLiteral("valueCoding"))
              .toObject()
              .value(QStringLiteral("code")) == QStringLiteral("2135-2"));
    CHECK(codeOf(extensionOf(
                     json,
                     QStringLiteral(
                         "http://hl7.org/fhir/us/core/StructureDefinition/us-core-genderIdentity"))
                     .value(QStringLiteral("valueCodeableConcept"))
                     .toObject(),
                 QStringLiteral("http://snomed.info/sct")) == p.genderIdentity);
    CHECK(codeOf(extensionOf(
                     extensionOf(
                         json, QStringLiteral(
                                   "http://hl7.org/fhir/StructureDefinition/individual-pronouns")),
                     QStringLiteral("value"))
                     .value(QStringLiteral("valueCodeableConcept"))
                     .toObject(),
                 QStringLiteral("http://loinc.org")) == QStringLiteral("LA29519-8"));
    const QJsonObject contact = json.value(QStringLiteral("contact")).toArray().at(0).toObject();
    CHECK(codeOf(contact.value(QStringLiteral("relationship")).toArray().at(0).toObject(),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0131")) ==
          QStringLiteral("C"));
    CHECK(json.value(QStringLiteral("generalPractitioner"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("reference")) ==
          QStringLiteral("Practitioner/") + p.primaryProviderId);
    const QJsonObject photo = json.value(QStringLiteral("photo")).toArray().at(0).toObject();
    CHECK(photo.value(QStringLiteral("contentType")).toString() == QStringLiteral("image/png"));
    CHECK(QByteArray::fromBase64(photo.value(QStringLiteral("data")).toString().toLatin1()) ==
          kPng);

    auto back = patientFromFhir(reader(json));
    REQUIRE(back.ok());
    CHECK(back->practitionerId == p.primaryProviderId);
    Patient expected = p;
    expected.id.clear();
    expected.primaryProviderId.clear();
    expected.emailConsent = false;
    for (Phone& phone : expected.phones)
        phone.smsConsent = false;  // not carried
    Patient got = back->patient;
    got.primaryProviderId.clear();
    CHECK(describe(got, {}, {}) == describe(expected, {}, {}));

    SECTION("a restricted patient is labelled R, and reads back restricted")
    {
        Patient restricted = p;
        restricted.restricted = true;
        const QJsonObject labelled = patientToFhir(restricted);
        const QJsonObject security = labelled.value(QStringLiteral("meta"))
                                         .toObject()
                                         .value(QStringLiteral("security"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
        CHECK(security.value(QStringLiteral("system")).toString() == kConfidentiality);
        CHECK(security.value(QStringLiteral("code")).toString() == QStringLiteral("R"));
        CHECK(patientFromFhir(reader(labelled))->patient.restricted);
    }
    SECTION("status: inactive, deceased with and without a date")
    {
        Patient other = p;
        other.status = PatientStatus::Inactive;
        CHECK_FALSE(patientToFhir(other).value(QStringLiteral("active")).toBool());
        CHECK(patientFromFhir(reader(patientToFhir(other)))->patient.status ==
              PatientStatus::Inactive);
        other.status = PatientStatus::Deceased;
        CHECK(patientToFhir(other).value(QStringLiteral("deceasedBoolean")).toBool());
        other.deceasedDate = QDate(2024, 12, 1);
        const QJsonObject dead = patientToFhir(other);
        CHECK(dead.value(QStringLiteral("deceasedDateTime")).toString() ==
              QStringLiteral("2024-12-01"));
        CHECK(patientFromFhir(reader(dead))->patient.deceasedDate == QDate(2024, 12, 1));
        other.sex = AdministrativeSex::Unknown;
        CHECK(patientToFhir(other).value(QStringLiteral("gender")).toString() ==
              QStringLiteral("unknown"));
        other.sex = AdministrativeSex::Male;
        CHECK(patientToFhir(other).value(QStringLiteral("gender")).toString() ==
              QStringLiteral("male"));
    }
}

TEST_CASE("A guarantor is one RelatedPerson per patient, with an id stable at every export",
          "[patients][fhir]")
{
    Guarantor g;
    g.id = QStringLiteral("6a0e4b1c-2d3e-4f50-8a9b-0c1d2e3f4a5b");
    g.patientId = QStringLiteral("0b5b7c44-5f0c-4f5e-9d0a-5a1d2a3b4c5d");
    g.firstName = QStringLiteral("Maria");
    g.lastName = QStringLiteral("Gonzalez");
    g.birthDate = QDate(1980, 3, 7);
    g.phone = QStringLiteral("5185550123");
    g.email = QStringLiteral("maria@example.org");
    g.address = {QStringLiteral("12 Main St"),
                 {},
                 QStringLiteral("Albany"),
                 QStringLiteral("NY"),
                 QStringLiteral("12207")};
    const QString child = QStringLiteral("7c6d5e4f-3a2b-4c1d-8e9f-0a1b2c3d4e5f");
    const QJsonObject self = guarantorToFhir(g, g.patientId);
    const QJsonObject forChild = guarantorToFhir(g, child);
    CHECK(self.value(QStringLiteral("id")) != forChild.value(QStringLiteral("id")));
    CHECK(forChild.value(QStringLiteral("id")).toString() == relatedPersonId(g.id, child));
    CHECK(guarantorToFhir(g, child).value(QStringLiteral("id")) ==
          forChild.value(QStringLiteral("id")));
    CHECK(forChild.value(QStringLiteral("patient"))
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == QStringLiteral("Patient/") + child);
    CHECK(codeOf(forChild.value(QStringLiteral("relationship")).toArray().at(0).toObject(),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleClass")) ==
          QStringLiteral("GUAR"));
    CHECK(forChild.value(QStringLiteral("relationship")).toArray().size() == 1);
    CHECK(codeOf(self.value(QStringLiteral("relationship")).toArray().at(1).toObject(),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-RoleCode")) ==
          QStringLiteral("ONESELF"));
    auto back = guarantorFromFhir(reader(self));
    REQUIRE(back.ok());
    CHECK(back->self);
    CHECK(back->key == g.id);
    CHECK(back->patientId == g.patientId);
    CHECK(back->guarantor.displayName() == g.displayName());
    CHECK(back->guarantor.birthDate == g.birthDate);
    CHECK(back->guarantor.phone == g.phone);
    CHECK(back->guarantor.email == g.email);
    CHECK(back->guarantor.address == g.address);
    CHECK_FALSE(guarantorFromFhir(reader(forChild))->self);
}

TEST_CASE(
    "A coverage carries member id, subscriber, relationship, period, payor, classes, order and "
    "costs",
    "[patients][fhir]")
{
    CHECK(subscriberRelationshipCode(QStringLiteral("18")) == QStringLiteral("self"));
    CHECK(subscriberRelationshipCode(QStringLiteral("01")) == QStringLiteral("spouse"));
    CHECK(subscriberRelationshipCode(QStringLiteral("19")) == QStringLiteral("child"));
    CHECK(subscriberRelationshipCode(QStringLiteral("20")) == QStringLiteral("other"));
    CHECK(subscriberRelationshipCode(QStringLiteral("G8")) == QStringLiteral("other"));
    CHECK(x12Relationship(QStringLiteral("parent")) == QStringLiteral("G8"));
    CHECK(x12Relationship(QStringLiteral("nonsense")).isEmpty());

    Coverage c;
    c.id = QStringLiteral("3f2e1d0c-4b5a-4968-8776-5a4b3c2d1e0f");
    c.patientId = QStringLiteral("0b5b7c44-5f0c-4f5e-9d0a-5a1d2a3b4c5d");
    c.order = 2;
    c.payerId = QStringLiteral("9a6b3c1e-1f7e-4d7e-9a51-2c1f0b5a7d10");
    c.planName = QStringLiteral("Choice PPO");
    c.memberId = QStringLiteral("XJH123456701");
    c.groupNumber = QStringLiteral("GRP10042");
    c.relationship = QStringLiteral("20");
    c.subscriberFirstName = QStringLiteral("Acme");
    c.subscriberLastName = QStringLiteral("Owner");
    c.subscriberBirthDate = QDate(1960, 1, 1);
    c.subscriberSex = AdministrativeSex::Male;
    c.effectiveFrom = QDate(2024, 1, 1);
    c.effectiveTo = QDate(2024, 12, 31);
    c.copay = fd::Money::fromCents(2550);
    c.deductible = fd::Money::fromCents(150001);
    c.coinsurancePercent = 20;
    const QJsonObject json = coverageToFhir(c, false);
    const QJsonObject id = json.value(QStringLiteral("identifier")).toArray().at(0).toObject();
    CHECK(codeOf(id.value(QStringLiteral("type")).toObject(), sys::kIdentifierType) ==
          QStringLiteral("MB"));
    CHECK(id.value(QStringLiteral("value")).toString() == c.memberId);
    CHECK(json.value(QStringLiteral("subscriberId")).toString() == c.memberId);
    CHECK(json.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(json.value(QStringLiteral("subscriber"))
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == QStringLiteral("#subscriber"));
    CHECK(json.value(QStringLiteral("contained"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("gender")) == QStringLiteral("male"));
    CHECK(codeOf(json.value(QStringLiteral("relationship")).toObject(),
                 QStringLiteral("http://terminology.hl7.org/CodeSystem/subscriber-relationship")) ==
          QStringLiteral("other"));
    CHECK(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toString() ==
          QStringLiteral("2024-12-31"));
    CHECK(json.value(QStringLiteral("payor"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("reference"))
              .toString() == QStringLiteral("Organization/") + c.payerId);
    CHECK(json.value(QStringLiteral("order")).toInt() == 2);
    const QJsonArray classes = json.value(QStringLiteral("class")).toArray();
    REQUIRE(classes.size() == 2);
    CHECK(classes.at(0).toObject().value(QStringLiteral("value")).toString() == c.groupNumber);
    const QJsonArray costs = json.value(QStringLiteral("costToBeneficiary")).toArray();
    REQUIRE(costs.size() == 3);
    CHECK(costs.at(0)
              .toObject()
              .value(QStringLiteral("valueMoney"))
              .toObject()
              .value(QStringLiteral("value"))
              .toDouble() == 25.5);

    auto back = coverageFromFhir(reader(json));
    REQUIRE(back.ok());
    CHECK(back->beneficiaryId == c.patientId);
    CHECK(back->payorId == c.payerId);
    CHECK(back->subscriberPatientId.isEmpty());
    Coverage got = back->coverage;
    got.id = c.id;
    got.patientId = c.patientId;
    got.payerId = c.payerId;
    CHECK(describe(got, {}, {}) == describe(c, {}, {}));  // 20 (employee) comes back as 20, not G8

    // An amount in fractions of a cent is refused, not rounded.
    QJsonObject fractional = json;
    QJsonArray fractionalCosts = costs;
    QJsonObject copay = fractionalCosts.at(0).toObject();
    QJsonObject money = copay.value(QStringLiteral("valueMoney")).toObject();
    money.insert(QStringLiteral("value"), 25.505);
    copay.insert(QStringLiteral("valueMoney"), money);
    fractionalCosts.replace(0, copay);
    fractional.insert(QStringLiteral("costToBeneficiary"), fractionalCosts);
    auto refused = coverageFromFhir(reader(fractional));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().toString().contains(QStringLiteral("costToBeneficiary[0].valueMoney.value")));

    // The patient as subscriber, and another patient as subscriber.
    c.relationship = QStringLiteral("18");
    CHECK(coverageToFhir(c, false)
              .value(QStringLiteral("subscriber"))
              .toObject()
              .value(QStringLiteral("reference")) == QStringLiteral("Patient/") + c.patientId);
    c.relationship = QStringLiteral("19");
    c.subscriberPatientId = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    const QJsonObject dependent = coverageToFhir(c, true);
    CHECK_FALSE(dependent.contains(QStringLiteral("contained")));
    CHECK(coverageFromFhir(reader(dependent))->subscriberPatientId == c.subscriberPatientId);
}

TEST_CASE("The mapped resources pass the official R4 schema and FHIR.js", "[patients][fhir]")
{
    Patient p = fullPatient(QStringLiteral("8d4f1e3a-1111-4c2b-9d0a-5a1d2a3b4c5e"));
    p.restricted = true;
    p.status = PatientStatus::Deceased;
    p.deceasedDate = QDate(2024, 12, 1);
    Guarantor g;
    g.id = QStringLiteral("6a0e4b1c-2d3e-4f50-8a9b-0c1d2e3f4a5b");
    g.patientId = p.id;
    g.firstName = p.firstName;
    g.lastName = p.lastName;
    g.birthDate = p.birthDate;
    g.phone = QStringLiteral("5185550123");
    g.address = p.address;
    Coverage c;
    c.id = QStringLiteral("3f2e1d0c-4b5a-4968-8776-5a4b3c2d1e0f");
    c.patientId = p.id;
    c.payerId = QStringLiteral("9a6b3c1e-1f7e-4d7e-9a51-2c1f0b5a7d10");
    c.planName = QStringLiteral("Choice PPO");
    c.memberId = QStringLiteral("XJH123456701");
    c.groupNumber = QStringLiteral("GRP10042");
    c.relationship = QStringLiteral("01");
    c.subscriberFirstName = QStringLiteral("Jose");
    c.subscriberLastName = QStringLiteral("Gonzalez");
    c.subscriberBirthDate = QDate(1979, 6, 1);
    c.effectiveFrom = QDate(2024, 1, 1);
    c.copay = fd::Money::fromCents(2550);
    c.deductible = fd::Money::fromCents(0);
    c.coinsurancePercent = 20;
    fd::test::TempDir dir;
    fd::test::validateFhir({patientToFhir(p), guarantorToFhir(g, p.id), coverageToFhir(c, false)}, dir);
}

TEST_CASE(
    "Exporting patients needs patients.read and patients.export; restricted ones are labelled and "
    "audited",
    "[patients][fhir][permissions]")
{
    PatientsFixture fx;
    const Filled f = fill(fx);
    fx.grantFrontDesk();
    int emitted = 0;
    const auto count = [&](const QJsonObject&) -> fd::Status {
        ++emitted;
        return {};
    };
    fd::fhir::IFhirResourceSource* patients = nullptr;
    for (const auto& source : fx.registry.all<fd::fhir::IFhirResourceSource>())
        if (source->resourceTypes().contains(QStringLiteral("Patient")))
            patients = source.get();
    REQUIRE(patients);
    auto denied = patients->exportResources(count);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == fd::ErrorCode::PermissionDenied);
    fx.access->granted = {perm::kExport};
    CHECK(patients->exportResources(count).error().code == fd::ErrorCode::PermissionDenied);
    CHECK(emitted == 0);

    fx.access->granted = {fd::practice::perm::kView, perm::kRead, perm::kExport};
    const auto resources = exportAll(fx);
    QMap<QString, int> types;
    for (const QJsonObject& r : resources) {
        types[r.value(QStringLiteral("resourceType")).toString()] += 1;
        const bool labelled =
            r.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("security"));
        CHECK(labelled == (r.value(QStringLiteral("id")).toString() == f.restricted.id));
    }
    CHECK(types.value(QStringLiteral("Patient")) == 6);
    CHECK(types.value(QStringLiteral("RelatedPerson")) ==
          4);  // the family's three, the single patient's own
    CHECK(types.value(QStringLiteral("Coverage")) == 5);
    CHECK(fx.audit->countForPatient(fd::security::audit::kRead, f.restricted.id) == 1);
    CHECK(fx.audit->countForPatient(fd::security::audit::kRead) == 1);  // no other record counts as opened
}

TEST_CASE(
    "An export imported into a new practice gives the same patients, guarantors and coverages",
    "[patients][fhir]")
{
    PatientsFixture source;
    fill(source);
    const auto resources = exportAll(source);
    PatientsFixture target;
    fd::fhir::ImportContext context;
    auto imported = importInto(target, incoming(resources), context);
    INFO((imported.ok() ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported.ok());
    CHECK(context.report().imported.value(QStringLiteral("Patient")) == 6);
    CHECK(context.report().imported.value(QStringLiteral("RelatedPerson")) == 4);
    CHECK(context.report().imported.value(QStringLiteral("Coverage")) == 5);
    const QStringList want = registry(source);
    REQUIRE(want.size() == 6 + 5);  // each patient and each coverage, described
    CHECK(registry(target).join(QLatin1Char('\n')).toStdString() ==
          want.join(QLatin1Char('\n')).toStdString());
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM guarantors")) ==
          2);  // a family shares one

    // Through the registry's write path: audited creates, outbox mutations, search index rows.
    CHECK(target.audit->countForPatient(fd::security::audit::kCreate) >= 6 + 2 + 5);
    CHECK(target.count(QStringLiteral(
              "SELECT COUNT(*) FROM outbox WHERE entity IN ('patients', 'guarantors', "
              "'coverages')")) == 6 + 2 + 5);
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM patient_search_keys WHERE kind = ?"),
                       {searchkey::kMember}) >= 1);
    auto found = target.service<IPatientSearch>()->search(QStringLiteral("1EG4TE5MK73"));
    REQUIRE(found.ok());
    CHECK(found->size() == 1);

    // The same export again: everything is already there.
    const QStringList before = registry(target);
    const qint64 outbox = target.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    fd::fhir::ImportContext again;
    REQUIRE(importInto(target, incoming(resources), again).ok());
    CHECK(again.report().imported.value(QStringLiteral("Patient")) == 0);
    CHECK(again.report().skipped.value(QStringLiteral("Patient")) == 6);
    CHECK(again.report().skipped.value(QStringLiteral("RelatedPerson")) == 4);
    CHECK(again.report().skipped.value(QStringLiteral("Coverage")) == 5);
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == outbox);
    CHECK(registry(target).join(QLatin1Char('\n')).toStdString() ==
          before.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("A patient already here is matched by account number, else by name and birth date",
          "[patients][fhir]")
{
    PatientsFixture source;
    const Filled f = fill(source);
    const auto resources = exportAll(source);
    PatientsFixture target;
    // The same person under another account number, and a stranger holding the parent's number.
    target.add(QStringLiteral("Robert"), QStringLiteral("Smith"), QDate(1955, 1, 2));
    auto stranger = target.service<IPatientService>()->findByAccountNumber(f.parent.accountNumber);
    REQUIRE(stranger.ok());
    CHECK(stranger->lastName == QStringLiteral("Smith"));
    fd::fhir::ImportContext context;
    REQUIRE(importInto(target, incoming(resources), context).ok());
    auto parents = target.service<IPatientService>()->findDuplicates(f.parent);
    REQUIRE(parents.ok());
    REQUIRE(parents->size() == 1);  // the parent came in under a number of this practice
    CHECK(parents->front().accountNumber != f.parent.accountNumber);
    CHECK(context.report().skipped.value(QStringLiteral("Patient")) == 1);
    CHECK(context.report().imported.value(QStringLiteral("Patient")) == 5);
    CHECK(context.report().skipped.value(QStringLiteral("Coverage")) == 2);  // Robert's two
    CHECK(target.count(
              QStringLiteral("SELECT COUNT(*) FROM patients WHERE first_name = 'Robert'")) == 1);
}

TEST_CASE("Bad input is refused with its JSON path and nothing is written", "[patients][fhir]")
{
    PatientsFixture source;
    fill(source);
    auto in = incoming(exportAll(source));
    PatientsFixture target;
    const qint64 patientsBefore = target.count(QStringLiteral("SELECT COUNT(*) FROM patients"));
    const auto refused = [&](const QString& type, const std::function<void(QJsonObject&)>& spoil) {
        auto copy = in;
        for (auto it = copy.rbegin(); it != copy.rend(); ++it) {
            if (it->type == type) {
                spoil(it->json);
                break;
            }
        }
        fd::fhir::ImportContext context;
        auto status = importInto(target, copy, context);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == fd::ErrorCode::InvalidInput);
        CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == patientsBefore);
        CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM coverages")) == 0);
        CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM guarantors")) == 0);
        return status.error().message;
    };
    SECTION("a patient's gender of the wrong type")
    {
        const QString message = refused(QStringLiteral("Patient"), [](QJsonObject& p) {
            p.insert(QStringLiteral("gender"), 42);
        });
        CHECK(message.contains(QStringLiteral("export.ndjson line ")));
        CHECK(message.contains(QStringLiteral("Patient.gender: expected a string")));
    }
    SECTION("a race category that is not a Coding")
    {
        const QString message = refused(QStringLiteral("Patient"), [](QJsonObject& p) {
            QJsonArray extensions{
                QJsonObject{{QStringLiteral("url"), kRace},
                            {QStringLiteral("extension"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("url"), QStringLiteral("ombCategory")},
                                 {QStringLiteral("valueCoding"), QStringLiteral("2106-3")}}}}}};
            p.insert(QStringLiteral("extension"), extensions);
        });
        CHECK(message.contains(QStringLiteral("Patient.extension[0].extension[0].valueCoding")));
    }
    SECTION("a coverage whose payor is nowhere")
    {
        const QString message = refused(QStringLiteral("Coverage"), [](QJsonObject& c) {
            c.insert(QStringLiteral("payor"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("reference"),
                          QStringLiteral("Organization/0f0e0d0c-0b0a-4909-8887-868584838281")}}});
        });
        CHECK(
            message.contains(QStringLiteral("Coverage.payor[0].reference: Organization/0f0e0d0c")));
    }
    SECTION("a coverage order out of range")
    {
        const QString message = refused(QStringLiteral("Coverage"), [](QJsonObject& c) {
            c.insert(QStringLiteral("order"), 7);
        });
        CHECK(message.contains(QStringLiteral("Coverage.order: expected 1, 2 or 3")));
    }
    SECTION("a RelatedPerson of a patient not in the import")
    {
        const QString message = refused(QStringLiteral("RelatedPerson"), [](QJsonObject& r) {
            r.insert(QStringLiteral("patient"),
                     QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/nobody")}});
        });
        CHECK(message.contains(QStringLiteral(
            "RelatedPerson.patient.reference: Patient/nobody is not in the import")));
    }
    SECTION("a birth date in the future, by the registry's own checks")
    {
        const QString message = refused(QStringLiteral("Patient"), [](QJsonObject& p) {
            p.insert(QStringLiteral("birthDate"), QStringLiteral("2090-01-01"));
        });
        CHECK(message.contains(QStringLiteral("Patient (birth_date)")));
    }
}

TEST_CASE("Importing patients needs patients.edit and patients.import",
          "[patients][fhir][permissions]")
{
    PatientsFixture source;
    fill(source);
    const auto in = incoming(exportAll(source));
    PatientsFixture target;
    target.grantFrontDesk();  // edit, but no import
    target.access->granted << fd::practice::perm::kEdit;
    fd::fhir::ImportContext denied;
    auto refused = importInto(target, in, denied);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(target.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);
    target.access->granted = {fd::practice::perm::kView, fd::practice::perm::kEdit, perm::kRead,
                              perm::kImport};
    fd::fhir::ImportContext noEdit;
    CHECK(importInto(target, in, noEdit).error().code == fd::ErrorCode::PermissionDenied);
    target.grantAll();
    fd::fhir::ImportContext allowed;
    CHECK(importInto(target, in, allowed).ok());
}
