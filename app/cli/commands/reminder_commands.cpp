// frontdeskctl reminders run|retry|test|import-replies|import-status|replies|settings, messages list
#include "practice_cli_support.h"

#include "calendar/core/messaging/reminders.h"
#include "common/clock.h"
#include "practice/core/practice_profile.h"

#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

namespace fd::cli {
namespace {

using namespace practice_cli;
namespace msg = calendar::messaging;

std::shared_ptr<msg::IReminderService> reminders(OpenPractice& p)
{
    return p.registry.get<msg::IReminderService>();
}

// --at: ISO 8601 with its zone, or a local time at the practice.
Result<QDateTime> atOption(CommandContext& ctx, OpenPractice& p)
{
    if (!ctx.has(QStringLiteral("at")))
        return QDateTime();
    const QString text = ctx.value(QStringLiteral("at"));
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime) {
        auto profile = p.registry.get<practice::IPracticeProfile>()->profile();
        FD_TRY(profile);
        at = QDateTime(at.date(), at.time(), QTimeZone(profile->timeZone.toUtf8()));
    }
    if (!at.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("--at \"%1\" is not a date and time (YYYY-MM-DDTHH:MM, optionally "
                            "with Z or an offset)")
                             .arg(text));
    return at.toUTC();
}

QJsonObject itemJson(const msg::RunItem& i, bool dryRun)
{
    QJsonObject o{{QStringLiteral("appointment_id"), i.appointmentId},
                  {QStringLiteral("rule_id"), i.ruleId},
                  {QStringLiteral("channel"), msg::channelName(i.channel)},
                  {QStringLiteral("outcome"), msg::runOutcomeName(i.outcome)},
                  {QStringLiteral("reason"), i.reason},
                  {QStringLiteral("language"), msg::languageCode(i.language)},
                  {QStringLiteral("local_start"), i.localStart.toString(Qt::ISODate)}};
    if (i.sendAt.isValid())
        o.insert(QStringLiteral("send_at"), toIsoUtc(i.sendAt));
    if (dryRun)
        o.insert(QStringLiteral("preview"), i.preview);
    return o;
}

int runRemindersRun(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto at = atOption(ctx, p);
        if (!at)
            return ctx.usageError(at.error().message);
        auto report = reminders(p)->run({*at, ctx.flag(QStringLiteral("dry-run"))});
        if (!report)
            return failWith(ctx, report.error());
        using O = msg::RunOutcome;
        if (ctx.json()) {
            QJsonArray items;
            for (const auto& i : report->items)
                items.append(itemJson(i, report->dryRun));
            ctx.printJson(QJsonObject{
                {QStringLiteral("at"), toIsoUtc(report->at)},
                {QStringLiteral("dry_run"), report->dryRun},
                {QStringLiteral("appointments"), report->appointments},
                {QStringLiteral("sent"), report->count(O::Sent)},
                {QStringLiteral("would_send"), report->count(O::WouldSend)},
                {QStringLiteral("failed"), report->count(O::Failed)},
                {QStringLiteral("deferred"), report->count(O::Deferred)},
                {QStringLiteral("skipped"), report->count(O::Skipped)},
                {QStringLiteral("next_run_at"),
                 report->nextRunAt.isValid() ? toIsoUtc(report->nextRunAt) : QString()},
                {QStringLiteral("items"), items},
                {QStringLiteral("notes"), QJsonArray::fromStringList(report->notes)},
                {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
        } else {
            for (const auto& i : report->items)
                ctx.out() << QStringLiteral("%1  %2  %3  %4%5\n")
                                 .arg(msg::runOutcomeName(i.outcome), -12)
                                 .arg(msg::channelName(i.channel), -5)
                                 .arg(i.appointmentId, i.ruleId,
                                      i.reason.isEmpty() ? QString()
                                                         : QStringLiteral("  (%1)").arg(i.reason));
            for (const QString& n : report->notes)
                ctx.out() << n << '\n';
            for (const QString& problem : report->problems)
                ctx.out() << tr("problem: ") << problem << '\n';
            ctx.out() << tr("%1 appointments: %2 sent, %3 would be sent, %4 failed, %5 deferred, "
                            "%6 skipped\n")
                             .arg(report->appointments)
                             .arg(report->count(O::Sent))
                             .arg(report->count(O::WouldSend))
                             .arg(report->count(O::Failed))
                             .arg(report->count(O::Deferred))
                             .arg(report->count(O::Skipped));
        }
        return report->count(O::Failed) > 0 || !report->problems.isEmpty() ? int(kExitProblems)
                                                                            : int(kExitOk);
    });
}

int runRemindersRetry(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto item = reminders(p)->retry(ctx.positional().at(0));
        if (!item)
            return failWith(ctx, item.error());
        if (ctx.json())
            ctx.printJson(itemJson(*item, false));
        else
            ctx.out() << msg::runOutcomeName(item->outcome) << '\n';
        return item->outcome == msg::RunOutcome::Sent ? int(kExitOk) : int(kExitProblems);
    });
}

