// frontdeskctl users list|add|remove|passwd
#include "command.h"
#include "practice_access.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

QJsonObject userJson(const security::UserInfo& u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("username"), u.username},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), security::roleId(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("totp"), u.totpEnabled},
            {QStringLiteral("automation"), u.automation},
            {QStringLiteral("created_at"), u.createdAt.isValid() ? toIsoUtc(u.createdAt) : QString()},
            {QStringLiteral("last_login_at"), u.lastLoginAt.isValid() ? toIsoUtc(u.lastLoginAt) : QString()}};
}

// Runs `body` on an open practice and logs out afterwards.
template <typename Body>
int withPractice(CommandContext& ctx, Body body)
{
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    status = body(*open);
    if (auto out = open->session->logout(); !out && status == kExitOk)
        return ctx.fail(out.error());
    return status;
}

int runList(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto users = p.session->users().list();
        if (!users)
            return ctx.fail(users.error());
        if (ctx.json()) {
            QJsonArray rows;
            for (const auto& u : users.value())
                rows.append(userJson(u));
            ctx.printJson(rows);
            return int(kExitOk);
        }
        for (const auto& u : users.value()) {
            ctx.out() << u.username.leftJustified(20) << security::roleDisplayName(u.role).leftJustified(18)
                      << (u.active ? tr("active") : tr("inactive")).leftJustified(10)
                      << (u.totpEnabled ? tr("2FA") : QString()).leftJustified(5) << u.displayName << '\n';
        }
        return int(kExitOk);
    });
}

int runAdd(CommandContext& ctx)
{
    const auto role = security::roleFromId(ctx.value(QStringLiteral("role")));
    if (!role)
        return ctx.usageError(tr("--role must be one of front_desk, biller, office_manager, administrator, provider"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto password = readNewPassword(ctx);
        if (!password)
            return ctx.fail(password.error());
        security::NewUser nu;
        nu.username = ctx.positional().at(0);
        nu.displayName = ctx.value(QStringLiteral("name"), nu.username);
        nu.role = *role;
        nu.password = password.value();
        nu.automation = ctx.flag(QStringLiteral("automation"));
        auto added = p.session->users().add(nu);
        if (!added)
            return ctx.fail(added.error());
        if (ctx.json())
            ctx.printJson(userJson(added.value()));
        else
            ctx.out() << tr("Added user %1 (%2).\n").arg(added->username, security::roleDisplayName(added->role));
        return int(kExitOk);
    });
}

int runRemove(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto user = p.session->users().find(ctx.positional().at(0));
        if (!user)
            return ctx.fail(user.error());
        if (auto removed = p.session->users().remove(user->id); !removed)
            return ctx.fail(removed.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("removed"), user->username}});
        else
            ctx.out() << tr("Removed user %1. Run 'frontdeskctl rekey' so that their old key opens nothing new.\n")
                             .arg(user->username);
        return int(kExitOk);
    });
}

int runPasswd(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        const QString target = ctx.positional().isEmpty() ? p.session->user().username : ctx.positional().at(0);
        auto user = p.session->users().find(target);
        if (!user)
            return ctx.fail(user.error());
        auto password = readNewPassword(ctx);
        if (!password)
            return ctx.fail(password.error());
        Status changed;
        if (user->id == p.session->user().id) {
            auto current = readPassword(ctx, tr("Current password: "));
            if (!current)
                return ctx.fail(current.error());
            changed = p.session->users().changePassword(user->id, current.value(), password.value());
        } else {
            changed = p.session->users().resetPassword(user->id, password.value());
        }
        if (!changed)
            return ctx.fail(changed.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("password_changed"), user->username}});
        else
            ctx.out() << tr("Password changed for %1.\n").arg(user->username);
        return int(kExitOk);
    });
}

const OptionSpec kNewPasswordFile{QStringLiteral("new-password-file"), QStringLiteral("FILE"),
                                  QStringLiteral("read the new password from FILE (default: FRONTDESK_NEW_PASSWORD, else a prompt)")};

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("users"), QStringLiteral("list")},
                             QStringLiteral("list the practice's users"), QStringLiteral("--db PATH [--json]"),
                             practiceOptions(), 0, 0, runList}));
FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("users"), QStringLiteral("add")},
    QStringLiteral("add a user"),
    QStringLiteral("USERNAME --role ROLE [--name NAME] [--automation] --db PATH"),
    practiceOptions({{QStringLiteral("role"), QStringLiteral("ROLE"), QStringLiteral("front_desk, biller, office_manager, administrator or provider")},
                     {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("display name")},
                     {QStringLiteral("automation"), {}, QStringLiteral("the user for unattended jobs")},
                     kNewPasswordFile}),
    1, 1, runAdd}));
FD_CLI_REGISTER((CommandSpec{{QStringLiteral("users"), QStringLiteral("remove")},
                             QStringLiteral("remove a user and their key wrap"), QStringLiteral("USERNAME --db PATH"),
                             practiceOptions(), 1, 1, runRemove}));
FD_CLI_REGISTER((CommandSpec{{QStringLiteral("passwd")},
                             QStringLiteral("change your password, or (administrators) reset another user's"),
                             QStringLiteral("[USERNAME] --db PATH"), practiceOptions({kNewPasswordFile}), 0, 1,
                             runPasswd}));

}  // namespace
}  // namespace fd::cli
