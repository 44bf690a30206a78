// Digital intake: both file formats, refusals that name the file and path, matching to the
// record, accepting field by field, new patients with their coverage, rejection, permissions.
#include "patients/core/patient_csv.h"
#include "patients/core/patient_intake.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients_fixture.h"
#include "practice/core/practice_permissions.h"
#include "security/audit_actions.h"
#include "storage/database.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;
using Choice = IntakeDecision::Choice;

namespace {

QByteArray dataFile(const char* name)
{
    QFile f(fd::test::sourceDir() + QStringLiteral("/tests/data/patients/") +
            QString::fromLatin1(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

IntakeSummary importData(PatientsFixture& fx, const char* name)
{
    auto imported =
        fx.service<IPatientIntake>()->importBytes(dataFile(name), QString::fromLatin1(name));
    INFO((imported.ok() ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported.ok());
    return imported.value();
}

const IntakeFieldComparison* rowOf(const IntakeReview& review, const QString& field)
{
    for (const auto& row : review.fields)
        if (row.field == field)
            return &row;
    return nullptr;
}

void collectLinkIds(const QJsonArray& items, QSet<QString>& questions)
{
    for (const auto& value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("type")).toString() == QLatin1String("group"))
            collectLinkIds(item.value(QStringLiteral("item")).toArray(), questions);
        else
            questions.insert(item.value(QStringLiteral("linkId")).toString());
    }
}

}  // namespace

TEST_CASE("A QuestionnaireResponse and the server's intake JSON are read into the same fields",
          "[patients][intake]")
{
    auto fhir =
        readIntake(dataFile("intake-response.json"), QStringLiteral("intake-response.json"));
    INFO((fhir.ok() ? std::string() : fhir.error().toString().toStdString()));
    REQUIRE(fhir.ok());
    CHECK(fhir->format == QStringLiteral("fhir"));
    CHECK(fhir->submittedAt == QDateTime(QDate(2025, 3, 13), QTime(22, 45), Qt::UTC));
    CHECK(fhir->value(QStringLiteral("name.first")) == QStringLiteral("Ann"));
    CHECK(fhir->value(QStringLiteral("birthDate")) == QStringLiteral("1980-03-07"));
    CHECK(fhir->value(QStringLiteral("sex")) ==
          QStringLiteral("F"));  // FHIR "female" as claims carry it
    CHECK(fhir->value(QStringLiteral("race")) == QStringLiteral("2028-9,2106-3"));
    CHECK(fhir->value(QStringLiteral("phone.mobile.smsConsent")) == QStringLiteral("true"));
    CHECK(fhir->value(QStringLiteral("insurance.relationship")) == QStringLiteral("01"));
    CHECK(fhir->value(QStringLiteral("insurance.subscriber.birthDate")) ==
          QStringLiteral("1978-11-02"));  // nested group
    CHECK(fhir->value(QStringLiteral("name.middle")).isEmpty());

    auto json = readIntake(dataFile("intake-server.json"), QStringLiteral("intake-server.json"));
    INFO((json.ok() ? std::string() : json.error().toString().toStdString()));
    REQUIRE(json.ok());
    CHECK(json->format == QStringLiteral("frontdesk-intake"));
    CHECK(json->submittedAt == QDateTime(QDate(2025, 3, 14), QTime(8, 5), Qt::UTC));
    CHECK(json->value(QStringLiteral("name.last")) == QStringLiteral("Lopez"));
    CHECK(json->value(QStringLiteral("ethnicity")) == QStringLiteral("2135-2"));
    CHECK(json->value(QStringLiteral("phone.mobile.smsConsent")) == QStringLiteral("false"));
    CHECK(json->answers.front().field ==
          QStringLiteral("name.first"));  // the questionnaire's order
}

TEST_CASE("The shipped questionnaire asks exactly the intake fields", "[patients][intake]")
{
    QFile file(intake::kQuestionnaireResource);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject q = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(q.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Questionnaire"));
    CHECK(q.value(QStringLiteral("url")).toString() == intake::kQuestionnaireUrl);
    CHECK(q.value(QStringLiteral("version")).toString() == intake::kQuestionnaireVersion);
    QSet<QString> questions;
    collectLinkIds(q.value(QStringLiteral("item")).toArray(), questions);
    QSet<QString> fields;
    for (const auto& spec : intake::fields())
        fields.insert(spec.linkId);
    CHECK(questions == fields);
}

TEST_CASE("Bad intake files are refused naming the file and JSON path, and nothing is stored",
          "[patients][intake]")
{
    PatientsFixture fx;
    auto intakes = fx.service<IPatientIntake>();

    auto badDate = intakes->importBytes(dataFile("intake-bad-date.json"),
                                        QStringLiteral("intake-bad-date.json"));
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().code == fd::ErrorCode::InvalidInput);
    CHECK(badDate.error().message.startsWith(QStringLiteral("intake-bad-date.json: ")));
    CHECK(badDate.error().message.contains(
        QStringLiteral("QuestionnaireResponse.item[1].item[0].answer[0].valueDate")));

    auto badField = intakes->importBytes(dataFile("intake-bad-field.json"),
                                         QStringLiteral("intake-bad-field.json"));
    REQUIRE_FALSE(badField.ok());
    CHECK(badField.error().message.contains(
        QStringLiteral("intake-bad-field.json: answers[\"shoeSize\"]")));

    const QByteArray other = R"({"resourceType":"QuestionnaireResponse","status":"completed",
        "questionnaire":"http://example.org/Questionnaire/other","item":[]})";
    auto wrongForm = intakes->importBytes(other, QStringLiteral("other.json"));
    REQUIRE_FALSE(wrongForm.ok());
    CHECK(
        wrongForm.error().message.contains(QStringLiteral("QuestionnaireResponse.questionnaire")));

