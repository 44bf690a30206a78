// frontdeskctl appointments checkin|status, flowboard: the front desk's day (docs/FRONTDESK.md)
#include "practice_cli_support.h"

#include "accounts/core/ledger_types.h"
#include "calendar/core/frontdesk.h"
#include "common/clock.h"
#include "common/uuid.h"
#include "practice/core/locations.h"
#include "practice/core/providers.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace fd::cli {
namespace {

using namespace practice_cli;

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue();
}

QJsonValue minutesJson(int minutes)
{
    return minutes < 0 ? QJsonValue() : QJsonValue(minutes);
}

QJsonObject flowRowJson(const calendar::FlowRow& r)
{
    QJsonObject times;
    for (int i = 0; i < calendar::kFlowSteps; ++i) {
        const auto status = calendar::AppointmentStatus(i);
        if (r.times.of(status).isValid())
            times.insert(calendar::statusId(status), toIsoUtc(r.times.of(status)));
    }
    return {
        {QStringLiteral("appointment_id"), r.appointment.id},
        {QStringLiteral("patient_id"), r.appointment.patientId},
        {QStringLiteral("patient"), r.patientName},
        {QStringLiteral("account_number"), r.accountNumber},
        {QStringLiteral("provider_id"), r.appointment.providerId},
        {QStringLiteral("provider"), r.providerName},
        {QStringLiteral("location_id"), r.appointment.locationId},
        {QStringLiteral("type"), r.typeCode},
        {QStringLiteral("start"), toIsoUtc(r.appointment.start)},
        {QStringLiteral("local_start"), r.localStart.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
        {QStringLiteral("status"), calendar::statusId(r.appointment.status)},
        {QStringLiteral("status_times"), times},
        {QStringLiteral("minutes_since_arrival"), minutesJson(r.wait.minutesSinceArrival)},
        {QStringLiteral("minutes_in_status"), minutesJson(r.wait.minutesInStatus)},
        {QStringLiteral("minutes_late"), minutesJson(r.wait.minutesLate)},
        {QStringLiteral("late"), r.wait.late()}};
}

QString minutesText(int minutes)
{
    return minutes < 0 ? QStringLiteral("-") : tr("%1 min").arg(minutes);
}

int runFlowboard(CommandContext& ctx)
{
    int status = kExitOk;
    auto date = dateOption(ctx, QStringLiteral("date"), QDate::currentDate(), &status);
    if (!date)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        calendar::FlowQuery query;
        query.date = *date;
        query.locationId = ctx.value(QStringLiteral("location"));
        if (ctx.has(QStringLiteral("provider"))) {
            const QString wanted = ctx.value(QStringLiteral("provider"));
            auto providers = p.registry.get<practice::IProviderService>();
            auto found = isUuid(wanted) ? providers->find(wanted) : providers->findByNpi(wanted);
            if (!found)
                return failWith(ctx, found.error());
            query.providerId = found->id;
        }
        auto rows = p.registry.get<calendar::IFrontDesk>()->board(query);
        if (!rows)
            return failWith(ctx, rows.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& r : rows.value())
                out.append(flowRowJson(r));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& r : rows.value()) {
            QString wait = minutesText(r.wait.minutesSinceArrival);
            if (r.wait.late())
                wait = tr("LATE %1 min").arg(r.wait.minutesLate);
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  (in status %7)  %8\n")
                             .arg(r.localStart.toString(QStringLiteral("HH:mm")), r.typeCode,
                                  calendar::statusId(r.appointment.status).leftJustified(13),
                                  r.patientName, r.providerName, wait,
                                  minutesText(r.wait.minutesInStatus), r.appointment.id);
        }
        ctx.out()
            << tr("%1 appointment(s) on %2\n").arg(rows->size()).arg(date->toString(Qt::ISODate));
        return int(kExitOk);
    });
}

int runStatus(CommandContext& ctx)
{
    const QString id = ctx.positional().value(0);
    const QString wanted = ctx.positional().value(1);
    const auto status = calendar::statusFromId(wanted);
    if (!status || *status == calendar::AppointmentStatus::Scheduled ||
        *status == calendar::AppointmentStatus::Cancelled)
        return ctx.usageError(tr("STATUS must be confirmed, arrived, roomed, with_provider, "
                                 "checked_out or no_show, not '%1'")
                                  .arg(wanted));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto moved = p.registry.get<calendar::IFrontDesk>()->advance(id, *status);
        if (!moved)
            return failWith(ctx, moved.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("appointment_id"), moved->id},
                                      {QStringLiteral("status"), calendar::statusId(moved->status)},
                                      {QStringLiteral("row_version"), moved->rowVersion}});
        else
            ctx.out() << tr("Appointment %1 is now %2\n")
                             .arg(moved->id, calendar::statusId(moved->status));
        return int(kExitOk);
    });
}

