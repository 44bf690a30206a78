// frontdeskctl restore, recover
#include "command.h"
#include "practice_access.h"

#include "app/common/cores.h"
#include "common/clock.h"
#include "security/audit_actions.h"
#include "security/keyring.h"
#include "security/login_state.h"
#include "security/permissions.h"
#include "security/security_policy.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

namespace fd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

// The files of a practice that move together (the state file of lockouts stays).
QStringList movingSuffixes()
{
    return {QString(), QStringLiteral(".keys"), QStringLiteral(".audit-checkpoints"), QStringLiteral("-wal"),
            QStringLiteral("-shm")};
}

void removeStaged(const QString& staged)
{
    for (const QString& suffix : movingSuffixes())
        QFile::remove(staged + suffix);
    QFile::remove(staged + QStringLiteral(".state"));
}

Status syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, tr("Cannot open %1").arg(path));
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return makeError(ErrorCode::Io, tr("Cannot write %1 to disk").arg(path));
    return {};
}

Status copyDurably(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return makeError(ErrorCode::Io, tr("Cannot copy %1 to %2").arg(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return syncFile(to);
}

Status renameFile(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return makeError(ErrorCode::Io, tr("Cannot rename %1 to %2").arg(from, to));
    return {};
}

// Logs into the staged copy of the backup (which proves the password, the key and the
// file's integrity), migrates it to this version, and records the restore in its trail.
Status verifyAndStamp(CommandContext& ctx, const QString& staged, const QString& backupName, const QString& archived,
                      QStringList* summary, int* exitStatus)
{
    QString user = ctx.value(QStringLiteral("user"), QString::fromLocal8Bit(qgetenv("FRONTDESK_USER")));
    if (user.isEmpty())
        user = security::PracticeSession::firstAdministrator(staged);
    auto password = readPassword(ctx, tr("Password for %1 (as it was when the backup was taken): ").arg(user));
    if (!password) {
        *exitStatus = kExitFailed;
        return password.error();
    }
    auto session = security::PracticeSession::login(staged, user, password.value(), ctx.value(QStringLiteral("totp")));
    if (!session) {
        *exitStatus = exitStatusFor(session.error());
        Error error = session.error();
        if (error.code != ErrorCode::WrongPassword && error.code != ErrorCode::LockedOut)
            error.message = tr("The backup %1 cannot be restored: %2").arg(backupName, error.message);
        return error;
    }
    auto& s = *session.value();
    *exitStatus = kExitFailed;
    FD_TRY(s.access().require(security::perm::kRestore));
    QStringList problems;
    if (auto intact = s.database().checkIntegrity(&problems); !intact) {
        (void)s.logout();
        return makeError(ErrorCode::Corrupt,
                         tr("The backup %1 is damaged: %2").arg(backupName, problems.join(QStringLiteral("; "))));
    }
    ServiceRegistry registry;
    s.registerServices(registry);
    FD_TRY(app::startCores(s.database(), registry));  // brings an older backup's schema up to date
    security::AuditRecord record{security::audit::kRestore, QStringLiteral("success"), {}, QStringLiteral("database"),
                                 QFileInfo(ctx.value(QStringLiteral("db"))).fileName(),
                                 QJsonObject{{QStringLiteral("from"), backupName},
                                             {QStringLiteral("replaced"), archived}}};
    FD_TRY(s.audit().record(record));
    *summary << tr("backup verified: opened as %1, integrity check passed").arg(s.user().username);
    return s.logout();  // writes the first checkpoint of the restored trail
}

int runRestore(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("db")))
        return ctx.usageError(tr("--db PATH is required"));
    const QString backup = ctx.value(QStringLiteral("from"));
    if (backup.isEmpty())
        return ctx.usageError(tr("--from BACKUP is required"));
    const QString target = QFileInfo(ctx.value(QStringLiteral("db"))).absoluteFilePath();
    const QString keys = ctx.value(QStringLiteral("keys"), backup + QStringLiteral(".keys"));
    if (!QFileInfo::exists(backup))
        return ctx.fail(makeError(ErrorCode::NotFound, tr("No backup at %1").arg(backup)));
    if (!QFileInfo::exists(keys))
        return ctx.fail(makeError(ErrorCode::NotFound, tr("No keyring for the backup at %1 (give it with --keys)").arg(keys)));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isWritable())
        return ctx.fail(makeError(ErrorCode::Io, tr("Cannot write in %1").arg(QFileInfo(target).absolutePath())));

    // 1. A staged copy beside the target (same file system, so the final renames are atomic).
    const QString staged = target + QStringLiteral(".restoring");
    removeStaged(staged);  // left by an interrupted restore
    if (auto copied = copyDurably(backup, staged); !copied) {
        removeStaged(staged);
        return ctx.fail(copied.error());
    }
    if (auto copied = copyDurably(keys, staged + QStringLiteral(".keys")); !copied) {
        removeStaged(staged);
        return ctx.fail(copied.error());
    }

    // 2. Verified and stamped before anything of the target is touched.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString archive = target + QStringLiteral(".before-restore-") + stamp;
    const bool hadTarget = QFileInfo::exists(target);
    QStringList summary;
    int status = kExitFailed;
    if (auto verified = verifyAndStamp(ctx, staged, QFileInfo(backup).fileName(),
                                       hadTarget ? QFileInfo(archive).fileName() : QString(), &summary, &status);
        !verified) {
        removeStaged(staged);
        return ctx.fail(verified.error(), status);
    }

    // 3. The replaced files are kept (renamed), never deleted: a restore loses nothing.
    QStringList kept;
    for (const QString& suffix : movingSuffixes()) {
        if (!QFileInfo::exists(target + suffix))
            continue;
        if (auto moved = renameFile(target + suffix, archive + suffix); !moved) {
            removeStaged(staged);
            return ctx.fail(moved.error());
        }
        kept << archive + suffix;
    }
    for (const QString& suffix : movingSuffixes()) {
        if (!QFileInfo::exists(staged + suffix))
            continue;
        if (auto moved = renameFile(staged + suffix, target + suffix); !moved)
            return ctx.fail(moved.error());  // the archive and the staged files are both still there
    }
    QFile::remove(staged + QStringLiteral(".state"));
    if (auto synced = syncFile(QFileInfo(target).absolutePath()); !synced)
        return ctx.fail(synced.error());

    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("restored"), target},
                                  {QStringLiteral("from"), backup},
                                  {QStringLiteral("kept"), QJsonArray::fromStringList(kept)}});
    } else {
        ctx.out() << tr("Restored %1 from %2 (%3).\n").arg(target, backup, summary.join(QStringLiteral(", ")));
        if (!kept.isEmpty())
            ctx.out() << tr("The replaced files are kept as %1*.\n").arg(archive);
    }
    return kExitOk;
}

