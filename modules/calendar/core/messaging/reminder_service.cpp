// ReminderService: the reminder run, retries, test messages and the message log's list.
#include "calendar/core/messaging/reminder_service.h"

#include "storage/sql_text.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace fd::calendar::messaging {

namespace {

const QString kMessageSent = QStringLiteral("message_sent");

// Runs a blocking call on a worker thread while this thread's events go on (the shell stays
// responsive; the database connection stays on its own thread).
template <typename Fn>
void runOffThread(Fn&& fn)
{
    QThread* thread = QThread::create(std::forward<Fn>(fn));
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
}

// Waits for a text message job (it has its own timeout).
void waitFor(SmsSendJob* job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &SmsSendJob::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool wanted(AppointmentStatus status)
{
    return status == AppointmentStatus::Scheduled || status == AppointmentStatus::Confirmed;
}

}  // namespace

QString runOutcomeName(RunOutcome outcome)
{
    switch (outcome) {
        case RunOutcome::Sent:
            return QStringLiteral("sent");
        case RunOutcome::WouldSend:
            return QStringLiteral("would_send");
        case RunOutcome::Failed:
            return QStringLiteral("failed");
        case RunOutcome::Deferred:
            return QStringLiteral("deferred");
        case RunOutcome::Skipped:
            return QStringLiteral("skipped");
        case RunOutcome::AlreadyClaimed:
            return QStringLiteral("already_claimed");
    }
    return {};
}

int RunReport::count(RunOutcome outcome) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [outcome](const RunItem& i) { return i.outcome == outcome; }));
}

ReminderService::ReminderService(ReminderServiceContext ctx)
    : m_ctx(std::move(ctx)), m_log(m_ctx.db)
{
}

ReminderService::~ReminderService() = default;

Result<std::shared_ptr<const ReminderRenderer>> ReminderService::renderer()
{
    if (!m_renderer) {
        auto templates = ReminderTemplates::shipped();
        FD_TRY(templates);
        m_renderer = std::make_shared<const ReminderRenderer>(
            std::make_shared<const ReminderTemplates>(std::move(*templates)));
    }
    return m_renderer;
}

QNetworkAccessManager* ReminderService::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

Result<SmtpReceipt> ReminderService::sendEmail(const StoredSettings& stored,
                                               const EmailMessage& email, const QDateTime& now,
                                               SmtpFailure* failure)
{
    const SmtpSender sender(stored.settings.smtp, stored.secrets.smtpPassword.clone());
    std::optional<Result<SmtpReceipt>> result;
    runOffThread([&] { result = sender.send(email, now, failure); });
    return std::move(*result);
}

Result<SmsSendResult> ReminderService::sendSms(const StoredSettings& stored,
                                               const OutgoingSms& sms)
{
    SmsGatewayClient client(stored.settings.sms, stored.secrets.smsAuthToken.clone(), network());
    SmsSendJob* job = client.send(sms);
    waitFor(job);
    Result<SmsSendResult> result = job->result();
    delete job;
    return result;
}

void ReminderService::auditSend(const RunItem& item, const QString& messageId)
{
    security::AuditRecord record;
    record.action = kMessageSent;
    record.outcome = item.outcome == RunOutcome::Sent ? QStringLiteral("success")
                                                      : QStringLiteral("failure");
    record.patientId = item.patientId;
    record.entity = QStringLiteral("reminder_messages");
    record.entityId = messageId;
    record.details = {{QStringLiteral("appointment_id"), item.appointmentId},
                      {QStringLiteral("rule_id"), item.ruleId},
                      {QStringLiteral("channel"), channelName(item.channel)},
                      {QStringLiteral("error"), item.reason}};
    if (auto recorded = m_ctx.audit->record(record); !recorded)
        qWarning("reminder %s: the audit entry was not written: %s",
                 qPrintable(item.appointmentId), qPrintable(recorded.error().message));
}

