// A scrub of many claims reads its facts in bulk (each patient's record and coverages once for
// the whole run) and must find exactly what scrubbing each claim alone finds, also when a
// patient on the run may not be opened (restricted) or is gone (merged away).
#include "billing/core/scrub.h"
#include "billing/core/scrub_service.h"
#include "billing_fixture.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

#include <algorithm>

namespace fd::billing::test {

namespace {

using fd::test::required;

std::vector<std::string> described(const ClaimScrubResult& r)
{
    std::vector<std::string> out;
    for (const ScrubFinding& f : r.findings)
        out.push_back(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                          .arg(f.ruleId, scrubSeverityId(f.severity), f.claimNumber)
                          .arg(f.lineNumber)
                          .arg(f.field, f.message, f.fix)
                          .arg(f.acknowledged)
                          .toStdString());
    return out;
}

bool hasRule(const std::vector<ClaimScrubResult>& results, const char* rule)
{
    for (const ClaimScrubResult& r : results)
        for (const ScrubFinding& f : r.findings)
            if (f.ruleId == QLatin1String(rule))
                return true;
    return false;
}

int auditCount(const FakeAudit& audit, const QString& entity, const QString& patientId, const QString& outcome = {})
{
    int n = 0;
    for (const auto& r : audit.records)
        if (r.action == security::audit::kRead && r.entity == entity && r.concerns(patientId) &&
            (outcome.isEmpty() || r.outcome == outcome))
            ++n;
    return n;
}

// Claims for Alice (two for one service on one day: duplicates; 99213 with 87880: an NCCI
// edit) and for Bob on two days, with an NCCI table that has the pair.
struct RunFixture : BillingFixture
{
    std::vector<Claim> built;
    std::vector<BuiltClaimScrub> scrubbedAsBuilt;

