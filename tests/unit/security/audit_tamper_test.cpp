// Tampering below the API by someone who holds the database key: raw SQL on a Database
// opened with the key, triggers dropped first. The chain catches a naive edit; the
// checkpoints catch an attacker who recomputes the whole chain afterwards.
#include "security/audit_actions.h"
#include "security/audit_chain.h"
#include "security/practice_session.h"
#include "storage/database.h"

#include "security_test_support.h"
#include "test_support.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QSqlQuery>

#include <functional>

using namespace fd;
using namespace fd::security;
using fd::security::test::kAdminPassword;

namespace {
constexpr qint64 kTarget = 12;

void run(QSqlDatabase db, const QString& sql, const QVariantList& binds = {})
{
    auto r = storage::exec(db, sql, binds);
    if (!r.ok())
        FAIL(r.error().toString().toStdString());
}

AuditRow rowAt(QSqlDatabase db, qint64 seq)
{
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(QLatin1String(auditchain::kColumns)),
                           {seq});
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return auditchain::rowFrom(*q);
}

void insertRow(QSqlDatabase db, const AuditRow& r)
{
    run(db, QString::fromLatin1(auditchain::kInsert),
        {r.seq, r.at, r.userId, r.username, r.role, r.workstation, r.patientId, r.entity, r.entityId, r.action, r.outcome,
         r.details, QString::fromLatin1(r.prevDigest), QString::fromLatin1(r.digest)});
}

// Moves every row with seq >= from by `by` (negative first, so the primary key never collides).
void shift(QSqlDatabase db, qint64 from, qint64 by)
{
    run(db, QStringLiteral("UPDATE audit_log SET seq = -(seq + ?) WHERE seq >= ?"), {by, from});
    run(db, QStringLiteral("UPDATE audit_log SET seq = -seq WHERE seq < 0"));
}

void editRow(QSqlDatabase db)
{
    run(db, QStringLiteral("UPDATE audit_log SET patient_id = 'someone-else' WHERE seq = ?"), {kTarget});
}

void deleteKeepGap(QSqlDatabase db)
{
    run(db, QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {kTarget});
}

void deleteRenumber(QSqlDatabase db)
{
    deleteKeepGap(db);
    shift(db, kTarget + 1, -1);
}

void insertRenumber(QSqlDatabase db)
{
    AuditRow forged = rowAt(db, kTarget);
    const AuditRow before = rowAt(db, kTarget - 1);
    shift(db, kTarget, 1);
    forged.seq = kTarget;
    forged.patientId = QStringLiteral("planted-alibi");
    forged.prevDigest = before.digest;
    forged.digest = auditchain::digest(forged.prevDigest, auditchain::canonical(forged));
    insertRow(db, forged);
}

void swapRows(QSqlDatabase db)
{
    run(db, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = ?"), {kTarget});
    run(db, QStringLiteral("UPDATE audit_log SET seq = ? WHERE seq = ?"), {kTarget, kTarget + 1});
    run(db, QStringLiteral("UPDATE audit_log SET seq = ? WHERE seq = -1"), {kTarget + 1});
}

// The strong attacker: a consistent chain again after the change.
void recomputeChain(QSqlDatabase db)
{
    run(db, QStringLiteral("UPDATE audit_log SET prev_digest = 'tmp' || seq"));
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(auditchain::kColumns)));
    REQUIRE(q.ok());
    std::vector<AuditRow> rows;
    while (q->next())
        rows.push_back(auditchain::rowFrom(*q));
    q->finish();
    QByteArray running = auditchain::genesis();
    for (AuditRow& r : rows) {
        r.prevDigest = running;
        r.digest = auditchain::digest(running, auditchain::canonical(r));
        running = r.digest;
        run(db, QStringLiteral("UPDATE audit_log SET prev_digest = ?, digest = ? WHERE seq = ?"),
            {QString::fromLatin1(r.prevDigest), QString::fromLatin1(r.digest), r.seq});
    }
}

struct Tampering
{
    const char* name;
    std::function<void(QSqlDatabase)> apply;
    QString problem;
};

// A practice with 40 entries and a checkpoint every 5, closed (checkpoint at logout).
void makeTrail(const QString& path, fd::security::test::TestPolicy& policy)
{
    policy.update([](SecurityPolicy& p) { p.checkpointInterval = 5; });
    auto session = fd::security::test::createPractice(path);
    for (int i = 0; i < 38; ++i) {
        policy.clock().advanceSecs(1);
        AuditRecord r;
        r.action = audit::kRead;
        r.patientId = QStringLiteral("patient-%1").arg(i);
        REQUIRE(session->audit().record(r).ok());
    }
    REQUIRE(session->logout().ok());
    policy.clock().advanceSecs(60);
}