    const QByteArray inProgress = R"({"resourceType":"QuestionnaireResponse","status":"in-progress",
        "questionnaire":"urn:frontdesk:questionnaire:patient-intake","item":[]})";
    auto unfinished = intakes->importBytes(inProgress, QStringLiteral("draft.json"));
    REQUIRE_FALSE(unfinished.ok());
    CHECK(unfinished.error().message.contains(QStringLiteral("QuestionnaireResponse.status")));

    const QByteArray noBirth = R"({"format":"frontdesk-intake","version":1,
        "answers":{"name.first":"Maria","name.last":"Lopez","sex":"X"}})";
    auto badSex = intakes->importBytes(noBirth, QStringLiteral("sex.json"));
    REQUIRE_FALSE(badSex.ok());
    CHECK(badSex.error().message.contains(QStringLiteral("answers[\"sex\"]")));

    const QByteArray missing = R"({"format":"frontdesk-intake","version":1,
        "answers":{"name.first":"Maria","name.last":"Lopez"}})";
    auto noDob = intakes->importBytes(missing, QStringLiteral("nodob.json"));
    REQUIRE_FALSE(noDob.ok());
    CHECK(noDob.error().message.contains(QStringLiteral("birthDate")));

    auto notJson = intakes->importBytes("{\"format\": ", QStringLiteral("cut.json"));
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().message.startsWith(QStringLiteral("cut.json: ")));

    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patient_intakes")) == 0);
    CHECK(fx.count(
              QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'patient_intakes'")) == 0);
    CHECK(fx.audit->records.empty());
}

TEST_CASE("An intake is matched to the patient with the same name and birth date",
          "[patients][intake]")
{
    PatientsFixture fx;
    const Patient ann = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7));
    fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"),
           QDate(1981, 3, 7));  // same name, another birthday
    fx.audit->records.clear();

    const IntakeSummary matched = importData(fx, "intake-response.json");
    CHECK(matched.status == IntakeStatus::Pending);
    CHECK(matched.matchedPatientId == ann.id);
    CHECK(matched.matchedAccount == ann.accountNumber);
    CHECK(matched.displayName == QStringLiteral("Lee, Ann"));
    CHECK(fx.audit->countForPatient(audit::kImport, ann.id) == 1);
    CHECK(fx.count(
              QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'patient_intakes'")) == 1);

    const IntakeSummary fresh = importData(fx, "intake-server.json");
    CHECK(fresh.matchedPatientId.isEmpty());  // nobody named Maria Lopez: a new patient

    // A sound-alike name with the same birth date is a match only with a phone in common.
    Patient maria = PatientsFixture::person(QStringLiteral("Marya"), QStringLiteral("Lopes"),
                                            QDate(1990, 1, 15), QStringLiteral("518-555-0177"));
    maria = fx.add(maria);
    auto again = fx.service<IPatientIntake>()->review(fresh.id);
    REQUIRE(again.ok());
    REQUIRE_FALSE(again->candidates.empty());
    CHECK(again->candidates.front().patientId == maria.id);

    // The same answers twice are refused while the first is pending.
    auto twice = fx.service<IPatientIntake>()->importBytes(dataFile("intake-server.json"),
                                                           QStringLiteral("copy.json"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == fd::ErrorCode::Conflict);

    auto pending = fx.service<IPatientIntake>()->list();
    REQUIRE(pending.ok());
    CHECK(pending->size() == 2);
}

TEST_CASE(
    "Accepting takes, keeps and corrects exactly the chosen fields, through the audited services",
    "[patients][intake]")
{
    PatientsFixture fx;
    Patient ann = PatientsFixture::person(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                          QDate(1980, 3, 7), QStringLiteral("518-555-0101"));
    ann.middleName = QStringLiteral("Marie");
    ann = fx.add(ann);
    const IntakeSummary intake = importData(fx, "intake-response.json");
    auto intakes = fx.service<IPatientIntake>();

    auto review = intakes->review(intake.id);
    REQUIRE(review.ok());
    CHECK(review->comparedWith == ann.id);
    const auto* phone = rowOf(review.value(), QStringLiteral("phone.mobile"));
    REQUIRE(phone);
    CHECK(phone->current == QStringLiteral("518-555-0101"));
    CHECK(phone->submitted == QStringLiteral("518-555-0142"));
    const auto* middle = rowOf(review.value(), QStringLiteral("name.middle"));
    REQUIRE(middle);  // on the record, not on the form: shown, kept
    CHECK(middle->submitted.isEmpty());
    fx.audit->records.clear();

    const std::vector<IntakeDecision> decisions{
        {QStringLiteral("phone.mobile"), Choice::KeepCurrent, {}},
        {QStringLiteral("address.line1"), Choice::Correct, QStringLiteral("40 Elm St")},
        {QStringLiteral("language"), Choice::KeepCurrent, {}},
    };
    auto accepted = intakes->accept(intake.id, {}, decisions);
    INFO((accepted.ok() ? std::string() : accepted.error().toString().toStdString()));
    REQUIRE(accepted.ok());
    const Patient& p = accepted->patient;
    CHECK(p.id == ann.id);
    CHECK(p.rowVersion == 2);
    CHECK(p.preferredName == QStringLiteral("Annie"));      // taken
    CHECK(p.address.line1 == QStringLiteral("40 Elm St"));  // corrected
    CHECK(p.address.zip == QStringLiteral("12203"));        // taken
    CHECK(p.phones.size() == 1);
    CHECK(p.phones.front().number == QStringLiteral("518-555-0101"));  // kept
    CHECK(p.preferredLanguage == QStringLiteral("en"));                // kept
    CHECK(p.middleName == QStringLiteral("Marie"));                    // not on the form: untouched
    CHECK(p.raceCodes == QStringList{QStringLiteral("2028-9"), QStringLiteral("2106-3")});
    CHECK(p.emergencyContact.name == QStringLiteral("Sam Lee"));
    REQUIRE(accepted->coverage);
    CHECK(accepted->coverage->payerId == fx.payerId);
    CHECK(accepted->coverage->memberId == QStringLiteral("XQZ123456"));
    CHECK(accepted->coverage->relationship == QStringLiteral("01"));
    CHECK(accepted->coverage->subscriberFirstName == QStringLiteral("Sam"));
    CHECK(accepted->coverage->effectiveFrom == QDate(2025, 3, 14));

    // One audited update of the patient (with the prior values), one coverage create, the
    // intake's decision; each through the outbox.
    CHECK(fx.audit->countForPatient(fd::security::audit::kUpdate, ann.id) == 2);  // patient and intake
    CHECK(fx.audit->countForPatient(fd::security::audit::kCreate, ann.id) == 1);  // coverage
    bool priorAudited = false;
    for (const auto& r : fx.audit->records)
        if (r.entity == QStringLiteral("patients") && r.action == fd::security::audit::kUpdate)
            priorAudited = r.detailsObject().value(QStringLiteral("prior"))
                               .toObject()
                               .value(QStringLiteral("line1"))
                               .toString() == QStringLiteral("12 Main St");
    CHECK(priorAudited);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'coverages'")) == 1);

    auto done = intakes->list(IntakeStatus::Accepted);
    REQUIRE(done.ok());
    REQUIRE(done->size() == 1);
    CHECK(done->front().patientId == ann.id);
    CHECK(done->front().decidedBy == QStringLiteral("user-1"));
    CHECK(done->front().decidedAt == fx.clock->nowUtc());
    CHECK(intakes->list()->empty());
    auto twice = intakes->accept(intake.id, {}, {});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == fd::ErrorCode::Conflict);
}

namespace {

// Makes every write of `table` (INSERT or UPDATE) fail, as a full disk or a broken constraint
// would midway through an acceptance; gone with the connection or dropTrap().
void trap(PatientsFixture& fx, const QString& table, const QString& event)
{
    REQUIRE(fd::storage::exec(fx.db->connection(),
                              QStringLiteral("CREATE TEMP TRIGGER trap BEFORE %1 ON main.%2 BEGIN "
                                             "SELECT RAISE(ABORT, 'write refused by the test'); END")
                                  .arg(event, table))
                .ok());
}

void dropTrap(PatientsFixture& fx)
{
    REQUIRE(fd::storage::exec(fx.db->connection(), QStringLiteral("DROP TRIGGER temp.trap")).ok());
}

// What an acceptance may change, to compare before and after a failed one.
QStringList snapshot(PatientsFixture& fx)
{
    QStringList rows;
    for (const char* sql :
         {"SELECT group_concat(id || row_version || line1 || zip || phones, '|') FROM patients",
          "SELECT COUNT(*) FROM coverages", "SELECT COUNT(*) FROM patient_search_keys",
          "SELECT COUNT(*) FROM patient_duplicate_reviews", "SELECT COUNT(*) FROM outbox",
          "SELECT group_concat(status || row_version || matched_patient_id || patient_id, '|') "
          "FROM patient_intakes",
          "SELECT next_value FROM patient_account_sequence"}) {
        auto q = fd::storage::exec(fx.db->connection(), QString::fromLatin1(sql));
        REQUIRE(q.ok());
        REQUIRE(q->next());
        rows << q->value(0).toString();
    }
    return rows;
}

}  // namespace

TEST_CASE("An acceptance that fails at its coverage leaves the record and the intake as they were",
          "[patients][intake]")
{
    PatientsFixture fx;
    Patient ann = PatientsFixture::person(QStringLiteral("Ann"), QStringLiteral("Lee"),
                                          QDate(1980, 3, 7), QStringLiteral("518-555-0101"));
    ann = fx.add(ann);
    const IntakeSummary intake = importData(fx, "intake-response.json");  // new address, phone, insurance
    auto intakes = fx.service<IPatientIntake>();
    const QStringList before = snapshot(fx);

    // The patient's update is written first; the coverage after it fails.
    trap(fx, QStringLiteral("coverages"), QStringLiteral("INSERT"));
    auto failed = intakes->accept(intake.id, {}, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().details == QStringLiteral("insurance.payer"));
    CHECK(failed.error().message.contains(QStringLiteral("nothing of the intake was applied")));
    CHECK(snapshot(fx) == before);
    CHECK_FALSE(fx.db->inTransaction());
    const Patient unchanged = fx.service<IPatientService>()->get(ann.id).value();
    CHECK(unchanged.rowVersion == 1);
    CHECK(unchanged.address == ann.address);
    CHECK(unchanged.phones == ann.phones);
    auto pending = intakes->list();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().id == intake.id);
    CHECK(pending->front().patientId.isEmpty());

    // Once the cause is gone the same acceptance goes through, once.
    dropTrap(fx);
    auto accepted = intakes->accept(intake.id, {}, {});
    INFO((accepted.ok() ? std::string() : accepted.error().toString().toStdString()));
    REQUIRE(accepted.ok());
    CHECK(accepted->patient.id == ann.id);
    CHECK(accepted->patient.rowVersion == 2);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM coverages")) == 1);
    CHECK(intakes->list()->empty());
}

