// frontdeskctl backup, rekey, check
#include "command.h"
#include "practice_access.h"

#include "security/audit_actions.h"
#include "security/permissions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace fd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

// Copies the keyring beside the backup: the backup is encrypted with the database key, which
// only the keyring's wraps (as they were at backup time) can give back.
Status copyKeyring(const QString& db, const QString& out)
{
    const QString keys = security::PracticeFiles(db).keyring();
    const QString target = out + QStringLiteral(".keys");
    QFile::remove(target + QStringLiteral(".tmp"));
    if (!QFile::copy(keys, target + QStringLiteral(".tmp")))
        return makeError(ErrorCode::Io, tr("Cannot copy the keyring %1 to %2").arg(keys, target));
    QFile::setPermissions(target + QStringLiteral(".tmp"), QFile::ReadOwner | QFile::WriteOwner);
    if (std::rename(QFile::encodeName(target + QStringLiteral(".tmp")).constData(),
                    QFile::encodeName(target).constData()) != 0)
        return makeError(ErrorCode::Io, tr("Cannot write %1").arg(target));
    return {};
}

int runBackup(CommandContext& ctx)
{
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(tr("--out FILE is required"));
    const bool replace = ctx.flag(QStringLiteral("replace"));
    if (QFileInfo::exists(out) && !replace)
        return ctx.fail(makeError(ErrorCode::Conflict, tr("%1 exists (use --replace to overwrite it)").arg(out)));
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    auto& session = *open->session;
    if (auto allowed = session.access().require(security::perm::kBackup); !allowed)
        return ctx.fail(allowed.error());
    // Write beside the target, then rename, so a failed backup never replaces a good one.
    const QString temp = out + QStringLiteral(".partial");
    QFile::remove(temp);
    if (auto made = session.database().backupTo(temp); !made) {
        QFile::remove(temp);
        return ctx.fail(made.error());
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(out).constData()) != 0)
        return ctx.fail(makeError(ErrorCode::Io, tr("Cannot write %1").arg(out)));
    if (auto keys = copyKeyring(session.databasePath(), out); !keys)
        return ctx.fail(keys.error());
    security::AuditRecord record{security::audit::kBackup, QStringLiteral("success"), {}, QStringLiteral("database"),
                                 QFileInfo(out).fileName(), {}};
    if (auto audited = session.audit().record(record); !audited)
        return ctx.fail(audited.error());
    const qint64 bytes = QFileInfo(out).size();
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("backup"), out}, {QStringLiteral("keyring"), out + QStringLiteral(".keys")},
                                  {QStringLiteral("bytes"), double(bytes)}});
    else
        ctx.out() << tr("Backup written to %1 (%2 bytes, encrypted) with its keyring %1.keys\n").arg(out).arg(bytes);
    if (auto loggedOut = session.logout(); !loggedOut)
        return ctx.fail(loggedOut.error());
    return kExitOk;
}

int runRekey(CommandContext& ctx)
{
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    auto recovery = open->session->rekey();
    if (!recovery)
        return ctx.fail(recovery.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("rekeyed"), true}, {QStringLiteral("recovery_key"), recovery.value()}});
    else
        ctx.out() << tr("The database has a new key. New recovery key (the old one no longer works):\n\n    %1\n\n")
                         .arg(recovery.value());
    if (auto out = open->session->logout(); !out)
        return ctx.fail(out.error());
    return kExitOk;
}

int runCheck(CommandContext& ctx)
{
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    QStringList problems;
    auto checked = open->session->database().checkIntegrity(&problems);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("intact"), checked.ok()},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (checked) {
        ctx.out() << tr("Database intact.\n");
    } else {
        ctx.out() << tr("Database damaged:\n");
        for (const QString& p : problems)
            ctx.out() << "  " << p << '\n';
    }
    if (auto out = open->session->logout(); !out)
        return ctx.fail(out.error());
    return checked ? kExitOk : kExitProblems;
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("backup")},
    QStringLiteral("write an encrypted, consistent copy of the practice database and its keyring"),
    QStringLiteral("--db PATH --out FILE [--replace]"),
    practiceOptions({{QStringLiteral("out"), QStringLiteral("FILE"), QStringLiteral("the backup file (FILE.keys is written beside it)")},
                     {QStringLiteral("replace"), {}, QStringLiteral("overwrite FILE if it exists")}}),
    0, 0, runBackup}));
FD_CLI_REGISTER((CommandSpec{{QStringLiteral("rekey")},
                             QStringLiteral("give the database a new key (after removing a user)"),
                             QStringLiteral("--db PATH"), practiceOptions(), 0, 0, runRekey}));
FD_CLI_REGISTER((CommandSpec{{QStringLiteral("check")},
                             QStringLiteral("check the database's integrity (exit 3 when damaged)"),
                             QStringLiteral("--db PATH"), practiceOptions(), 0, 0, runCheck}));

}  // namespace
}  // namespace fd::cli