RunItem ReminderService::send(const OutgoingReminder& reminder,
                              const ReminderCandidate& candidate, const QString& patientId,
                              const StoredSettings& stored, const QDateTime& now)
{
    RunItem item{candidate.appointmentId, patientId, reminder.key.ruleId,
                 reminder.key.channel,    RunOutcome::Sent, {}, {},
                 candidate.start.toTimeZone(candidate.patientTimeZone), candidate.language, {}};
    auto claimed = m_log.claim(reminder.key, reminder.destination, now);
    if (!claimed || !*claimed) {
        item.outcome = claimed ? RunOutcome::AlreadyClaimed : RunOutcome::Failed;
        item.reason = claimed ? QString() : errorCodeName(claimed.error().code);
        return item;
    }
    Status logged;
    if (reminder.key.channel == Channel::Email) {
        EmailMessage message;
        message.fromName = stored.settings.fromName.isEmpty() ? candidate.practiceName
                                                              : stored.settings.fromName;
        message.toAddress = reminder.destination;
        message.subject = reminder.email.subject;
        message.textBody = reminder.email.text;
        message.htmlBody = reminder.email.html;
        SmtpFailure failure;
        auto sent = sendEmail(stored, message, now, &failure);
        if (sent) {
            logged = m_log.markSent(reminder.key, sent->messageId, now);
        } else {
            item.outcome = RunOutcome::Failed;
            item.reason = errorCodeName(sent.error().code);
            const bool retryable =
                !failure.mayHaveBeenDelivered && sent.error().code != ErrorCode::InvalidInput;
            logged = m_log.markFailed(reminder.key, item.reason, retryable, now);
            qWarning("reminder %s/%s/email: %s", qPrintable(item.appointmentId),
                     qPrintable(item.ruleId), qPrintable(sent.error().message));
        }
    } else {
        SmsGatewayClient client(stored.settings.sms, stored.secrets.smsAuthToken.clone(),
                                network());
        SmsSendJob* job = client.send({reminder.destination, reminder.sms.text});
        waitFor(job);
        const auto& result = job->result();
        if (result) {
            logged = m_log.markSent(reminder.key, result->providerMessageId, now);
            if (logged && (result->status == SmsStatus::Failed ||
                           result->status == SmsStatus::Undelivered)) {
                item.outcome = RunOutcome::Failed;
                item.reason = result->errorCode;
                auto applied = m_log.applyDeliveryStatus(
                    {result->providerMessageId, result->status, result->errorCode}, now);
                if (!applied)
                    logged = applied.error();
            }
        } else {
            item.outcome = RunOutcome::Failed;
            item.reason = errorCodeName(result.error().code);
            const bool retryable =
                !job->mayHaveBeenAccepted() && result.error().code != ErrorCode::InvalidInput;
            logged = m_log.markFailed(reminder.key, item.reason, retryable, now);
            qWarning("reminder %s/%s/sms: %s", qPrintable(item.appointmentId),
                     qPrintable(item.ruleId), qPrintable(result.error().message));
        }
        delete job;
    }
    if (!logged)
        qWarning("reminder %s/%s: the message log was not updated: %s",
                 qPrintable(item.appointmentId), qPrintable(item.ruleId),
                 qPrintable(logged.error().message));
    auto row = m_log.find(reminder.key);
    auditSend(item, row && row->has_value() ? (*row)->id : QString());
    return item;
}

namespace {

bool emailReady(const MessagingSettings& s)
{
    return s.emailEnabled && !s.smtp.host.isEmpty();
}

bool smsReady(const MessagingSettings& s)
{
    return s.smsEnabled && s.sms.validate();
}

}  // namespace

Result<MessageTransports> ReminderService::transports()
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSend));
    auto stored = loadSettings();
    FD_TRY(stored);
    MessageTransports out;
    if (emailReady(stored->settings))
        out.smtp = std::make_unique<SmtpSender>(stored->settings.smtp,
                                                stored->secrets.smtpPassword.clone());
    if (smsReady(stored->settings))
        out.sms = std::make_unique<SmsGatewayClient>(
            stored->settings.sms, stored->secrets.smsAuthToken.clone(), network());
    return out;
}