TEST_CASE("A new patient is not created when marking the intake accepted fails",
          "[patients][intake]")
{
    PatientsFixture fx;
    const IntakeSummary intake = importData(fx, "intake-server.json");
    auto intakes = fx.service<IPatientIntake>();
    const QStringList before = snapshot(fx);

    // The patient and the coverage are written; the intake's own status change, last, fails.
    trap(fx, QStringLiteral("patient_intakes"), QStringLiteral("UPDATE"));
    auto failed = intakes->accept(intake.id, {}, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(snapshot(fx) == before);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'patients'")) == 0);
    REQUIRE(intakes->list()->size() == 1);

    dropTrap(fx);
    auto accepted = intakes->accept(intake.id, {}, {});
    INFO((accepted.ok() ? std::string() : accepted.error().toString().toStdString()));
    REQUIRE(accepted.ok());
    CHECK(accepted->patient.accountNumber == QStringLiteral("1000017"));  // the number is not lost
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM coverages")) == 1);
    CHECK(intakes->list()->empty());
}

TEST_CASE("Keeping every field but one changes only that field", "[patients][intake]")
{
    PatientsFixture fx;
    const Patient ann = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7),
                               QStringLiteral("518-555-0101"));
    const IntakeSummary intake = importData(fx, "intake-response.json");
    std::vector<IntakeDecision> decisions;
    for (const auto& spec : intake::fields())
        decisions.push_back(
            {spec.linkId,
             spec.linkId == QLatin1String("pronouns") ? Choice::TakeSubmitted : Choice::KeepCurrent,
             {}});
    auto accepted = fx.service<IPatientIntake>()->accept(intake.id, ann.id, decisions);
    REQUIRE(accepted.ok());
    Patient expected = fx.service<IPatientService>()->get(ann.id).value();
    CHECK(expected.pronouns == QStringLiteral("she/her"));
    expected.pronouns = ann.pronouns;
    expected.rowVersion = ann.rowVersion;
    CHECK(expected.displayName() == ann.displayName());
    CHECK(expected.address == ann.address);
    CHECK(expected.phones == ann.phones);
    CHECK(expected.email == ann.email);
    CHECK(expected.preferredLanguage == ann.preferredLanguage);
    CHECK(expected.raceCodes == ann.raceCodes);
    CHECK_FALSE(accepted->coverage);  // insurance kept: no coverage written
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM coverages")) == 0);
}

