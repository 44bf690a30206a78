// frontdeskctl payers list|add
#include "practice_cli_support.h"

#include "practice/core/payers.h"

#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

int runList(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<practice::IPayerService>()->list(ctx.flag(QStringLiteral("all")));
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray rows;
            for (const auto& payer : list.value())
                rows.append(payerJson(payer));
            ctx.printJson(rows);
            return int(kExitOk);
        }
        for (const auto& payer : list.value())
            ctx.out() << payer.name.leftJustified(44) << "  " << payer.payerIdFor(QStringLiteral("default")).leftJustified(10)
                      << payer.claimFilingIndicator.leftJustified(4) << tr("%1 days").arg(payer.timelyFilingDays) << '\n';
        return int(kExitOk);
    });
}

// "60054" or "availity=60054,change=60054"
QMap<QString, QString> parsePayerIds(const QString& text)
{
    QMap<QString, QString> ids;
    for (const QString& part : splitList(text)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            ids.insert(QStringLiteral("default"), part);
        else
            ids.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return ids;
}

int runAdd(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("name")))
        return ctx.usageError(tr("--name is required"));
    practice::Payer payer;
    payer.name = ctx.value(QStringLiteral("name"));
    payer.payerIds = parsePayerIds(ctx.value(QStringLiteral("payer-id")));
    payer.claimFilingIndicator = ctx.value(QStringLiteral("filing"), payer.claimFilingIndicator).toUpper();
    bool ok = true;
    payer.timelyFilingDays = ctx.value(QStringLiteral("timely-days"), QString::number(payer.timelyFilingDays)).toInt(&ok);
    if (!ok)
        return ctx.usageError(tr("--timely-days must be a number of days"));
    payer.appealDays = ctx.value(QStringLiteral("appeal-days"), QString::number(payer.appealDays)).toInt(&ok);
    if (!ok)
        return ctx.usageError(tr("--appeal-days must be a number of days"));
    payer.crossover = ctx.flag(QStringLiteral("crossover"));
    payer.eligibilityChannel = ctx.value(QStringLiteral("eligibility"), payer.eligibilityChannel);
    payer.claimChannel = ctx.value(QStringLiteral("claims"), payer.claimChannel);
    payer.address = addressFrom(ctx);
    payer.phone = ctx.value(QStringLiteral("phone"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto saved = p.registry.get<practice::IPayerService>()->save(payer);
        if (!saved)
            return failWith(ctx, saved.error());
        if (ctx.json())
            ctx.printJson(payerJson(saved.value()));
        else
            ctx.out() << tr("Added payer \"%1\" (%2).\n").arg(saved->name, saved->id);
        return int(kExitOk);
    });
}

std::vector<OptionSpec> addOptions()
{
    std::vector<OptionSpec> options = {
        {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("the payer's name (required)")},
        {QStringLiteral("payer-id"), QStringLiteral("IDS"), QStringLiteral("payer id, or clearinghouse=id pairs comma-separated")},
        {QStringLiteral("filing"), QStringLiteral("CODE"), QStringLiteral("claim filing indicator: CI, MB, MC, BL, HM, 09 (self-pay)...")},
        {QStringLiteral("timely-days"), QStringLiteral("DAYS"), QStringLiteral("timely filing limit (default 365)")},
        {QStringLiteral("appeal-days"), QStringLiteral("DAYS"), QStringLiteral("appeal window (default 180)")},
        {QStringLiteral("crossover"), {}, QStringLiteral("secondary claims cross over automatically")},
        {QStringLiteral("eligibility"), QStringLiteral("CHANNEL"), QStringLiteral("x12_270, portal, phone or none")},
        {QStringLiteral("claims"), QStringLiteral("CHANNEL"), QStringLiteral("x12_837, paper or portal")},
        {QStringLiteral("phone"), QStringLiteral("PHONE"), QStringLiteral("provider services phone")}};
    for (auto& o : addressOptions())
        options.push_back(o);
    return practiceOptions(options);
}

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("payers"), QStringLiteral("list")},
                             QStringLiteral("list the payers"),
                             QStringLiteral("--db PATH [--all] [--json]"),
                             practiceOptions({{QStringLiteral("all"), {}, QStringLiteral("include inactive payers")}}),
                             0, 0, runList}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("payers"), QStringLiteral("add")},
                             QStringLiteral("add a payer (payer ids, filing indicator, limits, channels)"),
                             QStringLiteral("--db PATH --name NAME --payer-id ID [--filing CODE] [--timely-days N]"),
                             addOptions(),
                             0, 0, runAdd}));

}  // namespace
}  // namespace fd::cli
