#include "practice_access.h"

#include "app/common/cores.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace fd::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

Result<QString> readFileFirstLine(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read password file %1").arg(path), f.errorString());
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<QString> promptHidden(const QString& prompt)
{
    if (!::isatty(STDIN_FILENO))
        return makeError(ErrorCode::InvalidInput,
                         tr("No password: give --password-file, set FRONTDESK_PASSWORD, or run on a terminal"));
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    termios old {};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[1024] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    QString text = QString::fromUtf8(buffer);
    explicit_bzero(buffer, sizeof buffer);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    if (!got)
        return makeError(ErrorCode::InvalidInput, tr("No password given"));
    return text;
}
}  // namespace

std::vector<OptionSpec> practiceOptions(std::vector<OptionSpec> more, bool loginUserOption)
{
    std::vector<OptionSpec> options = {
        {QStringLiteral("db"), QStringLiteral("PATH"), QStringLiteral("the practice database (required)")},
        {loginUserOption ? QStringLiteral("user") : QStringLiteral("as"), QStringLiteral("NAME"),
         QStringLiteral("log in as NAME (default: FRONTDESK_USER, else the first administrator)")},
        {QStringLiteral("password-file"), QStringLiteral("FILE"), QStringLiteral("read the password from FILE (default: FRONTDESK_PASSWORD, else a prompt)")},
        {QStringLiteral("totp"), QStringLiteral("CODE"), QStringLiteral("the second-factor code, for users who have one")},
    };
    options.insert(options.end(), more.begin(), more.end());
    return options;
}

int exitStatusFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return kExitFailed;
    case ErrorCode::Tampered:
        return kExitProblems;
    default:
        return kExitFailed;
    }
}

Result<QString> readPassword(CommandContext& ctx, const QString& prompt)
{
    if (ctx.has(QStringLiteral("password-file")))
        return readFileFirstLine(ctx.value(QStringLiteral("password-file")));
    const QByteArray env = qgetenv("FRONTDESK_PASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    // systemd LoadCredential=frontdesk-password:/etc/frontdesk/automation.password
    const QByteArray credDir = qgetenv("CREDENTIALS_DIRECTORY");
    if (!credDir.isEmpty()) {
        const QString cred = QString::fromLocal8Bit(credDir) + QStringLiteral("/frontdesk-password");
        if (QFileInfo::exists(cred))
            return readFileFirstLine(cred);
    }
    return promptHidden(prompt);
}

Result<QString> readNewPassword(CommandContext& ctx)
{
    if (ctx.has(QStringLiteral("new-password-file")))
        return readFileFirstLine(ctx.value(QStringLiteral("new-password-file")));
    const QByteArray env = qgetenv("FRONTDESK_NEW_PASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    auto first = promptHidden(tr("New password: "));
    FD_TRY(first);
    auto second = promptHidden(tr("Repeat the new password: "));
    FD_TRY(second);
    if (first.value() != second.value())
        return makeError(ErrorCode::InvalidInput, tr("The two passwords differ"));
    return first;
}

std::unique_ptr<OpenPractice> openPractice(CommandContext& ctx, int* exitStatus)
{
    if (!ctx.has(QStringLiteral("db"))) {
        *exitStatus = ctx.usageError(tr("--db PATH is required"));
        return nullptr;
    }
    const QString db = ctx.value(QStringLiteral("db"));
    if (!QFileInfo::exists(db)) {
        *exitStatus = ctx.fail(makeError(ErrorCode::NotFound, tr("No practice database at %1").arg(db)));
        return nullptr;
    }
    const bool userIsLogin = std::any_of(ctx.spec().options.begin(), ctx.spec().options.end(), [](const OptionSpec& o) {
        return o.name == QStringLiteral("user") && o.help.startsWith(QStringLiteral("log in"));
    });
    QString user = ctx.value(userIsLogin ? QStringLiteral("user") : QStringLiteral("as"),
                             QString::fromLocal8Bit(qgetenv("FRONTDESK_USER")));
    if (user.isEmpty())
        user = security::PracticeSession::firstAdministrator(db);
    auto password = readPassword(ctx, tr("Password for %1: ").arg(user));
    if (!password) {
        *exitStatus = ctx.fail(password.error());
        return nullptr;
    }
    auto session = security::PracticeSession::login(db, user, password.value(), ctx.value(QStringLiteral("totp")));
    if (!session) {
        *exitStatus = ctx.fail(session.error(), exitStatusFor(session.error()));
        return nullptr;
    }
    auto open = std::make_unique<OpenPractice>();
    open->session = std::move(session.value());
    open->session->registerServices(open->registry);
    if (auto started = app::startCores(open->session->database(), open->registry); !started) {
        *exitStatus = ctx.fail(started.error());
        return nullptr;
    }
    *exitStatus = kExitOk;
    return open;
}

}  // namespace fd::cli
