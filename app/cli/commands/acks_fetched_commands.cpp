// frontdeskctl acks fetched | set-aside | take-back: acknowledgment files fetched by SFTP, and
// setting aside one that keeps failing to import (docs/ACKNOWLEDGMENTS.md)
#include "practice_cli_support.h"

#include "billing/core/fetched_acks.h"

#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject fetchedJson(const billing::FetchedAck& a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("file"), a.name},
                  {QStringLiteral("remote_dir"), a.remoteDir},
                  {QStringLiteral("size"), a.size},
                  {QStringLiteral("fetched_at"), when(a.fetchedAt)},
                  {QStringLiteral("state"), a.state()},
                  {QStringLiteral("imported_at"), when(a.importedAt)}};
    if (a.setAside()) {
        o.insert(QStringLiteral("set_aside_reason"), a.setAsideReason);
        o.insert(QStringLiteral("set_aside_by"), a.setAsideByName);
        o.insert(QStringLiteral("set_aside_by_id"), a.setAsideBy);
        o.insert(QStringLiteral("set_aside_at"), when(a.setAsideAt));
    }
    return o;
}

QString stateText(const billing::FetchedAck& a)
{
    if (a.imported())
        return tr("imported %1").arg(when(a.importedAt));
    if (a.setAside())
        return tr("set aside %1 by %2: %3")
            .arg(when(a.setAsideAt), a.setAsideByName, a.setAsideReason);
    return tr("waiting for acks import --fetched");
}

int runFetched(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<billing::IFetchedAcks>()->list(ctx.flag(QStringLiteral("all")));
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& a : list.value())
                out.append(fetchedJson(a));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& a : list.value())
            ctx.out() << QStringLiteral("%1  %2  %3  %4\n")
                             .arg(when(a.fetchedAt), a.name, a.id, stateText(a));
        ctx.out() << tr("%1 fetched file(s)\n").arg(list->size());
        return int(kExitOk);
    });
}

int runSetAside(CommandContext& ctx)
{
    const QString reason = ctx.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return ctx.usageError(tr("--reason TEXT is required (why the file is set aside)"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto done =
            p.registry.get<billing::IFetchedAcks>()->setAside(ctx.positional().front(), reason);
        if (!done)
            return failWith(ctx, done.error());
        if (ctx.json()) {
            ctx.printJson(fetchedJson(done.value()));
            return int(kExitOk);
        }
        ctx.out() << tr("%1 is set aside: acks import --fetch and --fetched skip it until acks "
                        "take-back %2.\n")
                         .arg(done->name, done->id);
        return int(kExitOk);
    });
}

int runTakeBack(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto done = p.registry.get<billing::IFetchedAcks>()->takeBack(
            ctx.positional().front(), ctx.value(QStringLiteral("note")));
        if (!done)
            return failWith(ctx, done.error());
        if (ctx.json()) {
            ctx.printJson(fetchedJson(done.value()));
            return int(kExitOk);
        }
        ctx.out() << tr("%1 is taken back: the next acks import --fetched tries it again.\n")
                         .arg(done->name);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("acks"), QStringLiteral("fetched")},
    QStringLiteral("list the acknowledgment files fetched from the clearinghouse and not imported: "
                   "waiting, or set "
                   "aside with the reason, who and when"),
    QStringLiteral("--db PATH [--all] [--json]"),
    practiceOptions({{QStringLiteral("all"), {}, QStringLiteral("also the files imported")}}),
    0,
    0,
    runFetched}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("acks"), QStringLiteral("set-aside")},
                             QStringLiteral("set aside a fetched acknowledgment file that keeps "
                                            "failing to import: the imports skip it, its "
                                            "content stays kept; needs billing.claims"),
                             QStringLiteral("--db PATH FILE --reason TEXT [--json]"),
                             practiceOptions({{QStringLiteral("reason"), QStringLiteral("TEXT"),
                                               QStringLiteral("why it is set aside")}}),
                             1,
                             1,
                             runSetAside}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("acks"), QStringLiteral("take-back")},
                             QStringLiteral("take back a fetched acknowledgment file set aside, so "
                                            "that the next import tries it again"),
                             QStringLiteral("--db PATH FILE [--note TEXT] [--json]"),
                             practiceOptions({{QStringLiteral("note"), QStringLiteral("TEXT"),
                                               QStringLiteral("why it is taken back")}}),
                             1,
                             1,
                             runTakeBack}));

}  // namespace
}  // namespace fd::cli
