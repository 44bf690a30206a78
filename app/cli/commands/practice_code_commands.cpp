// frontdeskctl codes import|check|versions
#include "practice_cli_support.h"

#include "practice/core/code_sets.h"

#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

QJsonObject versionJson(const practice::CodeSetVersion& v)
{
    return {{QStringLiteral("code_set"), practice::codeSetId(v.set)},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("effective_from"), v.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("effective_to"), v.effectiveTo.isValid() ? v.effectiveTo.toString(Qt::ISODate) : QString()},
            {QStringLiteral("source"), v.source},
            {QStringLiteral("code_count"), v.codeCount}};
}

// Publishers' usual start dates when --effective is left out: ICD-10-CM's fiscal year starts
// on October 1 of the year before its name, HCPCS and the rest on January 1.
QDate defaultEffective(practice::CodeSet set, const QString& version)
{
    bool isYear = false;
    const int year = version.toInt(&isYear);
    if (!isYear || version.size() != 4)
        return {};
    return set == practice::CodeSet::Icd10Cm ? QDate(year - 1, 10, 1) : QDate(year, 1, 1);
}

int runImport(CommandContext& ctx)
{
    auto set = practice::codeSetFromId(ctx.value(QStringLiteral("set")));
    if (!set)
        return ctx.usageError(set.error().message);
    const QString version = ctx.value(QStringLiteral("version"));
    if (version.isEmpty())
        return ctx.usageError(tr("--version V is required"));
    int status = kExitOk;
    const auto effective = dateOption(ctx, QStringLiteral("effective"), defaultEffective(*set, version), &status);
    if (!effective)
        return status;
    if (!effective->isValid())
        return ctx.usageError(tr("--effective DATE is required for version \"%1\"").arg(version));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto imported = p.registry.get<practice::ICodeSetService>()->importFile(*set, version, *effective,
                                                                                 ctx.positional().at(0));
        if (!imported)
            return failWith(ctx, imported.error());
        if (ctx.json())
            ctx.printJson(versionJson(imported.value()));
        else
            ctx.out() << tr("Imported %1 %2 codes as version %3, effective %4.\n")
                             .arg(imported->codeCount)
                             .arg(practice::codeSetDisplayName(*set), imported->version,
                                  imported->effectiveFrom.toString(Qt::ISODate));
        return int(kExitOk);
    });
}

int runCheck(CommandContext& ctx)
{
    auto set = practice::codeSetFromId(ctx.value(QStringLiteral("set")));
    if (!set)
        return ctx.usageError(set.error().message);
    int status = kExitOk;
    const auto date = dateOption(ctx, QStringLiteral("date"), QDate::currentDate(), &status);
    if (!date)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        auto codes = p.registry.get<practice::ICodeSetService>();
        QJsonArray rows;
        int result = int(kExitOk);
        for (const QString& code : ctx.positional()) {
            auto match = codes->validate(*set, code, *date, ctx.flag(QStringLiteral("billable")));
            if (!match && match.error().code != ErrorCode::InvalidInput)
                return failWith(ctx, match.error());
            QJsonObject row{{QStringLiteral("code"), code}, {QStringLiteral("valid"), match.ok()}};
            if (match) {
                row.insert(QStringLiteral("display_code"), match->displayCode);
                row.insert(QStringLiteral("description"), match->entry.description);
                row.insert(QStringLiteral("version"), match->version);
                if (!ctx.json())
                    ctx.out() << match->displayCode.leftJustified(10) << match->entry.description << '\n';
            } else {
                result = kExitProblems;
                row.insert(QStringLiteral("problem"), match.error().message);
                if (!ctx.json())
                    ctx.out() << code.leftJustified(10) << match.error().message << '\n';
            }
            rows.append(row);
        }
        if (ctx.json())
            ctx.printJson(rows);
        return result;
    });
}

int runVersions(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        QJsonArray rows;
        for (practice::CodeSet set : practice::allCodeSets()) {
            auto versions = p.registry.get<practice::ICodeSetService>()->versions(set);
            if (!versions)
                return failWith(ctx, versions.error());
            for (const auto& v : versions.value()) {
                rows.append(versionJson(v));
                if (!ctx.json())
                    ctx.out() << practice::codeSetId(set).leftJustified(24) << v.version.leftJustified(10)
                              << v.effectiveFrom.toString(Qt::ISODate) << " - "
                              << (v.effectiveTo.isValid() ? v.effectiveTo.toString(Qt::ISODate) : QStringLiteral("          "))
                              << "  " << tr("%1 codes").arg(v.codeCount) << '\n';
            }
        }
        if (ctx.json())
            ctx.printJson(rows);
        return int(kExitOk);
    });
}

const QString kSets = QStringLiteral("icd10cm, hcpcs, taxonomy, carc, rarc, pos, claim-status, claim-status-category");

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("codes"), QStringLiteral("import")},
    QStringLiteral("import a code-set file in its publisher's format; a malformed file is refused whole"),
    QStringLiteral("--db PATH --set NAME --version V [--effective DATE] FILE"),
    practiceOptions({{QStringLiteral("set"), QStringLiteral("NAME"), kSets},
                     {QStringLiteral("version"), QStringLiteral("V"), QStringLiteral("the publisher's version, as 2025")},
                     {QStringLiteral("effective"), QStringLiteral("DATE"),
                      QStringLiteral("first date of service it applies to (default for a year: Oct 1 before it for ICD-10-CM, Jan 1 otherwise)")}}),
    1, 1, runImport}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("codes"), QStringLiteral("check")},
    QStringLiteral("check codes against the code set in effect on a date of service (exit 3 when one is not valid)"),
    QStringLiteral("--db PATH --set NAME [--date DATE] [--billable] CODE..."),
    practiceOptions({{QStringLiteral("set"), QStringLiteral("NAME"), kSets},
                     {QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("date of service (default today)")},
                     {QStringLiteral("billable"), {}, QStringLiteral("refuse ICD-10-CM category headings")}}),
    1, -1, runCheck}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("codes"), QStringLiteral("versions")},
                             QStringLiteral("list the imported code-set versions and their effective dates"),
                             QStringLiteral("--db PATH [--json]"),
                             practiceOptions(),
                             0, 0, runVersions}));

}  // namespace
}  // namespace fd::cli
