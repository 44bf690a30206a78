// The record around a patient: audit, permissions, restricted records, coverages, guarantors,
// privacy choices, restrictions, amendments and documents.
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients_fixture.h"
#include "security/audit_actions.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

const QByteArray kPng("\x89PNG\r\n\x1a\n-image-bytes", 20);

Coverage coverage(const PatientsFixture& fx, const QString& patientId, int order, const QDate& from, const QDate& to,
                  const char* member)
{
    Coverage c;
    c.patientId = patientId;
    c.order = order;
    c.payerId = order == 1 ? fx.payerId : fx.otherPayerId;
    c.planName = QStringLiteral("PPO Gold");
    c.memberId = QString::fromLatin1(member);
    c.groupNumber = QStringLiteral("GRP-77");
    c.effectiveFrom = from;
    c.effectiveTo = to;
    c.copay = fd::Money::fromCents(2500);
    c.coinsurancePercent = 20;
    c.deductible = fd::Money::fromCents(150000);
    c.cardFront = kPng;
    return c;
}

}  // namespace

TEST_CASE("Creating, reading and changing a patient is audited with the prior values", "[patients][audit]")
{
    PatientsFixture fx;
    auto patients = fx.service<IPatientService>();
    Patient p = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7), QStringLiteral("518-555-0142"));
    CHECK(p.accountNumber == QStringLiteral("1000017"));
    CHECK(fx.audit->countForPatient(fd::security::audit::kCreate, p.id) == 1);
    CHECK(fx.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = 'patients'")) == 1);

    auto read = patients->get(p.id);
    REQUIRE(read.ok());
    CHECK(read->phones.front().number == QStringLiteral("518-555-0142"));
    CHECK(read->phones.front().smsConsent);
    CHECK(fx.audit->countForPatient(fd::security::audit::kRead, p.id) == 1);

    Patient changed = read.value();
    changed.lastName = QStringLiteral("Lee-Park");
    changed.pronouns = QStringLiteral("she/her");
    changed.genderIdentity = QStringLiteral("female");
    changed.alert = QStringLiteral("Needs interpreter");
    auto updated = patients->update(changed);
    REQUIRE(updated.ok());
    CHECK(updated->rowVersion == 2);
    CHECK(updated->accountNumber == p.accountNumber);
    CHECK(updated->sex == AdministrativeSex::Female);  // administrative sex apart from identity
    const auto& last = fx.audit->records.back();
    CHECK(last.action == fd::security::audit::kUpdate);
    CHECK(last.patientId == p.id);
    CHECK(last.detailsObject().value(QStringLiteral("prior")).toObject().value(QStringLiteral("last_name")).toString()
          == QStringLiteral("Lee"));

    auto stale = patients->update(changed);  // still version 1
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == fd::ErrorCode::Conflict);

    const Patient second = fx.add(QStringLiteral("Bo"), QStringLiteral("Lee"), QDate(1990, 1, 1));
    CHECK(second.accountNumber == QStringLiteral("1000025"));  // allocated once, in sequence
}

TEST_CASE("Permissions are checked in the core", "[patients][permissions]")
{
    PatientsFixture fx;
    const Patient p = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7));
    fx.access->granted = {perm::kRead};
    auto patients = fx.service<IPatientService>();
    CHECK(patients->create(PatientsFixture::person(QStringLiteral("X"), QStringLiteral("Y"), QDate(1990, 1, 1))).error().code
          == fd::ErrorCode::PermissionDenied);
    CHECK(patients->update(p).error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.service<IPatientDocuments>()->add(p.id, QStringLiteral("Card"), QStringLiteral("id_card"), QStringLiteral("c.png"), kPng)
              .error()
              .code
          == fd::ErrorCode::PermissionDenied);
    fx.access->granted.clear();
    CHECK(patients->get(p.id).error().code == fd::ErrorCode::PermissionDenied);
    CHECK(patients->list().error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.access->denied == 5);
}

TEST_CASE("A restricted patient opens only with patients.restricted or after break-glass", "[patients][permissions]")
{
    PatientsFixture fx;
    Patient vip = PatientsFixture::person(QStringLiteral("Vera"), QStringLiteral("Important"), QDate(1970, 1, 1));
    vip.restricted = true;
    vip = fx.add(vip);
    fx.grantFrontDesk();
    auto patients = fx.service<IPatientService>();
    auto refused = patients->get(vip.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == fd::ErrorCode::PermissionDenied);
    CHECK(fx.audit->records.back().outcome == QStringLiteral("denied"));
    CHECK(fx.service<ICoverageService>()->list(vip.id).error().code == fd::ErrorCode::PermissionDenied);

    // Search still lists the name (flagged), so the front desk knows the record exists.
    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("important"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().patient.restricted);

    REQUIRE(fx.access->breakGlass(vip.id, QStringLiteral("Patient unconscious in the waiting room")).ok());
    CHECK(patients->get(vip.id).ok());

    fx.access->brokenGlass.clear();
    fx.access->granted.insert(perm::kRestricted);
    CHECK(patients->get(vip.id).ok());
}

