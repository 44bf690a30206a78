// frontdeskctl locations list|add
#include "practice_cli_support.h"

#include "practice/core/locations.h"

#include <QJsonArray>

namespace fd::cli {
namespace {

using namespace practice_cli;

int runList(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = p.registry.get<practice::ILocationService>()->list();
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray rows;
            for (const auto& l : list.value())
                rows.append(locationJson(l));
            ctx.printJson(rows);
            return int(kExitOk);
        }
        for (const auto& l : list.value())
            ctx.out() << l.name.leftJustified(28) << "  " << l.timeZone.leftJustified(22) << tr("POS %1").arg(l.placeOfService).leftJustified(8)
                      << l.address.city << ", " << l.address.state << '\n';
        return int(kExitOk);
    });
}

// "mon=08:00-12:00,13:00-17:00;tue=08:00-17:00"
QMap<QString, QString> parseHours(const QString& text)
{
    QMap<QString, QString> hours;
    for (const QString& day : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = day.indexOf(QLatin1Char('='));
        hours.insert(day.left(eq).trimmed().toLower(), eq < 0 ? QString() : day.mid(eq + 1).trimmed());
    }
    return hours;
}

int runAdd(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("name")))
        return ctx.usageError(tr("--name is required"));
    practice::Location l;
    l.name = ctx.value(QStringLiteral("name"));
    l.address = addressFrom(ctx);
    l.timeZone = ctx.value(QStringLiteral("time-zone"), l.timeZone);
    l.placeOfService = ctx.value(QStringLiteral("pos"), l.placeOfService);
    l.facilityNpi = ctx.value(QStringLiteral("facility-npi"));
    l.phone = ctx.value(QStringLiteral("phone"));
    l.hours = parseHours(ctx.value(QStringLiteral("hours")));
    for (const QString& room : splitList(ctx.value(QStringLiteral("rooms"))))
        l.resources.append({{}, 0, QStringLiteral("room"), room, true});
    for (const QString& item : splitList(ctx.value(QStringLiteral("equipment"))))
        l.resources.append({{}, 0, QStringLiteral("equipment"), item, true});
    return withPractice(ctx, [&](OpenPractice& p) {
        auto saved = p.registry.get<practice::ILocationService>()->save(l);
        if (!saved)
            return failWith(ctx, saved.error());
        if (ctx.json())
            ctx.printJson(locationJson(saved.value()));
        else
            ctx.out() << tr("Added location \"%1\" (%2).\n").arg(saved->name, saved->id);
        return int(kExitOk);
    });
}

std::vector<OptionSpec> addOptions()
{
    std::vector<OptionSpec> options = {
        {QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("the location's name (required)")},
        {QStringLiteral("time-zone"), QStringLiteral("TZ"), QStringLiteral("IANA time zone (default America/New_York)")},
        {QStringLiteral("pos"), QStringLiteral("CODE"), QStringLiteral("place of service code (default 11, office)")},
        {QStringLiteral("facility-npi"), QStringLiteral("NPI"), QStringLiteral("the facility's own type 2 NPI")},
        {QStringLiteral("phone"), QStringLiteral("PHONE"), QStringLiteral("phone number")},
        {QStringLiteral("hours"), QStringLiteral("HOURS"), QStringLiteral("opening hours, as mon=08:00-12:00,13:00-17:00;tue=...")},
        {QStringLiteral("rooms"), QStringLiteral("LIST"), QStringLiteral("comma-separated room names")},
        {QStringLiteral("equipment"), QStringLiteral("LIST"), QStringLiteral("comma-separated equipment names")}};
    for (auto& o : addressOptions())
        options.push_back(o);
    return practiceOptions(options);
}

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("locations"), QStringLiteral("list")},
                             QStringLiteral("list the practice's locations"),
                             QStringLiteral("--db PATH [--json]"),
                             practiceOptions(),
                             0, 0, runList}));

FD_CLI_REGISTER((CommandSpec{{QStringLiteral("locations"), QStringLiteral("add")},
                             QStringLiteral("add a location (address, time zone, place of service, hours, rooms)"),
                             QStringLiteral("--db PATH --name NAME --line1 ... --city ... --state ST --zip ZIP [--time-zone TZ]"),
                             addOptions(),
                             0, 0, runAdd}));

}  // namespace
}  // namespace fd::cli
