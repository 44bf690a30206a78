// What encryption costs on warm queries shaped like the application's, and what opening a
// large database costs. The query pairs run the same schema, rows, settings, plan, query,
// binds and warm-up on an encrypted database and on its twin opened without a key through the
// same driver and Database wrapper (Database::openUnencryptedForBenchmark): only encryption
// differs. The rows are generated once, from a fixed seed, into the plain file and copied into
// the encrypted one. Each pair runs with several page caches, up to one that holds the whole
// file (what "warm" means for SQLCipher: a cached page is not decrypted again). A summary of
// both sides' times and their ratios follows the table; docs/STORAGE.md has the figures.
//
// Run: bin/bench_storage [--benchmark_filter=...]
//   FD_BENCH_STORAGE_DIR=<dir>  keeps the generated databases there and reuses them on the
//                               next run (generating them takes one to two minutes).
#include "storage/database.h"

#include "test_support.h"

#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <array>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <set>

using fd::storage::Database;
using fd::storage::OpenOptions;

namespace {

constexpr int kPersons = 250'000;
constexpr int kAppointments = 1'000'000;
constexpr int kLedgerRows = 3'000'000;
constexpr int kProviders = 50;
const QDate kFirstDay(2021, 1, 1);
constexpr int kDays = 5 * 365;
// The open-time database: the query tables plus attachments up to this size.
constexpr qint64 kLargeBytes = 512LL * 1024 * 1024;

const char* const kSchema[] = {
    "CREATE TABLE person (id INTEGER PRIMARY KEY, last_name TEXT NOT NULL, "
    "last_name_norm TEXT NOT NULL COLLATE NOCASE, first_name TEXT NOT NULL, birth_date TEXT)",
    "CREATE TABLE appointment (id INTEGER PRIMARY KEY, provider_id INTEGER NOT NULL, "
    "patient_id INTEGER NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, status INTEGER "
    "NOT NULL)",
    "CREATE TABLE ledger (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, "
    "posted_on TEXT NOT NULL, amount_cents INTEGER NOT NULL, kind INTEGER NOT NULL)",
};
const char* const kIndexes[] = {
    "CREATE INDEX person_last_norm ON person (last_name_norm)",
    "CREATE INDEX appointment_provider_start ON appointment (provider_id, starts_at)",
    "CREATE INDEX ledger_posted_on ON ledger (posted_on)",
};

const std::array<const char*, 40> kSurnames = {
    "Smith",    "Smithers", "Smiley",    "Johnson",  "Williams",  "Brown",   "Jones",    "Garcia",
    "Miller",   "Davis",    "Rodriguez", "Martinez", "Hernandez", "Lopez",   "Gonzalez", "Wilson",
    "Anderson", "Thomas",   "Taylor",    "Moore",    "Jackson",   "Martin",  "Lee",      "Perez",
    "Thompson", "White",    "Harris",    "Sanchez",  "Clark",     "Ramirez", "Lewis",    "Robinson",
    "Walker",   "Young",    "Allen",     "King",     "Wright",    "Scott",   "Torres",   "Nguyen"};
const std::array<const char*, 12> kFirstNames = {"Ana", "Ben",  "Chloe", "Dev", "Emma", "Finn",
                                                 "Gia", "Hugo", "Iris",  "Jon", "Kai",  "Lena"};

void must(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_storage: %s failed\n", what);
        std::exit(1);
    }
}

void run(QSqlDatabase db, const QString& sql)
{
    auto done = fd::storage::exec(db, sql);
    if (!done)
        std::fprintf(stderr, "%s\n", qPrintable(done.error().toString()));
    must(done.ok(), "statement");
}

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    auto query = fd::storage::exec(db, sql);
    must(query.ok(), "query");
    return query->next() ? query->value(0) : QVariant();
}

