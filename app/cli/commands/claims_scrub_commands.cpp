// frontdeskctl claims scrub|ack-warning, billing ncci import, billing payer-rules set|show
// (docs/CLAIM_SCRUBBER.md)
#include "practice_cli_support.h"

#include "billing/core/scrub.h"
#include "practice/core/payers.h"

#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

QJsonObject findingJson(const billing::ScrubFinding& f)
{
    QJsonObject o{{QStringLiteral("rule"), f.ruleId},
                  {QStringLiteral("severity"), billing::scrubSeverityId(f.severity)},
                  {QStringLiteral("line"), f.lineNumber},
                  {QStringLiteral("field"), f.field},
                  {QStringLiteral("message"), f.message},
                  {QStringLiteral("fix"), f.fix},
                  {QStringLiteral("acknowledged"), f.acknowledged}};
    if (f.acknowledged) {
        o.insert(QStringLiteral("acknowledged_by"), f.acknowledgedBy);
        o.insert(QStringLiteral("acknowledged_at"), f.acknowledgedAt.toString(Qt::ISODate));
    }
    return o;
}

QJsonObject resultJson(const billing::ClaimScrubResult& r)
{
    QJsonArray findings;
    for (const billing::ScrubFinding& f : r.findings)
        findings.append(findingJson(f));
    return {{QStringLiteral("claim_id"), r.claimId},
            {QStringLiteral("claim_number"), r.claimNumber},
            {QStringLiteral("status"), billing::claimStatusId(r.status)},
            {QStringLiteral("errors"), r.errors()},
            {QStringLiteral("warnings"), r.warnings()},
            {QStringLiteral("sendable"), r.sendable()},
            {QStringLiteral("findings"), findings}};
}

void printResults(CommandContext& ctx, const std::vector<billing::ClaimScrubResult>& results)
{
    int clean = 0;
    for (const billing::ClaimScrubResult& r : results) {
        if (r.findings.empty()) {
            ++clean;
            continue;
        }
        ctx.out() << tr("%1  %2 error(s), %3 warning(s)\n").arg(r.claimNumber).arg(r.errors()).arg(r.warnings());
        for (const billing::ScrubFinding& f : r.findings) {
            const QString state = f.acknowledged ? tr(" (acknowledged)") : QString();
            ctx.out() << QStringLiteral("  %1 %2%3: %4\n")
                             .arg(billing::scrubSeverityId(f.severity).leftJustified(7), f.ruleId, state, f.message);
            ctx.out() << QStringLiteral("          %1\n").arg(tr("fix: %1").arg(f.fix));
        }
    }
    ctx.out() << tr("%1 claim(s) scrubbed, %2 clean\n").arg(results.size()).arg(clean);
}

int runClaimsScrub(CommandContext& ctx)
{
    QStringList ids = ctx.positional();
    if (ctx.has(QStringLiteral("claim")))
        ids << splitList(ctx.value(QStringLiteral("claim")));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto results = p.registry.get<billing::IClaimScrubber>()->scrub(ids);
        if (!results)
            return failWith(ctx, results.error());
        bool errors = false;
        QJsonArray rows;
        for (const billing::ClaimScrubResult& r : results.value()) {
            errors = errors || r.errors() > 0;
            rows.append(resultJson(r));
        }
        if (ctx.json())
            ctx.printJson(rows);
        else
            printResults(ctx, results.value());
        return int(errors ? kExitProblems : kExitOk);
    });
}

int runClaimsAckWarning(CommandContext& ctx)
{
    const QString claimId = ctx.positional().at(0);
    const QString rule = ctx.positional().at(1);
    return withPractice(ctx, [&](OpenPractice& p) {
        auto scrubber = p.registry.get<billing::IClaimScrubber>();
        auto done = scrubber->acknowledgeWarning(claimId, rule);
        if (!done)
            return failWith(ctx, done.error());
        auto now = scrubber->findings(claimId);
        if (!now)
            return failWith(ctx, now.error());
        if (ctx.json())
            ctx.printJson(resultJson(now.value()));
        else
            ctx.out() << (now->sendable() ? tr("%1: warning %2 acknowledged; the claim can go to ready\n")
                                          : tr("%1: warning %2 acknowledged; the claim has more to correct or "
                                               "acknowledge\n"))
                             .arg(now->claimNumber, rule.toUpper());
        return int(kExitOk);
    });
}

