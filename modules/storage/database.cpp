#include "storage/database.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/database_private.h"
#include "storage/outbox.h"
#include "storage/sqlcipher_driver.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>
#include <limits>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fd::storage {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("fd.storage.%1").arg(++counter);
}

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error corrupt(const QString& path, const QString& details = {})
{
    return makeError(
        ErrorCode::Corrupt,
        Database::tr("The database %1 is damaged, was tampered with or is not a Frontdesk "
                     "database")
            .arg(path),
        details);
}

// Refuses files that cannot be an encrypted database before handing them to SQLite: a plain
// SQLite file would be read unencrypted, and an empty file would be taken for a new one.
Status checkFileShape(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         Database::tr("Database file not found: %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Database::tr("Cannot read %1").arg(path),
                         file.errorString());
    const qint64 size = file.size();
    const QByteArray head = file.read(16);
    if (head == QByteArray("SQLite format 3\0", 16))
        return corrupt(path, Database::tr("the file is a plain, unencrypted SQLite database"));
    // SQLite pages are at least 512 bytes and the file is a whole number of them.
    if (size < 512 || size % 512 != 0)
        return corrupt(path, Database::tr("the file is empty or truncated"));
    return {};
}

Result<QVariant> pragmaValue(QSqlDatabase& db, const QString& sql)
{
    auto query = exec(db, sql);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

Status checkCipherVersion(QSqlDatabase& db, QString* version)
{
    auto answer = pragmaValue(db, QStringLiteral("PRAGMA cipher_version"));
    const QString text = answer ? answer->toString() : QString();
    if (text.isEmpty())
        return makeError(
            ErrorCode::Unavailable,
            Database::tr("SQLCipher is not available: PRAGMA cipher_version did not answer"));
    if (!text.startsWith(QLatin1String("4.")))
        return makeError(ErrorCode::Unavailable,
                         Database::tr("SQLCipher 4 is required, found %1").arg(text));
    *version = text;
    return {};
}

Status silenceCipherLog(QSqlDatabase& db)
{
    // SQLCipher prints HMAC failures to stderr on a wrong key; the caller reports it instead.
    return pragmaValue(db, QStringLiteral("PRAGMA cipher_log_level = NONE")).ok()
               ? Status{}
               : Status(
                     makeError(ErrorCode::Unavailable, Database::tr("Cannot configure SQLCipher")));
}

// The key is applied lazily: the first read of the schema proves it (or the file) bad. The
// read decrypts and authenticates page 1 (the header) and every page of sqlite_master, and
// SQLite refuses a file shorter than the page count in its header (a truncated file).
Status proveReadable(QSqlDatabase& db, const QString& path, bool keyed)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
        return {};
    const QSqlError error = query.lastError();
    switch (primaryCode(error)) {
        case SQLITE_NOTADB:
            // An HMAC failure on page 1 cannot tell a wrong key from a damaged first page.
            if (keyed)
                return makeError(ErrorCode::WrongPassword, Database::tr("wrong password or key"),
                                 path);
            return corrupt(path, error.databaseText());
        case SQLITE_CORRUPT:
            return corrupt(path, error.databaseText());
        default:
            return makeError(ErrorCode::Io, Database::tr("Cannot read the database %1").arg(path),
                             error.text());
    }
}

// Reads the whole file; open() runs it unless OpenOptions::fullCheckMaxBytes says otherwise.
Status checkPageAuthentication(QSqlDatabase& db, const QString& path)
{
    auto query = exec(db, QStringLiteral("PRAGMA cipher_integrity_check"));
    if (!query)
        return corrupt(path, query.error().details);
    QStringList problems;
    while (query->next() && problems.size() < 5)
        problems << query->value(0).toString();
    if (!problems.isEmpty())
        return corrupt(path, problems.join(QStringLiteral("; ")));
    return {};
}

bool wantsFullCheck(const QString& path, detail::OpenKind kind, const OpenOptions& options)
{
    if (kind != detail::OpenKind::Existing)
        return false;
    return options.fullCheckMaxBytes < 0 || QFileInfo(path).size() <= options.fullCheckMaxBytes;
}

