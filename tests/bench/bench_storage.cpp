// What encryption costs on warm queries shaped like the application's: the same schema and
// data in an encrypted database and in one opened without a key (through the same driver,
// via Database::openUnencryptedForBenchmark). Data is generated once per process: rows are
// inserted into the plain file with one prepared statement bound per row, then copied into
// the encrypted file, so both hold identical rows.
//
// Run: bin/bench_storage  (the pairs are <query>/encrypted and <query>/plain)
#include "storage/database.h"

#include "test_support.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <array>
#include <cstdio>
#include <memory>
#include <random>

using fd::storage::Database;

namespace {

constexpr int kPersons = 250'000;
constexpr int kAppointments = 1'000'000;
constexpr int kLedgerRows = 3'000'000;
constexpr int kProviders = 50;
const QDate kFirstDay(2021, 1, 1);
constexpr int kDays = 5 * 365;

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
    run(db, QStringLiteral("PRAGMA cache_size = -65536"));  // generation only: faster index builds
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

struct BenchData
{
    fd::test::TempDir dir;
    std::unique_ptr<Database> encrypted;
    std::unique_ptr<Database> plain;
};
std::unique_ptr<BenchData> g_data;

fd::SecureBytes benchKey()
{
    fd::SecureBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<std::uint8_t>(0xA5 ^ i);
    return key;
}

BenchData& data()
{
    if (g_data)
        return *g_data;
    g_data = std::make_unique<BenchData>();
    const QString encryptedPath = g_data->dir.file(QStringLiteral("encrypted.db"));
    const QString plainPath = g_data->dir.file(QStringLiteral("plain.db"));
    QElapsedTimer timer;
    timer.start();
    {
        auto plain = Database::openUnencryptedForBenchmark(plainPath);
        must(plain.ok(), "create the plain database");
        generate(**plain);
        auto encrypted = Database::create(encryptedPath, benchKey());
        must(encrypted.ok(), "create the encrypted database");
        copyInto(**encrypted, plainPath);
    }
    std::fprintf(stderr, "bench_storage: generated both databases in %.1f s\n",
                 timer.elapsed() / 1000.0);
    // Reopened with the application's settings (default page cache), as the app would.
    auto encrypted = Database::open(encryptedPath, benchKey());
    must(encrypted.ok(), "open the encrypted database");
    g_data->encrypted = std::move(encrypted.value());
    auto plain = Database::openUnencryptedForBenchmark(plainPath);
    must(plain.ok(), "open the plain database");
    g_data->plain = std::move(plain.value());
    return *g_data;
}

QSqlDatabase connectionFor(bool encrypted)
{
    BenchData& d = data();
    return (encrypted ? d.encrypted : d.plain)->connection();
}

bool usesIndex(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto plan = fd::storage::exec(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql, binds);
    bool index = false;
    while (plan && plan->next())
        index = index || plan->value(3).toString().contains(QLatin1String("INDEX"));
    return index;
}

// Runs `sql` with binds from `bindsFor(iteration)`, reading every row, in the timed loop.
template <typename BindsFor>
void runQuery(benchmark::State& state, bool encrypted, const QString& sql, BindsFor bindsFor)
{
    QSqlDatabase db = connectionFor(encrypted);
    if (!usesIndex(db, sql, bindsFor(0))) {
        state.SkipWithError("the query does not use its index");
        return;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    must(query.prepare(sql), "prepare");
    qint64 iteration = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        for (const QVariant& value : bindsFor(iteration++))
            query.addBindValue(value);
        must(query.exec(), "query");
        while (query.next()) {
            benchmark::DoNotOptimize(query.value(0));
            ++rows;
        }
    }
    state.counters["rows/op"] =
        benchmark::Counter(double(rows) / double(std::max<qint64>(iteration, 1)));
    state.SetLabel(encrypted ? "SQLCipher, keyed" : "no key");
}

void personPrefix(benchmark::State& state, bool encrypted)
{
    runQuery(state, encrypted,
             QStringLiteral("SELECT id, last_name, first_name, birth_date FROM person "
                            "WHERE last_name_norm LIKE ? ORDER BY last_name_norm LIMIT 50"),
             [](qint64 i) {
                 static const QStringList prefixes{QStringLiteral("SMI%"), QStringLiteral("GAR%"),
                                                   QStringLiteral("NGU%"), QStringLiteral("WIL%")};
                 return QVariantList{prefixes.at(int(i % prefixes.size()))};
             });
}

void providerWeek(benchmark::State& state, bool encrypted)
{
    runQuery(state, encrypted,
             QStringLiteral(
                 "SELECT id, patient_id, starts_at, ends_at, status FROM appointment "
                 "WHERE provider_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at"),
             [](qint64 i) {
                 const QDate monday = kFirstDay.addDays(7 * (10 + (i * 7) % 90));
                 return QVariantList{int(i % kProviders) + 1, monday.toString(Qt::ISODate),
                                     monday.addDays(7).toString(Qt::ISODate)};
             });
}

void yearSum(benchmark::State& state, bool encrypted)
{
    runQuery(state, encrypted,
             QStringLiteral(
                 "SELECT sum(amount_cents) FROM ledger WHERE posted_on >= ? AND posted_on < ?"),
             [](qint64 i) {
                 const int year = 2021 + int(i % 4);
                 return QVariantList{QDate(year, 1, 1).toString(Qt::ISODate),
                                     QDate(year + 1, 1, 1).toString(Qt::ISODate)};
             });
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    for (const bool encrypted : {true, false}) {
        const char* variant = encrypted ? "encrypted" : "plain";
        benchmark::RegisterBenchmark((std::string("person_prefix_250k/") + variant).c_str(),
                                     personPrefix, encrypted)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark((std::string("provider_week_1m/") + variant).c_str(),
                                     providerWeek, encrypted)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark((std::string("ledger_year_sum_3m/") + variant).c_str(),
                                     yearSum, encrypted)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_data.reset();
    return 0;
}