int runNcciImport(CommandContext& ctx)
{
    const QString path = ctx.positional().at(0);
    return withPractice(ctx, [&](OpenPractice& p) {
        auto imported = p.registry.get<billing::IClaimScrubber>()->importNcci(path);
        if (!imported)
            return failWith(ctx, imported.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("file"), imported->fileName},
                                      {QStringLiteral("rows"), imported->rows},
                                      {QStringLiteral("inserted"), imported->inserted},
                                      {QStringLiteral("replaced"), imported->replaced}});
        else
            ctx.out() << tr("%1: %2 NCCI edit(s), %3 new, %4 updated\n")
                             .arg(imported->fileName)
                             .arg(imported->rows)
                             .arg(imported->inserted)
                             .arg(imported->replaced);
        return int(kExitOk);
    });
}

// PAYER: the payer's id, its name or its payer id at the default clearinghouse.
Result<practice::Payer> payerOf(OpenPractice& p, const QString& wanted)
{
    auto payers = p.registry.get<practice::IPayerService>()->list(true);
    FD_TRY(payers);
    std::vector<practice::Payer> found;
    for (const practice::Payer& payer : payers.value())
        if (payer.id == wanted || payer.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            payer.payerIdFor(QStringLiteral("default")) == wanted)
            found.push_back(payer);
    if (found.size() == 1)
        return found.front();
    return makeError(found.empty() ? ErrorCode::NotFound : ErrorCode::InvalidInput,
                     found.empty() ? tr("No payer is '%1' (give its id, name or payer id).").arg(wanted)
                                   : tr("%1 payers match '%2': give the payer's id.").arg(found.size()).arg(wanted),
                     QStringLiteral("payer"));
}

int runPayerRulesSet(CommandContext& ctx)
{
    const QString require = ctx.value(QStringLiteral("require-referring")).toLower();
    if (require != QLatin1String("yes") && require != QLatin1String("no"))
        return ctx.usageError(tr("--require-referring takes yes or no"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto payer = payerOf(p, ctx.positional().at(0));
        if (!payer)
            return failWith(ctx, payer.error());
        auto saved = p.registry.get<billing::IClaimScrubber>()->savePayerRule(
            {payer->id, require == QLatin1String("yes")});
        if (!saved)
            return failWith(ctx, saved.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("payer_id"), saved->payerId},
                                      {QStringLiteral("payer"), payer->name},
                                      {QStringLiteral("require_referring"), saved->requireReferring}});
        else
            ctx.out() << (saved->requireReferring ? tr("%1: claims need a referring provider\n")
                                                  : tr("%1: claims need no referring provider\n"))
                             .arg(payer->name);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("scrub")},
    QStringLiteral("check claims (every draft and ready claim, or those given) against the scrubber's rules and "
                   "store the findings; exits 3 when a claim has an error"),
    QStringLiteral("--db PATH [--claim ID[,ID...]] [CLAIM_ID...] [--json]"),
    practiceOptions({{QStringLiteral("claim"), QStringLiteral("IDS"), QStringLiteral("claims to scrub, comma-separated")}}),
    0,
    -1,
    runClaimsScrub}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("claims"), QStringLiteral("ack-warning")},
    QStringLiteral("acknowledge a warning of a claim's last scrub (recorded with who and when) so it can go to ready"),
    QStringLiteral("--db PATH CLAIM_ID RULE [--json]"),
    practiceOptions(),
    2,
    2,
    runClaimsAckWarning}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("billing"), QStringLiteral("ncci"), QStringLiteral("import")},
    QStringLiteral("import a CMS NCCI procedure-to-procedure file (practitioner PTP, tab-separated text); all or "
                   "nothing"),
    QStringLiteral("--db PATH FILE [--json]"),
    practiceOptions(),
    1,
    1,
    runNcciImport}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("billing"), QStringLiteral("payer-rules"), QStringLiteral("set")},
    QStringLiteral("set a payer's billing rules for the scrubber"),
    QStringLiteral("--db PATH PAYER --require-referring yes|no [--json]"),
    practiceOptions({{QStringLiteral("require-referring"), QStringLiteral("yes|no"),
                      QStringLiteral("claims to the payer need a referring provider")}}),
    1,
    1,
    runPayerRulesSet}));

}  // namespace
}  // namespace fd::cli
