// frontdeskctl fees import|list
#include "practice_cli_support.h"

#include "practice/core/fee_schedules.h"
#include "practice/core/payers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

// --payer by id, name or payer id; empty for the charge master.
Result<QString> resolvePayer(OpenPractice& p, const QString& wanted)
{
    if (wanted.isEmpty())
        return QString();
    auto all = p.registry.get<practice::IPayerService>()->list(true);
    FD_TRY(all);
    for (const auto& payer : all.value())
        if (payer.id == wanted || payer.name.compare(wanted, Qt::CaseInsensitive) == 0
            || payer.payerIds.values().contains(wanted))
            return payer.id;
    return makeError(ErrorCode::NotFound, tr("No payer \"%1\"").arg(wanted), QStringLiteral("payer"));
}

int runImport(CommandContext& ctx)
{
    int status = kExitOk;
    const auto effective = dateOption(ctx, QStringLiteral("effective"), QDate(), &status);
    if (!effective)
        return status;
    if (!effective->isValid())
        return ctx.usageError(tr("--effective DATE is required"));
    const QString path = ctx.positional().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorCode::Io, tr("Cannot read %1").arg(path), file.errorString()));
    const QByteArray csv = file.readAll();
    return withPractice(ctx, [&](OpenPractice& p) {
        auto payer = resolvePayer(p, ctx.value(QStringLiteral("payer")));
        if (!payer)
            return failWith(ctx, payer.error());
        practice::FeeSchedule schedule;
        schedule.payerId = payer.value();
        schedule.effectiveFrom = *effective;
        schedule.name = ctx.value(QStringLiteral("name"), QFileInfo(path).completeBaseName());
        auto saved = p.registry.get<practice::IFeeScheduleService>()->importCsv(schedule, csv);
        if (!saved) {
            Error e = saved.error();
            e.message = QStringLiteral("%1: %2").arg(path, e.message);
            return failWith(ctx, e);
        }
        if (ctx.json())
            ctx.printJson(scheduleJson(saved.value()));
        else
            ctx.out() << tr("Imported %1 fees into \"%2\", effective %3.\n")
                             .arg(saved->itemCount)
                             .arg(saved->name, saved->effectiveFrom.toString(Qt::ISODate));
        return int(kExitOk);
    });
}

int runList(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<practice::IFeeScheduleService>()->list();
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray rows;
            for (const auto& s : list.value())
                rows.append(scheduleJson(s));
            ctx.printJson(rows);
            return int(kExitOk);
        }
        for (const auto& s : list.value())
            ctx.out() << s.name.leftJustified(40) << "  " << s.effectiveFrom.toString(Qt::ISODate) << " - "
                      << (s.effectiveTo.isValid() ? s.effectiveTo.toString(Qt::ISODate) : QStringLiteral("          "))
                      << "  " << tr("%1 codes").arg(s.itemCount) << '\n';
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("fees"), QStringLiteral("import")},
    QStringLiteral("import a fee schedule CSV (code,modifier,description,amount): the charge master or a payer's"),
    QStringLiteral("--db PATH --effective DATE [--payer PAYER] [--name NAME] FILE"),
    practiceOptions({{QStringLiteral("effective"), QStringLiteral("DATE"), QStringLiteral("first day the fees apply (required)")},
                     {QStringLiteral("payer"), QStringLiteral("PAYER"), QStringLiteral("payer name, id or payer id; omit for the charge master")},
                     {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("the schedule's name (default: the file name)")}}),
    1, 1, runImport}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("fees"), QStringLiteral("list")},
                             QStringLiteral("list the fee schedules with their effective dates"),
                             QStringLiteral("--db PATH [--json]"),
                             practiceOptions(),
                             0, 0, runList}));

}  // namespace
}  // namespace fd::cli