TEST_CASE("Accepting an intake as a new patient creates the record and its coverage",
          "[patients][intake]")
{
    PatientsFixture fx;
    const IntakeSummary intake = importData(fx, "intake-server.json");
    auto accepted = fx.service<IPatientIntake>()->accept(intake.id, {}, {});
    INFO((accepted.ok() ? std::string() : accepted.error().toString().toStdString()));
    REQUIRE(accepted.ok());
    const Patient& p = accepted->patient;
    CHECK(p.accountNumber == QStringLiteral("1000017"));
    CHECK(p.displayName() == QStringLiteral("Lopez, Maria"));
    CHECK(p.sex == AdministrativeSex::Female);
    CHECK(p.preferredLanguage == QStringLiteral("es"));
    CHECK(p.emailConsent);
    REQUIRE(p.phones.size() == 1);
    CHECK(p.phones.front().type == QStringLiteral("mobile"));
    CHECK_FALSE(p.phones.front().smsConsent);
    CHECK(p.ethnicityCodes == QStringList{QStringLiteral("2135-2")});
    CHECK(p.employer.name == QStringLiteral("Troy Bakery"));
    REQUIRE(accepted->coverage);
    CHECK(accepted->coverage->patientId == p.id);
    CHECK(accepted->coverage->order == 1);
    CHECK(accepted->coverage->relationship == QStringLiteral("18"));
    CHECK(fx.audit->countForPatient(fd::security::audit::kCreate, p.id) == 2);  // patient and coverage
    auto applicable = fx.service<ICoverageService>()->applicableOn(p.id, QDate(2025, 3, 14));
    REQUIRE(applicable.ok());
    CHECK(applicable->size() == 1);
}

