// Security benchmarks: unlocking a practice with the production Argon2id cost, the extra
// cost of an audit entry on an audited (synchronous=FULL) write, and verifying a trail of
// one million entries.
#include "common/clock.h"
#include "security/audit_actions.h"
#include "security/audit_chain.h"
#include "security/checkpoint_file.h"
#include "security/keyring.h"
#include "security/practice_session.h"
#include "security/security_policy.h"
#include "storage/database.h"

#include "test_support.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>

using namespace fd;
using namespace fd::security;

namespace {
const QString kPassword = QStringLiteral("correct horse battery");

void cheapKdf()
{
    SecurityPolicy p = securityPolicy();
    p.wrapKdf = {1024, 1, 1};
    p.historyKdf = {1024, 1, 1};
    setSecurityPolicy(p);
}

void productionKdf()
{
    setSecurityPolicy(SecurityPolicy());
}

std::unique_ptr<PracticeSession> create(const QString& path)
{
    auto created = PracticeSession::create(path, {QStringLiteral("admin"), QString(), kPassword});
    if (!created.ok())
        qFatal("create: %s", qPrintable(created.error().toString()));
    return std::move(created->session);
}

// Argon2id (64 MiB, t=3) + unwrap + SQLCipher open (its key check) + keyring MAC.
void BM_UnlockKeyringAndOpen(benchmark::State& state)
{
    productionKdf();
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    create(path)->logout().ok();
    for (auto _ : state) {
        auto keyring = Keyring::load(PracticeFiles(path).keyring());
        auto key = keyring->openWithPassword(QStringLiteral("admin"), kPassword);
        auto db = storage::Database::open(path, key.value());
        if (!db.ok() || !keyring->verifyMac(key.value(), path).ok())
            state.SkipWithError("unlock failed");
        benchmark::DoNotOptimize(db);
    }
}
BENCHMARK(BM_UnlockKeyringAndOpen)->Unit(benchmark::kMillisecond)->Iterations(10);

// The whole login: the above plus migrations check, TOTP check, login audit, state file.
void BM_Login(benchmark::State& state)
{
    productionKdf();
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    create(path)->logout().ok();
    for (auto _ : state) {
        auto s = PracticeSession::login(path, QStringLiteral("admin"), kPassword);
        if (!s.ok())
            state.SkipWithError("login failed");
        state.PauseTiming();
        s.value()->logout().ok();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Login)->Unit(benchmark::kMillisecond)->Iterations(10);

// An audited write at synchronous=FULL, without (arg 0) and with (arg 1) its audit entry.
void BM_AuditedWrite(benchmark::State& state)
{
    cheapKdf();
    fd::test::TempDir dir;
    auto session = create(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase db = session->database().connection();
    storage::exec(db, QStringLiteral("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, v TEXT)")).ok();
    const bool audited = state.range(0) == 1;
    AuditRecord rec;
    rec.action = audit::kUpdate;
    rec.patientId = QStringLiteral("0b9c1f3e-1111-4c1a-9f00-000000000001");
    rec.entity = QStringLiteral("patients");
    rec.entityId = rec.patientId;
    rec.details = QJsonObject{{QStringLiteral("prior"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("555-0100")}}}};
    for (auto _ : state) {
        auto tx = session->database().begin(storage::Database::Durability::Full);
        storage::exec(db, QStringLiteral("INSERT INTO bench_rows (v) VALUES ('x')")).ok();
        if (audited && !session->audit().record(rec).ok())
            state.SkipWithError("record failed");
        if (!tx.value()->commit().ok())
            state.SkipWithError("commit failed");
    }
}
BENCHMARK(BM_AuditedWrite)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond)->MinTime(3.0);

// Appends `count` chained entries in one transaction and a checkpoint line every 1,000.
void generateTrail(PracticeSession& session, const QString& checkpoints, qint64 count)
{
    QSqlDatabase db = session.database().connection();
    auto keyQuery = storage::exec(db, QStringLiteral("SELECT value FROM security_secrets WHERE name = 'audit_key'"));
    keyQuery->next();
    const SecureBytes auditKey = SecureBytes::fromByteArray(keyQuery->value(0).toByteArray());
    keyQuery->finish();
    auto head = storage::exec(db, QStringLiteral("SELECT seq, digest FROM audit_log ORDER BY seq DESC LIMIT 1"));
    head->next();
    qint64 seq = head->value(0).toLongLong();
    QByteArray running = head->value(1).toString().toLatin1();
    head->finish();
    auto tx = session.database().begin();
    QSqlQuery ins(db);
    ins.prepare(QString::fromLatin1(auditchain::kInsert));
    AuditCheckpoint cp;
    cp.from = seq;
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    for (qint64 i = 0; i < count; ++i) {
        AuditRow r;
        r.seq = ++seq;
        r.at = toIsoUtc(start.addMSecs(i * 250));
        r.userId = QStringLiteral("3f1c0d7e-2b9a-4c55-8e21-6a1d2f3b4c5d");
        r.username = QStringLiteral("fran");
        r.role = QStringLiteral("front_desk");
        r.workstation = QStringLiteral("desk-1");
        r.patientId = QStringLiteral("0b9c1f3e-1111-4c1a-9f00-%1").arg(i % 5000, 12, 10, QLatin1Char('0'));
        r.entity = QStringLiteral("patients");
        r.entityId = r.patientId;
        r.action = audit::kRead;
        r.outcome = QStringLiteral("success");
        r.details = QStringLiteral("{}");
        const QByteArray canonical = auditchain::canonical(r);
        r.prevDigest = running;
        r.digest = auditchain::digest(running, canonical);
        running = r.digest;
        for (const QVariant& v : QVariantList{r.seq, r.at, r.userId, r.username, r.role, r.workstation, r.patientId, r.entity,
                                              r.entityId, r.action, r.outcome, r.details, QString::fromLatin1(r.prevDigest),
                                              QString::fromLatin1(r.digest)})
            ins.addBindValue(v);
        ins.exec();
        cp.fingerprints += auditchain::fingerprint(auditKey, canonical);
        if (seq % 1000 == 0) {
            cp.seq = seq;
            cp.digest = r.digest;
            cp.at = start.addMSecs(i * 250);
            CheckpointFile::append(checkpoints, cp, auditKey).ok();
            cp.from = seq;
            cp.fingerprints.clear();
        }
    }
    tx.value()->commit().ok();
}

// One generated trail shared by the verify benchmarks (generating takes longer than verifying).
struct MillionTrail
{
    fd::test::TempDir dir;
    std::unique_ptr<PracticeSession> session;
    qint64 size = 0;
};

PracticeSession& millionTrail(qint64 size)
{
    static MillionTrail trail;
    if (!trail.session || trail.size != size) {
        cheapKdf();
        const QString path = trail.dir.file(QStringLiteral("million-%1.db").arg(size));
        trail.session = create(path);
        generateTrail(*trail.session, PracticeFiles(path).checkpoints(), size);
        trail.size = size;
    }
    return *trail.session;
}

void BM_VerifyMillion(benchmark::State& state)
{
    PracticeSession& session = millionTrail(state.range(0));
    for (auto _ : state) {
        auto v = session.audit().verify();
        if (!v.ok() || !v->intact)
            state.SkipWithError("verify failed");
        state.counters["entries"] = double(v->entriesChecked);
        state.counters["checkpoints"] = double(v->checkpointsChecked);
    }
}
BENCHMARK(BM_VerifyMillion)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);

// For comparison: SQLite alone reading every page (arg 0), and every row through the Qt
// value layer (arg 1), which verify avoids.
void BM_ScanMillion(benchmark::State& state)
{
    PracticeSession& session = millionTrail(state.range(0));
    for (auto _ : state) {
        QSqlQuery q(session.database().connection());
        q.setForwardOnly(true);
        if (state.range(1) == 0) {
            q.exec(QStringLiteral("SELECT sum(length(details) + length(digest)) FROM audit_log"));
            q.next();
            state.counters["entries"] = double(q.value(0).toLongLong());
            continue;
        }
        q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(auditchain::kColumns)));
        qint64 n = 0;
        while (q.next())
            n += auditchain::rowFrom(q).seq > 0;
        state.counters["entries"] = double(n);
    }
}
BENCHMARK(BM_ScanMillion)->Args({1000000, 0})->Args({1000000, 1})->Unit(benchmark::kMillisecond)->Iterations(3);
}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