int runRemindersTest(CommandContext& ctx)
{
    const bool email = ctx.has(QStringLiteral("email"));
    if (email == ctx.has(QStringLiteral("sms")))
        return ctx.usageError(tr("give one of --email ADDRESS or --sms NUMBER"));
    return withPractice(ctx, [&](OpenPractice& p) {
        const msg::TestMessage test{email ? msg::Channel::Email : msg::Channel::Sms,
                                    ctx.value(email ? QStringLiteral("email") : QStringLiteral("sms"))};
        if (auto sent = reminders(p)->sendTest(test); !sent)
            return failWith(ctx, sent.error());
        ctx.out() << tr("Test message sent.\n");
        return int(kExitOk);
    });
}

QJsonObject replyJson(const msg::ReplyRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("line"), r.line},
            {QStringLiteral("received_at"), toIsoUtc(r.receivedAt)},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("appointment_id"), r.appointmentId},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("auto_reply"), r.autoReplyStatus},
            {QStringLiteral("already_imported"), r.alreadyImported},
            {QStringLiteral("resolved"), r.resolvedAt.isValid()}};
}

int runImportReplies(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto report = reminders(p)->importReplies(ctx.positional().at(0));
        if (!report)
            return failWith(ctx, report.error());
        if (ctx.json()) {
            QJsonArray replies;
            for (const auto& r : report->replies)
                replies.append(replyJson(r));
            ctx.printJson(QJsonObject{{QStringLiteral("read"), report->read},
                                      {QStringLiteral("imported"), report->imported},
                                      {QStringLiteral("already_imported"), report->alreadyImported},
                                      {QStringLiteral("unmatched"),
                                       QJsonArray::fromStringList(report->unmatched)},
                                      {QStringLiteral("replies"), replies}});
        } else {
            for (const auto& r : report->replies)
                ctx.out() << tr("line %1: %2 %3 %4\n")
                                 .arg(r.line)
                                 .arg(r.alreadyImported ? tr("already imported") : r.action,
                                      r.outcome, r.appointmentId);
            for (const QString& u : report->unmatched)
                ctx.out() << tr("for staff: ") << u << '\n';
            ctx.out() << tr("%1 replies read, %2 imported, %3 imported before\n")
                             .arg(report->read)
                             .arg(report->imported)
                             .arg(report->alreadyImported);
        }
        return int(kExitOk);
    });
}

int runImportStatus(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto report = reminders(p)->importStatusCallbacks(ctx.positional().at(0));
        if (!report)
            return failWith(ctx, report.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("read"), report->read},
                                      {QStringLiteral("updated"), report->updated},
                                      {QStringLiteral("unknown"), report->unknown},
                                      {QStringLiteral("problems"),
                                       QJsonArray::fromStringList(report->problems)}});
        } else {
            for (const QString& problem : report->problems)
                ctx.out() << tr("problem: ") << problem << '\n';
            ctx.out() << tr("%1 callbacks read, %2 applied, %3 for unknown messages\n")
                             .arg(report->read)
                             .arg(report->updated)
                             .arg(report->unknown);
        }
        return report->problems.isEmpty() ? int(kExitOk) : int(kExitProblems);
    });
}

int runReplies(CommandContext& ctx)
{
    return withPractice(ctx, [&](OpenPractice& p) {
        auto service = reminders(p);
        if (ctx.has(QStringLiteral("resolve"))) {
            if (auto done = service->resolveReply(ctx.value(QStringLiteral("resolve"))); !done)
                return failWith(ctx, done.error());
        }
        auto list = service->openReplies(ctx.flag(QStringLiteral("all")));
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& r : *list)
                out.append(replyJson(r));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& r : *list)
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(toIsoUtc(r.receivedAt), r.action, r.outcome, r.appointmentId,
                                  r.id);
        return int(kExitOk);
    });
}

QJsonObject messageJson(const msg::LoggedMessage& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("appointment_id"), m.key.appointmentId},
            {QStringLiteral("rule_id"), m.key.ruleId},
            {QStringLiteral("channel"), msg::channelName(m.key.channel)},
            {QStringLiteral("destination"), m.destination},
            {QStringLiteral("status"), msg::messageStatusName(m.status)},
            {QStringLiteral("provider_message_id"), m.providerMessageId},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("created_at"), toIsoUtc(m.createdAt)},
            {QStringLiteral("updated_at"), toIsoUtc(m.updatedAt)}};
}

