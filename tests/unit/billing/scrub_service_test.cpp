// The scrub service on a practice database: findings stored per claim, the gate on claim
// status, acknowledging warnings, NCCI import and payer rules.
#include "billing/core/billing_permissions.h"
#include "billing/core/scrub.h"
#include "billing/core/scrub_service.h"
#include "billing_fixture.h"

#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>

namespace fd::billing::test {

namespace {

using fd::test::required;

// The billing fixture with the scrubber's tables.
struct ScrubFixture : BillingFixture
{
    ScrubFixture()
    {
        auto migrated = db->migrate({scrubMigrations()});
        INFO((migrated.ok() ? std::string() : migrated.error().toString().toStdString()));
        REQUIRE(migrated.ok());
    }

    IClaimScrubber& scrubber() const { return *registry.get<IClaimScrubber>(); }

    std::vector<Claim> buildWeek()
    {
        return required(claims().build(QDate(2025, 3, 3), QDate(2025, 3, 7))).claims;
    }

    QString writeFile(const char* name, const QByteArray& content) const
    {
        const QString path = dir.file(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }

    bool hasRule(const ClaimScrubResult& r, const char* rule) const
    {
        return std::any_of(r.findings.begin(), r.findings.end(),
                           [&](const ScrubFinding& f) { return f.ruleId == QLatin1String(rule); });
    }
};

// A practitioner PTP file as CMS publishes its text export: title and heading lines first.
const QByteArray kNcci = "CMS NCCI Practitioner PTP Edits v311r0 (for testing)\n"
                         "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\t"
                         "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\t"
                         "PTP Edit Rationale\n"
                         "99213\t87880\t\t20200101\t*\t1\tStandards of medical / surgical practice\n"
                         "99213\t36415\t*\t19960101\t20191231\t0\tMisuse of column two code\n"
                         "93000\tJ1100\t\t20200101\t*\t9\tNot applicable\n";

}  // namespace

TEST_CASE("scrub stores each claim's findings; a clean claim goes to ready", "[billing][scrub]")
{
    ScrubFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const auto built = f.buildWeek();
    REQUIRE(built.size() == 1);
    const auto results = required(f.scrubber().scrub({}));  // every draft and ready claim
    REQUIRE(results.size() == 1);
    for (const ScrubFinding& finding : results[0].findings)
        UNSCOPED_INFO(finding.message.toStdString());
    CHECK(results[0].findings.empty());
    CHECK(results[0].sendable());
    const ClaimScrubResult stored = required(f.scrubber().findings(built[0].id));
    CHECK(stored.scrubbedAt == f.clock->nowUtc());
    CHECK(stored.claimNumber == built[0].claimNumber);
    f.makeReady(built);
    CHECK(f.scrubber().requireSendable({built[0].id}).ok());
}

TEST_CASE("a claim with an error cannot go to ready; the payer rule of a referring provider", "[billing][scrub]")
{
    ScrubFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    auto rule = required(f.scrubber().savePayerRule({f.payerId, true}));
    CHECK(rule.requireReferring);
    CHECK(required(f.scrubber().payerRule(f.payerId)).requireReferring);
    const Claim c = f.buildWeek().front();

    auto moved = f.claims().setStatus(c.id, c.rowVersion, ClaimStatus::Ready);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().code == ErrorCode::InvalidInput);
    CHECK(moved.error().message.contains(QLatin1String("REFERRING-REQUIRED")));
    CHECK(moved.error().message.contains(c.claimNumber));
    CHECK(required(f.claims().claim(c.id)).status == ClaimStatus::Draft);
    const ClaimScrubResult stored = required(f.scrubber().findings(c.id));
    REQUIRE(stored.errors() == 1);
    CHECK(f.hasRule(stored, "REFERRING-REQUIRED"));

    auto ack = f.scrubber().acknowledgeWarning(c.id, QStringLiteral("REFERRING-REQUIRED"));
    REQUIRE_FALSE(ack.ok());
    CHECK(ack.error().message.contains(QLatin1String("only warnings")));
    CHECK_FALSE(f.scrubber().requireSendable({c.id}).ok());