// The same settings on every connection, keyed or not, so that the unencrypted benchmark
// twin differs by encryption alone. docs/STORAGE.md explains each one.
Status configure(QSqlDatabase& db, const OpenOptions& options)
{
    auto mode = pragmaValue(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Io, Database::tr("Cannot switch the database to WAL mode"));
    FD_TRY(exec(db, QStringLiteral("PRAGMA foreign_keys = ON")));
    FD_TRY(exec(db, QString::fromLatin1(detail::kDefaultSynchronous)));
    // Decrypted pages stay in SQLite's cache: a warm read costs no decryption. Without a
    // positive size SQLite keeps its own default of about 2 MiB.
    if (options.cacheKiB > 0)
        FD_TRY(exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheKiB)));
    // Debian builds SQLCipher with TEMP_STORE=1: large sorts, transient indexes and temporary
    // tables would go to files in the temporary directory. SQLCipher's build instructions keep
    // them in memory (TEMP_STORE=2) so that nothing decrypted lands there; so do we.
    FD_TRY(exec(db, QStringLiteral("PRAGMA temp_store = MEMORY")));
    // SQLCipher's default since 4.5, stated so that a different default cannot slip in: ON
    // would wipe (and lock) every buffer SQLite frees, process-wide. SQLCipher wipes its own
    // key material regardless, and our copy of the key lives in locked memory (SecureBytes).
    // Once ON, SQLCipher keeps it ON for the life of the process, so this cannot undo it.
    FD_TRY(exec(db, QStringLiteral("PRAGMA cipher_memory_security = OFF")));
    FD_TRY(exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versions ("
                                   "module TEXT PRIMARY KEY, version INTEGER NOT NULL)")));
    return {};
}

Error openFailure(const QString& path, const QSqlError& error)
{
    if (primaryCode(error) == SQLITE_CANTOPEN && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         Database::tr("Database file not found: %1").arg(path));
    return makeError(ErrorCode::Io, Database::tr("Cannot open the database %1").arg(path),
                     error.text());
}

}  // namespace

namespace detail {

Connection::Connection(const QString& path, const QString& connectOptions)
    : m_name(nextConnectionName())
{
    registerSqlCipherDriver();
    m_db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(connectOptions);
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

SqlCipherDriver* Connection::driver() const
{
    return qobject_cast<SqlCipherDriver*>(m_db.driver());
}

Result<std::unique_ptr<Connection>> openConnection(const QString& path, const SecureBytes* key,
                                                   OpenKind kind, const OpenOptions& options,
                                                   QString* cipherVersion)
{
    const QString connectOptions =
        kind == OpenKind::Existing ? QStringLiteral("FD_SQLCIPHER_NO_CREATE") : QString();
    auto connection = std::make_unique<Connection>(path, connectOptions);
    QSqlDatabase& db = connection->db();
    if (!connection->driver())
        return makeError(ErrorCode::Unavailable,
                         Database::tr("The QSQLCIPHER driver is not available"));
    if (!db.open())
        return openFailure(path, db.lastError());
    FD_TRY(silenceCipherLog(db));
    FD_TRY(checkCipherVersion(db, cipherVersion));
    if (key) {
        if (!connection->driver()->applyKey(*key))
            return makeError(ErrorCode::Unavailable, Database::tr("Cannot apply the database key"),
                             db.driver()->lastError().text());
        // Keying activates SQLCipher, which resets its log level.
        FD_TRY(silenceCipherLog(db));
    }
    FD_TRY(proveReadable(db, path, key != nullptr));
    if (wantsFullCheck(path, kind, options))
        FD_TRY(checkPageAuthentication(db, path));
    FD_TRY(configure(db, options));
    return connection;
}

ErrorCode errorCodeFor(const QSqlError& error)
{
    return errorCodeForSqlite(primaryCode(error));
}

Status createPrivateFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            return makeError(ErrorCode::Conflict,
                             Database::tr("The file %1 already exists").arg(path));
        return makeError(ErrorCode::Io, Database::tr("Cannot create %1").arg(path),
                         QString::fromLocal8Bit(std::strerror(err)));
    }
    ::fchmod(fd, 0600);  // whatever the umask allowed, the file holds PHI
    ::close(fd);
    return {};
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

}  // namespace detail

Database::Database(std::unique_ptr<Private> d) : d(std::move(d))
{
    this->d->startCheckpointer();
}