Result<QString> readRecoveryKey(CommandContext& ctx)
{
    if (ctx.has(QStringLiteral("recovery-key-file"))) {
        QFile f(ctx.value(QStringLiteral("recovery-key-file")));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot read %1").arg(f.fileName()), f.errorString());
        return QString::fromUtf8(f.readLine()).trimmed();
    }
    const QByteArray env = qgetenv("FRONTDESK_RECOVERY_KEY");
    if (!env.isEmpty())
        return QString::fromUtf8(env).trimmed();
    if (!::isatty(STDIN_FILENO))
        return makeError(ErrorCode::InvalidInput,
                         tr("No recovery key: give --recovery-key-file, set FRONTDESK_RECOVERY_KEY, or run on a terminal"));
    std::fprintf(stderr, "%s", tr("Recovery key: ").toLocal8Bit().constData());
    std::fflush(stderr);
    char buffer[256] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return makeError(ErrorCode::InvalidInput, tr("No recovery key given"));
    QString text = QString::fromUtf8(buffer).trimmed();
    explicit_bzero(buffer, sizeof buffer);
    return text;
}

int runRecover(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("db")))
        return ctx.usageError(tr("--db PATH is required"));
    const QString db = ctx.value(QStringLiteral("db"));
    if (!QFileInfo::exists(db))
        return ctx.fail(makeError(ErrorCode::NotFound, tr("No practice database at %1").arg(db)));
    auto key = readRecoveryKey(ctx);
    if (!key)
        return ctx.fail(key.error());
    auto session = security::PracticeSession::recover(db, key.value());
    if (!session)
        return ctx.fail(session.error(), exitStatusFor(session.error()));
    auto& s = *session.value();
    ServiceRegistry registry;
    s.registerServices(registry);
    if (auto started = app::startCores(s.database(), registry); !started)
        return ctx.fail(started.error());
    const QString username = ctx.value(QStringLiteral("reset"), s.user().username);
    auto user = s.users().find(username);
    if (!user) {
        (void)s.logout();
        return ctx.fail(user.error());
    }
    auto password = readNewPassword(ctx);
    if (!password) {
        (void)s.logout();
        return ctx.fail(password.error());
    }
    if (auto reset = s.users().resetPassword(user->id, password.value()); !reset) {
        (void)s.logout();
        return ctx.fail(reset.error());
    }
    // A forgotten password usually ends in a lockout: the new password works at once.
    const security::PracticeFiles files(db);
    security::LoginState state = security::LoginState::load(files.state(), security::securityPolicy().clock->nowUtc());
    state.clearUser(user->username);
    if (auto saved = state.save(files.state()); !saved) {
        (void)s.logout();
        return ctx.fail(saved.error());
    }
    if (auto out = s.logout(); !out)
        return ctx.fail(out.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("password_reset"), user->username}});
    else
        ctx.out() << tr("New password set for %1. Log in with it; the recovery key stays valid until the next "
                        "rekey.\n")
                         .arg(user->username);
    return kExitOk;
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("restore")},
    QStringLiteral("replace the practice database with a verified backup (the replaced files are kept)"),
    QStringLiteral("--db PATH --from BACKUP [--keys BACKUP.keys]"),
    practiceOptions({{QStringLiteral("from"), QStringLiteral("BACKUP"), QStringLiteral("the backup file written by 'backup'")},
                     {QStringLiteral("keys"), QStringLiteral("FILE"), QStringLiteral("the backup's keyring (default: BACKUP.keys)")}}),
    0, 0, runRestore}));
FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("recover")},
    QStringLiteral("open the practice with its recovery key and set a new password (every password lost)"),
    QStringLiteral("--db PATH [--reset USER]"),
    {{QStringLiteral("db"), QStringLiteral("PATH"), QStringLiteral("the practice database (required)")},
     {QStringLiteral("reset"), QStringLiteral("USER"), QStringLiteral("whose password to set (default: the first administrator)")},
     {QStringLiteral("recovery-key-file"), QStringLiteral("FILE"), QStringLiteral("read the recovery key from FILE (default: FRONTDESK_RECOVERY_KEY, else a prompt)")},
     {QStringLiteral("new-password-file"), QStringLiteral("FILE"), QStringLiteral("read the new password from FILE (default: FRONTDESK_NEW_PASSWORD, else a prompt)")}},
    0, 0, runRecover}));

}  // namespace
}  // namespace fd::cli
