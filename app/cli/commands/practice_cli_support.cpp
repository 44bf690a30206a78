#include "practice_cli_support.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fd::cli::practice_cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("fd::cli", text);
}

int withPractice(CommandContext& ctx, const std::function<int(OpenPractice&)>& body)
{
    int status = kExitOk;
    auto open = openPractice(ctx, &status);
    if (!open)
        return status;
    status = body(*open);
    if (auto out = open->session->logout(); !out && status == kExitOk)
        return ctx.fail(out.error());
    return status;
}

int failWith(CommandContext& ctx, const Error& error)
{
    // A refused file lists its bad lines in the details; a person reads them one per line.
    if (!ctx.json() && error.details.contains(QLatin1Char('\n'))) {
        ctx.out().flush();
        ctx.err() << "frontdeskctl: " << error.message << '\n';
        for (const QString& line : error.details.split(QLatin1Char('\n')))
            ctx.err() << "  " << line << '\n';
        ctx.err().flush();
        return exitStatusFor(error);
    }
    return ctx.fail(error, exitStatusFor(error));
}

std::optional<QDate> dateOption(CommandContext& ctx, const QString& name, const QDate& fallback, int* status)
{
    if (!ctx.has(name))
        return fallback;
    const QDate d = QDate::fromString(ctx.value(name), Qt::ISODate);
    if (!d.isValid()) {
        *status = ctx.usageError(QCoreApplication::translate("fd::cli", "--%1 must be a date as YYYY-MM-DD").arg(name));
        return std::nullopt;
    }
    return d;
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    return items;
}

std::vector<OptionSpec> addressOptions()
{
    return {{QStringLiteral("line1"), QStringLiteral("TEXT"), QStringLiteral("street address")},
            {QStringLiteral("line2"), QStringLiteral("TEXT"), QStringLiteral("suite, floor")},
            {QStringLiteral("city"), QStringLiteral("CITY"), QStringLiteral("city")},
            {QStringLiteral("state"), QStringLiteral("ST"), QStringLiteral("two-letter state code")},
            {QStringLiteral("zip"), QStringLiteral("ZIP"), QStringLiteral("5 or 9 digit ZIP code")}};
}

practice::Address addressFrom(const CommandContext& ctx)
{
    return {ctx.value(QStringLiteral("line1")), ctx.value(QStringLiteral("line2")), ctx.value(QStringLiteral("city")),
            ctx.value(QStringLiteral("state")).toUpper(), ctx.value(QStringLiteral("zip"))};
}

QJsonObject addressJson(const practice::Address& a)
{
    return {{QStringLiteral("line1"), a.line1}, {QStringLiteral("line2"), a.line2}, {QStringLiteral("city"), a.city},
            {QStringLiteral("state"), a.state}, {QStringLiteral("zip"), a.zip}};
}

QJsonObject locationJson(const practice::Location& l)
{
    QJsonObject hours;
    for (auto it = l.hours.constBegin(); it != l.hours.constEnd(); ++it)
        hours.insert(it.key(), it.value());
    QJsonArray resources;
    for (const auto& r : l.resources)
        resources.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("name"), r.name}, {QStringLiteral("active"), r.active}});
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("address"), addressJson(l.address)},
            {QStringLiteral("time_zone"), l.timeZone},
            {QStringLiteral("place_of_service"), l.placeOfService},
            {QStringLiteral("facility_npi"), l.facilityNpi},
            {QStringLiteral("phone"), l.phone},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("resources"), resources}};
}

QJsonObject providerJson(const practice::Provider& p)
{
    QJsonArray roles;
    if (p.hasRole(practice::ClaimRole::Rendering))
        roles.append(QStringLiteral("rendering"));
    if (p.hasRole(practice::ClaimRole::Supervising))
        roles.append(QStringLiteral("supervising"));
    if (p.hasRole(practice::ClaimRole::Referring))
        roles.append(QStringLiteral("referring"));
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("first_name"), p.firstName},
            {QStringLiteral("last_name"), p.lastName},
            {QStringLiteral("credentials"), p.credentials},
            {QStringLiteral("npi"), p.npi},
            {QStringLiteral("taxonomy"), p.taxonomy},
            {QStringLiteral("specialties"), QJsonArray::fromStringList(p.specialties)},
            {QStringLiteral("location_ids"), QJsonArray::fromStringList(p.locationIds)},
            {QStringLiteral("bills_under_organization"), p.billsUnderOrganization},
            {QStringLiteral("claim_roles"), roles},
            {QStringLiteral("external"), p.external},
            {QStringLiteral("active"), p.active}};
}

QJsonObject payerJson(const practice::Payer& p)
{
    QJsonObject ids;
    for (auto it = p.payerIds.constBegin(); it != p.payerIds.constEnd(); ++it)
        ids.insert(it.key(), it.value());
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("payer_ids"), ids},
            {QStringLiteral("claim_filing_indicator"), p.claimFilingIndicator},
            {QStringLiteral("timely_filing_days"), p.timelyFilingDays},
            {QStringLiteral("appeal_days"), p.appealDays},
            {QStringLiteral("crossover"), p.crossover},
            {QStringLiteral("eligibility_channel"), p.eligibilityChannel},
            {QStringLiteral("claim_channel"), p.claimChannel},
            {QStringLiteral("address"), addressJson(p.address)},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("active"), p.active}};
}

QJsonObject scheduleJson(const practice::FeeSchedule& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("payer_id"), s.payerId},
            {QStringLiteral("effective_from"), s.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("effective_to"), s.effectiveTo.isValid() ? s.effectiveTo.toString(Qt::ISODate) : QString()},
            {QStringLiteral("items"), s.itemCount}};
}

}  // namespace fd::cli::practice_cli
