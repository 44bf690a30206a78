// Duplicates found on save with their reasons, the review queue, merge (nothing orphaned,
// hooks inside the transaction) and its undo (both records and every reference restored).
#include "patients/core/patient_hooks.h"
#include "patients/core/patient_merge.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"
#include "patients_fixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace fd::patients;
using fd::patients::test::PatientsFixture;

namespace {

std::vector<DuplicateReason> reasonsFor(const std::vector<DuplicateCandidate>& candidates, const QString& id)
{
    for (const auto& c : candidates)
        if (c.patientId == id)
            return c.reasons;
    return {};
}

// A later core's table that refers to patients, moved by its merge hook.
class FakeAppointments final : public IPatientMergeParticipant
{
public:
    QMap<QString, QString> patientOf;  // appointment -> patient
    QMap<QString, QStringList> movedBy;  // merge -> appointments
    bool fail = false;
    bool sawTransaction = false;

    QString name() const override { return QStringLiteral("calendar"); }
    fd::Result<int> merge(fd::storage::Transaction& tx, const QString& mergeId, const QString& survivor,
                          const QString& loser) override
    {
        sawTransaction = tx.isActive();
        if (fail)
            return fd::makeError(fd::ErrorCode::Internal, QStringLiteral("calendar refused"));
        for (auto it = patientOf.begin(); it != patientOf.end(); ++it)
            if (it.value() == loser) {
                it.value() = survivor;
                movedBy[mergeId] << it.key();
            }
        return int(movedBy[mergeId].size());
    }
    fd::Status undo(fd::storage::Transaction&, const QString& mergeId, const QString&, const QString& loser) override
    {
        for (const QString& appointment : movedBy.take(mergeId))
            patientOf[appointment] = loser;
        return {};
    }
};

struct Pair
{
    PatientsFixture fx;
    Patient survivor, loser;
    std::shared_ptr<FakeAppointments> appointments = std::make_shared<FakeAppointments>();

    Pair()
    {
        fx.service<PatientHooks>()->addMergeParticipant(appointments);
        survivor = fx.add(QStringLiteral("Robert"), QStringLiteral("Smith"), QDate(1980, 3, 7), QStringLiteral("518-555-0142"));
        loser = fx.add(QStringLiteral("Robert"), QStringLiteral("Smyth"), QDate(1980, 3, 7), QStringLiteral("518-555-0150"));
    }
};

}  // namespace

TEST_CASE("Duplicates are found on create, with their reasons, and queued", "[patients][duplicates]")
{
    PatientsFixture fx;
    auto patients = fx.service<IPatientService>();
    const Patient a = fx.add(QStringLiteral("Jon"), QStringLiteral("Smith"), QDate(1980, 3, 7), QStringLiteral("518-555-0142"));
    const Patient unrelated = fx.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QDate(1990, 1, 1), QStringLiteral("212-555-0101"));

    auto same = patients->create(PatientsFixture::person(QStringLiteral("JON"), QStringLiteral("smith"), QDate(1980, 3, 7)));
    REQUIRE(same.ok());
    REQUIRE(same->duplicates.size() == 1);
    CHECK(same->duplicates[0].patientId == a.id);
    CHECK(same->duplicates[0].reasons == std::vector<DuplicateReason>{DuplicateReason::SameNameAndBirthDate});
    CHECK(same->duplicates[0].displayName == QStringLiteral("Smith, Jon"));

    auto phonetic = patients->findDuplicates(PatientsFixture::person(QStringLiteral("John"), QStringLiteral("Smyth"),
                                                                     QDate(1980, 3, 7), QStringLiteral("212-555-0101")));
    REQUIRE(phonetic.ok());
    CHECK(reasonsFor(phonetic.value(), a.id) == std::vector<DuplicateReason>{DuplicateReason::PhoneticNameAndBirthDate});
    CHECK(reasonsFor(phonetic.value(), unrelated.id) == std::vector<DuplicateReason>{DuplicateReason::SamePhone});

    Coverage c;
    c.patientId = unrelated.id;
    c.payerId = fx.payerId;
    c.memberId = QStringLiteral("MEM-777");
    c.effectiveFrom = QDate(2024, 1, 1);
    REQUIRE(fx.service<ICoverageService>()->save(c).ok());
    auto byMember = patients->findDuplicates(PatientsFixture::person(QStringLiteral("Zed"), QStringLiteral("Zulu"),
                                                                     QDate(2000, 1, 1)),
                                             {QStringLiteral("mem777")});
    REQUIRE(byMember.ok());
    CHECK(reasonsFor(byMember.value(), unrelated.id) == std::vector<DuplicateReason>{DuplicateReason::SameMemberId});

    // Different birth date and phone: no candidate.
    auto none = patients->findDuplicates(PatientsFixture::person(QStringLiteral("Jon"), QStringLiteral("Smith"), QDate(1981, 3, 7)));
    REQUIRE(none.ok());
    CHECK(none->empty());

    auto merge = fx.service<IPatientMerge>();
    auto open = merge->reviews(QStringLiteral("open"));
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->front().patientId == same->patient.id);
    CHECK(open->front().candidateId == a.id);
    REQUIRE(merge->dismiss(open->front().id).ok());
    CHECK(merge->reviews(QStringLiteral("open"))->empty());
    CHECK(merge->reviews(QStringLiteral("dismissed"))->size() == 1);
}

