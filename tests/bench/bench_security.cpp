// Security benchmarks: unlocking a practice with the production Argon2id cost (and its parts),
// the extra cost of an audit entry on an audited (synchronous=FULL) write (and what that cost
// is made of), and verifying a trail of one million entries.
#include "common/clock.h"
#include "security/audit_actions.h"
#include "security/audit_appender.h"
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

// The two halves of the above: 0 = the keyring (load, Argon2id, unwrap), 1 = the database
// (Database::open with its cipher_integrity_check of every page, then the keyring MAC).
void BM_UnlockParts(benchmark::State& state)
{
    productionKdf();
    fd::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("practice.db"));
    create(path)->logout().ok();
    auto keyring = Keyring::load(PracticeFiles(path).keyring());
    const SecureBytes key = keyring->openWithPassword(QStringLiteral("admin"), kPassword).value();
    for (auto _ : state) {
        if (state.range(0) == 0) {
            auto loaded = Keyring::load(PracticeFiles(path).keyring());
            auto opened = loaded->openWithPassword(QStringLiteral("admin"), kPassword);
            if (!opened.ok())
                state.SkipWithError("unwrap failed");
            benchmark::DoNotOptimize(opened);
            continue;
        }
        auto db = storage::Database::open(path, key);
        if (!db.ok() || !keyring->verifyMac(key, path).ok())
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(db);
    }
}
BENCHMARK(BM_UnlockParts)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);

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

// The audit entry of a patient update, as a service writes it.
AuditRecord benchRecord()
{
    AuditRecord rec;
    rec.action = audit::kUpdate;
    rec.patientId = QStringLiteral("0b9c1f3e-1111-4c1a-9f00-000000000001");
    rec.entity = QStringLiteral("patients");
    rec.entityId = rec.patientId;
    rec.details = QJsonObject{{QStringLiteral("prior"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("555-0100")}}}};
    return rec;
}

