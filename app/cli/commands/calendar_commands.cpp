// frontdeskctl appointments list|book, slots find
#include "practice_cli_support.h"

#include "calendar/core/calendar.h"
#include "calendar/core/schedule_rules.h"
#include "common/clock.h"
#include "common/uuid.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/providers.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace fd::cli {
namespace {

using namespace practice_cli;

// Every location's time zone, for showing appointments in their own local time.
Result<QHash<QString, QTimeZone>> zones(OpenPractice& p)
{
    auto locations = p.registry.get<practice::ILocationService>()->list();
    FD_TRY(locations);
    QHash<QString, QTimeZone> out;
    for (const practice::Location& l : locations.value())
        out.insert(l.id, QTimeZone(l.timeZone.toUtf8()));
    return out;
}

// PROVIDER is a provider id or a ten-digit NPI.
Result<QString> providerId(OpenPractice& p, const QString& wanted)
{
    auto providers = p.registry.get<practice::IProviderService>();
    auto found = isUuid(wanted) ? providers->find(wanted) : providers->findByNpi(wanted);
    FD_TRY(found);
    return found->id;
}

// PATIENT is a patient id or an account number; both lookups audit the read.
Result<patients::Patient> findPatient(OpenPractice& p, const QString& wanted)
{
    auto service = p.registry.get<patients::IPatientService>();
    return isUuid(wanted) ? service->get(wanted) : service->findByAccountNumber(wanted);
}

QString localText(const QDateTime& utc, const QTimeZone& zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') +
           zone.abbreviation(local);
}

QJsonObject appointmentJson(const calendar::Appointment& a, const QTimeZone& zone)
{
    QJsonArray resources;
    for (const QString& r : a.resourceIds)
        resources.append(r);
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("row_version"), a.rowVersion},
            {QStringLiteral("patient_id"), a.patientId},
            {QStringLiteral("provider_id"), a.providerId},
            {QStringLiteral("location_id"), a.locationId},
            {QStringLiteral("type_id"), a.typeId},
            {QStringLiteral("start"), toIsoUtc(a.start)},
            {QStringLiteral("end"), toIsoUtc(a.end)},
            {QStringLiteral("local_start"),
             a.start.toTimeZone(zone).toString(Qt::ISODate)},
            {QStringLiteral("status"), calendar::statusId(a.status)},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("resource_ids"), resources},
            {QStringLiteral("overbooked"), a.overbooked},
            {QStringLiteral("overbook_reason"), a.overbookReason},
            {QStringLiteral("series_id"), a.seriesId},
            {QStringLiteral("cancel_reason"), a.cancelReason}};
}

// --from and --to as local dates (required), --to not before --from.
bool dateRange(CommandContext& ctx, QDate* from, QDate* to, int* status)
{
    if (!ctx.has(QStringLiteral("from")) || !ctx.has(QStringLiteral("to"))) {
        *status = ctx.usageError(tr("--from and --to are required (YYYY-MM-DD)"));
        return false;
    }
    auto f = dateOption(ctx, QStringLiteral("from"), {}, status);
    if (!f)
        return false;
    auto t = dateOption(ctx, QStringLiteral("to"), {}, status);
    if (!t)
        return false;
    if (*t < *f) {
        *status = ctx.usageError(tr("--to must not be before --from"));
        return false;
    }
    *from = *f;
    *to = *t;
    return true;
}

int runAppointmentsList(CommandContext& ctx)
{
    QDate from, to;
    int status = kExitOk;
    if (!dateRange(ctx, &from, &to, &status))
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        calendar::AppointmentFilter filter;
        if (ctx.has(QStringLiteral("provider"))) {
            auto provider = providerId(p, ctx.value(QStringLiteral("provider")));
            if (!provider)
                return failWith(ctx, provider.error());
            filter.providerId = provider.value();
        }
        // Local dates: a day's appointments start within 14 hours of its UTC midnight.
        filter.from = QDateTime(from, QTime(0, 0), Qt::UTC).addSecs(-14 * 3600);
        filter.to = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).addSecs(14 * 3600);
        auto list = p.registry.get<calendar::IAppointmentService>()->list(filter);
        if (!list)
            return failWith(ctx, list.error());
        auto tz = zones(p);
        if (!tz)
            return failWith(ctx, tz.error());
        std::vector<calendar::Appointment> inRange;
        for (const calendar::Appointment& a : list.value()) {
            const QDate day = a.start.toTimeZone(tz->value(a.locationId)).date();
            if (day >= from && day <= to)
                inRange.push_back(a);
        }
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& a : inRange)
                out.append(appointmentJson(a, tz->value(a.locationId)));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& a : inRange)
            ctx.out() << QStringLiteral("%1  %2 min  %3  %4  patient %5%6\n")
                             .arg(localText(a.start, tz->value(a.locationId)))
                             .arg(a.start.secsTo(a.end) / 60)
                             .arg(calendar::statusId(a.status).leftJustified(13), a.id,
                                  a.patientId,
                                  a.overbooked ? tr("  (overbooked)") : QString());
        ctx.out() << tr("%1 appointment(s)\n").arg(inRange.size());
        return int(kExitOk);
    });
}