TEST_CASE("A field that fails the registry's checks is named and nothing is written",
          "[patients][intake]")
{
    PatientsFixture fx;
    auto intakes = fx.service<IPatientIntake>();
    const IntakeSummary intake = importData(fx, "intake-server.json");

    auto badZip = intakes->accept(
        intake.id, {}, {{QStringLiteral("address.zip"), Choice::Correct, QStringLiteral("1218")}});
    REQUIRE_FALSE(badZip.ok());
    CHECK(badZip.error().code == fd::ErrorCode::InvalidInput);
    CHECK(badZip.error().details == QStringLiteral("address.zip"));

    auto badPayer = intakes->accept(
        intake.id, {},
        {{QStringLiteral("insurance.payer"), Choice::Correct, QStringLiteral("Nope Mutual")}});
    REQUIRE_FALSE(badPayer.ok());
    CHECK(badPayer.error().details == QStringLiteral("insurance.payer"));

    auto badMember = intakes->accept(
        intake.id, {},
        {{QStringLiteral("insurance.memberId"), Choice::Correct, QStringLiteral("#")}});
    REQUIRE_FALSE(badMember.ok());
    CHECK(badMember.error().details == QStringLiteral("insurance.memberId"));

    auto badPhone = intakes->accept(
        intake.id, {}, {{QStringLiteral("phone.mobile"), Choice::Correct, QStringLiteral("12")}});
    REQUIRE_FALSE(badPhone.ok());
    CHECK(badPhone.error().details == QStringLiteral("phone.mobile"));

    auto badDate = intakes->accept(
        intake.id, {},
        {{QStringLiteral("birthDate"), Choice::Correct, QStringLiteral("2030-01-01")}});
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().details == QStringLiteral("birthDate"));

    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM coverages")) == 0);
    CHECK(intakes->list()->size() == 1);  // still pending

    // On an existing record too: the record stays as it was.
    const Patient maria =
        fx.add(QStringLiteral("Maria"), QStringLiteral("Lopez"), QDate(1990, 1, 15));
    auto badEmail =
        intakes->accept(intake.id, maria.id,
                        {{QStringLiteral("email"), Choice::Correct, QStringLiteral("maria@")}});
    REQUIRE_FALSE(badEmail.ok());
    CHECK(badEmail.error().details == QStringLiteral("email"));
    CHECK(fx.count(QStringLiteral("SELECT row_version FROM patients WHERE id = ?"), {maria.id}) ==
          1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM coverages")) == 0);
}