void Database::Private::startCheckpointer()
{
    checkpointer.reset();  // first: its detach() would undo the new one's hook
    checkpointer = std::make_unique<detail::WalCheckpointer>(path, key.clone());
    checkpointer->attach(connection->driver()->sqliteHandle());
}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::create(const QString& path, const SecureBytes& key,
                                                   const OpenOptions& options)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidInput, tr("The database key must be 32 bytes"));
    FD_TRY(detail::createPrivateFile(path));
    auto p = std::make_unique<Private>();
    auto connection =
        detail::openConnection(path, &key, detail::OpenKind::Create, options, &p->cipherVersion);
    if (!connection) {
        detail::removeDatabaseFiles(path);
        return connection.error();
    }
    p->connection = std::move(connection.value());
    p->path = path;
    p->key = key.clone();
    p->options = options;
    qCInfo(lcStorage) << "created database" << path;
    return std::unique_ptr<Database>(new Database(std::move(p)));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key,
                                                 const OpenOptions& options)
{
    if (key.size() != 32)
        return makeError(ErrorCode::InvalidInput, tr("The database key must be 32 bytes"));
    FD_TRY(checkFileShape(path));
    auto p = std::make_unique<Private>();
    auto connection =
        detail::openConnection(path, &key, detail::OpenKind::Existing, options, &p->cipherVersion);
    if (!connection)
        return connection.error();
    p->connection = std::move(connection.value());
    p->path = path;
    p->key = key.clone();
    p->options = options;
    return std::unique_ptr<Database>(new Database(std::move(p)));
}

Result<std::unique_ptr<Database>> Database::openUnencryptedForBenchmark(const QString& path,
                                                                        const OpenOptions& options)
{
    if (!QFileInfo::exists(path))
        FD_TRY(detail::createPrivateFile(path));
    auto p = std::make_unique<Private>();
    auto connection = detail::openConnection(path, nullptr, detail::OpenKind::Unencrypted, options,
                                             &p->cipherVersion);
    if (!connection)
        return connection.error();
    p->connection = std::move(connection.value());
    p->path = path;
    p->options = options;
    qCWarning(lcStorage) << "opened an UNENCRYPTED database (benchmarks only):" << path;
    return std::unique_ptr<Database>(new Database(std::move(p)));
}

void Database::runAside(std::function<void(QSqlDatabase)> job)
{
    if (!inTransaction()) {
        if (!d->reader)
            d->reader = std::make_unique<detail::AsideReader>(d->path, d->key.clone(), d->options);
        if (d->reader->post(job))
            return;
    }
    job(connection());
}

int Database::backgroundCheckpoints() const
{
    if (!d->checkpointer)
        return 0;
    d->checkpointer->drain();
    return d->checkpointer->completed();
}

QSqlDatabase Database::connection() const
{
    return d->connection->db();
}

QString Database::path() const
{
    return d->path;
}

QString Database::cipherVersion() const
{
    return d->cipherVersion;
}

int Database::schemaVersion(const QString& module) const
{
    auto query =
        exec(connection(), QStringLiteral("SELECT version FROM schema_versions WHERE module = ?"),
             {module});
    return query && query->next() ? query->value(0).toInt() : 0;
}

Result<std::unique_ptr<Transaction>> Database::begin(Durability durability)
{
    QSqlDatabase db = connection();
    // synchronous cannot change inside a transaction: set it before BEGIN.
    if (durability == Durability::Full)
        FD_TRY(exec(db, QStringLiteral("PRAGMA synchronous = FULL")));
    if (!db.transaction()) {
        const QSqlError error = db.driver()->lastError();
        if (durability == Durability::Full)
            (void)exec(db, QString::fromLatin1(detail::kDefaultSynchronous));
        return makeError(detail::errorCodeFor(error), tr("Cannot begin a transaction"),
                         error.text());
    }
    std::unique_ptr<Transaction> tx(new Transaction(*this, durability));
    tx->m_active = true;
    return tx;
}

namespace {
QString isoUtcOf(qint64 ms)
{
    constexpr qint64 kMsPerDay = 86400000;
    const qint64 days = ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay;
    const qint64 inDay = ms - days * kMsPerDay;
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days).getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return toIsoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month,
                                day, int(inDay / 3600000), int(inDay / 60000 % 60),
                                int(inDay / 1000 % 60), int(inDay % 1000));
    return QString::fromLatin1(text, n);
}
}  // namespace

QString detail::nowIsoUtc()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    // Rows written together mostly share their millisecond (a claim run stamps tens of
    // thousands): the text is made once per millisecond and shared.
    thread_local qint64 lastMs = std::numeric_limits<qint64>::min();
    thread_local QString lastText;
    if (ms == lastMs)
        return lastText;
    lastText = isoUtcOf(ms);
    lastMs = ms;
    return lastText;
}