int runAppointmentsBook(CommandContext& ctx)
{
    for (const char* required : {"patient", "provider", "type", "start"})
        if (!ctx.has(QString::fromLatin1(required)))
            return ctx.usageError(tr("--patient, --provider, --type and --start are required"));
    const QDateTime local =
        QDateTime::fromString(ctx.value(QStringLiteral("start")), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!local.isValid())
        return ctx.usageError(tr("--start must be a local date and time as YYYY-MM-DDTHH:MM"));
    if (ctx.has(QStringLiteral("overbook")) &&
        ctx.value(QStringLiteral("overbook")).trimmed().isEmpty())
        return ctx.usageError(tr("--overbook needs the reason"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto patient = findPatient(p, ctx.value(QStringLiteral("patient")).trimmed());
        if (!patient)
            return failWith(ctx, patient.error());
        auto provider = providerId(p, ctx.value(QStringLiteral("provider")).trimmed());
        if (!provider)
            return failWith(ctx, provider.error());
        QString location = ctx.value(QStringLiteral("location"));
        if (location.isEmpty()) {
            // The provider's only templated location; the service says so when there are more.
            auto templates = p.registry.get<calendar::IScheduleAdmin>()->templates(provider.value());
            if (!templates)
                return failWith(ctx, templates.error());
            QStringList ids;
            for (const auto& t : templates.value())
                if (!ids.contains(t.locationId))
                    ids << t.locationId;
            if (ids.size() != 1)
                return ctx.usageError(
                    tr("the provider works at %1 locations: choose one with --location")
                        .arg(ids.size()));
            location = ids.front();
        }
        auto tz = zones(p);
        if (!tz)
            return failWith(ctx, tz.error());
        if (!tz->contains(location))
            return failWith(ctx, makeError(ErrorCode::NotFound,
                                           tr("No location %1.").arg(location),
                                           QStringLiteral("location")));
        const QTimeZone zone = tz->value(location);
        const auto utc = calendar::localToUtc(local.date(), local.time(), zone);
        if (!utc)
            return failWith(ctx, makeError(ErrorCode::InvalidInput,
                                           tr("%1 does not exist at the location (the clocks "
                                              "skip that hour).")
                                               .arg(ctx.value(QStringLiteral("start"))),
                                           QStringLiteral("start")));
        calendar::BookingRequest r;
        r.patientId = patient->id;
        r.providerId = provider.value();
        r.locationId = location;
        r.typeId = ctx.value(QStringLiteral("type"));
        r.start = calendar::utcFromSecs(*utc);
        r.reason = ctx.value(QStringLiteral("reason"));
        if (ctx.has(QStringLiteral("overbook")))
            r.overbook = {true, ctx.value(QStringLiteral("overbook")).trimmed()};
        auto booked = p.registry.get<calendar::IAppointmentService>()->book(r);
        if (!booked)
            return failWith(ctx, booked.error());
        if (ctx.json()) {
            ctx.printJson(appointmentJson(booked.value(), zone));
            return int(kExitOk);
        }
        ctx.out() << tr("Booked %1 at %2 (%3 min)%4.\n")
                         .arg(booked->id, localText(booked->start, zone))
                         .arg(booked->start.secsTo(booked->end) / 60)
                         .arg(booked->overbooked ? tr(", overbooked") : QString());
        return int(kExitOk);
    });
}

// The type to search for: --type, else the shortest active type.
Result<calendar::AppointmentType> searchType(OpenPractice& p, const QString& wanted)
{
    auto admin = p.registry.get<calendar::IScheduleAdmin>();
    if (!wanted.isEmpty())
        return admin->type(wanted);
    auto types = admin->types(false);
    FD_TRY(types);
    if (types->empty())
        return makeError(ErrorCode::NotFound, tr("The practice has no appointment types yet."),
                         QStringLiteral("type"));
    return *std::min_element(types->begin(), types->end(), [](const auto& a, const auto& b) {
        return a.durationMinutes < b.durationMinutes;
    });
}