// An audited write at synchronous=FULL, without (arg 0) and with (arg 1) its audit entry, in
// the shape of a service's write: one Durability::Full transaction holding the change and its
// entry, one commit.
void BM_AuditedWrite(benchmark::State& state)
{
    cheapKdf();
    fd::test::TempDir dir;
    auto session = create(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase db = session->database().connection();
    storage::exec(db, QStringLiteral("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, v TEXT)")).ok();
    const bool audited = state.range(0) == 1;
    const AuditRecord rec = benchRecord();
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


// What the audit entry of BM_AuditedWrite costs apart from the pages it dirties: record()
// inside one open transaction (committed every 1,000 entries, outside the timing).
void BM_AuditRecordInTransaction(benchmark::State& state)
{
    cheapKdf();
    fd::test::TempDir dir;
    auto session = create(dir.file(QStringLiteral("practice.db")));
    const AuditRecord rec = benchRecord();
    auto tx = session->database().begin(storage::Database::Durability::Full);
    qint64 n = 0;
    for (auto _ : state) {
        if (!session->audit().record(rec).ok())
            state.SkipWithError("record failed");
        if (++n % 1000 == 0) {
            state.PauseTiming();
            tx.value()->commit().ok();
            tx = session->database().begin(storage::Database::Durability::Full);
            state.ResumeTiming();
        }
    }
    tx.value()->commit().ok();
}
BENCHMARK(BM_AuditRecordInTransaction)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

// The floor under BM_AuditedWrite/1: the same write plus one prepared INSERT of an
// audit_log-shaped row (no API, no hashing) into a table with 0..3 of audit_log's secondary
// indexes (arg 1..4; arg 0: the write alone). Every b-tree the row touches is one more
// encrypted page in the WAL at each commit, whatever the code around it does.
void BM_AuditRowPages(benchmark::State& state)
{
    cheapKdf();
    fd::test::TempDir dir;
    auto session = create(dir.file(QStringLiteral("practice.db")));
    QSqlDatabase db = session->database().connection();
    const int shape = int(state.range(0));
    const QStringList schema = {
        QStringLiteral("CREATE TABLE bench_rows (id INTEGER PRIMARY KEY, v TEXT)"),
        QStringLiteral("CREATE TABLE shadow (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id TEXT NOT NULL, "
                       "username TEXT NOT NULL, role TEXT NOT NULL, workstation TEXT NOT NULL, "
                       "patient_id TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                       "action TEXT NOT NULL, outcome TEXT NOT NULL, details TEXT NOT NULL, "
                       "prev_digest TEXT NOT NULL, digest TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX shadow_patient ON shadow(patient_id, seq) WHERE patient_id <> ''"),
        QStringLiteral("CREATE INDEX shadow_action ON shadow(action, seq)"),
        QStringLiteral("CREATE INDEX shadow_username ON shadow(username, seq)"),
    };
    for (int i = 0; i <= std::max(1, shape); ++i)
        storage::exec(db, schema[i]).ok();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT INTO bench_rows (v) VALUES ('x')"));
    QSqlQuery entry(db);
    // The row BM_AuditedWrite/1 appends, with made-up digests.
    entry.prepare(QStringLiteral("INSERT INTO shadow VALUES (?, '2026-03-02T09:00:00.000Z', "
                                 "'3f1c0d7e-2b9a-4c55-8e21-6a1d2f3b4c5d', 'admin', 'administrator', 'desk-1', "
                                 "'0b9c1f3e-1111-4c1a-9f00-000000000001', 'patients', "
                                 "'0b9c1f3e-1111-4c1a-9f00-000000000001', 'update', 'success', "
                                 "'{\"prior\":{\"phone\":\"555-0100\"}}', ?, ?)"));
    const QString prev = QString(64, QLatin1Char('0'));
    const QString digest = QString(64, QLatin1Char('f'));
    qint64 seq = 0;
    for (auto _ : state) {
        auto tx = session->database().begin(storage::Database::Durability::Full);
        write.exec();
        if (shape > 0) {
            entry.bindValue(0, ++seq);
            entry.bindValue(1, prev);
            entry.bindValue(2, digest);
            entry.exec();
        }
        if (!tx.value()->commit().ok())
            state.SkipWithError("commit failed");
    }
}
BENCHMARK(BM_AuditRowPages)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond)->MinTime(3.0);

// Appends `count` chained entries in one transaction (through the trail's own appender) and a
// checkpoint line every 1,000.
void generateTrail(PracticeSession& session, const QString& checkpoints, qint64 count)
{
    QSqlDatabase db = session.database().connection();
    auto keyQuery = storage::exec(db, QStringLiteral("SELECT value FROM security_secrets WHERE name = 'audit_key'"));
    keyQuery->next();
    const SecureBytes auditKey = SecureBytes::fromByteArray(keyQuery->value(0).toByteArray());
    keyQuery->finish();
    auto tx = session.database().begin();
    AuditAppender appender;
    AuditCheckpoint cp;
    auto head = storage::exec(db, QStringLiteral("SELECT max(seq) FROM audit_log"));
    head->next();
    cp.from = head->value(0).toLongLong();
    head->finish();
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    for (qint64 i = 0; i < count; ++i) {
        AuditRow r;
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
        if (!appender.append(db, r).ok())
            qFatal("cannot generate the trail");
        cp.fingerprints += auditchain::fingerprint(auditKey, auditchain::canonical(r));
        if (r.seq % 1000 == 0) {
            cp.seq = r.seq;
            cp.digest = r.digest;
            cp.at = start.addMSecs(i * 250);
            CheckpointFile::append(checkpoints, cp, auditKey).ok();
            cp.from = r.seq;
            cp.fingerprints.clear();
        }
    }
    appender.release();
    tx.value()->commit().ok();
}

// One generated trail shared by the verify benchmarks (generating takes longer than verifying);
// main() removes it before the application object goes.
struct MillionTrail
{
    fd::test::TempDir dir;
    std::unique_ptr<PracticeSession> session;
    qint64 size = 0;
};
std::unique_ptr<MillionTrail> g_trail;

PracticeSession& millionTrail(qint64 size)
{
    if (!g_trail || g_trail->size != size) {
        g_trail.reset();
        cheapKdf();
        g_trail = std::make_unique<MillionTrail>();
        const QString path = g_trail->dir.file(QStringLiteral("million-%1.db").arg(size));
        g_trail->session = create(path);
        generateTrail(*g_trail->session, PracticeFiles(path).checkpoints(), size);
        g_trail->size = size;
    }
    return *g_trail->session;
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

// Database::open of that trail's file (about 440 MB): the unlock's database half as a practice
// grows, since opening checks every page (cipher_integrity_check).
void BM_OpenMillion(benchmark::State& state)
{
    PracticeSession& session = millionTrail(state.range(0));
    const QString path = session.databasePath();
    auto keyring = Keyring::load(PracticeFiles(path).keyring());
    const SecureBytes key = keyring->openWithPassword(QStringLiteral("admin"), kPassword).value();
    for (auto _ : state) {
        auto db = storage::Database::open(path, key);
        if (!db.ok())
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(db);
    }
}
BENCHMARK(BM_OpenMillion)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);
}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_trail.reset();
    return 0;
}
