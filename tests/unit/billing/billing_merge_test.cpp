// A patient merge carries the merged-away patient's encounters, service lines, claims and
// eligibility checks to the survivor, and its undo puts back exactly those.
#include "billing/core/billing.h"
#include "billing/core/billing_permissions.h"
#include "billing/core/eligibility_service.h"
#include "billing_fixture.h"
#include "calendar/core/frontdesk_registration.h"
#include "calendar/core/recall_registration.h"
#include "patients/core/patient_merge.h"
#include "patients/core/patients.h"
#include "patients/core/patients_permissions.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

namespace fd::billing::test {

TEST_CASE("a patient merge moves the merged-away patient's claims, charges and eligibility checks; undo moves them back",
          "[billing][merge]")
{
    BillingFixture f;
    // Every core's merge participant runs: their tables must be there.
    REQUIRE(f.db->migrate({calendar::recallMigrations(), calendar::frontdeskMigrations(), eligibilityMigrations()}).ok());
    // One eligibility check of Bob's coverage, as a 270 file would have recorded it.
    REQUIRE(storage::exec(f.db->connection(),
                          QStringLiteral("INSERT INTO billing_eligibility_checks (id, row_version, updated_at, coverage_id, "
                                         "patient_id, payer_id, checked_at, checked_by, channel, trace_number, "
                                         "interchange_control, status, request) VALUES ('00000000-0000-4000-8000-"
                                         "000000000001', 1, '2025-03-03T10:00:00.000Z', ?, ?, ?, "
                                         "'2025-03-03T10:00:00.000Z', 'test', 'file', 'T1', 1, 'active', 'ISA')"),
                          {f.bobCoverageId, f.bobId, f.payerId})
                .ok());
    // And one verification-list row of Bob's visit: the list names the survivor after the merge.
    REQUIRE(storage::exec(f.db->connection(),
                          QStringLiteral("INSERT INTO billing_eligibility_verifications (id, row_version, updated_at, day, "
                                         "appointment_id, appointment_start, patient_id, patient_name, status) VALUES "
                                         "('00000000-0000-4000-8000-000000000002', 1, '2025-03-03T10:00:00.000Z', "
                                         "'2025-03-03', 'A1', '2025-03-03T14:00:00.000Z', ?, '', 'not_checked')"),
                          {f.bobId})
                .ok());
    f.access->granted.insert(perm::kEligibility);
    const QString bobsName = fd::test::required(f.service<patients::IPatientService>()->get(f.bobId)).displayName();
    const QString alicesName = fd::test::required(f.service<patients::IPatientService>()->get(f.aliceId)).displayName();
    auto listedName = [&] {
        auto list = fd::test::required(f.service<IEligibilityService>()->verificationList(QDate(2025, 3, 3)));
        REQUIRE(list.size() == 1);
        return list.front().patientName;
    };
    CHECK(listedName() == bobsName);
    const Encounter bobs = f.enter(f.visit(f.bobId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const Encounter alices = f.enter(f.visit(f.aliceId, QDate(2025, 3, 4), {QStringLiteral("99214")}));
    const auto built = fd::test::required(f.claims().build(QDate(2025, 3, 3), QDate(2025, 3, 4))).claims;
    REQUIRE(built.size() == 2);
    auto ownerOf = [&](const QString& table, const QString& column, const QString& id) {
        return f.count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND patient_id = ?").arg(table, column),
                       {id, f.aliceId}) > 0
                   ? f.aliceId
                   : f.bobId;
    };
    f.access->granted.insert(patients::perm::kMerge);
    f.access->granted.insert(patients::perm::kMergeUndo);
    auto merge = f.service<patients::IPatientMerge>();
    auto merged = merge->merge(f.aliceId, f.bobId, QStringLiteral("the same person, registered twice"));
    INFO((merged.ok() ? std::string() : merged.error().toString().toStdString()));
    REQUIRE(merged.ok());
    for (const Claim& c : built)
        CHECK(ownerOf(QStringLiteral("billing_claims"), QStringLiteral("id"), c.id) == f.aliceId);
    CHECK(ownerOf(QStringLiteral("billing_encounters"), QStringLiteral("id"), bobs.id) == f.aliceId);
    CHECK(ownerOf(QStringLiteral("billing_service_lines"), QStringLiteral("encounter_id"), bobs.id) == f.aliceId);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_merge_moves WHERE merge_id = ?"), {merged->id}) == 3);
    CHECK(ownerOf(QStringLiteral("billing_eligibility_checks"), QStringLiteral("trace_number"), QStringLiteral("T1")) ==
          f.aliceId);
    CHECK(ownerOf(QStringLiteral("billing_eligibility_verifications"), QStringLiteral("appointment_id"),
                  QStringLiteral("A1")) == f.aliceId);
    CHECK(listedName() == alicesName);
    // The moves are synced updates: the other workstations learn of them.
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE op = 'update' AND entity = 'billing_claims'")) >= 1);

    auto undone = merge->undo(merged->id);
    INFO((undone.ok() ? std::string() : undone.error().toString().toStdString()));
    REQUIRE(undone.ok());
    CHECK(ownerOf(QStringLiteral("billing_encounters"), QStringLiteral("id"), bobs.id) == f.bobId);
    CHECK(ownerOf(QStringLiteral("billing_service_lines"), QStringLiteral("encounter_id"), bobs.id) == f.bobId);
    CHECK(ownerOf(QStringLiteral("billing_encounters"), QStringLiteral("id"), alices.id) == f.aliceId);
    int bobsClaims = 0;
    for (const Claim& c : built)
        bobsClaims += ownerOf(QStringLiteral("billing_claims"), QStringLiteral("id"), c.id) == f.bobId ? 1 : 0;
    CHECK(bobsClaims == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_merge_moves")) == 0);
    CHECK(ownerOf(QStringLiteral("billing_eligibility_checks"), QStringLiteral("trace_number"), QStringLiteral("T1")) ==
          f.bobId);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_eligibility_merge_moves")) == 0);
}

}  // namespace fd::billing::test