AuditVerification verifyAfter(const QString& path, const std::function<void(QSqlDatabase)>& tamper, bool recompute)
{
    {
        auto raw = fd::security::test::openRaw(path, QStringLiteral("admin"), kAdminPassword);
        QSqlDatabase db = raw->connection();
        run(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
        run(db, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        tamper(db);
        if (recompute)
            recomputeChain(db);
    }
    auto session = PracticeSession::login(path, QStringLiteral("admin"), kAdminPassword);
    REQUIRE(session.ok());
    auto v = session.value()->audit().verify();
    REQUIRE(v.ok());
    return v.value();
}
}  // namespace

TEST_CASE("Verify locates and names each kind of tampering", "[audit][tamper]")
{
    const Tampering t = GENERATE(Tampering{"edit", editRow, QStringLiteral("edited")},
                                 Tampering{"delete leaving a gap", deleteKeepGap, QStringLiteral("deleted")},
                                 Tampering{"delete and renumber", deleteRenumber, QStringLiteral("deleted")},
                                 Tampering{"insert and renumber", insertRenumber, QStringLiteral("inserted")},
                                 Tampering{"swap two entries", swapRows, QStringLiteral("reordered")});
    const bool recompute = GENERATE(false, true);
    INFO(t.name << (recompute ? ", chain recomputed" : ", chain left as is"));

    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    makeTrail(path, policy);
    const AuditVerification v = verifyAfter(path, t.apply, recompute);
    CHECK_FALSE(v.intact);
    CHECK(v.firstBadSeq == kTarget);
    CHECK(v.problem == t.problem);
}

TEST_CASE("An untouched trail verifies, tail included", "[audit][tamper]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    makeTrail(path, policy);
    const AuditVerification v = verifyAfter(path, [](QSqlDatabase) {}, true);
    CHECK(v.intact);
    CHECK(v.firstBadSeq == 0);
    CHECK(v.entriesChecked == 42);  // create, login, 38 reads, logout, login
    CHECK(v.checkpointsChecked >= 8);
    CHECK(v.unprotectedTail == 1);
}

TEST_CASE("Entries after the last checkpoint are protected by the chain alone", "[audit][tamper]")
{
    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    makeTrail(path, policy);
    // Removing the newest entries before the last checkpoint is caught...
    const AuditVerification cut = verifyAfter(path, [](QSqlDatabase db) { run(db, QStringLiteral("DELETE FROM audit_log WHERE seq >= 38")); }, true);
    CHECK_FALSE(cut.intact);
    CHECK(cut.firstBadSeq == 38);
    CHECK(cut.problem == QStringLiteral("deleted"));
}

// Verify reads the trail in batches of a few thousand entries and hashes them on another
// thread; a change to the last entry of a batch or the first of the next one must be found and
// named like any other (4096 is the verifier's batch size today; both sides are tried).
TEST_CASE("Tampering at the edge of a read batch is located", "[audit][tamper]")
{
    const qint64 seq = GENERATE(qint64(4096), qint64(4097));
    const bool edit = GENERATE(true, false);
    INFO("seq " << seq << (edit ? ", edited" : ", inserted with a made-up digest"));

    fd::security::test::TestPolicy policy;
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    {
        auto session = fd::security::test::createPractice(path);
        auto tx = session->database().begin();
        REQUIRE(tx.ok());
        for (int i = 0; i < 4200; ++i) {
            AuditRecord r;
            r.action = audit::kRead;
            r.patientId = QStringLiteral("patient-%1").arg(i);
            REQUIRE(session->audit().record(r).ok());
        }
        REQUIRE(tx.value()->commit().ok());
        REQUIRE(session->logout().ok());
    }
    const AuditVerification v = verifyAfter(
        path,
        [&](QSqlDatabase db) {
            if (edit) {
                run(db, QStringLiteral("UPDATE audit_log SET patient_id = 'someone-else' WHERE seq = ?"), {seq});
                return;
            }
            AuditRow forged = rowAt(db, seq);
            const AuditRow before = rowAt(db, seq - 1);
            shift(db, seq, 1);
            forged.patientId = QStringLiteral("planted-alibi");
            forged.prevDigest = before.digest;
            forged.digest = QByteArray(64, 'f');
            insertRow(db, forged);
        },
        false);
    CHECK_FALSE(v.intact);
    CHECK(v.firstBadSeq == seq);
    CHECK(v.problem == (edit ? QStringLiteral("edited") : QStringLiteral("inserted")));
}