// One table's rows in one transaction, one prepared statement bound per row.
template <typename BindRow>
void insertRows(Database& db, const QString& sql, int rows, BindRow bindRow)
{
    auto tx = db.begin();
    must(tx.ok(), "begin");
    QSqlQuery insert(db.connection());
    must(insert.prepare(sql), "prepare");
    for (int i = 0; i < rows; ++i) {
        bindRow(insert, i);
        must(insert.exec(), "insert");
    }
    must((*tx)->commit().ok(), "commit");
    // Keeps the WAL from growing to the size of the whole file.
    run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void createSchema(QSqlDatabase db)
{
    for (const char* sql : kSchema)
        run(db, QString::fromLatin1(sql));
}

void createIndexes(QSqlDatabase db)
{
    for (const char* sql : kIndexes)
        run(db, QString::fromLatin1(sql));
    run(db, QStringLiteral("ANALYZE"));
    run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Rows made once, in the unencrypted database, from a fixed seed.
void generate(Database& db)
{
    createSchema(db.connection());
    std::mt19937 rng(20240601);
    insertRows(db,
               QStringLiteral("INSERT INTO person (last_name, last_name_norm, first_name, "
                              "birth_date) VALUES (?, ?, ?, ?)"),
               kPersons, [&](QSqlQuery& q, int) {
                   const QString last = QString::fromLatin1(kSurnames[rng() % kSurnames.size()]) +
                                        QString::number(rng() % 1000);
                   q.addBindValue(last);
                   q.addBindValue(last.toUpper());
                   q.addBindValue(QString::fromLatin1(kFirstNames[rng() % kFirstNames.size()]));
                   q.addBindValue(QDate(1940, 1, 1).addDays(rng() % 30000).toString(Qt::ISODate));
               });
    const QDateTime start(kFirstDay.startOfDay(Qt::UTC));
    insertRows(db,
               QStringLiteral("INSERT INTO appointment (provider_id, patient_id, starts_at, "
                              "ends_at, status) VALUES (?, ?, ?, ?, ?)"),
               kAppointments, [&](QSqlQuery& q, int) {
                   // Booked in no particular order of their start times, as in a practice.
                   const QDateTime at = start.addSecs(qint64(rng() % (2 * 365)) * 86400 + 8 * 3600 +
                                                      qint64(rng() % 40) * 900);
                   q.addBindValue(int(rng() % kProviders) + 1);
                   q.addBindValue(int(rng() % kPersons) + 1);
                   q.addBindValue(at.toString(Qt::ISODateWithMs));
                   q.addBindValue(at.addSecs(900).toString(Qt::ISODateWithMs));
                   q.addBindValue(int(rng() % 4));
               });
    insertRows(
        db,
        QStringLiteral(
            "INSERT INTO ledger (account_id, posted_on, amount_cents, kind) VALUES (?, ?, ?, ?)"),
        kLedgerRows, [&](QSqlQuery& q, int i) {
            // Postings arrive in date order.
            q.addBindValue(int(rng() % 100000) + 1);
            q.addBindValue(
                kFirstDay.addDays(qint64(i) * kDays / kLedgerRows).toString(Qt::ISODate));
            q.addBindValue(qlonglong(rng() % 50000) - 10000);
            q.addBindValue(int(rng() % 5));
        });
    createIndexes(db.connection());
}

// The encrypted twin gets the very same rows, in the same rowid order, copied in SQL from
// the plain file (attached with an empty key, i.e. unencrypted).
void copyInto(Database& encrypted, const QString& plainPath)
{
    QSqlDatabase db = encrypted.connection();
    createSchema(db);
    auto attached =
        fd::storage::exec(db, QStringLiteral("ATTACH DATABASE ? AS plain KEY ''"), {plainPath});
    must(attached.ok(), "attach the plain database");
    {
        auto tx = encrypted.begin();
        must(tx.ok(), "begin");
        for (const char* table : {"person", "appointment", "ledger"})
            run(db, QStringLiteral("INSERT INTO main.%1 SELECT * FROM plain.%1")
                        .arg(QLatin1String(table)));
        must((*tx)->commit().ok(), "commit");
    }
    run(db, QStringLiteral("DETACH DATABASE plain"));
    createIndexes(db);
}

fd::SecureBytes benchKey()
{
    fd::SecureBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<std::uint8_t>(0xA5 ^ i);
    return key;
}

// Where the databases live: a temporary directory, or FD_BENCH_STORAGE_DIR kept across runs.
class DataDir
{
public:
    DataDir()
    {
        const QString kept = qEnvironmentVariable("FD_BENCH_STORAGE_DIR");
        if (kept.isEmpty()) {
            m_temp = std::make_unique<fd::test::TempDir>();
            m_path = m_temp->path();
        } else {
            m_path = kept;
            must(QDir().mkpath(m_path), "create FD_BENCH_STORAGE_DIR");
        }
    }
    QString file(const char* name) const { return QDir(m_path).filePath(QLatin1String(name)); }
    // Marks a generated set complete, so that a kept directory is reused only when whole.
    bool has(const char* marker) const { return QFile::exists(file(marker)); }
    void mark(const char* marker) const
    {
        QFile file(this->file(marker));
        must(file.open(QIODevice::WriteOnly), "write a marker");
    }

private:
    std::unique_ptr<fd::test::TempDir> m_temp;
    QString m_path;
};

constexpr char kQueryMarker[] = "queries-v1.done";
constexpr char kLargeMarker[] = "large-v1.done";

struct BenchData
{
    DataDir dir;
    QString encryptedPath = dir.file("encrypted.db");
    QString plainPath = dir.file("plain.db");
    QString largePath = dir.file("large.db");
    // Connections by {encrypted, page cache}, opened on first use.
    std::map<std::pair<bool, int>, std::unique_ptr<Database>> connections;
    int wholeFileCacheKiB = 0;
};
std::unique_ptr<BenchData> g_data;

void generateQueryDatabases(BenchData& d)
{
    for (const QString& path : {d.encryptedPath, d.plainPath})
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    QElapsedTimer timer;
    timer.start();
    // A big cache during generation only: faster index builds.
    const OpenOptions generation{.cacheKiB = 256 * 1024};
    auto plain = Database::openUnencryptedForBenchmark(d.plainPath, generation);
    must(plain.ok(), "create the plain database");
    generate(**plain);
    auto encrypted = Database::create(d.encryptedPath, benchKey(), generation);
    must(encrypted.ok(), "create the encrypted database");
    copyInto(**encrypted, d.plainPath);
    d.dir.mark(kQueryMarker);
    std::fprintf(stderr, "bench_storage: generated both databases in %.1f s\n",
                 double(timer.elapsed()) / 1000.0);
}

BenchData& data()
{
    if (g_data)
        return *g_data;
    g_data = std::make_unique<BenchData>();
    if (!g_data->dir.has(kQueryMarker))
        generateQueryDatabases(*g_data);
    // Rounded up to whole MiB, with room for the page headers of the cache.
    const qint64 fileKiB = QFileInfo(g_data->encryptedPath).size() / 1024;
    g_data->wholeFileCacheKiB = int((fileKiB * 9 / 8 / 1024 + 1) * 1024);
    return *g_data;
}

// The page caches each pair runs with: SQLite's own default of about 2 MiB (what Database
// used before it set one), 64 MiB (the application's default until it was found too small for
// these working sets), the application's default (128 MiB, which holds each query's working
// set on its own), and one that holds the whole file.
struct CacheSize
{
    const char* name;
    int kib;  // OpenOptions::cacheKiB; kWholeFile: the file's size
};
constexpr int kWholeFile = -1;
const std::array<CacheSize, 4> kCaches = {{{"cache:sqlite-2MiB", 0},
                                           {"cache:64MiB", 64 * 1024},
                                           {"cache:default", OpenOptions().cacheKiB},
                                           {"cache:whole-file", kWholeFile}}};

// Both sides of a pair get the same options; only the key differs.
Database& connectionFor(bool encrypted, const CacheSize& cache)
{
    BenchData& d = data();
    auto& slot = d.connections[{encrypted, cache.kib}];
    if (!slot) {
        OpenOptions options;
        options.cacheKiB = cache.kib == kWholeFile ? d.wholeFileCacheKiB : cache.kib;
        options.fullCheckMaxBytes = 0;  // reads the file, not the page cache: no bearing here
        auto db = encrypted ? Database::open(d.encryptedPath, benchKey(), options)
                            : Database::openUnencryptedForBenchmark(d.plainPath, options);
        must(db.ok(), "open a query database");
        slot = std::move(db.value());
    }
    return *slot;
}

// The settings that decide query speed, read back from the connection.
QString settingsOf(QSqlDatabase db)
{
    QStringList out;
    for (const char* pragma : {"journal_mode", "synchronous", "cache_size", "temp_store",
                               "foreign_keys", "mmap_size", "page_size", "cipher_memory_security"})
        out << QStringLiteral("%1=%2").arg(
            QLatin1String(pragma),
            scalar(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))).toString());
    return out.join(QLatin1Char(' '));
}