// The check-in request the options describe; a usage error (and `status`) when they are bad.
std::optional<calendar::CheckInRequest> checkInRequest(CommandContext& ctx, int* status)
{
    calendar::CheckInRequest r;
    r.appointmentId = ctx.positional().value(0);
    r.confirmDemographics = ctx.flag(QStringLiteral("confirm-demographics"));
    r.confirmInsurance = ctx.flag(QStringLiteral("confirm-insurance"));
    r.clientId = ctx.value(QStringLiteral("client-id"));
    r.reference = ctx.value(QStringLiteral("reference"));
    if (ctx.has(QStringLiteral("copay"))) {
        static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
        const QString cents = ctx.value(QStringLiteral("copay"));
        if (!digits.match(cents).hasMatch()) {
            *status = ctx.usageError(
                tr("--copay must be a whole number of cents (2500 for $25.00), not '%1'")
                    .arg(cents));
            return std::nullopt;
        }
        r.copay = Money::fromCents(cents.toLongLong());
    }
    const QString method = ctx.value(QStringLiteral("method"), QStringLiteral("cash"));
    const auto parsed = accounts::paymentMethodFromId(method);
    if (!parsed || *parsed == accounts::PaymentMethod::Eft) {
        *status = ctx.usageError(tr("--method must be cash, card or check, not '%1'").arg(method));
        return std::nullopt;
    }
    if (ctx.has(QStringLiteral("method")) && !ctx.has(QStringLiteral("copay"))) {
        *status = ctx.usageError(tr("--method needs --copay"));
        return std::nullopt;
    }
    r.method = *parsed;
    return r;
}

int runCheckIn(CommandContext& ctx)
{
    int status = kExitOk;
    auto request = checkInRequest(ctx, &status);
    if (!request)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        auto done = p.registry.get<calendar::IFrontDesk>()->checkIn(*request);
        if (!done)
            return failWith(ctx, done.error());
        const calendar::CheckInRecord& r = done->record;
        if (ctx.json()) {
            ctx.printJson(QJsonObject{
                {QStringLiteral("check_in_id"), r.id},
                {QStringLiteral("appointment_id"), r.appointmentId},
                {QStringLiteral("status"), calendar::statusId(done->appointment.status)},
                {QStringLiteral("demographics_confirmed"), r.demographicsConfirmed},
                {QStringLiteral("insurance_confirmed"), r.insuranceConfirmed},
                {QStringLiteral("expected_copay_cents"),
                 r.expectedCopay ? QJsonValue(qint64(r.expectedCopay->cents())) : QJsonValue()},
                {QStringLiteral("copay_cents"), qint64(r.copay.cents())},
                {QStringLiteral("method"), r.method},
                {QStringLiteral("ledger_entry_id"), r.ledgerEntryId},
                {QStringLiteral("client_id"), r.clientId},
                {QStringLiteral("repeated"), done->repeated},
                {QStringLiteral("checked_in_at"), timeJson(r.at)}});
            return int(kExitOk);
        }
        ctx.out() << tr("Checked in: appointment %1 is %2\n")
                         .arg(r.appointmentId, calendar::statusId(done->appointment.status));
        if (!r.copay.isZero())
            ctx.out() << tr("Copay %1 (%2) recorded as unapplied credit, ledger entry %3\n")
                             .arg(r.copay.toDisplay(), r.method, r.ledgerEntryId);
        if (done->repeated)
            ctx.out() << tr("This client id was seen before: nothing new was recorded.\n");
        ctx.out() << tr("Client id %1\n").arg(r.clientId);
        return int(kExitOk);
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("appointments"), QStringLiteral("checkin")},
    QStringLiteral("check a patient in: record the confirmations, set the appointment arrived and "
                   "take the copay as unapplied credit (a repeated --client-id posts once)"),
    QStringLiteral("APPT --db PATH [--copay CENTS --method cash|card|check] [--reference TEXT] "
                   "[--confirm-demographics] [--confirm-insurance] [--client-id UUID] [--json]"),
    practiceOptions({{QStringLiteral("copay"), QStringLiteral("CENTS"),
                      QStringLiteral("copay taken, in cents")},
                     {QStringLiteral("method"), QStringLiteral("METHOD"),
                      QStringLiteral("cash, card or check (default cash)")},
                     {QStringLiteral("reference"), QStringLiteral("TEXT"),
                      QStringLiteral("check number or card approval (never the card number)")},
                     {QStringLiteral("confirm-demographics"), QString(),
                      QStringLiteral("demographics confirmed with the patient")},
                     {QStringLiteral("confirm-insurance"), QString(),
                      QStringLiteral("insurance card seen and coverage confirmed")},
                     {QStringLiteral("client-id"), QStringLiteral("UUID"),
                      QStringLiteral("the same id again returns the first check-in")}}),
    1,
    1,
    runCheckIn}));
FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("appointments"), QStringLiteral("status")},
    QStringLiteral("move an appointment on through the day (forward only)"),
    QStringLiteral("APPT STATUS --db PATH [--json]  (STATUS: confirmed, arrived, roomed, "
                   "with_provider, checked_out, no_show)"),
    practiceOptions({}),
    2,
    2,
    runStatus}));
FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("flowboard")},
    QStringLiteral("the day's flow board: each appointment's status, status times and waits"),
    QStringLiteral("--db PATH [--date YYYY-MM-DD] [--location ID] [--provider ID|NPI] [--json]"),
    practiceOptions(
        {{QStringLiteral("date"), QStringLiteral("DATE"),
          QStringLiteral("the day, local to each location (default today)")},
         {QStringLiteral("location"), QStringLiteral("ID"), QStringLiteral("location id")},
         {QStringLiteral("provider"), QStringLiteral("ID"), QStringLiteral("provider id or NPI")}}),
    0,
    0,
    runFlowboard}));

}  // namespace
}  // namespace fd::cli