bool Database::inTransaction() const
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(connection().driver());
    sqlite3* handle = driver ? driver->sqliteHandle() : nullptr;
    return handle && sqlite3_get_autocommit(handle) == 0;
}

Result<std::unique_ptr<Transaction>> Database::beginNestable(Durability durability)
{
    if (!inTransaction())
        return begin(durability);
    QSqlDatabase db = connection();
    if (durability == Durability::Full) {
        auto level = exec(db, QStringLiteral("PRAGMA synchronous"));
        FD_TRY(level);
        if (!level->next() || level->value(0).toInt() < 2)
            return makeError(ErrorCode::Internal,
                             tr("A write that needs full durability cannot run inside a "
                                "transaction begun without it"));
    }
    const QString name = QStringLiteral("fd_savepoint_%1").arg(++d->savepoints);
    FD_TRY(exec(db, QStringLiteral("SAVEPOINT ") + name));
    std::unique_ptr<Transaction> tx(new Transaction(*this, durability));
    tx->m_savepoint = name;
    tx->m_active = true;
    return tx;
}

QString Database::deviceId() const
{
    auto id = Outbox::deviceId(connection());
    if (!id) {
        qCWarning(lcStorage) << "cannot read the device id:" << id.error().toString();
        return {};
    }
    return id.value();
}

Transaction::Transaction(Database& db, Database::Durability durability)
    : m_db(db), m_durability(durability)
{
}

Transaction::~Transaction()
{
    rollback();
}

QSqlDatabase Transaction::connection() const
{
    return m_db.connection();
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Internal, tr("The transaction is no longer active"));
    QSqlDatabase db = connection();
    if (isNested()) {
        // The changes stay in the caller's transaction, which commits them or not.
        auto released = exec(db, QStringLiteral("RELEASE ") + m_savepoint);
        if (!released) {
            rollback();
            return makeError(released.error().code, tr("Cannot commit the transaction"),
                             released.error().toString());
        }
        m_active = false;
        return {};
    }
    Status result;
    if (!db.commit()) {
        const QSqlError error = db.driver()->lastError();
        result = makeError(detail::errorCodeFor(error), tr("Cannot commit the transaction"),
                           error.text());
        db.rollback();
    }
    m_active = false;
    if (m_durability == Database::Durability::Full)
        (void)exec(db, QString::fromLatin1(detail::kDefaultSynchronous));
    return result;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlDatabase db = connection();
    if (isNested()) {
        m_active = false;
        // An error that ended the caller's whole transaction took the savepoint with it.
        if (!m_db.inTransaction())
            return;
        auto undone = exec(db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        if (undone)
            undone = exec(db, QStringLiteral("RELEASE ") + m_savepoint);
        if (!undone)
            qCWarning(lcStorage) << "rollback to a savepoint failed:" << undone.error().toString();
        return;
    }
    if (!db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << db.driver()->lastError().text();
    m_active = false;
    if (m_durability == Database::Durability::Full)
        (void)exec(db, QString::fromLatin1(detail::kDefaultSynchronous));
}

Result<QSqlQuery> exec(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(db);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& value : binds)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (ok)
        return query;
    return detail::statementError(db, sql, query.lastError());
}

Error detail::statementError(const QSqlDatabase& db, const QString& sql, const QSqlError& error)
{
    const ErrorCode code = detail::errorCodeFor(error);
    const QString statement = sql.simplified().left(80);
    // A damaged page is found when a statement reads it: name the file, not the statement.
    if (code == ErrorCode::Corrupt)
        return makeError(code,
                         QCoreApplication::translate("fd::storage",
                                                     "The database %1 is damaged, was tampered "
                                                     "with or is not a Frontdesk database")
                             .arg(db.databaseName()),
                         statement + QStringLiteral(": ") + error.text());
    return makeError(
        code, QCoreApplication::translate("fd::storage", "SQL statement failed: %1").arg(statement),
        error.text());
}

ErrorCode errorCodeForSqlite(int resultCode)
{
    switch (resultCode & 0xff) {
        case SQLITE_CONSTRAINT:
            return ErrorCode::Conflict;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return ErrorCode::Corrupt;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return ErrorCode::Unavailable;
        case SQLITE_IOERR:
        case SQLITE_FULL:
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
            return ErrorCode::Io;
        default:
            return ErrorCode::Internal;
    }
}

}  // namespace fd::storage