QString planOf(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto plan = fd::storage::exec(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, binds);
    QStringList steps;
    while (plan && plan->next())
        steps << plan->value(3).toString();
    return steps.join(QStringLiteral("; "));
}

struct QuerySpec
{
    QString sql;
    std::function<QVariantList(qint64)> binds;
    int cycle = 1;  // distinct bind sets, all of them run by the warm-up
};

void readAll(QSqlQuery& query, const QVariantList& binds, qint64* rows)
{
    for (const QVariant& value : binds)
        query.addBindValue(value);
    must(query.exec(), "query");
    while (query.next()) {
        benchmark::DoNotOptimize(query.value(0));
        ++*rows;
    }
}

// Once per pair, before anything is timed: the run stops unless both sides have the same
// settings and the same plan, using an index; then every bind set of the cycle runs on both.
void preparePair(const char* name, const QuerySpec& spec, const CacheSize& cache)
{
    static std::set<std::pair<std::string, int>> done;
    if (!done.insert({name, cache.kib}).second)
        return;
    QSqlDatabase encrypted = connectionFor(true, cache).connection();
    QSqlDatabase plain = connectionFor(false, cache).connection();
    const QString settings = settingsOf(encrypted);
    const QString plan = planOf(encrypted, spec.sql, spec.binds(0));
    std::fprintf(stderr, "bench_storage: %s: plan [%s]; settings [%s]\n", name, qPrintable(plan),
                 qPrintable(settings));
    must(settings == settingsOf(plain), "the same settings on both sides");
    must(plan == planOf(plain, spec.sql, spec.binds(0)), "the same plan on both sides");
    must(plan.contains(QLatin1String("INDEX")), "a plan that uses the index");
    for (QSqlDatabase db : {encrypted, plain}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        must(query.prepare(spec.sql), "prepare");
        qint64 rows = 0;
        for (int i = 0; i < spec.cycle; ++i)
            readAll(query, spec.binds(i), &rows);
    }
}