int runMessagesList(CommandContext& ctx)
{
    int status = kExitOk;
    msg::MessageFilter filter;
    filter.limit = 5000;
    if (ctx.has(QStringLiteral("from"))) {
        auto from = dateOption(ctx, QStringLiteral("from"), {}, &status);
        if (!from)
            return status;
        filter.from = QDateTime(*from, QTime(0, 0), QTimeZone::utc());
    }
    if (ctx.has(QStringLiteral("to"))) {
        auto to = dateOption(ctx, QStringLiteral("to"), {}, &status);
        if (!to)
            return status;
        filter.to = QDateTime(to->addDays(1), QTime(0, 0), QTimeZone::utc());
    }
    if (ctx.has(QStringLiteral("channel"))) {
        msg::Channel channel;
        if (!msg::parseChannel(ctx.value(QStringLiteral("channel")), &channel))
            return ctx.usageError(tr("--channel is email or sms"));
        filter.channel = channel;
    }
    if (ctx.has(QStringLiteral("status"))) {
        filter.status = msg::parseMessageStatus(ctx.value(QStringLiteral("status")));
        if (!filter.status)
            return ctx.usageError(
                tr("--status is queued, sent, delivered, undelivered, failed or skipped"));
    }
    return withPractice(ctx, [&](OpenPractice& p) {
        auto list = reminders(p)->messages(filter);
        if (!list)
            return failWith(ctx, list.error());
        if (ctx.json()) {
            QJsonArray out;
            for (const auto& m : *list)
                out.append(messageJson(m));
            ctx.printJson(out);
            return int(kExitOk);
        }
        for (const auto& m : *list)
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                             .arg(toIsoUtc(m.createdAt), msg::channelName(m.key.channel),
                                  msg::messageStatusName(m.status), m.key.appointmentId,
                                  m.key.ruleId, m.error);
        return int(kExitOk);
    });
}

const std::vector<OptionSpec> kRunOptions{
    {QStringLiteral("dry-run"), {}, QStringLiteral("report what would be sent; send nothing")},
    {QStringLiteral("at"), QStringLiteral("DATETIME"),
     QStringLiteral("run as at this time (default: now; without a zone, the practice's)")}};

}  // namespace

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("reminders"), QStringLiteral("run")},
    QStringLiteral("send the appointment reminders that are due, each once (exit 3 when one "
                   "failed)"),
    QStringLiteral("--db PATH [--dry-run] [--at DATETIME] [--json]"), practiceOptions(kRunOptions),
    0, 0, runRemindersRun}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("reminders"), QStringLiteral("retry")},
    QStringLiteral("send a failed reminder again when it certainly never left"),
    QStringLiteral("--db PATH MESSAGE_ID [--json]"), practiceOptions(), 1, 1, runRemindersRetry}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("reminders"), QStringLiteral("test")},
    QStringLiteral("send a test message through the configured email or SMS settings"),
    QStringLiteral("--db PATH (--email ADDRESS | --sms NUMBER)"),
    practiceOptions({{QStringLiteral("email"), QStringLiteral("ADDRESS"), QStringLiteral("to")},
                     {QStringLiteral("sms"), QStringLiteral("NUMBER"), QStringLiteral("to")}}),
    0, 0, runRemindersTest}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("reminders"), QStringLiteral("import-replies")},
    QStringLiteral("import inbound texts (CSV from,body,received_at or a JSON array): C "
                   "confirms, R asks to reschedule, STOP/START/HELP as carriers require"),
    QStringLiteral("--db PATH FILE [--json]"), practiceOptions(), 1, 1, runImportReplies}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("reminders"), QStringLiteral("import-status")},
    QStringLiteral("import signed SMS status callbacks (JSON array of url, body, signature)"),
    QStringLiteral("--db PATH FILE [--json]"), practiceOptions(), 1, 1, runImportStatus}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("reminders"), QStringLiteral("replies")},
    QStringLiteral("list reschedule requests and replies for staff"),
    QStringLiteral("--db PATH [--all] [--resolve REPLY_ID] [--json]"),
    practiceOptions({{QStringLiteral("all"), {}, QStringLiteral("include resolved ones")},
                     {QStringLiteral("resolve"), QStringLiteral("ID"),
                      QStringLiteral("mark a reply resolved first")}}),
    0, 0, runReplies}));

FD_CLI_REGISTER((CommandSpec{
    {QStringLiteral("messages"), QStringLiteral("list")},
    QStringLiteral("list logged reminder messages, newest first"),
    QStringLiteral("--db PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--channel email|sms] "
                   "[--status STATUS] [--json]"),
    practiceOptions({{QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first day (UTC)")},
                     {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last day (UTC)")},
                     {QStringLiteral("channel"), QStringLiteral("CHANNEL"), QStringLiteral("email or sms")},
                     {QStringLiteral("status"), QStringLiteral("STATUS"), QStringLiteral("only this status")}}),
    0, 0, runMessagesList}));

}  // namespace fd::cli
