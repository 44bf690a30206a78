#include "billing_fixture.h"

#include "billing/core/billing_registration.h"
#include "billing/core/claim_splitter.h"
#include "storage/synced_rows.h"
#include "patients/core/patients.h"
#include "practice/core/payers.h"
#include "security/audit_actions.h"
#include "x12_checks.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QSet>

using namespace fd;
using namespace fd::billing;
using namespace fd::billing::test;

namespace {

BuildReport buildWeek(BillingFixture& f)
{
    auto built = f.claims().build(QDate(2025, 3, 1), QDate(2025, 3, 7));
    INFO((built.ok() ? std::string() : built.error().toString().toStdString()));
    REQUIRE(built.ok());
    return built.value();
}

ExportResult exportReady(BillingFixture& f, const QString& name)
{
    auto written = f.exporter().export837({}, f.dir.file(name));
    INFO((written.ok() ? std::string() : written.error().toString().toStdString()));
    REQUIRE(written.ok());
    return written.value();
}

}  // namespace

TEST_CASE("A claim carries at most 50 service lines: the 51st starts the next claim", "[billing][claims]")
{
    BillingFixture f;
    QStringList codes;
    for (int i = 0; i < 51; ++i)
        codes << QStringLiteral("36415");
    const Encounter e = f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), codes));
    const BuildReport built = buildWeek(f);
    CHECK(built.held.empty());
    REQUIRE(built.claims.size() == 2);
    CHECK(built.claims[0].lines.size() == 50);
    CHECK(built.claims[1].lines.size() == 1);
    CHECK(built.claims[0].lines.back().lineNumber == 50);
    CHECK(built.claims[1].lines[0].lineNumber == 1);
    CHECK(built.claims[1].lines[0].chargeId == e.lines[50].id);
    CHECK(built.claims[0].total() == Money::fromCents(50 * 1200));
    CHECK(built.claims[0].claimNumber != built.claims[1].claimNumber);
    for (const Claim& c : built.claims) {
        CHECK(c.encounterId == e.id);
        CHECK(c.diagnoses == QStringList{QStringLiteral("J069")});
        CHECK(c.frequency == Frequency::Original);
        CHECK(c.status == ClaimStatus::Draft);
    }
    f.makeReady(built.claims);
    requireValid837(exportReady(f, QStringLiteral("lines.837")).content, 2);
}

TEST_CASE("A claim carries at most 12 diagnoses: pointers follow their diagnosis to its claim", "[billing][claims]")
{
    BillingFixture f;
    const QStringList diagnoses = f.diagnosisCodes(13);
    EncounterInput in = f.visit(f.aliceId, QDate(2025, 3, 3), {}, diagnoses);
    for (int i = 1; i <= 13; ++i)
        in.lines.push_back({i == 13 ? QStringLiteral("99213") : QStringLiteral("36415"), {}, 1, {i}, false, {}});
    // The last line also points to the principal diagnosis.
    in.lines.back().pointers = {13, 1};
    f.enter(in);
    const BuildReport built = buildWeek(f);
    REQUIRE(built.claims.size() == 2);
    CHECK(built.claims[0].diagnoses.size() == 12);
    CHECK(built.claims[0].diagnoses == diagnoses.mid(0, 12));
    CHECK(built.claims[0].lines.size() == 12);
    // The second claim: the 13th diagnosis and the principal, in the encounter's order.
    CHECK(built.claims[1].diagnoses == QStringList{diagnoses.at(0), diagnoses.at(12)});
    REQUIRE(built.claims[1].lines.size() == 1);
    CHECK(built.claims[1].lines[0].pointers == QList<int>{2, 1});
    for (const Claim& c : built.claims)
        for (const ClaimLine& l : c.lines)
            for (int p : l.pointers)
                CHECK((p >= 1 && p <= c.diagnoses.size()));
    f.makeReady(built.claims);
    requireValid837(exportReady(f, QStringLiteral("diagnoses.837")).content, 2);
}