Result<RunReport> ReminderService::run(const RunOptions& options)
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSend));
    RunReport report;
    report.at = (options.at.isValid() ? options.at : m_ctx.clock->nowUtc()).toUTC();
    report.dryRun = options.dryRun;
    auto stored = loadSettings();
    FD_TRY(stored);
    auto render = renderer();
    FD_TRY(render);
    QList<Channel> configured;
    if (emailReady(stored->settings))
        configured << Channel::Email;
    else
        report.notes << tr("Email is not configured: no email reminders are sent.");
    if (smsReady(stored->settings))
        configured << Channel::Sms;
    else
        report.notes << tr("The SMS gateway is not configured: no text reminders are sent.");

    // The window: any appointment a rule can be due for at report.at.
    qint64 maxOffset = 0;
    for (const ReminderSchedule& s : stored->settings.schedules) {
        for (const ReminderRule& r : s.rules)
            maxOffset = std::max(maxOffset, r.offsetMinutes);
    }
    AppointmentFilter filter;
    filter.from = report.at;
    filter.to = report.at.addSecs(maxOffset * 60 + 1);
    filter.includeCancelled = false;
    auto appointments = m_ctx.appointments->list(filter);
    FD_TRY(appointments);
    auto types = m_ctx.schedule->types(true);
    FD_TRY(types);
    QHash<QString, QString> typeCodes;
    for (const AppointmentType& t : *types)
        typeCodes.insert(t.id, t.code);

    CandidateBuilder builder(m_ctx.practice);
    FD_TRY(builder.load());
    // Candidates grouped by the schedule that applies to them (its rules differ).
    struct Group
    {
        PlanContext context;
        std::vector<ReminderCandidate> candidates;
        QStringList patientIds;
    };
    QHash<const ReminderSchedule*, Group> groups;
    QStringList ids;
    for (const Appointment& a : *appointments) {
        if (!wanted(a.status) || a.start < report.at)
            continue;
        const ReminderSchedule* schedule = stored->settings.scheduleFor(typeCodes.value(a.typeId));
        if (!schedule)
            continue;
        ++report.appointments;
        auto candidate = builder.candidate(a, schedule->templateGroup);
        if (!candidate) {
            report.problems << candidate.error().message;
            continue;
        }
        Group& group = groups[schedule];
        group.candidates.push_back(std::move(*candidate));
        group.patientIds << a.patientId;
        ids << a.id;
    }
    auto logged = m_log.loggedKeys(ids);
    FD_TRY(logged);
    auto optedOut = m_log.optedOutNumbers();
    FD_TRY(optedOut);

    for (auto it = groups.begin(); it != groups.end(); ++it) {
        Group& group = it.value();
        group.context.now = report.at;
        group.context.alreadyLogged = *logged;
        group.context.optedOutNumbers = *optedOut;
        for (ReminderRule rule : it.key()->rules) {
            rule.channels.removeIf([&](Channel c) { return !configured.contains(c); });
            if (!rule.channels.isEmpty())
                group.context.rules.push_back(rule);
        }
        const PreparedReminders prepared =
            prepareReminders(group.candidates, group.context, **render);
        report.problems << prepared.problems;
        auto itemOf = [&](int index, const ReminderKey& key, RunOutcome outcome) {
            const ReminderCandidate& c = group.candidates[size_t(index)];
            return RunItem{c.appointmentId, group.patientIds.at(index), key.ruleId,
                           key.channel,     outcome, {}, {},
                           c.start.toTimeZone(c.patientTimeZone), c.language, {}};
        };
        for (const SkippedReminder& s : prepared.skipped) {
            RunItem item = itemOf(s.candidate, s.key, RunOutcome::Skipped);
            item.reason = skipReasonName(s.reason);
            if (s.isFinal && !options.dryRun) {
                if (auto skipped = m_log.logSkipped(s.key, s.reason, report.at); !skipped)
                    report.problems << skipped.error().message;
            }
            report.items.push_back(item);
        }
        for (const PlannedReminder& d : prepared.deferred) {
            RunItem item = itemOf(d.candidate, d.key, RunOutcome::Deferred);
            item.sendAt = d.sendAt;
            if (!report.nextRunAt.isValid() || d.sendAt < report.nextRunAt)
                report.nextRunAt = d.sendAt;
            report.items.push_back(item);
        }
        for (const OutgoingReminder& out : prepared.due) {
            if (options.dryRun) {
                RunItem item = itemOf(out.candidate, out.key, RunOutcome::WouldSend);
                item.preview = out.key.channel == Channel::Sms ? out.sms.text : out.email.subject;
                report.items.push_back(item);
                continue;
            }
            report.items.push_back(send(out, group.candidates[size_t(out.candidate)],
                                        group.patientIds.at(out.candidate), *stored, report.at));
        }
    }
    return report;
}

