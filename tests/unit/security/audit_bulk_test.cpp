// IAuditTrail::recordAll: many entries appended together make the same chain as one by one,
// fill the lookup the filters use, and go all or none.
#include "security/audit_actions.h"
#include "security/audit_chain.h"
#include "security/checkpoint_file.h"
#include "security/practice_session.h"
#include "storage/database.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonObject>

using namespace fd;
using namespace fd::security;

namespace {
AuditRecord readOf(int i)
{
    AuditRecord r;
    r.action = audit::kRead;
    r.patientId = QStringLiteral("patient-%1").arg(i % 7);
    r.entity = QStringLiteral("patients");
    r.entityId = r.patientId;
    return r;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    auto q = storage::exec(db, sql);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}
}  // namespace

TEST_CASE("Entries appended together chain, verify and are found like single ones", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    const qint64 before = trail.count({}).value();
    REQUIRE(trail.record(readOf(0)).ok());

    std::vector<AuditRecord> many;
    const int n = int(auditchain::kLookupBatch) + 40;
    for (int i = 1; i <= n; ++i)
        many.push_back(readOf(i));
    REQUIRE(trail.recordAll(many).ok());
    REQUIRE(trail.record(readOf(n + 1)).ok());

    CHECK(trail.count({}).value() == before + n + 2);
    const QSqlDatabase db = session->database().connection();
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT seq) FROM audit_log")) ==
          scalar(db, QStringLiteral("SELECT max(seq) FROM audit_log")));
    // The batch crossed a lookup batch: the lookup was filled, as single appends fill it.
    CHECK(scalar(db, QStringLiteral("SELECT indexed_through FROM audit_lookup_state")) >= auditchain::kLookupBatch);
    AuditFilter byPatient;
    byPatient.patientId = QStringLiteral("patient-3");
    byPatient.limit = 10000;
    int expected = 0;
    for (int i = 0; i <= n + 1; ++i)
        expected += i % 7 == 3 ? 1 : 0;
    CHECK(trail.count(byPatient).value() == expected);
    const auto v = trail.verify().value();
    CHECK(v.intact);
    CHECK(v.entriesChecked >= n + 2);
}

TEST_CASE("A batch with a bad entry appends none of it", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    const qint64 before = trail.count({}).value();
    std::vector<AuditRecord> many{readOf(1), readOf(2), AuditRecord{}, readOf(3)};
    CHECK(trail.recordAll(many).error().code == ErrorCode::InvalidInput);
    CHECK(trail.count({}).value() == before);

    // In a caller's transaction the batch joins it and rolls back with it.
    {
        auto tx = session->database().begin(storage::Database::Durability::Full);
        REQUIRE(tx.ok());
        REQUIRE(trail.recordAll({readOf(1), readOf(2)}).ok());
    }
    CHECK(trail.count({}).value() == before);
    CHECK(trail.recordAll({}).ok());
    CHECK(trail.verify().value().intact);
}

TEST_CASE("A keyed fingerprinter and the canonical text read from a row match the one-entry functions", "[audit]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    auto session = fd::security::test::createPractice(dir.file(QStringLiteral("practice.db")));
    IAuditTrail& trail = session->audit();
    std::vector<AuditRecord> many;
    for (int i = 1; i <= 40; ++i) {
        AuditRecord r = readOf(i);
        if (i % 3 == 0)
            r.details = QJsonObject{{QStringLiteral("note"), QStringLiteral("año %1 \"quoted\"").arg(i)}};
        many.push_back(r);
    }
    REQUIRE(trail.recordAll(many).ok());

    const SecureBytes key = SecureBytes::random(32);
    auditchain::Fingerprinter fingerprints(key);
    auto q = storage::exec(session->database().connection(),
                           QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(auditchain::kColumns)));
    REQUIRE(q.ok());
    int rows = 0;
    while (q->next()) {
        const QByteArray reference = auditchain::canonical(auditchain::rowFrom(*q));
        CHECK(auditchain::canonicalFrom(*q) == reference);
        CHECK(fingerprints.of(reference) == auditchain::fingerprint(key, reference));
        ++rows;
    }
    CHECK(rows >= 40);
    // Entries recorded together share their time; the trail still verifies.
    CHECK(trail.verify().value().intact);
}