void runQuery(benchmark::State& state, const char* name, const QuerySpec& spec, bool encrypted,
              const CacheSize& cache)
{
    preparePair(name, spec, cache);
    QSqlQuery query(connectionFor(encrypted, cache).connection());
    query.setForwardOnly(true);
    must(query.prepare(spec.sql), "prepare");
    qint64 iteration = 0;
    qint64 rows = 0;
    for (auto _ : state)
        readAll(query, spec.binds(iteration++), &rows);
    state.counters["rows/op"] =
        benchmark::Counter(double(rows) / double(std::max<qint64>(iteration, 1)));
    state.SetLabel(encrypted ? "SQLCipher, keyed" : "no key");
}

QuerySpec personPrefix()
{
    static const QStringList prefixes{QStringLiteral("SMI%"), QStringLiteral("GAR%"),
                                      QStringLiteral("NGU%"), QStringLiteral("WIL%")};
    return {QStringLiteral("SELECT id, last_name, first_name, birth_date FROM person "
                           "WHERE last_name_norm LIKE ? ORDER BY last_name_norm LIMIT 50"),
            [](qint64 i) { return QVariantList{prefixes.at(int(i % prefixes.size()))}; },
            int(prefixes.size())};
}

QuerySpec providerWeek()
{
    return {QStringLiteral(
                "SELECT id, patient_id, starts_at, ends_at, status FROM appointment "
                "WHERE provider_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at"),
            [](qint64 i) {
                const QDate monday = kFirstDay.addDays(7 * (10 + (i * 7) % 90));
                return QVariantList{int(i % kProviders) + 1, monday.toString(Qt::ISODate),
                                    monday.addDays(7).toString(Qt::ISODate)};
            },
            std::lcm(kProviders, 90)};  // every (provider, week) pair the loop asks for
}