    // The fix: a referral on the visit's charges (a new encounter), or the rule taken off.
    required(f.scrubber().savePayerRule({f.payerId, false}));
    f.makeReady({c});
}

TEST_CASE("a warning must be acknowledged (who and when, audited) before ready", "[billing][scrub]")
{
    ScrubFixture f;
    // The same service entered twice for one visit day: two encounters, two claims.
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const auto built = f.buildWeek();
    REQUIRE(built.size() == 2);
    const auto results = required(f.scrubber().scrub({built[0].id, built[1].id}));
    for (const ClaimScrubResult& r : results) {
        CHECK(r.errors() == 0);
        CHECK(r.warnings() == 1);
        CHECK(f.hasRule(r, "DUPLICATE-CLAIM"));
        CHECK_FALSE(r.sendable());
    }
    const Claim& c = built[0];
    auto refused = f.claims().setStatus(c.id, c.rowVersion, ClaimStatus::Ready);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("DUPLICATE-CLAIM")));

    f.access->granted.remove(perm::kClaims);
    CHECK(f.scrubber().acknowledgeWarning(c.id, QStringLiteral("DUPLICATE-CLAIM")).error().code ==
          ErrorCode::PermissionDenied);
    f.access->granted.insert(perm::kClaims);
    CHECK_FALSE(f.scrubber().acknowledgeWarning(c.id, QStringLiteral("NPI-CHECK")).ok());  // not found on it
    f.audit->records.clear();
    REQUIRE(f.scrubber().acknowledgeWarning(c.id, QStringLiteral("duplicate-claim")).ok());
    REQUIRE(f.audit->records.size() == 1);
    CHECK(f.audit->records[0].entity == QLatin1String("billing_scrub_acks"));
    CHECK(f.audit->records[0].patientId == f.aliceId);
    const ClaimScrubResult stored = required(f.scrubber().findings(c.id));
    REQUIRE(stored.findings.size() == 1);
    CHECK(stored.findings[0].acknowledged);
    CHECK(stored.findings[0].acknowledgedBy == QLatin1String("user-1"));
    CHECK(stored.findings[0].acknowledgedAt == f.clock->nowUtc());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'billing_scrub_acks'")) == 1);
    f.makeReady({c});
    // A second acknowledgment changes nothing; the other claim still waits for its own.
    CHECK(f.scrubber().acknowledgeWarning(c.id, QStringLiteral("DUPLICATE-CLAIM")).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM billing_scrub_acks")) == 1);
    CHECK_FALSE(f.claims().setStatus(built[1].id, built[1].rowVersion, ClaimStatus::Ready).ok());
}

TEST_CASE("NCCI import: all or nothing, a bad line named; the edits reach the scrub", "[billing][scrub]")
{
    ScrubFixture f;
    const NcciImportResult imported = required(f.scrubber().importNcci(f.writeFile("ptp.txt", kNcci)));
    CHECK(imported.rows == 3);
    CHECK(imported.inserted == 3);
    CHECK(required(f.scrubber().ncciEditCount()) == 3);
    const auto again = required(f.scrubber().importNcci(f.writeFile("ptp.txt", kNcci)));
    CHECK(again.inserted == 0);
    CHECK(again.replaced == 3);
    CHECK(required(f.scrubber().ncciEditCount()) == 3);

    QByteArray bad = kNcci;
    bad += "99214\t87880\t\t20200101\t*\t1\tok\n"
           "99214\t36415\t\t2020-01-01\t*\t1\tbad date\n";
    auto refused = f.scrubber().importNcci(f.writeFile("bad.txt", bad));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("line 7")));
    CHECK(refused.error().message.contains(QLatin1String("2020-01-01")));
    CHECK(required(f.scrubber().ncciEditCount()) == 3);  // the good row before it was not kept
    CHECK_FALSE(f.scrubber().importNcci(f.writeFile("indicator.txt", "99214\t87880\t\t20200101\t*\t2\n")).ok());
    CHECK_FALSE(f.scrubber().importNcci(f.writeFile("empty.txt", "Column 1\tColumn 2\n")).ok());
    CHECK_FALSE(f.scrubber().importNcci(f.dir.file(QStringLiteral("missing.txt"))).ok());

    // 87880 with 99213 on one claim: an error until modifier 59 says the test was distinct.
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("87880")}));
    EncounterInput distinct = f.visit(f.bobId, QDate(2025, 3, 3), {QStringLiteral("99213")});
    distinct.lines.push_back({QStringLiteral("87880"), {QStringLiteral("59")}, 1, {}, false, {}});
    f.enter(distinct);
    REQUIRE(f.buildWeek().size() == 2);
    const auto results = required(f.scrubber().scrub({}));
    REQUIRE(results.size() == 2);
    int flagged = 0;
    for (const ClaimScrubResult& r : results) {
        const bool alice = required(f.claims().claim(r.claimId)).patientId == f.aliceId;
        CHECK(f.hasRule(r, "NCCI-PTP") == alice);
        flagged += alice ? 1 : 0;
    }
    CHECK(flagged == 1);
    f.access->granted.remove(perm::kSetup);
    CHECK(f.scrubber().importNcci(f.writeFile("ptp.txt", kNcci)).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("a scrub names what it cannot find and needs billing.claims", "[billing][scrub]")
{
    ScrubFixture f;
    auto missing = f.scrubber().scrub({QStringLiteral("no-such-claim")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QLatin1String("no-such-claim")));
    f.access->granted.remove(perm::kClaims);
    CHECK(f.scrubber().scrub({}).error().code == ErrorCode::PermissionDenied);
    CHECK(f.scrubber().savePayerRule({QStringLiteral("no-such-payer"), true}).error().code == ErrorCode::NotFound);
    f.access->granted.remove(perm::kSetup);
    CHECK(f.scrubber().savePayerRule({f.payerId, true}).error().code == ErrorCode::PermissionDenied);
}

}  // namespace fd::billing::test
