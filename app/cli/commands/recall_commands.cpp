// frontdeskctl recalls list|add|dismiss|campaign
#include "practice_cli_support.h"

#include "calendar/core/messaging/reminders.h"
#include "calendar/core/messaging/smtp_sender.h"
#include "calendar/core/recall_campaign/recall_campaign.h"
#include "calendar/core/recall_service.h"
#include "common/secure_bytes.h"
#include "common/uuid.h"
#include "patients/core/patients.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>

namespace fd::cli {
namespace {

using namespace practice_cli;
using calendar::CampaignOutcome;

// PATIENT is a patient id or an account number; both lookups audit the read.
Result<patients::Patient> findPatient(OpenPractice& p, const QString& wanted)
{
    auto service = p.registry.get<patients::IPatientService>();
    return isUuid(wanted) ? service->get(wanted) : service->findByAccountNumber(wanted);
}

QJsonObject rowJson(const calendar::RecallRow& row)
{
    const calendar::Recall& r = row.recall;
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("row_version"), r.rowVersion},
            {QStringLiteral("patient_id"), r.patientId},
            {QStringLiteral("account_number"), row.accountNumber},
            {QStringLiteral("patient"), row.patientName},
            {QStringLiteral("reason_id"), r.reasonId},
            {QStringLiteral("reason"), row.reasonName},
            {QStringLiteral("due"), r.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("state"), calendar::recallStateId(row.state)},
            {QStringLiteral("provider_id"), r.providerId},
            {QStringLiteral("appointment_id"), r.appointmentId},
            {QStringLiteral("automatic"), r.isAutomatic()},
            {QStringLiteral("last_contact"),
             r.lastContactAt.isValid() ? toIsoUtc(r.lastContactAt) : QString()},
            {QStringLiteral("dismiss_reason"), r.dismissReason}};
}

// --reason as a reason id or name.
Result<QString> reasonId(OpenPractice& p, const QString& wanted)
{
    auto reason = p.registry.get<calendar::IRecallService>()->reason(wanted);
    FD_TRY(reason);
    return reason->id;
}

int runRecallsList(CommandContext& ctx)
{
    int status = kExitOk;
    auto before = dateOption(ctx, QStringLiteral("due-before"), {}, &status);
    if (!before)
        return status;
    auto after = dateOption(ctx, QStringLiteral("due-after"), {}, &status);
    if (!after)
        return status;
    bool daysOk = true;
    const int days = ctx.value(QStringLiteral("not-contacted"), QStringLiteral("0")).toInt(&daysOk);
    if (!daysOk || days < 0)
        return ctx.usageError(tr("--not-contacted must be a number of days"));
    return withPractice(ctx, [&](OpenPractice& p) {
        calendar::RecallFilter filter;
        filter.dueFrom = *after;
        filter.dueTo = before->isValid() ? before->addDays(-1) : QDate();
        filter.overdueOnly = ctx.flag(QStringLiteral("overdue"));
        filter.includeClosed = ctx.flag(QStringLiteral("all"));
        filter.notContactedDays = days;
        if (ctx.has(QStringLiteral("reason"))) {
            auto id = reasonId(p, ctx.value(QStringLiteral("reason")));
            if (!id)
                return failWith(ctx, id.error());
            filter.reasonId = id.value();
        }
        auto rows = p.registry.get<calendar::IRecallService>()->list(filter);
        if (!rows)
            return failWith(ctx, rows.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& row : rows.value())
                out.append(rowJson(row));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& row : rows.value())
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                             .arg(row.recall.dueDate.toString(Qt::ISODate),
                                  calendar::recallStateId(row.state).leftJustified(9),
                                  row.reasonName.leftJustified(20),
                                  row.accountNumber.isEmpty() ? tr("(restricted)")
                                                              : row.accountNumber,
                                  row.patientName, row.recall.id);
        ctx.out() << tr("%1 recall(s)\n").arg(rows->size());
        return int(kExitOk);
    });
}

int runRecallsAdd(CommandContext& ctx)
{
    int status = kExitOk;
    if (!ctx.has(QStringLiteral("due")))
        return ctx.usageError(tr("--due is required (YYYY-MM-DD)"));
    auto due = dateOption(ctx, QStringLiteral("due"), {}, &status);
    if (!due)
        return status;
    return withPractice(ctx, [&](OpenPractice& p) {
        auto patient = findPatient(p, ctx.positional().at(0).trimmed());
        if (!patient)
            return failWith(ctx, patient.error());
        calendar::Recall r;
        r.patientId = patient->id;
        r.reasonId = ctx.positional().at(1);
        r.dueDate = *due;
        r.providerId = ctx.value(QStringLiteral("provider"));
        r.note = ctx.value(QStringLiteral("note"));
        auto added = p.registry.get<calendar::IRecallService>()->add(r);
        if (!added)
            return failWith(ctx, added.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), added->id},
                                      {QStringLiteral("due"), added->dueDate.toString(Qt::ISODate)}});
        else
            ctx.out() << tr("recall %1 added, due %2\n")
                             .arg(added->id, added->dueDate.toString(Qt::ISODate));
        return int(kExitOk);
    });
}

