// Database operations on whole files: integrity checks, rekeying, backup and restore.
#include "storage/database.h"

#include "common/logging.h"
#include "storage/database_private.h"
#include "storage/sqlcipher_driver.h"
#include "storage/sqlite_values.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>

namespace fd::storage {

namespace {

Error ioError(const QString& message)
{
    return makeError(ErrorCode::Io, message, QString::fromLocal8Bit(std::strerror(errno)));
}

void syncDirectoryOf(const QString& path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool writeAll(int fd, const char* data, ssize_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// Copies `from` into the new private file `to` (which must not exist) and fsyncs it.
Status copyAndSync(const QString& from, const QString& to)
{
    FD_TRY(detail::createPrivateFile(to));
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    const int out = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CLOEXEC);
    bool ok = in >= 0 && out >= 0;
    std::vector<char> buffer(1 << 20);
    while (ok) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        ok = writeAll(out, buffer.data(), n);
    }
    ok = ok && ::fsync(out) == 0;
    const Error error = ok ? Error{} : ioError(Database::tr("Cannot copy %1 to %2").arg(from, to));
    if (in >= 0)
        ::close(in);
    if (out >= 0)
        ::close(out);
    if (!ok) {
        QFile::remove(to);
        return error;
    }
    return {};
}

}  // namespace

Status Database::checkIntegrity(QStringList* problems) const
{
    QSqlDatabase db = connection();
    QStringList found;
    if (!d->key.isEmpty()) {
        auto pages = exec(db, QStringLiteral("PRAGMA cipher_integrity_check"));
        if (!pages)
            return pages.error();
        while (pages->next())
            found << pages->value(0).toString();
    }
    auto structure = exec(db, QStringLiteral("PRAGMA integrity_check"));
    if (!structure) {
        found << structure.error().details;
    } else {
        while (structure->next()) {
            const QString line = structure->value(0).toString();
            if (line != QLatin1String("ok"))
                found << line;
        }
    }
    if (problems)
        *problems = found;
    if (found.isEmpty())
        return {};
    return makeError(ErrorCode::Corrupt,
                     tr("The database %1 failed its integrity check").arg(d->path), found.first());
}

Status Database::rekey(const SecureBytes& newKey)
{
    if (newKey.size() != 32)
        return makeError(ErrorCode::InvalidInput, tr("The database key must be 32 bytes"));
    if (d->key.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An unencrypted database cannot be rekeyed"));
    // The checkpoint thread's connection holds the old key: closed first, opened again with
    // the key the file has afterwards.
    d->checkpointer.reset();
    d->reader.reset();  // made again, with the new key, by the next read aside
    struct Restart
    {
        Private& p;
        ~Restart() { p.startCheckpointer(); }
    } restart{*d};
    // Folding the WAL into the main file first leaves rekey one file to re-encrypt.
    FD_TRY(exec(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    SqlCipherDriver* driver = d->connection->driver();
    if (!driver->changeKey(newKey))
        return makeError(ErrorCode::Io, tr("Cannot re-encrypt the database %1").arg(d->path),
                         driver->lastError().text());
    d->key = newKey.clone();
    qCInfo(lcStorage) << "re-encrypted database" << d->path;
    return {};
}

Status Database::backupTo(const QString& target) const
{
    FD_TRY(detail::createPrivateFile(target));
    sqlite3* source = d->connection->driver()->sqliteHandle();
    sqlite3* copy = nullptr;
    int rc = sqlite3_open_v2(target.toUtf8().constData(), &copy,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc == SQLITE_OK && !d->key.isEmpty())
        rc = detail::applyRawKey(copy, d->key, false);
    QString message;
    if (rc == SQLITE_OK) {
        sqlite3_exec(copy, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
        // One step copies every page under a single read snapshot of the source, so the copy
        // is consistent while other connections keep writing (they append to the WAL).
        rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(copy);
        if (backup) {
            const int finish = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finish;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            message = detail::errorText(copy);
    } else {
        message = detail::errorText(copy);
    }
    if (sqlite3_close(copy) != SQLITE_OK && message.isEmpty())
        message = tr("the copy could not be closed");
    if (!message.isEmpty()) {
        detail::removeDatabaseFiles(target);
        return makeError(ErrorCode::Io, tr("Cannot back up the database to %1").arg(target),
                         message);
    }
    syncDirectoryOf(target);
    qCInfo(lcStorage) << "backed up database" << d->path << "to" << target;
    return {};
}

Status Database::restoreFrom(const QString& backup, const QString& target, const SecureBytes& key)
{
    {
        // checkIntegrity() below reads every page: open() need not do it first.
        OpenOptions keyProofOnly;
        keyProofOnly.fullCheckMaxBytes = 0;
        auto candidate = Database::open(backup, key, keyProofOnly);
        if (!candidate) {
            Error error = candidate.error();
            error.message = tr("The backup %1 cannot be restored: %2").arg(backup, error.message);
            return error;
        }
        FD_TRY((*candidate)->checkIntegrity());
    }  // closed: its WAL is folded back into the file before the copy
    const QString temp = target + QStringLiteral(".restoring");
    QFile::remove(temp);  // left by an interrupted restore
    FD_TRY(copyAndSync(backup, temp));
    // A WAL or shared-memory file of the old target would be replayed onto the restored file.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0) {
        const Error error = ioError(tr("Cannot replace %1").arg(target));
        QFile::remove(temp);
        return error;
    }
    syncDirectoryOf(target);
    qCInfo(lcStorage) << "restored database" << target << "from" << backup;
    return {};
}

}  // namespace fd::storage