TEST_CASE("The splitter keeps order and never exceeds either limit", "[billing][claims]")
{
    QStringList diagnoses;
    for (int i = 0; i < 20; ++i)
        diagnoses << QStringLiteral("R%1").arg(i, 2, 10, QLatin1Char('0'));
    std::vector<ServiceLine> lines;
    for (int i = 0; i < 120; ++i) {
        ServiceLine l;
        l.id = QString::number(i);
        l.code = QStringLiteral("36415");
        l.pointers = {1 + i % 20, 1 + (i * 7) % 20};
        if (l.pointers[0] == l.pointers[1])
            l.pointers.removeLast();
        lines.push_back(l);
    }
    const auto drafts = splitIntoClaims(diagnoses, lines);
    int seen = 0;
    for (const ClaimDraft& d : drafts) {
        CHECK(int(d.lines.size()) <= kMaxLinesPerClaim);
        CHECK(d.diagnoses.size() <= kMaxDiagnosesPerClaim);
        for (const ClaimLine& l : d.lines) {
            CHECK(l.chargeId == QString::number(seen));
            const ServiceLine& source = lines[std::size_t(seen)];
            REQUIRE(l.pointers.size() == source.pointers.size());
            for (qsizetype p = 0; p < l.pointers.size(); ++p)
                CHECK(d.diagnoses.at(l.pointers[p] - 1) == diagnoses.at(source.pointers[p] - 1));
            ++seen;
        }
    }
    CHECK(seen == 120);
}

TEST_CASE("Lines billed to another of the patient's coverages go on that payer's claim", "[billing][claims]")
{
    BillingFixture f;
    practice::Payer other;
    other.name = QStringLiteral("Beacon Mutual");
    other.payerIds = {{QStringLiteral("default"), QStringLiteral("BCN01")}};
    other.claimFilingIndicator = QStringLiteral("BL");
    auto payer = f.service<practice::IPayerService>()->save(other);
    REQUIRE(payer.ok());
    patients::Coverage second;
    second.patientId = f.aliceId;
    second.order = 2;
    second.payerId = payer->id;
    second.memberId = QStringLiteral("BCN555");
    second.planName = QStringLiteral("Beacon Gold");
    second.effectiveFrom = QDate(2024, 6, 1);
    auto saved = f.service<patients::ICoverageService>()->save(second);
    REQUIRE(saved.ok());
    EncounterInput in = f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("93000")});
    in.lines[1].coverageId = saved->id;
    f.enter(in);
    const BuildReport built = buildWeek(f);
    REQUIRE(built.claims.size() == 2);
    CHECK(built.claims[0].payerId == f.payerId);
    CHECK(built.claims[0].payerOrder == 1);
    CHECK(built.claims[1].payerId == payer->id);
    CHECK(built.claims[1].coverageId == saved->id);
    CHECK(built.claims[1].payerOrder == 2);
    CHECK(built.claims[1].lines[0].code == QLatin1String("93000"));
    f.makeReady(built.claims);
    const ExportResult out = exportReady(f, QStringLiteral("payers.837"));
    CHECK(out.content.contains("~SBR*S*18**BEACON GOLD*****BL~"));
    CHECK(out.content.contains("NM1*PR*2*BEACON MUTUAL*****PI*BCN01~"));
    requireValid837(out.content, 2);
}

TEST_CASE("Replacement and void claims carry the payer's claim control number", "[billing][claims]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213"), QStringLiteral("87880")}));
    const BuildReport built = buildWeek(f);
    REQUIRE(built.claims.size() == 1);
    const Claim original = built.claims[0];

    // Not yet with the payer: nothing to correct.
    auto early = f.claims().replaceClaim(original.id, QStringLiteral("PCN123"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::InvalidInput);
    f.makeReady(built.claims);
    exportReady(f, QStringLiteral("first.837"));

    auto missing = f.claims().replaceClaim(original.id, QStringLiteral("  "));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().details == QLatin1String("payer_claim_control_number"));
    auto replacement = f.claims().replaceClaim(original.id, QStringLiteral("pcn-2025-0001"));
    REQUIRE(replacement.ok());
    CHECK(replacement->frequency == Frequency::Replacement);
    CHECK(replacement->originalClaimId == original.id);
    CHECK(replacement->payerClaimControlNumber == QLatin1String("PCN-2025-0001"));
    CHECK(replacement->claimNumber != original.claimNumber);
    CHECK(replacement->status == ClaimStatus::Draft);
    REQUIRE(replacement->lines.size() == original.lines.size());
    for (std::size_t i = 0; i < original.lines.size(); ++i)
        CHECK(replacement->lines[i].chargeId == original.lines[i].chargeId);
    CHECK(replacement->total() == original.total());

    auto voided = f.claims().voidClaim(original.id, QStringLiteral("PCN-2025-0001"));
    REQUIRE(voided.ok());
    CHECK(voided->frequency == Frequency::Void);
    auto afterVoid = f.claims().replaceClaim(original.id, QStringLiteral("PCN-2025-0001"));
    REQUIRE_FALSE(afterVoid.ok());
    CHECK(afterVoid.error().code == ErrorCode::Conflict);
    auto voidOfVoid = f.claims().voidClaim(voided->id, QStringLiteral("PCN-2025-0001"));
    CHECK_FALSE(voidOfVoid.ok());

    // The charges stay billed: no third claim comes from them.
    CHECK(buildWeek(f).claims.empty());

    f.makeReady({replacement.value(), voided.value()});
    const ExportResult out = exportReady(f, QStringLiteral("corrections.837"));
    CHECK(out.content.contains(":B:7*Y*A*Y*Y~"));
    CHECK(out.content.contains(":B:8*Y*A*Y*Y~"));
    CHECK(out.content.count("REF*F8*PCN-2025-0001~") == 2);
    requireValid837(out.content, 2);
}