int runRecallsDismiss(CommandContext& ctx)
{
    if (ctx.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usageError(tr("--reason is required: say why the recall is dismissed"));
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = p.registry.get<calendar::IRecallService>();
        auto recall = service->get(ctx.positional().at(0));
        if (!recall)
            return failWith(ctx, recall.error());
        auto dismissed =
            service->dismiss(recall->id, recall->rowVersion, ctx.value(QStringLiteral("reason")));
        if (!dismissed)
            return failWith(ctx, dismissed.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), dismissed->id},
                                      {QStringLiteral("state"), QStringLiteral("dismissed")}});
        else
            ctx.out() << tr("recall %1 dismissed\n").arg(dismissed->id);
        return int(kExitOk);
    });
}

// --smtp-settings FILE (SmtpSettings JSON); the password from FRONTDESK_SMTP_PASSWORD.
Result<std::optional<calendar::messaging::SmtpSender>> smtpSender(CommandContext& ctx)
{
    if (!ctx.has(QStringLiteral("smtp-settings")))
        return std::optional<calendar::messaging::SmtpSender>();
    const QString path = ctx.value(QStringLiteral("smtp-settings"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()),
                         QStringLiteral("smtp-settings"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: not a JSON object (%2)").arg(path, parseError.errorString()),
                         QStringLiteral("smtp-settings"));
    auto settings = calendar::messaging::SmtpSettings::fromJson(doc.object());
    FD_TRY(settings);
    const QByteArray password =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("FRONTDESK_SMTP_PASSWORD")).toUtf8();
    return std::optional<calendar::messaging::SmtpSender>(
        std::in_place, settings.value(), SecureBytes::fromByteArray(password));
}

QString channelText(const calendar::CampaignItem& item)
{
    return item.hasChannel ? calendar::messaging::channelName(item.channel) : QStringLiteral("-");
}

int printCampaign(CommandContext& ctx, const calendar::CampaignReport& report)
{
    if (ctx.json()) {
        QJsonArray items;
        for (const auto& i : report.items)
            items.append(QJsonObject{
                {QStringLiteral("patient_id"), i.patientId},
                {QStringLiteral("recall_ids"), QJsonArray::fromStringList(i.recallIds)},
                {QStringLiteral("channel"), i.hasChannel ? channelText(i) : QString()},
                {QStringLiteral("outcome"), calendar::campaignOutcomeName(i.outcome)},
                {QStringLiteral("reason"), i.reason},
                {QStringLiteral("language"), calendar::messaging::languageCode(i.language)},
                {QStringLiteral("send_at"), i.sendAt.isValid() ? toIsoUtc(i.sendAt) : QString()},
                {QStringLiteral("preview"), i.preview}});
        ctx.printJson(QJsonObject{{QStringLiteral("dry_run"), report.dryRun},
                                  {QStringLiteral("at"), toIsoUtc(report.at)},
                                  {QStringLiteral("recalls"), report.recalls},
                                  {QStringLiteral("items"), items},
                                  {QStringLiteral("problems"),
                                   QJsonArray::fromStringList(report.problems)}});
        return report.problems.isEmpty() ? int(kExitOk) : int(kExitProblems);
    }
    for (const auto& i : report.items)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(i.patientId, channelText(i).leftJustified(5),
                              calendar::campaignOutcomeName(i.outcome).leftJustified(10),
                              i.sendAt.isValid() ? toIsoUtc(i.sendAt) : i.reason, i.preview);
    ctx.out() << tr("%1 recall(s), %2 patient(s): %3 sent, %4 would be sent, %5 deferred, %6 "
                    "skipped, %7 failed\n")
                     .arg(report.recalls)
                     .arg(report.items.size())
                     .arg(report.count(CampaignOutcome::Sent))
                     .arg(report.count(CampaignOutcome::WouldSend))
                     .arg(report.count(CampaignOutcome::Deferred))
                     .arg(report.count(CampaignOutcome::Skipped))
                     .arg(report.count(CampaignOutcome::Failed));
    for (const QString& problem : report.problems)
        ctx.err() << problem << '\n';
    return report.problems.isEmpty() ? int(kExitOk) : int(kExitProblems);
}