TEST_CASE("A merge moves everything to the survivor and leaves nothing orphaned", "[patients][merge]")
{
    Pair s;
    PatientsFixture& fx = s.fx;
    auto merges = fx.service<IPatientMerge>();
    auto coverages = fx.service<ICoverageService>();
    Coverage c;
    c.patientId = s.loser.id;
    c.payerId = fx.payerId;
    c.memberId = QStringLiteral("LOS123");
    c.effectiveFrom = QDate(2024, 1, 1);
    REQUIRE(coverages->save(c).ok());
    const Patient child = fx.add(QStringLiteral("Kid"), QStringLiteral("Smyth"), QDate(2015, 1, 1));
    Coverage dependent = c;
    dependent.patientId = child.id;
    dependent.memberId = QStringLiteral("LOS123-01");
    dependent.relationship = QStringLiteral("19");
    dependent.subscriberPatientId = s.loser.id;
    REQUIRE(coverages->save(dependent).ok());
    REQUIRE(fx.service<IGuarantorService>()->makeSelfGuarantor(s.loser.id).ok());
    REQUIRE(fx.service<IPatientDocuments>()->add(s.loser.id, QStringLiteral("License"), QStringLiteral("id_card"),
                                                 QStringLiteral("id.png"), QByteArray("\x89PNG\r\n\x1a\nxx", 10)).ok());
    REQUIRE(fx.service<IPatientPrivacy>()->requestAmendment(s.loser.id, QStringLiteral("phone"), QStringLiteral("new")).ok());
    s.appointments->patientOf = {{QStringLiteral("appt-1"), s.loser.id}, {QStringLiteral("appt-2"), s.survivor.id}};
    REQUIRE(merges->reviews(QStringLiteral("open"))->size() == 1);  // phonetic name + DOB

    fx.access->granted.remove(perm::kMerge);
    CHECK(merges->merge(s.survivor.id, s.loser.id, QStringLiteral("same person")).error().code
          == fd::ErrorCode::PermissionDenied);
    fx.grantAll();
    auto merged = merges->merge(s.survivor.id, s.loser.id, QStringLiteral("Same person, typo in last name"));
    INFO((merged.ok() ? std::string() : merged.error().toString().toStdString()));
    REQUIRE(merged.ok());
    CHECK(s.appointments->sawTransaction);
    CHECK(s.appointments->patientOf.value(QStringLiteral("appt-1")) == s.survivor.id);
    // coverage + dependent's subscriber + guarantor + document + amendment + review + appointment
    CHECK(merged->movedRows == 7);

    // Nothing live refers to the loser any more.
    for (const char* sql : {"SELECT COUNT(*) FROM coverages WHERE deleted = 0 AND (patient_id = ?1 OR subscriber_patient_id = ?1)",
                            "SELECT COUNT(*) FROM guarantors WHERE deleted = 0 AND patient_id = ?1",
                            "SELECT COUNT(*) FROM patient_documents WHERE deleted = 0 AND patient_id = ?1",
                            "SELECT COUNT(*) FROM patient_amendments WHERE deleted = 0 AND patient_id = ?1",
                            "SELECT COUNT(*) FROM patient_search_keys WHERE patient_id = ?1"}) {
        INFO(sql);
        CHECK(fx.count(QString::fromLatin1(sql), {s.loser.id}) == 0);
    }
    CHECK(fx.service<ICoverageService>()->list(s.survivor.id)->size() == 1);
    CHECK(merges->reviews(QStringLiteral("merged"))->size() == 1);
    CHECK(fx.service<IPatientService>()->get(s.loser.id).error().code == fd::ErrorCode::NotFound);
    auto hits = fx.service<IPatientSearch>()->search(QStringLiteral("smyth, robert"));
    REQUIRE(hits.ok());
    for (const auto& h : hits.value())
        CHECK(h.patient.id != s.loser.id);
    CHECK(fx.service<IPatientSearch>()->search(QStringLiteral("los123"))->front().patient.id == s.survivor.id);
    CHECK(fx.audit->countForPatient(QStringLiteral("merge"), s.survivor.id) == 1);
    CHECK(fx.audit->countForPatient(QStringLiteral("merge"), s.loser.id) == 1);
}