TEST_CASE("Claim numbers are at most 20 characters, unique and never reused, also after a delete",
          "[billing][claims]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    f.enter(f.visit(f.bobId, QDate(2025, 3, 4), {QStringLiteral("99214")}));
    const BuildReport first = buildWeek(f);
    REQUIRE(first.claims.size() == 2);
    QSet<QString> numbers;
    for (const Claim& c : first.claims) {
        CHECK(c.claimNumber.size() <= 20);
        numbers.insert(c.claimNumber);
    }
    CHECK(numbers.size() == 2);

    // Deleting a draft leaves its tombstone; its charges are unbilled again.
    const Claim gone = first.claims[1];
    REQUIRE(f.claims().remove(gone.id, gone.rowVersion).ok());
    CHECK(f.count(QStringLiteral("SELECT deleted FROM billing_claims WHERE id = ?"), {gone.id}) == 1);
    auto listed = f.claims().list();
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);
    auto unbilled = f.charges().unbilled();
    REQUIRE(unbilled.ok());
    CHECK(unbilled->size() == 1);
    CHECK(std::any_of(f.audit->records.begin(), f.audit->records.end(), [&](const security::AuditRecord& r) {
        return r.action == security::audit::kDelete && r.entityId == gone.id;
    }));

    const BuildReport again = buildWeek(f);
    REQUIRE(again.claims.size() == 1);
    CHECK_FALSE(numbers.contains(again.claims[0].claimNumber));
    CHECK(again.claims[0].claimNumber > gone.claimNumber);

    // The database refuses a number twice, deleted rows included.
    auto dup = storage::exec(f.db->connection(),
                             QStringLiteral("UPDATE billing_claims SET claim_number = ? WHERE id = ?"),
                             {gone.claimNumber, again.claims[0].id});
    CHECK_FALSE(dup.ok());

    // A claim past draft cannot be deleted.
    f.makeReady({first.claims[0]});
    auto ready = f.claims().claim(first.claims[0].id);
    REQUIRE(ready.ok());
    CHECK_FALSE(f.claims().remove(ready->id, ready->rowVersion).ok());
}