    RunFixture()
    {
        auto migrated = db->migrate({scrubMigrations()});
        INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
        REQUIRE(migrated.ok());
        const QString path = dir.file(QStringLiteral("ptp.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\n"
                   "99213\t87880\t\t20200101\t*\t1\ttest\n");
        file.close();
        required(scrubber().importNcci(path));
        enter(visit(aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("87880")}));
        enter(visit(aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
        enter(visit(bobId, QDate(2025, 3, 4), {QStringLiteral("99214")}));
        enter(visit(bobId, QDate(2025, 3, 5), {QStringLiteral("99213")}));
        auto report = required(claims().build(QDate(2025, 3, 3), QDate(2025, 3, 7)));
        built = report.claims;
        scrubbedAsBuilt = report.scrub;
        REQUIRE(built.size() == 4);
    }

    IClaimScrubber& scrubber() const { return *registry.get<IClaimScrubber>(); }

    // Each claim scrubbed alone, then all of them in one run: the same findings, claim by claim.
    std::vector<ClaimScrubResult> compareAloneAndRun()
    {
        std::vector<ClaimScrubResult> alone;
        for (const Claim& c : built) {
            auto one = required(scrubber().scrub({c.id}));
            REQUIRE(one.size() == 1);
            alone.push_back(one.front());
        }
        QStringList ids;
        for (const Claim& c : built)
            ids << c.id;
        audit->records.clear();
        const auto run = required(scrubber().scrub(ids));
        REQUIRE(run.size() == alone.size());
        for (std::size_t i = 0; i < run.size(); ++i) {
            INFO("claim " << run[i].claimNumber.toStdString());
            CHECK(run[i].claimId == alone[i].claimId);
            CHECK(described(run[i]) == described(alone[i]));
            CHECK(described(required(scrubber().findings(run[i].claimId))) == described(run[i]));
        }
        CHECK(hasRule(run, "DUPLICATE-CLAIM"));
        CHECK(hasRule(run, "NCCI-PTP"));
        return run;
    }
};

}  // namespace

TEST_CASE("a scrub run finds what scrubbing each claim alone finds, reading each patient once", "[billing][scrub]")
{
    RunFixture f;
    const auto run = f.compareAloneAndRun();
    CHECK_FALSE(hasRule(run, "PATIENT-RECORD"));
    for (const QString& patient : {f.aliceId, f.bobId}) {
        CHECK(auditCount(*f.audit, QStringLiteral("patients"), patient) == 1);
        CHECK(auditCount(*f.audit, QStringLiteral("coverages"), patient) == 1);
    }
    // A live void of Alice's second claim: her first no longer bills a duplicate service.
    const QSqlDatabase db = f.db->connection();
    for (const char* sql : {"CREATE TEMP TABLE void_claim AS SELECT * FROM billing_claims WHERE id = ?",
                            "UPDATE void_claim SET id = 'void-1', claim_number = 'VOID-1', frequency = '8', "
                            "original_claim_id = ?"})
        REQUIRE(storage::exec(db, QString::fromLatin1(sql), {f.built[1].id}).ok());
    REQUIRE(storage::exec(db, QStringLiteral("INSERT INTO billing_claims SELECT * FROM void_claim")).ok());
    CHECK_FALSE(hasRule(required(f.scrubber().scrub({f.built[0].id})), "DUPLICATE-CLAIM"));
}

TEST_CASE("a build scrubs the claims it makes and stores what a later scrub finds", "[billing][scrub]")
{
    RunFixture f;
    REQUIRE(f.scrubbedAsBuilt.size() == f.built.size());
    for (std::size_t i = 0; i < f.built.size(); ++i) {
        INFO("claim " << f.built[i].claimNumber.toStdString());
        const ClaimScrubResult stored = required(f.scrubber().findings(f.built[i].id));
        CHECK(stored.scrubbedAt.isValid());
        CHECK(stored.errors() == f.scrubbedAsBuilt[i].errors);
        CHECK(stored.unacknowledgedWarnings() == f.scrubbedAsBuilt[i].warnings);
        const auto again = required(f.scrubber().scrub({f.built[i].id}));
        REQUIRE(again.size() == 1);
        CHECK(described(again.front()) == described(stored));
    }
    // Alice's two claims bill the same service on the same day, one with an NCCI pair.
    CHECK(std::count_if(f.scrubbedAsBuilt.begin(), f.scrubbedAsBuilt.end(),
                        [](const BuiltClaimScrub& s) { return s.errors + s.warnings > 0; }) >= 2);

    // Without the scrubber's tables, a build makes its claims unscrubbed.
    BillingFixture plain;
    plain.enter(plain.visit(plain.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const BuildReport unscrubbed = required(plain.claims().build(QDate(2025, 3, 3), QDate(2025, 3, 3)));
    CHECK(unscrubbed.claims.size() == 1);
    CHECK(unscrubbed.scrub.empty());
}

TEST_CASE("a run shared out over threads finds what one thread finds, claim by claim", "[billing][scrub]")
{
    RunFixture f;
    QStringList ids;
    for (const Claim& c : f.built)
        ids << c.id;
    const auto oneThread = required(f.scrubber().scrub(ids));
    auto& service = static_cast<ClaimScrubService&>(f.scrubber());
    service.setClaimsPerThread(1);  // four claims: as many threads as there are cores
    const auto shared = required(f.scrubber().scrub(ids));
    REQUIRE(shared.size() == oneThread.size());
    for (std::size_t i = 0; i < shared.size(); ++i) {
        INFO("claim " << shared[i].claimNumber.toStdString());
        CHECK(shared[i].claimId == oneThread[i].claimId);
        CHECK(described(shared[i]) == described(oneThread[i]));
    }
    CHECK(hasRule(shared, "DUPLICATE-CLAIM"));
    CHECK(hasRule(shared, "NCCI-PTP"));
}

TEST_CASE("a later build finds the services billed by earlier claims, as a rescrub does", "[billing][scrub]")
{
    RunFixture f;
    // Alice's 99213 of 3 March is on two claims already; a third visit bills it again.
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const BuildReport again = required(f.claims().build(QDate(2025, 3, 3), QDate(2025, 3, 3)));
    REQUIRE(again.claims.size() == 1);
    REQUIRE(again.scrub.size() == 1);
    const ClaimScrubResult stored = required(f.scrubber().findings(again.claims.front().id));
    QStringList others;
    for (const ScrubFinding& finding : stored.findings)
        if (finding.ruleId == QLatin1String("DUPLICATE-CLAIM"))
            others << finding.message;
    REQUIRE(others.size() == 2);
    CHECK(others.join(QLatin1Char(' ')).contains(f.built[0].claimNumber));
    CHECK(others.join(QLatin1Char(' ')).contains(f.built[1].claimNumber));
    CHECK(again.scrub.front().warnings == stored.unacknowledgedWarnings());
    const auto rescrubbed = required(f.scrubber().scrub({again.claims.front().id}));
    CHECK(described(rescrubbed.front()) == described(stored));
}

TEST_CASE("a scrub run with a restricted patient reports that patient's claims and reads the others",
          "[billing][scrub]")
{
    RunFixture f;
    REQUIRE(storage::exec(f.db->connection(), QStringLiteral("UPDATE patients SET restricted = 1 WHERE id = ?"),
                          {f.bobId})
                .ok());
    f.access->granted.remove(patients::perm::kRestricted);
    const auto run = f.compareAloneAndRun();
    int unreadable = 0;
    for (const ClaimScrubResult& r : run)
        for (const ScrubFinding& finding : r.findings)
            unreadable += finding.ruleId == QLatin1String("PATIENT-RECORD") ? 1 : 0;
    CHECK(unreadable == 2);  // Bob's two claims
    CHECK(auditCount(*f.audit, QStringLiteral("patients"), f.bobId, QStringLiteral("denied")) == 1);
    CHECK(auditCount(*f.audit, QStringLiteral("coverages"), f.bobId) == 0);
    CHECK(auditCount(*f.audit, QStringLiteral("patients"), f.aliceId) == 1);
    CHECK(auditCount(*f.audit, QStringLiteral("coverages"), f.aliceId) == 1);
}

TEST_CASE("a scrub run with a patient merged away reports that patient's claims", "[billing][scrub]")
{
    RunFixture f;
    REQUIRE(storage::exec(f.db->connection(), QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"),
                          {f.danId, f.bobId})
                .ok());
    const auto run = f.compareAloneAndRun();
    CHECK(hasRule(run, "PATIENT-RECORD"));
    CHECK(auditCount(*f.audit, QStringLiteral("patients"), f.aliceId) == 1);
}

}  // namespace fd::billing::test