QuerySpec yearSum()
{
    return {QStringLiteral(
                "SELECT sum(amount_cents) FROM ledger WHERE posted_on >= ? AND posted_on < ?"),
            [](qint64 i) {
                const int year = 2021 + int(i % 4);
                return QVariantList{QDate(year, 1, 1).toString(Qt::ISODate),
                                    QDate(year + 1, 1, 1).toString(Qt::ISODate)};
            },
            4};
}

// ---- Opening a large database --------------------------------------------------------------

// The query database plus attachment rows, past kLargeBytes: many tables and indexes, and a
// file as large as a big practice's.
void generateLargeDatabase(BenchData& d)
{
    QElapsedTimer timer;
    timer.start();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(d.largePath + QLatin1String(suffix));
    must(connectionFor(true, kCaches[2]).backupTo(d.largePath).ok(), "copy the encrypted database");
    auto large = Database::open(d.largePath, benchKey());
    must(large.ok(), "open the large database");
    QSqlDatabase db = (*large)->connection();
    run(db, QStringLiteral("CREATE TABLE attachment (id INTEGER PRIMARY KEY, "
                           "person_id INTEGER NOT NULL, body BLOB NOT NULL)"));
    while (QFileInfo(d.largePath).size() < kLargeBytes) {
        auto tx = (*large)->begin();
        must(tx.ok(), "begin");
        run(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 20000) INSERT INTO attachment (person_id, body) "
                               "SELECT abs(random()) % %1 + 1, randomblob(1500) FROM n")
                    .arg(kPersons));
        must((*tx)->commit().ok(), "commit");
        run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    large.value().reset();
    d.dir.mark(kLargeMarker);
    std::fprintf(stderr, "bench_storage: generated the large database in %.1f s\n",
                 double(timer.elapsed()) / 1000.0);
}

const QString& largePath()
{
    BenchData& d = data();
    if (!d.dir.has(kLargeMarker))
        generateLargeDatabase(d);
    return d.largePath;
}

// Drops the file's pages from the operating system's cache: the next open reads the disk.
void evictFromOsCache(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    must(fd >= 0, "open the large file");
    ::fdatasync(fd);
    must(::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0, "posix_fadvise");
    ::close(fd);
}

// Database::open as the application does (the HMAC check of every page), or proving the key
// on the header and schema pages only (OpenOptions::fullCheckMaxBytes = 0).
void openLarge(benchmark::State& state, bool fullCheck, bool cold)
{
    const QString path = largePath();
    OpenOptions options;
    if (!fullCheck)
        options.fullCheckMaxBytes = 0;
    for (auto _ : state) {
        if (cold) {
            state.PauseTiming();
            evictFromOsCache(path);
            state.ResumeTiming();
        }
        auto db = Database::open(path, benchKey(), options);
        must(db.ok(), "open the large database");
        benchmark::DoNotOptimize(db.value().get());
    }
    state.counters["MB"] = double(QFileInfo(path).size()) / 1e6;
}

// What `frontdeskctl check` and a restore run: every HMAC and SQLite's integrity_check.
void checkLarge(benchmark::State& state)
{
    OpenOptions options;
    options.fullCheckMaxBytes = 0;  // the loop runs it
    auto db = Database::open(largePath(), benchKey(), options);
    must(db.ok(), "open the large database");
    for (auto _ : state)
        must((*db)->checkIntegrity().ok(), "checkIntegrity");
}