TEST_CASE("Coverages: order and dates decide which applies", "[patients][coverage]")
{
    PatientsFixture fx;
    auto coverages = fx.service<ICoverageService>();
    const Patient p = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1950, 3, 7));
    auto oldPrimary = coverages->save(coverage(fx, p.id, 1, QDate(2020, 1, 1), QDate(2024, 12, 31), "OLD111"));
    REQUIRE(oldPrimary.ok());
    auto newPrimary = coverages->save(coverage(fx, p.id, 1, QDate(2025, 1, 1), {}, "NEW222"));
    REQUIRE(newPrimary.ok());
    auto secondary = coverages->save(coverage(fx, p.id, 2, QDate(2024, 6, 1), {}, "SEC333"));
    REQUIRE(secondary.ok());
    CHECK(secondary->copay->cents() == 2500);
    CHECK(*secondary->coinsurancePercent == 20);
    CHECK(secondary->deductible->cents() == 150000);
    CHECK(secondary->cardFront == kPng);

    auto overlapping = coverages->save(coverage(fx, p.id, 1, QDate(2024, 12, 1), {}, "DUP444"));
    REQUIRE_FALSE(overlapping.ok());
    CHECK(overlapping.error().details == QStringLiteral("order"));

    auto on = [&](const QDate& day) {
        auto list = coverages->applicableOn(p.id, day);
        REQUIRE(list.ok());
        QStringList members;
        for (const auto& c : list.value())
            members << c.memberId;
        return members;
    };
    CHECK(on(QDate(2023, 5, 1)) == QStringList{QStringLiteral("OLD111")});
    CHECK(on(QDate(2024, 7, 1)) == (QStringList{QStringLiteral("OLD111"), QStringLiteral("SEC333")}));
    CHECK(on(QDate(2025, 3, 14)) == (QStringList{QStringLiteral("NEW222"), QStringLiteral("SEC333")}));
    CHECK(on(QDate(2019, 1, 1)).isEmpty());

    Coverage bad = coverage(fx, p.id, 3, QDate(2025, 1, 1), {}, "T1");
    bad.relationship = QStringLiteral("01");  // spouse: the subscriber is needed
    CHECK(coverages->save(bad).error().details == QStringLiteral("subscriber_first_name"));
    bad = coverage(fx, p.id, 3, QDate(2025, 1, 1), {}, "T1");
    bad.payerId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    CHECK(coverages->save(bad).error().details == QStringLiteral("payer_id"));
    bad = coverage(fx, p.id, 4, QDate(2025, 1, 1), {}, "T1");
    CHECK(coverages->save(bad).error().details == QStringLiteral("order"));
    bad = coverage(fx, p.id, 3, QDate(2025, 1, 1), QDate(2024, 1, 1), "T1");
    CHECK(coverages->save(bad).error().details == QStringLiteral("effective_to"));
}

TEST_CASE("A guarantor answers for a family; a patient can be their own", "[patients][guarantor]")
{
    PatientsFixture fx;
    auto guarantors = fx.service<IGuarantorService>();
    const Patient mom = fx.add(QStringLiteral("Mary"), QStringLiteral("Lee"), QDate(1975, 3, 7));
    const Patient kid1 = fx.add(QStringLiteral("Tom"), QStringLiteral("Lee"), QDate(2012, 1, 1));
    const Patient kid2 = fx.add(QStringLiteral("Sue"), QStringLiteral("Lee"), QDate(2015, 1, 1));
    auto self = guarantors->makeSelfGuarantor(mom.id);
    REQUIRE(self.ok());
    CHECK(self->patientId == mom.id);
    CHECK(guarantors->makeSelfGuarantor(mom.id)->id == self->id);  // made once
    REQUIRE(guarantors->assign(kid1.id, self->id).ok());
    REQUIRE(guarantors->assign(kid2.id, self->id).ok());
    auto family = guarantors->patientsOf(self->id);
    REQUIRE(family.ok());
    CHECK(family->size() == 3);
    CHECK(fx.service<IPatientService>()->get(kid1.id)->guarantorId == self->id);

    Guarantor outside;
    outside.firstName = QStringLiteral("Pat");
    outside.lastName = QStringLiteral("Doe");
    outside.address = {QStringLiteral("1 Elm St"), {}, QStringLiteral("Troy"), QStringLiteral("XX"), QStringLiteral("12180")};
    CHECK(guarantors->save(outside).error().details == QStringLiteral("address.state"));
}

