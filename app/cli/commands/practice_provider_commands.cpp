// frontdeskctl providers list|add
#include "practice_cli_support.h"

#include "practice/core/locations.h"
#include "practice/core/providers.h"

#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

int runList(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        practice::ProviderFilter filter;
        filter.includeExternal = !ctx.flag(QStringLiteral("in-house"));
        auto list = p.registry.get<practice::IProviderService>()->list(filter);
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray rows;
            for (const auto& pr : list.value())
                rows.append(providerJson(pr));
            ctx.printJson(rows);
            return int(kExitOk);
        }
        for (const auto& pr : list.value())
            ctx.out() << pr.displayName().leftJustified(32) << "  " << pr.npi.leftJustified(12) << pr.taxonomy.leftJustified(12)
                      << (pr.external ? tr("referring (outside)") : pr.specialties.join(QStringLiteral(", "))) << '\n';
        return int(kExitOk);
    });
}

// --roles rendering,supervising,referring -> ClaimRole flags; -1 when a word is unknown.
int parseRoles(const QString& text)
{
    int roles = 0;
    for (const QString& word : splitList(text)) {
        if (word == QLatin1String("rendering"))
            roles |= int(practice::ClaimRole::Rendering);
        else if (word == QLatin1String("supervising"))
            roles |= int(practice::ClaimRole::Supervising);
        else if (word == QLatin1String("referring"))
            roles |= int(practice::ClaimRole::Referring);
        else
            return -1;
    }
    return roles;
}

// Locations may be named by id or by name.
Result<QStringList> resolveLocations(OpenPractice& p, const QStringList& wanted)
{
    if (wanted.isEmpty())
        return QStringList();
    auto all = p.registry.get<practice::ILocationService>()->list();
    FD_TRY(all);
    QStringList ids;
    for (const QString& w : wanted) {
        const auto it = std::find_if(all->begin(), all->end(), [&](const practice::Location& l) {
            return l.id == w || l.name.compare(w, Qt::CaseInsensitive) == 0;
        });
        if (it == all->end())
            return makeError(ErrorCode::InvalidInput, tr("No location \"%1\"").arg(w), QStringLiteral("locations"));
        ids << it->id;
    }
    return ids;
}

int runAdd(CommandContext& ctx)
{
    for (const char* required : {"first", "last", "npi"})
        if (!ctx.has(QString::fromLatin1(required)))
            return ctx.usageError(tr("--first, --last and --npi are required"));
    practice::Provider pr;
    pr.firstName = ctx.value(QStringLiteral("first"));
    pr.lastName = ctx.value(QStringLiteral("last"));
    pr.credentials = ctx.value(QStringLiteral("credentials"));
    pr.npi = ctx.value(QStringLiteral("npi"));
    pr.taxonomy = ctx.value(QStringLiteral("taxonomy")).toUpper();
    pr.specialties = splitList(ctx.value(QStringLiteral("specialties")));
    pr.billsUnderOrganization = !ctx.flag(QStringLiteral("own-npi"));
    pr.external = ctx.flag(QStringLiteral("external"));
    const QString defaultRoles = pr.external ? QStringLiteral("referring") : QStringLiteral("rendering");
    pr.claimRoles = parseRoles(ctx.value(QStringLiteral("roles"), defaultRoles));
    if (pr.claimRoles < 0)
        return ctx.usageError(tr("--roles takes rendering, supervising and referring, comma-separated"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto locations = resolveLocations(p, splitList(ctx.value(QStringLiteral("locations"))));
        if (!locations)
            return failWith(ctx, locations.error());
        pr.locationIds = locations.value();
        auto saved = p.registry.get<practice::IProviderService>()->save(pr);
        if (!saved)
            return failWith(ctx, saved.error());
        if (ctx.json())
            ctx.printJson(providerJson(saved.value()));
        else
            ctx.out() << tr("Added provider %1 (%2).\n").arg(saved->displayName(), saved->id);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("providers"), QStringLiteral("list")},
                             QStringLiteral("list the providers (and outside referring providers)"),
                             QStringLiteral("--db PATH [--in-house] [--json]"),
                             practiceOptions({{QStringLiteral("in-house"), {}, QStringLiteral("leave out referring providers from outside")}}),
                             0, 0, runList}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("providers"), QStringLiteral("add")},
    QStringLiteral("add a provider (NPI, taxonomy, locations, claim roles)"),
    QStringLiteral("--db PATH --first NAME --last NAME --npi NPI [--taxonomy CODE] [--locations LIST]"),
    practiceOptions({{QStringLiteral("first"), QStringLiteral("NAME"), QStringLiteral("first name (required)")},
                     {QStringLiteral("last"), QStringLiteral("NAME"), QStringLiteral("last name (required)")},
                     {QStringLiteral("credentials"), QStringLiteral("TEXT"), QStringLiteral("MD, DO, NP, PA-C...")},
                     {QStringLiteral("npi"), QStringLiteral("NPI"), QStringLiteral("individual (type 1) NPI (required)")},
                     {QStringLiteral("taxonomy"), QStringLiteral("CODE"), QStringLiteral("NUCC taxonomy code")},
                     {QStringLiteral("specialties"), QStringLiteral("LIST"), QStringLiteral("comma-separated specialties")},
                     {QStringLiteral("locations"), QStringLiteral("LIST"), QStringLiteral("locations worked at, by name or id")},
                     {QStringLiteral("roles"), QStringLiteral("LIST"), QStringLiteral("rendering, supervising, referring")},
                     {QStringLiteral("own-npi"), {}, QStringLiteral("bills under their own NPI, not the organization's")},
                     {QStringLiteral("external"), {}, QStringLiteral("a referring provider from outside the practice")}}),
    0, 0, runAdd}));

}  // namespace
}  // namespace fd::cli