// ---- Summary -------------------------------------------------------------------------------

// The console table, then each pair side by side with its ratios (medians when repeated).
class RatioReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.error_occurred)
                continue;
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (run.run_type == Run::RT_Aggregate && !median)
                continue;
            Timing& t = m_times[run.run_name.function_name];
            if (t.median && !median)
                continue;
            const double perUs = 1e6 / benchmark::GetTimeUnitMultiplier(run.time_unit);
            t = {run.GetAdjustedRealTime() * perUs, run.GetAdjustedCPUTime() * perUs, median};
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        std::FILE* out = stdout;
        std::fprintf(out, "\nEncrypted vs. no key (same driver, settings, data, query, warm-up)\n");
        std::fprintf(out, "%-20s %-20s %12s %12s %7s %12s %12s %7s\n", "query", "cache",
                     "enc real us", "plain real", "ratio", "enc cpu us", "plain cpu", "ratio");
        for (const auto& [name, enc] : m_times) {
            const auto slash = name.find("/encrypted/");
            if (slash == std::string::npos)
                continue;
            const std::string cache = name.substr(slash + 11);
            const auto plain = m_times.find(name.substr(0, slash) + "/plain/" + cache);
            if (plain == m_times.end())
                continue;
            const Timing& p = plain->second;
            std::fprintf(out, "%-20s %-20s %12.1f %12.1f %7.2f %12.1f %12.1f %7.2f\n",
                         name.substr(0, slash).c_str(), cache.c_str(), enc.real, p.real,
                         enc.real / p.real, enc.cpu, p.cpu, enc.cpu / p.cpu);
        }
        std::fflush(out);
    }

private:
    struct Timing
    {
        double real = 0;
        double cpu = 0;
        bool median = false;
    };
    std::map<std::string, Timing> m_times;
};

void registerQueries()
{
    struct Named
    {
        const char* name;
        QuerySpec spec;
        benchmark::TimeUnit unit;
    };
    static const std::vector<Named> queries = {
        {"person_prefix_250k", personPrefix(), benchmark::kMicrosecond},
        {"provider_week_1m", providerWeek(), benchmark::kMicrosecond},
        {"ledger_year_sum_3m", yearSum(), benchmark::kMillisecond},
    };
    for (const Named& q : queries) {
        for (const CacheSize& cache : kCaches) {
            for (const bool encrypted : {true, false}) {
                const std::string name =
                    std::string(q.name) + (encrypted ? "/encrypted/" : "/plain/") + cache.name;
                auto* bench = benchmark::RegisterBenchmark(
                    name.c_str(), [&q, encrypted, &cache](benchmark::State& s) {
                        runQuery(s, q.name, q.spec, encrypted, cache);
                    });
                bench->Unit(q.unit)->MinTime(1.0)->Repetitions(5)->ReportAggregatesOnly(true);
            }
        }
    }
}

void registerOpens()
{
    for (const bool cold : {false, true}) {
        for (const bool fullCheck : {false, true}) {
            const std::string name = std::string("open_large/") +
                                     (fullCheck ? "full_check(default)" : "key_proof_only") +
                                     (cold ? "/os_cache:cold" : "/os_cache:warm");
            benchmark::RegisterBenchmark(
                name.c_str(),
                [fullCheck, cold](benchmark::State& s) { openLarge(s, fullCheck, cold); })
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime()
                ->Iterations(fullCheck ? 3 : 10);
        }
    }
    benchmark::RegisterBenchmark("check_integrity_large", checkLarge)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    registerQueries();
    registerOpens();
    // Repetitions of different benchmarks interleave, so that a neighbour's burst of load on a
    // shared machine does not fall on one side of a pair only. A later flag overrides this.
    std::vector<char*> args(argv, argv + argc);
    char interleave[] = "--benchmark_enable_random_interleaving=true";
    args.insert(args.begin() + 1, interleave);
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    g_data.reset();
    return 0;
}