Result<RunItem> ReminderService::retry(const QString& messageId)
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSend));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT appointment_id, rule_id, channel, status, "
                                          "retryable, attempts FROM reminder_messages WHERE id = ?"),
                           {messageId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("No logged message has the id %1").arg(messageId));
    ReminderKey key{q->value(0).toString(), q->value(1).toString(), Channel::Email};
    parseChannel(q->value(2).toString(), &key.channel);
    if (q->value(3).toString() != QLatin1String("failed") || q->value(4).toInt() == 0 ||
        q->value(5).toInt() >= MessageLog::kMaxAttempts)
        return makeError(ErrorCode::Conflict,
                         tr("Message %1 cannot be sent again: only a failed message that "
                            "certainly never left is retried, at most %2 times")
                             .arg(messageId)
                             .arg(MessageLog::kMaxAttempts));
    auto stored = loadSettings();
    FD_TRY(stored);
    auto appointment = m_ctx.appointments->get(key.appointmentId);
    FD_TRY(appointment);
    const QDateTime now = m_ctx.clock->nowUtc();
    if (!wanted(appointment->status) || appointment->start <= now)
        return makeError(ErrorCode::Conflict,
                         tr("Message %1 is not sent again: appointment %2 is past or no longer "
                            "scheduled")
                             .arg(messageId, key.appointmentId));
    auto type = m_ctx.schedule->type(appointment->typeId);
    const ReminderSchedule* schedule =
        stored->settings.scheduleFor(type ? type->code : QString());
    QString templateSet = QStringLiteral("reminder");
    QString group = schedule ? schedule->templateGroup : QStringLiteral("default");
    CandidateBuilder builder(m_ctx.practice);
    FD_TRY(builder.load());
    auto candidate = builder.candidate(*appointment, group);
    FD_TRY(candidate);
    auto optedOut = m_log.optedOutNumbers();
    FD_TRY(optedOut);
    const ChannelDecision decision = decideChannel(candidate->contact, key.channel, *optedOut);
    if (!decision.allowed)
        return makeError(ErrorCode::Conflict,
                         tr("Message %1 is not sent again: %2")
                             .arg(messageId, skipReasonName(decision.reason)));
    auto render = renderer();
    FD_TRY(render);
    OutgoingReminder out{0, key, decision.destination, {}, {}};
    if (key.channel == Channel::Sms) {
        auto sms = (*render)->renderSms(*candidate, templateSet);
        FD_TRY(sms);
        out.sms = *sms;
    } else {
        auto email = (*render)->renderEmail(*candidate, templateSet);
        FD_TRY(email);
        out.email = *email;
    }
    RunItem item = send(out, *candidate, appointment->patientId, *stored, now);
    if (item.outcome == RunOutcome::AlreadyClaimed)
        return makeError(ErrorCode::Conflict,
                         tr("Message %1 was not sent again: it is being sent or was sent")
                             .arg(messageId));
    return item;
}