TEST_CASE("Claim status moves forward with its history", "[billing][claims]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const Claim c = buildWeek(f).claims.at(0);
    auto jump = f.claims().setStatus(c.id, c.rowVersion, ClaimStatus::Accepted);
    REQUIRE_FALSE(jump.ok());
    CHECK(jump.error().code == ErrorCode::InvalidInput);
    auto ready = f.claims().setStatus(c.id, c.rowVersion, ClaimStatus::Ready);
    REQUIRE(ready.ok());
    auto stale = f.claims().setStatus(c.id, c.rowVersion, ClaimStatus::Draft);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    exportReady(f, QStringLiteral("one.837"));
    auto submitted = f.claims().claim(c.id);
    REQUIRE(submitted.ok());
    CHECK(submitted->status == ClaimStatus::Submitted);
    CHECK_FALSE(submitted->batchId.isEmpty());
    auto accepted = f.claims().setStatus(c.id, submitted->rowVersion, ClaimStatus::Accepted, QStringLiteral("277CA"));
    REQUIRE(accepted.ok());
    auto history = f.claims().history(c.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->at(0).fromStatus.isEmpty());
    CHECK(history->at(0).toStatus == QLatin1String("draft"));
    CHECK(history->at(0).userId == f.access->user.id);
    CHECK(history->at(0).at == c.createdAt);
    CHECK(history->at(1).toStatus == QLatin1String("ready"));
    CHECK(history->at(2).toStatus == QLatin1String("submitted"));
    CHECK(history->at(3).fromStatus == QLatin1String("submitted"));
    CHECK(history->at(3).toStatus == QLatin1String("accepted"));
    CHECK(history->at(3).note == QLatin1String("277CA"));
    ClaimFilter accepted_only;
    accepted_only.status = ClaimStatus::Accepted;
    auto listed = f.claims().list(accepted_only);
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);
}

TEST_CASE("Interchange and group control numbers are allocated once and never reused", "[billing][claims]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    f.makeReady(buildWeek(f).claims);
    const ExportResult one = exportReady(f, QStringLiteral("a.837"));
    CHECK(one.interchangeControlNumber == 1);
    CHECK(one.groupControlNumber == 1);
    CHECK(one.content.contains("*000000001*0*P*:~GS*HC*"));
    CHECK(QFile::exists(f.dir.file(QStringLiteral("a.837"))));

    // Nothing ready: nothing written, no number used.
    auto empty = f.exporter().export837({}, f.dir.file(QStringLiteral("empty.837")));
    REQUIRE_FALSE(empty.ok());
    CHECK_FALSE(QFile::exists(f.dir.file(QStringLiteral("empty.837"))));

    f.enter(f.visit(f.bobId, QDate(2025, 3, 4), {QStringLiteral("99214")}));
    f.makeReady(buildWeek(f).claims);
    // A file that cannot be written changes nothing: the claims stay ready, no batch is kept.
    auto unwritable = f.exporter().export837({}, f.dir.file(QStringLiteral("missing/dir/b.837")));
    REQUIRE_FALSE(unwritable.ok());
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_claims WHERE status = 'ready'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM billing_batches")) == 1);

    ExportOptions test;
    test.production = false;
    test.senderId = QStringLiteral("SUBMITTER01");
    auto two = f.exporter().export837(test, f.dir.file(QStringLiteral("b.837")));
    REQUIRE(two.ok());
    CHECK(two->interchangeControlNumber == 2);
    CHECK(two->groupControlNumber == 2);
    CHECK(two->content.contains("*000000002*0*T*:~GS*HC*SUBMITTER01*CLEARINGHOUSE*"));
    CHECK(f.count(QStringLiteral("SELECT COUNT(DISTINCT interchange_control) FROM billing_batches")) == 2);
    CHECK(std::any_of(f.audit->records.begin(), f.audit->records.end(), [&](const security::AuditRecord& r) {
        return r.action == security::audit::kExport && r.entityId == two->batchId;
    }));
    requireValid837(two->content, 1);
}

TEST_CASE("A patient's claims are found through an index, not by reading every claim", "[billing][claims][migration]")
{
    BillingFixture f;
    // What a merge and the list of a patient's claims ask for.
    auto plan = storage::exec(f.db->connection(),
                              QStringLiteral("EXPLAIN QUERY PLAN SELECT id, row_version FROM billing_claims "
                                             "WHERE patient_id = ? AND deleted = 0"),
                              {f.aliceId});
    REQUIRE(plan.ok());
    QStringList steps;
    while (plan->next())
        steps << plan->value(3).toString();
    INFO(steps.join(QStringLiteral(" | ")).toStdString());
    CHECK(steps.join(QLatin1Char(' ')).contains(QStringLiteral("USING INDEX billing_claims_patient")));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'billing_claims_encounter'")) == 0);
}