TEST_CASE("A failing merge hook rolls the whole merge back", "[patients][merge]")
{
    Pair s;
    s.appointments->fail = true;
    auto merged = s.fx.service<IPatientMerge>()->merge(s.survivor.id, s.loser.id, QStringLiteral("same person"));
    REQUIRE_FALSE(merged.ok());
    CHECK(s.fx.count(QStringLiteral("SELECT COUNT(*) FROM patient_merges")) == 0);
    CHECK(s.fx.count(QStringLiteral("SELECT COUNT(*) FROM patients WHERE merged_into <> ''")) == 0);
    CHECK(s.fx.service<IPatientService>()->get(s.loser.id).ok());
}

TEST_CASE("Undoing a merge restores both records and every moved reference", "[patients][merge]")
{
    Pair s;
    PatientsFixture& fx = s.fx;
    Coverage c;
    c.patientId = s.loser.id;
    c.payerId = fx.payerId;
    c.memberId = QStringLiteral("LOS123");
    c.effectiveFrom = QDate(2024, 1, 1);
    auto coverage = fx.service<ICoverageService>()->save(c);
    REQUIRE(coverage.ok());
    s.appointments->patientOf = {{QStringLiteral("appt-1"), s.loser.id}};
    auto patients = fx.service<IPatientService>();
    const Patient survivorBefore = patients->get(s.survivor.id).value();
    const Patient loserBefore = patients->get(s.loser.id).value();

    auto merges = fx.service<IPatientMerge>();
    auto merged = merges->merge(s.survivor.id, s.loser.id, QStringLiteral("same person"));
    REQUIRE(merged.ok());

    fx.access->granted.remove(perm::kMergeUndo);  // office managers merge, only administrators undo
    CHECK(merges->undo(merged->id).error().code == fd::ErrorCode::PermissionDenied);
    fx.grantAll();
    auto undone = merges->undo(merged->id);
    INFO((undone.ok() ? std::string() : undone.error().toString().toStdString()));
    REQUIRE(undone.ok());
    CHECK(undone->undone);
    CHECK(merges->undo(merged->id).error().code == fd::ErrorCode::Conflict);

    auto same = [](Patient a, Patient b) {
        a.rowVersion = b.rowVersion = 0;
        CHECK(a.displayName() == b.displayName());
        CHECK(a.accountNumber == b.accountNumber);
        CHECK(a.birthDate == b.birthDate);
        CHECK(a.phones == b.phones);
        CHECK(a.address == b.address);
        CHECK(a.email == b.email);
        CHECK(a.guarantorId == b.guarantorId);
        CHECK(a.mergedInto == b.mergedInto);
        CHECK(a.status == b.status);
    };
    same(patients->get(s.survivor.id).value(), survivorBefore);
    same(patients->get(s.loser.id).value(), loserBefore);
    CHECK(fx.service<ICoverageService>()->get(coverage->id)->patientId == s.loser.id);
    CHECK(s.appointments->patientOf.value(QStringLiteral("appt-1")) == s.loser.id);
    auto reviews = merges->reviews(QStringLiteral("open"));
    REQUIRE(reviews->size() == 1);  // back in the queue
    CHECK(fx.service<IPatientSearch>()->search(QStringLiteral("los123"))->front().patient.id == s.loser.id);
    CHECK(fx.audit->countForPatient(QStringLiteral("merge_undo"), s.loser.id) == 1);
}