Status ReminderService::sendTest(const TestMessage& message)
{
    FD_TRY(m_ctx.access->require(perm::kRemindersSend));
    auto stored = loadSettings();
    FD_TRY(stored);
    CandidateBuilder builder(m_ctx.practice);
    FD_TRY(builder.load());
    const QString text = tr("%1: this is a test message of the appointment reminders.")
                             .arg(builder.practiceName());
    security::AuditRecord record;
    record.action = kMessageSent;
    record.entity = QStringLiteral("test_message");
    record.details = {{QStringLiteral("channel"), channelName(message.channel)}};
    Status sent;
    if (message.channel == Channel::Email) {
        if (!emailReady(stored->settings))
            return makeError(ErrorCode::InvalidInput, tr("Email is not configured"));
        EmailMessage email;
        email.fromName = stored->settings.fromName.isEmpty() ? builder.practiceName()
                                                             : stored->settings.fromName;
        email.toAddress = message.destination.trimmed();
        email.subject = tr("Test message from %1").arg(builder.practiceName());
        email.textBody = text;
        auto result = sendEmail(*stored, email, m_ctx.clock->nowUtc(), nullptr);
        if (!result)
            sent = result.error();
    } else {
        if (!stored->settings.smsEnabled)
            return makeError(ErrorCode::InvalidInput, tr("The SMS gateway is not configured"));
        const QString number = message.destination.startsWith(QLatin1Char('+'))
                                   ? message.destination.trimmed()
                                   : nanpE164(message.destination);
        auto result = sendSms(*stored, {number, text});
        if (!result)
            sent = result.error();
    }
    if (!sent) {
        record.outcome = QStringLiteral("failure");
        record.details.insert(QStringLiteral("error"), errorCodeName(sent.error().code));
    }
    FD_TRY(m_ctx.audit->record(record));
    return sent;
}

Result<std::vector<LoggedMessage>> ReminderService::messages(const MessageFilter& filter)
{
    FD_TRY(m_ctx.access->require(perm::kMessagesView));
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (filter.from.isValid()) {
        where << QStringLiteral("created_at >= ?");
        binds << toIsoUtc(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("created_at < ?");
        binds << toIsoUtc(filter.to);
    }
    if (filter.channel) {
        where << QStringLiteral("channel = ?");
        binds << channelName(*filter.channel);
    }
    if (filter.status) {
        where << QStringLiteral("status = ?");
        binds << messageStatusName(*filter.status);
    }
    binds << std::clamp(filter.limit, 1, 5000) << std::max(0, filter.offset);
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT id, appointment_id, rule_id, channel, destination, status, "
                       "provider_message_id, error, attempts, created_at, updated_at "
                       "FROM reminder_messages WHERE %1 ORDER BY created_at DESC, id "
                       "LIMIT ? OFFSET ?")
            .arg(where.join(QStringLiteral(" AND "))),
        binds);
    FD_TRY(q);
    std::vector<LoggedMessage> list;
    while (q->next()) {
        LoggedMessage m;
        m.id = q->value(0).toString();
        m.key.appointmentId = q->value(1).toString();
        m.key.ruleId = q->value(2).toString();
        parseChannel(q->value(3).toString(), &m.key.channel);
        m.destination = q->value(4).toString();
        m.status = parseMessageStatus(q->value(5).toString()).value_or(MessageStatus::Queued);
        m.providerMessageId = q->value(6).toString();
        m.error = q->value(7).toString();
        m.attempts = q->value(8).toInt();
        m.createdAt = QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs);
        m.updatedAt = QDateTime::fromString(q->value(10).toString(), Qt::ISODateWithMs);
        list.push_back(m);
    }
    return list;
}

}  // namespace fd::calendar::messaging