TEST_CASE("Claims made before claims recorded their maker take it from their first history row",
          "[billing][claims][migration]")
{
    fd::test::TempDir dir;
    auto created = storage::Database::create(dir.file(QStringLiteral("old.db")), SecureBytes::random(32));
    REQUIRE(created.ok());
    storage::Database& db = *created.value();
    storage::MigrationSet older = billingMigrations();
    REQUIRE(older.migrations.size() >= 3);
    older.migrations.resize(2);  // before claimMaker (version 3)
    REQUIRE(db.migrate({storage::storageMigrations(), older}).ok());
    const QString claimId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    const QString quiet = QStringLiteral("00000000-0000-4000-8000-000000000002");
    auto exec = [&](const QString& sql, const QVariantList& binds) {
        auto q = storage::exec(db.connection(), sql, binds);
        INFO((q.ok() ? std::string() : q.error().toString().toStdString()));
        REQUIRE(q.ok());
    };
    const QString claimSql = QStringLiteral(
        "INSERT INTO billing_claims (id, row_version, updated_at, claim_number, patient_id, encounter_id, "
        "coverage_id, payer_id, frequency, status, service_date, location_id, place_of_service, "
        "rendering_provider_id, diagnoses, created_at) VALUES (?, 1, '2025-03-03T19:00:00.000Z', ?, 'p', 'e', "
        "'k', 'y', '1', 'ready', '2025-03-03', 'l', '11', 'r', 'J06.9', '2025-03-03T19:00:00.000Z')");
    exec(claimSql, {claimId, QStringLiteral("FD000000001")});
    exec(claimSql, {quiet, QStringLiteral("FD000000002")});  // no history at all
    const QString historySql = QStringLiteral(
        "INSERT INTO billing_claim_history (id, row_version, updated_at, claim_id, at, user_id, from_status, "
        "to_status) VALUES (?, 1, ?, ?, ?, ?, ?, ?)");
    exec(historySql, {QStringLiteral("00000000-0000-4000-8000-000000000011"), QStringLiteral("2025-03-04T20:00:00.000Z"),
                      claimId, QStringLiteral("2025-03-04T20:00:00.000Z"), QStringLiteral("user-9"),
                      QStringLiteral("draft"), QStringLiteral("ready")});
    exec(historySql, {QStringLiteral("00000000-0000-4000-8000-000000000010"), QStringLiteral("2025-03-03T19:00:00.000Z"),
                      claimId, QStringLiteral("2025-03-03T19:00:00.000Z"), QStringLiteral("user-7"), QStringLiteral(""),
                      QStringLiteral("draft")});

    REQUIRE(db.migrate({billingMigrations()}).ok());
    auto makers = storage::exec(db.connection(),
                                QStringLiteral("SELECT id, created_by FROM billing_claims ORDER BY claim_number"));
    REQUIRE(makers.ok());
    REQUIRE(makers->next());
    CHECK(makers->value(1).toString() == QStringLiteral("user-7"));
    REQUIRE(makers->next());
    CHECK(makers->value(1).toString().isEmpty());
}

TEST_CASE("A claim's history starts with its making, once, also for a claim that has a row for it",
          "[billing][claims]")
{
    BillingFixture f;
    f.enter(f.visit(f.aliceId, QDate(2025, 3, 3), {QStringLiteral("99213")}));
    const Claim c = buildWeek(f).claims.at(0);
    auto fresh = f.claims().history(c.id);
    REQUIRE(fresh.ok());
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->front().toStatus == QLatin1String("draft"));
    CHECK(fresh->front().userId == f.access->user.id);
    // A practice file from before created_by holds a history row for the making as well.
    auto old = storage::exec(
        f.db->connection(),
        QStringLiteral("INSERT INTO billing_claim_history (id, row_version, updated_at, claim_id, at, user_id, "
                       "from_status, to_status) VALUES ('00000000-0000-4000-8000-0000000000aa', 1, ?, ?, ?, ?, '', "
                       "'draft')"),
        {toIsoUtc(c.createdAt), c.id, toIsoUtc(c.createdAt), f.access->user.id});
    REQUIRE(old.ok());
    auto ready = f.claims().setStatus(c.id, c.rowVersion, ClaimStatus::Ready);
    REQUIRE(ready.ok());
    auto history = f.claims().history(c.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).toStatus == QLatin1String("draft"));
    CHECK(history->at(1).fromStatus == QLatin1String("draft"));
    CHECK(history->at(1).toStatus == QLatin1String("ready"));
    auto missing = f.claims().history(QStringLiteral("00000000-0000-4000-8000-0000000000bb"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}