int runSlotsFind(CommandContext& ctx)
{
    QDate from, to;
    int status = kExitOk;
    if (!dateRange(ctx, &from, &to, &status))
        return status;
    bool limitOk = true;
    const int limit = ctx.value(QStringLiteral("limit"), QStringLiteral("10")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 500)
        return ctx.usageError(tr("--limit must be from 1 to 500"));
    const auto parts = calendar::dayPartsFromId(ctx.value(QStringLiteral("day-parts")));
    if (!parts)
        return ctx.usageError(tr("--day-parts takes morning, afternoon and evening"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto type = searchType(p, ctx.value(QStringLiteral("type")));
        if (!type)
            return failWith(ctx, type.error());
        calendar::SlotSearch search;
        search.typeId = type->id;
        search.query.from = from;
        search.query.to = to;
        search.query.limit = limit;
        search.query.dayParts = *parts;
        search.query.locationId = ctx.value(QStringLiteral("location"));
        if (ctx.has(QStringLiteral("provider"))) {
            auto provider = providerId(p, ctx.value(QStringLiteral("provider")));
            if (!provider)
                return failWith(ctx, provider.error());
            search.query.providerIds = {provider.value()};
        }
        auto found = p.registry.get<calendar::IAppointmentService>()->findSlots(search);
        if (!found)
            return failWith(ctx, found.error());
        auto tz = zones(p);
        if (!tz)
            return failWith(ctx, tz.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& s : found.value())
                out.append(QJsonObject{
                    {QStringLiteral("provider_id"), s.providerId},
                    {QStringLiteral("location_id"), s.locationId},
                    {QStringLiteral("type"), type->code},
                    {QStringLiteral("start"), toIsoUtc(calendar::utcFromSecs(s.utc.start))},
                    {QStringLiteral("end"), toIsoUtc(calendar::utcFromSecs(s.utc.end))},
                    {QStringLiteral("local_start"),
                     QDateTime(s.date, s.localStart).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))}});
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& s : found.value())
            ctx.out() << QStringLiteral("%1  %2  provider %3  location %4\n")
                             .arg(localText(calendar::utcFromSecs(s.utc.start),
                                            tz->value(s.locationId)),
                                  type->code, s.providerId, s.locationId);
        ctx.out() << tr("%1 slot(s) for %2 (%3 min)\n")
                         .arg(found->size())
                         .arg(type->code)
                         .arg(type->durationMinutes);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("appointments"), QStringLiteral("list")},
    QStringLiteral("list appointments between two dates (local to each location)"),
    QStringLiteral("--db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--provider ID|NPI] [--json]"),
    practiceOptions({{QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first day")},
                     {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last day")},
                     {QStringLiteral("provider"), QStringLiteral("ID"),
                      QStringLiteral("only this provider (id or NPI)")}}),
    0,
    0,
    runAppointmentsList}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("appointments"), QStringLiteral("book")},
    QStringLiteral("book an appointment at a local time; a conflict is refused with its reason "
                   "codes unless --overbook gives the reason (needs calendar.overbook)"),
    QStringLiteral("--db PATH --patient ID|ACCOUNT --provider ID|NPI --type CODE --start "
                   "YYYY-MM-DDTHH:MM [--location ID] [--reason TEXT] [--overbook REASON] [--json]"),
    practiceOptions(
        {{QStringLiteral("patient"), QStringLiteral("ID"),
          QStringLiteral("patient id or account number")},
         {QStringLiteral("provider"), QStringLiteral("ID"), QStringLiteral("provider id or NPI")},
         {QStringLiteral("type"), QStringLiteral("CODE"), QStringLiteral("appointment type code")},
         {QStringLiteral("start"), QStringLiteral("WHEN"),
          QStringLiteral("local start at the location, YYYY-MM-DDTHH:MM")},
         {QStringLiteral("location"), QStringLiteral("ID"),
          QStringLiteral("where (default: the provider's only location)")},
         {QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("the visit reason")},
         {QStringLiteral("overbook"), QStringLiteral("REASON"),
          QStringLiteral("book over conflicts, for this reason")}}),
    0,
    0,
    runAppointmentsBook}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("slots"), QStringLiteral("find")},
    QStringLiteral("find the first available found that pass every booking rule"),
    QStringLiteral("--db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--type CODE] [--provider ID|NPI] "
                   "[--location ID] [--day-parts morning,afternoon,evening] [--limit N] [--json]"),
    practiceOptions(
        {{QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first day")},
         {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last day")},
         {QStringLiteral("type"), QStringLiteral("CODE"),
          QStringLiteral("appointment type (default: the shortest)")},
         {QStringLiteral("provider"), QStringLiteral("ID"), QStringLiteral("provider id or NPI")},
         {QStringLiteral("location"), QStringLiteral("ID"), QStringLiteral("location id")},
         {QStringLiteral("day-parts"), QStringLiteral("PARTS"),
          QStringLiteral("morning, afternoon, evening (comma-separated)")},
         {QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("how many (default 10)")}}),
    0,
    0,
    runSlotsFind}));

}  // namespace
}  // namespace fd::cli
