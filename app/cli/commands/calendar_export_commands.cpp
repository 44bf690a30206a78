// frontdeskctl appointments export: a provider's schedule as an iCalendar file.
#include "practice_cli_support.h"

#include "calendar/core/calendar_ics.h"
#include "common/uuid.h"
#include "practice/core/providers.h"

#include <QFileInfo>
#include <QSaveFile>

namespace fd::cli {
namespace {

using namespace practice_cli;

int runAppointmentsExport(CommandContext& ctx)
{
    for (const char* required : {"provider", "from", "to", "out"})
        if (!ctx.has(QString::fromLatin1(required)))
            return ctx.usageError(tr("--provider, --from, --to and --out are required"));
    const QString format = ctx.value(QStringLiteral("format"), QStringLiteral("ics"));
    if (format != QLatin1String("ics"))
        return ctx.usageError(tr("--format %1 is not known (ics)").arg(format));
    int status = kExitOk;
    const auto from = dateOption(ctx, QStringLiteral("from"), {}, &status);
    if (!from)
        return status;
    const auto to = dateOption(ctx, QStringLiteral("to"), {}, &status);
    if (!to)
        return status;
    if (*to < *from)
        return ctx.usageError(tr("--to must not be before --from"));
    const QString path = ctx.value(QStringLiteral("out"));
    if (QFileInfo::exists(path) && !ctx.flag(QStringLiteral("force")))
        return ctx.fail(makeError(ErrorCode::Conflict,
                                  tr("%1 exists; choose another file or pass --force").arg(path)));
    return withPractice(ctx, [&](OpenPractice& p) {
        const QString wanted = ctx.value(QStringLiteral("provider")).trimmed();
        auto providers = p.registry.get<practice::IProviderService>();
        auto provider = isUuid(wanted) ? providers->find(wanted) : providers->findByNpi(wanted);
        if (!provider)
            return failWith(ctx, provider.error());
        calendar::IcsRequest request{provider->id, *from, *to,
                                     ctx.flag(QStringLiteral("with-names"))};
        auto text = p.registry.get<calendar::ICalendarIcsExport>()->exportSchedule(request);
        if (!text)
            return failWith(ctx, text.error());
        // Renamed over the target only when complete; 0600 as it may name patients.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return ctx.fail(
                makeError(ErrorCode::Io, tr("Cannot write %1").arg(path), file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(text.value()) != text->size() || !file.commit())
            return ctx.fail(
                makeError(ErrorCode::Io, tr("Cannot write %1").arg(path), file.errorString()));
        const int events = int(text->count("BEGIN:VEVENT"));
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("appointments"), events},
                                      {QStringLiteral("file"), path},
                                      {QStringLiteral("format"), format}});
        else
            ctx.out() << tr("Exported %1 appointment(s) to %2.\n").arg(events).arg(path);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("appointments"), QStringLiteral("export")},
    QStringLiteral("export a provider's schedule between two dates (local to each location) as "
                   "an iCalendar file; patient names only with --with-names (needs "
                   "patients.export)"),
    QStringLiteral("--db PATH --provider ID|NPI --from YYYY-MM-DD --to YYYY-MM-DD --format ics "
                   "[--with-names] --out FILE [--force] [--json]"),
    practiceOptions(
        {{QStringLiteral("provider"), QStringLiteral("ID"), QStringLiteral("provider id or NPI")},
         {QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first day")},
         {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last day")},
         {QStringLiteral("format"), QStringLiteral("FORMAT"), QStringLiteral("ics (the default)")},
         {QStringLiteral("with-names"), {}, QStringLiteral("name the patients in the summaries")},
         {QStringLiteral("out"), QStringLiteral("FILE"),
          QStringLiteral("the .ics file to write (mode 0600)")},
         {QStringLiteral("force"), {}, QStringLiteral("replace FILE if it exists")}}),
    0,
    0,
    runAppointmentsExport}));

}  // namespace
}  // namespace fd::cli