TEST_CASE("Checkpoints list the fingerprints of the entries kept, also after entries were rolled back", "[audit]")
{
    fd::security::test::TestPolicy policy;
    policy.update([](SecurityPolicy& p) { p.checkpointInterval = 10; });
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    auto session = fd::security::test::createPractice(path);
    IAuditTrail& trail = session->audit();
    REQUIRE(trail.checkpoint().ok());
    {
        // Entries appended in a transaction that rolls back: their seqs are used again by
        // other entries, whose fingerprints the checkpoints must list instead.
        auto tx = session->database().begin(storage::Database::Durability::Full);
        REQUIRE(tx.ok());
        std::vector<AuditRecord> gone;
        for (int i = 0; i < 6; ++i)
            gone.push_back(readOf(i));
        REQUIRE(trail.recordAll(gone).ok());
        (*tx)->rollback();
    }
    std::unique_ptr<PracticeSession> other;  // open until the checkpoint: no logout entry between
    SECTION("used again by this session")
    {
        for (int i = 0; i < 25; ++i) {
            AuditRecord kept = readOf(100 + i);
            kept.entityId = QStringLiteral("kept-%1").arg(i);
            REQUIRE(trail.record(kept).ok());
        }
    }
    SECTION("used again by another session on the same practice")
    {
        auto login = PracticeSession::login(path, QStringLiteral("admin"), fd::security::test::kAdminPassword);
        REQUIRE(login.ok());
        other = std::move(login.value());
        std::vector<AuditRecord> theirs;
        for (int i = 0; i < 5; ++i) {  // with the login: the six seqs rolled back above
            AuditRecord r = readOf(300 + i);
            r.entityId = QStringLiteral("theirs-%1").arg(i);
            theirs.push_back(r);
        }
        REQUIRE(other->audit().recordAll(theirs).ok());
    }
    std::vector<AuditRecord> many;
    for (int i = 0; i < 37; ++i)
        many.push_back(readOf(200 + i));
    REQUIRE(trail.recordAll(many).ok());
    REQUIRE(trail.checkpoint().ok());
    const auto v = trail.verify();
    REQUIRE(v.ok());
    CHECK(v->intact);
    CHECK(v->unprotectedTail == 0);

    // Every fingerprint each checkpoint lists is that of the entry stored at its seq.
    const QSqlDatabase db = session->database().connection();
    auto secret = storage::exec(db, QStringLiteral("SELECT value FROM security_secrets WHERE name = 'audit_key'"));
    REQUIRE(secret.ok());
    REQUIRE(secret->next());
    const SecureBytes key = SecureBytes::fromByteArray(secret->value(0).toByteArray());
    auto checkpoints = CheckpointFile::read(PracticeFiles{path}.checkpoints(), key);
    REQUIRE(checkpoints.ok());
    REQUIRE_FALSE(checkpoints->empty());
    int compared = 0;
    for (const AuditCheckpoint& cp : checkpoints.value()) {
        auto q = storage::exec(db,
                               QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq")
                                   .arg(QLatin1String(auditchain::kColumns)),
                               {cp.from, cp.seq});
        REQUIRE(q.ok());
        QByteArray expected;
        while (q->next())
            expected += auditchain::fingerprint(key, auditchain::canonical(auditchain::rowFrom(*q)));
        INFO("checkpoint at " << cp.seq << " from " << cp.from);
        CHECK(cp.fingerprints == expected);
        compared += int(expected.size() / auditchain::kFingerprintSize);
    }
    CHECK(compared >= 40);
}