TEST_CASE("Privacy choices and restrictions are recorded with who and when", "[patients][privacy]")
{
    PatientsFixture fx;
    auto privacy = fx.service<IPatientPrivacy>();
    const Patient p = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7));
    auto none = privacy->choices(p.id);
    REQUIRE(none.ok());
    CHECK(none->useHomeAddress);
    CHECK(none->rowVersion == 0);

    PrivacyChoices c = none.value();
    c.useHomeAddress = false;
    CHECK(privacy->saveChoices(c).error().details == QStringLiteral("alternate_address.line1"));
    c.alternateAddress = {QStringLiteral("PO Box 9"), {}, QStringLiteral("Albany"), QStringLiteral("NY"), QStringLiteral("12201")};
    c.allowedPhoneTypes = {QStringLiteral("mobile")};
    c.allowedChannels = {QStringLiteral("sms"), QStringLiteral("mail")};
    c.voicemailAllowed = false;
    auto saved = privacy->saveChoices(c);
    REQUIRE(saved.ok());
    CHECK(saved->alternateAddress.line1 == QStringLiteral("PO Box 9"));
    CHECK(saved->recordedBy == QStringLiteral("user-1"));
    CHECK(saved->allowedChannels == c.allowedChannels);

    PrivacyRestriction r;
    r.patientId = p.id;
    r.description = QStringLiteral("Self-paid counseling visits");
    r.serviceCodes = {QStringLiteral("90834")};
    r.from = QDate(2025, 1, 1);
    auto added = privacy->addRestriction(r);
    REQUIRE(added.ok());
    CHECK(added->recordedAt == fx.clock->nowUtc());
    CHECK(privacy->restrictionsOn(p.id, QDate(2025, 2, 1))->size() == 1);
    REQUIRE(privacy->endRestriction(added->id, QDate(2025, 2, 28)).ok());
    CHECK(privacy->restrictionsOn(p.id, QDate(2025, 3, 1))->empty());
    CHECK(privacy->restrictions(p.id)->size() == 1);  // kept in the history
}

TEST_CASE("Amendment requests are appended, never overwritten", "[patients][privacy]")
{
    PatientsFixture fx;
    auto privacy = fx.service<IPatientPrivacy>();
    const Patient p = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7));
    auto request = privacy->requestAmendment(p.id, QStringLiteral("date of birth"), QStringLiteral("Born 1980-03-08"));
    REQUIRE(request.ok());
    CHECK(privacy->decideAmendment(request->id, false, QString()).error().details == QStringLiteral("text"));
    auto denial = privacy->decideAmendment(request->id, false, QStringLiteral("Birth certificate shows 03-07"));
    REQUIRE(denial.ok());
    auto twice = privacy->decideAmendment(request->id, true, QStringLiteral("changed my mind"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == fd::ErrorCode::Conflict);
    REQUIRE(privacy->addDisagreement(request->id, QStringLiteral("My mother says the 8th")).ok());
    auto history = privacy->amendments(p.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).kind == QStringLiteral("request"));
    CHECK(history->at(0).text == QStringLiteral("Born 1980-03-08"));
    CHECK(history->at(1).kind == QStringLiteral("denied"));
    CHECK(history->at(2).kind == QStringLiteral("disagreement"));
    // Even SQL that bypasses the service cannot rewrite the history.
    auto rewrite = fd::storage::exec(fx.db->connection(), QStringLiteral("UPDATE patient_amendments SET text = 'x'"));
    CHECK_FALSE(rewrite.ok());
}

TEST_CASE("Documents are kept inside the database, by content type", "[patients][documents]")
{
    PatientsFixture fx;
    auto documents = fx.service<IPatientDocuments>();
    const Patient p = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1980, 3, 7));
    const QByteArray pdf("%PDF-1.7\n% consent form\n%%EOF\n");
    auto added = documents->add(p.id, QStringLiteral("Consent"), QStringLiteral("consent"), QStringLiteral("consent.pdf"), pdf);
    REQUIRE(added.ok());
    CHECK(added->mimeType == QStringLiteral("application/pdf"));
    CHECK(added->size == pdf.size());
    CHECK(documents->content(added->id).value() == pdf);
    CHECK(fx.audit->records.back().action == fd::security::audit::kRead);
    CHECK(documents->add(p.id, QStringLiteral("Virus"), QStringLiteral("other"), QStringLiteral("x.exe"), QByteArray("MZ\x90"))
              .error()
              .details
          == QStringLiteral("content"));
    REQUIRE(documents->remove(added->id, added->rowVersion).ok());
    CHECK(documents->list(p.id)->empty());
}