int runRecallsCampaign(CommandContext& ctx)
{
    int status = kExitOk;
    auto from = dateOption(ctx, QStringLiteral("due-from"), {}, &status);
    if (!from)
        return status;
    auto to = dateOption(ctx, QStringLiteral("due-to"), {}, &status);
    if (!to)
        return status;
    bool ok = true;
    const int resendDays = ctx.value(QStringLiteral("resend-days"), QStringLiteral("30")).toInt(&ok);
    if (!ok || resendDays < 1)
        return ctx.usageError(tr("--resend-days must be a whole number of days, at least 1"));
    auto smtp = smtpSender(ctx);
    if (!smtp)
        return ctx.fail(smtp.error());
    return withPractice(ctx, [&](OpenPractice& p) {
        calendar::CampaignOptions options;
        options.dueFrom = *from;
        options.dueTo = *to;
        options.resendDays = resendDays;
        options.dryRun = ctx.flag(QStringLiteral("dry-run"));
        if (ctx.has(QStringLiteral("reason"))) {
            auto id = reasonId(p, ctx.value(QStringLiteral("reason")));
            if (!id)
                return failWith(ctx, id.error());
            options.reasonId = id.value();
        }
        // Email through --smtp-settings, else the practice's own senders (its reminder
        // settings); a dry run goes without them when the user may not send.
        calendar::CampaignTransport transport;
        calendar::messaging::MessageTransports practiceSenders;
        if (smtp->has_value()) {
            transport.smtp = &smtp->value();
        } else if (auto reminders = p.registry.get<calendar::messaging::IReminderService>()) {
            auto built = reminders->transports();
            if (built) {
                practiceSenders = std::move(built.value());
                transport = {practiceSenders.smtp.get(), practiceSenders.sms.get()};
            } else if (!options.dryRun) {
                return failWith(ctx, built.error());
            }
        }
        auto report = p.registry.get<calendar::IRecallCampaign>()->run(options, transport);
        if (!report)
            return failWith(ctx, report.error());
        return printCampaign(ctx, report.value());
    });
}

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("recalls"), QStringLiteral("list")},
    QStringLiteral("the recall list (open and scheduled recalls, by due date)"),
    QStringLiteral("--db PATH [--due-before DATE] [--due-after DATE] [--overdue] [--reason NAME] "
                   "[--not-contacted DAYS] [--all] [--json]"),
    practiceOptions(
        {{QStringLiteral("due-before"), QStringLiteral("DATE"), QStringLiteral("due before this day")},
         {QStringLiteral("due-after"), QStringLiteral("DATE"),
          QStringLiteral("due on or after this day")},
         {QStringLiteral("overdue"), {}, QStringLiteral("only recalls past their due date")},
         {QStringLiteral("reason"), QStringLiteral("NAME"), QStringLiteral("recall reason (name or id)")},
         {QStringLiteral("not-contacted"), QStringLiteral("DAYS"),
          QStringLiteral("no contact attempt in that many days")},
         {QStringLiteral("all"), {}, QStringLiteral("done and dismissed recalls too")}}),
    0,
    0,
    runRecallsList}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("recalls"), QStringLiteral("add")},
    QStringLiteral("add a recall by hand"),
    QStringLiteral("PATIENT REASON --db PATH --due YYYY-MM-DD [--provider ID] [--note TEXT] [--json]"),
    practiceOptions({{QStringLiteral("due"), QStringLiteral("DATE"), QStringLiteral("due date")},
                     {QStringLiteral("provider"), QStringLiteral("ID"),
                      QStringLiteral("the provider to see (id)")},
                     {QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("a note")}}),
    2,
    2,
    runRecallsAdd}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("recalls"), QStringLiteral("dismiss")},
    QStringLiteral("dismiss a recall, saying why"),
    QStringLiteral("RECALL --db PATH --reason TEXT [--json]"),
    practiceOptions({{QStringLiteral("reason"), QStringLiteral("TEXT"),
                      QStringLiteral("why the recall is dismissed")}}),
    1,
    1,
    runRecallsDismiss}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("recalls"), QStringLiteral("campaign")},
    QStringLiteral("write to patients whose recalls are overdue (or due in a range); the SMTP "
                   "password comes from FRONTDESK_SMTP_PASSWORD"),
    QStringLiteral("--db PATH [--dry-run] [--due-from DATE --due-to DATE] [--reason NAME] "
                   "[--resend-days N] [--smtp-settings FILE] [--json]"),
    practiceOptions(
        {{QStringLiteral("dry-run"), {}, QStringLiteral("list who would get what; send nothing")},
         {QStringLiteral("due-from"), QStringLiteral("DATE"), QStringLiteral("first due date")},
         {QStringLiteral("due-to"), QStringLiteral("DATE"), QStringLiteral("last due date")},
         {QStringLiteral("reason"), QStringLiteral("NAME"), QStringLiteral("recall reason (name or id)")},
         {QStringLiteral("resend-days"), QStringLiteral("N"),
          QStringLiteral("leave a messaged recall alone this long (default 30)")},
         {QStringLiteral("smtp-settings"), QStringLiteral("FILE"),
          QStringLiteral("the SMTP server's settings (JSON); without it, the practice's reminder settings")}}),
    0,
    0,
    runRecallsCampaign}));

}  // namespace
}  // namespace fd::cli
