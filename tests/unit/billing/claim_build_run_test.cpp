// A claim run (IClaimService::build) over many visits: one transaction with the claim numbers
// taken at once and the patients' records read in bulk, keeping what a claim made alone has:
// unique consecutive numbers, its maker, an audit entry and outbox mutations per row,
// and an audited read of each patient's coverages and restrictions; a failure leaves nothing.
#include "billing_fixture.h"

#include "billing/core/claim_export_service.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"

#include <QJsonArray>

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

int auditCount(const BillingFixture& f, const QString& action, const QString& entity, const QString& patientId = {})
{
    int n = 0;
    for (const auto& r : f.audit->records)
        if (r.action == action && r.entity == entity && (patientId.isEmpty() || r.concerns(patientId)))
            ++n;
    return n;
}

}  // namespace

TEST_CASE("A claim run numbers, stores, syncs and audits every claim", "[billing][claims][build]")
{
    BillingFixture f;
    for (int day = 3; day <= 6; ++day) {
        f.enter(f.visit(f.aliceId, QDate(2025, 3, day), {QStringLiteral("99213"), QStringLiteral("36415")}));
        f.enter(f.visit(f.bobId, QDate(2025, 3, day), {QStringLiteral("99214")}));
    }
    f.enter(f.visit(f.danId, QDate(2025, 3, 4), {QStringLiteral("99213")}));  // no coverage: held
    const qint64 counter =
        f.count(QStringLiteral("SELECT next_value FROM billing_counters WHERE name = 'claim_number'"));
    const qint64 outboxBefore = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    f.audit->records.clear();

    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    INFO((built.ok() ? std::string() : built.error().toString().toStdString()));
    REQUIRE(built.ok());
    REQUIRE(built->claims.size() == 8);
    CHECK(built->held.size() == 1);
    QSet<QString> numbers;
    for (std::size_t i = 0; i < built->claims.size(); ++i) {
        const Claim& c = built->claims[i];
        numbers.insert(c.claimNumber);
        CHECK(c.claimNumber == QStringLiteral("FD%1").arg(counter + qint64(i), 9, 10, QLatin1Char('0')));
        // Who made it is on the claim; the history rows are its moves, none yet.
        CHECK(c.createdBy == f.access->user.id);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_claims WHERE id = ? AND created_by = ?"),
                      {c.id, f.access->user.id}) == 1);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_claim_history WHERE claim_id = ?"), {c.id}) == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'billing_claims' AND "
                                     "entity_id = ? AND op = 'insert'"),
                      {c.id}) == 1);
    }
    CHECK(numbers.size() == 8);
    CHECK(f.count(QStringLiteral("SELECT next_value FROM billing_counters WHERE name = 'claim_number'")) ==
          counter + 8);
    // One mutation per synced row written: claims and their lines.
    const qint64 rows = f.count(QStringLiteral("SELECT count(*) FROM billing_claims")) +
                        f.count(QStringLiteral("SELECT count(*) FROM billing_claim_lines")) +
                        f.count(QStringLiteral("SELECT count(*) FROM billing_claim_history"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) - outboxBefore == rows);
    CHECK(auditCount(f, security::audit::kCreate, QStringLiteral("billing_claims")) == 8);
    // Each patient's file (record, coverages, restrictions) read once for the run, not once per
    // line, and not again by the scrub of the built claims: one entry for the run's patients,
    // naming what was read.
    const QJsonArray whole{QStringLiteral("patients"), QStringLiteral("coverages"),
                           QStringLiteral("patient_restrictions")};
    for (const QString& patient : {f.aliceId, f.bobId, f.danId}) {
        CHECK(auditCount(f, security::audit::kRead, QStringLiteral("patients"), patient) == 1);
        CHECK(auditCount(f, security::audit::kRead, QStringLiteral("coverages"), patient) == 0);
        CHECK(auditCount(f, security::audit::kRead, QStringLiteral("patient_restrictions"), patient) == 0);
        for (const auto& r : f.audit->records)
            if (r.action == security::audit::kRead && r.concerns(patient))
                CHECK(r.detailsObject().value(QStringLiteral("read")).toArray() == whole);
    }

    // The envelopes read each patient once, audited.
    f.audit->records.clear();
    auto exporter = std::static_pointer_cast<ClaimExportService>(f.service<IClaimExport>());
    REQUIRE(exporter);
    auto envelopes = exporter->envelopes(built->claims, QStringLiteral("default"));
    REQUIRE(envelopes.ok());
    REQUIRE(envelopes->size() == 8);
    CHECK(envelopes->back().memberId.size() > 0);
    CHECK(auditCount(f, security::audit::kRead, QStringLiteral("patients"), f.aliceId) == 1);
    CHECK(auditCount(f, security::audit::kRead, QStringLiteral("patients"), f.bobId) == 1);
    CHECK(auditCount(f, security::audit::kRead, QStringLiteral("coverages"), f.bobId) == 0);

    // A second run finds nothing left to bill.
    auto again = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE(again.ok());
    CHECK(again->claims.empty());
}

TEST_CASE("A claim run that fails part way leaves nothing behind", "[billing][claims][build]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    f.enter(f.visit(f.bobId, QDate(2025, 3, 4), {QStringLiteral("99214")}));
    const qint64 counter =
        f.count(QStringLiteral("SELECT next_value FROM billing_counters WHERE name = 'claim_number'"));
    const qint64 outboxBefore = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    // Bob's record becomes restricted and this user may not open restricted records.
    REQUIRE(storage::exec(f.db->connection(), QStringLiteral("UPDATE patients SET restricted = 1 WHERE id = ?"),
                          {f.bobId})
                .ok());
    f.access->granted.remove(patients::perm::kRestricted);

    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    REQUIRE_FALSE(built.ok());
    CHECK(built.error().code == ErrorCode::PermissionDenied);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_claims")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_claim_history")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox")) == outboxBefore);
    CHECK(f.count(QStringLiteral("SELECT next_value FROM billing_counters WHERE name = 'claim_number'")) == counter);
}