TEST_CASE("A rejected intake leaves the queue with its reason and cannot be accepted",
          "[patients][intake]")
{
    PatientsFixture fx;
    auto intakes = fx.service<IPatientIntake>();
    const IntakeSummary intake = importData(fx, "intake-server.json");
    CHECK(intakes->reject(intake.id, QStringLiteral("  ")).error().code ==
          fd::ErrorCode::InvalidInput);
    REQUIRE(intakes->reject(intake.id, QStringLiteral("Submitted twice by mistake")).ok());
    CHECK(intakes->list()->empty());
    auto rejected = intakes->list(IntakeStatus::Rejected);
    REQUIRE(rejected.ok());
    REQUIRE(rejected->size() == 1);
    CHECK(rejected->front().reason == QStringLiteral("Submitted twice by mistake"));
    CHECK(intakes->accept(intake.id, {}, {}).error().code == fd::ErrorCode::Conflict);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);
    // A rejected submission may come in again.
    CHECK(intakes->importBytes(dataFile("intake-server.json"), QStringLiteral("again.json")).ok());
}

TEST_CASE("Importing needs patients.import and deciding patients.edit",
          "[patients][intake][permissions]")
{
    PatientsFixture fx;
    auto intakes = fx.service<IPatientIntake>();
    fx.grantFrontDesk();  // read and edit, no import
    auto refused =
        intakes->importBytes(dataFile("intake-server.json"), QStringLiteral("intake-server.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patient_intakes")) == 0);

    fx.grantAll();
    const IntakeSummary intake = importData(fx, "intake-server.json");
    fx.access->granted = {fd::practice::perm::kView, perm::kRead, perm::kImport};  // no edit
    CHECK(intakes->list().error().code == fd::ErrorCode::PermissionDenied);
    CHECK(intakes->review(intake.id).error().code == fd::ErrorCode::PermissionDenied);
    CHECK(intakes->accept(intake.id, {}, {}).error().code == fd::ErrorCode::PermissionDenied);
    CHECK(intakes->reject(intake.id, QStringLiteral("not ours")).error().code ==
          fd::ErrorCode::PermissionDenied);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM patients")) == 0);
    fx.grantFrontDesk();
    CHECK(
        intakes->accept(intake.id, {}, {}).ok());  // the front desk decides without patients.import
}
