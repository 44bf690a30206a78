#include "calendar/core/messaging/reminder_dispatch.h"

#include "common/result.h"

namespace fd::calendar::messaging {

PreparedReminders prepareReminders(const std::vector<ReminderCandidate>& candidates,
                                   const PlanContext& context, const ReminderRenderer& renderer)
{
    PreparedReminders prepared;
    ReminderPlan plan = planReminders(candidates, context);
    QHash<QString, QString> templateSets;
    for (const ReminderRule& rule : context.rules)
        templateSets.insert(rule.id, rule.templateSet);
    prepared.due.reserve(plan.due.size());
    for (const PlannedReminder& p : plan.due) {
        const ReminderCandidate& c = candidates[size_t(p.candidate)];
        const QString set = templateSets.value(p.key.ruleId);
        OutgoingReminder out{p.candidate, p.key, p.destination, {}, {}};
        if (p.key.channel == Channel::Sms) {
            auto sms = renderer.renderSms(c, set);
            if (!sms) {
                prepared.problems << sms.error().message;
                continue;
            }
            out.sms = std::move(*sms);
        } else {
            auto email = renderer.renderEmail(c, set);
            if (!email) {
                prepared.problems << email.error().message;
                continue;
            }
            out.email = std::move(*email);
        }
        prepared.due.push_back(std::move(out));
    }
    prepared.deferred = std::move(plan.deferred);
    prepared.skipped = std::move(plan.skipped);
    return prepared;
}

Result<bool> sendEmailReminder(const OutgoingReminder& reminder, const ReminderCandidate& candidate,
                               const SmtpSender& sender, MessageLog& log, const QDateTime& now)
{
    auto claimed = log.claim(reminder.key, reminder.destination, now);
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return false;
    EmailMessage message;
    message.fromName = candidate.practiceName;
    message.toAddress = reminder.destination;
    message.subject = reminder.email.subject;
    message.textBody = reminder.email.text;
    message.htmlBody = reminder.email.html;
    SmtpFailure failure;
    auto sent = sender.send(message, now, &failure);
    if (!sent) {
        const bool retryable =
            !failure.mayHaveBeenDelivered && sent.error().code != ErrorCode::InvalidInput;
        FD_TRY(log.markFailed(reminder.key, errorCodeName(sent.error().code), retryable, now));
        return sent.error();
    }
    FD_TRY(log.markSent(reminder.key, sent->messageId, now));
    return true;
}

SmsSendJob* sendSmsReminder(const OutgoingReminder& reminder, SmsGatewayClient& client,
                            MessageLog& log, const QDateTime& now, Error* error)
{
    auto claimed = log.claim(reminder.key, reminder.destination, now);
    if (!claimed) {
        if (error)
            *error = claimed.error();
        return nullptr;
    }
    if (!*claimed)
        return nullptr;
    SmsSendJob* job = client.send({reminder.destination, reminder.sms.text});
    const ReminderKey key = reminder.key;
    auto record = [job, key, &log, now] {
        const auto& result = job->result();
        Status logged;
        if (result) {
            logged = log.markSent(key, result->providerMessageId, now);
            // A gateway that already failed the message says so in its answer.
            if (logged &&
                (result->status == SmsStatus::Failed || result->status == SmsStatus::Undelivered)) {
                auto applied = log.applyDeliveryStatus(
                    {result->providerMessageId, result->status, result->errorCode}, now);
                if (!applied)
                    logged = applied.error();
            }
        } else {
            // Only a request that never reached the gateway is certain not to have been taken.
            const bool retryable =
                !job->mayHaveBeenAccepted() && result.error().code != ErrorCode::InvalidInput;
            logged = log.markFailed(key, errorCodeName(result.error().code), retryable, now);
        }
        if (!logged)
            qWarning("reminder %s/%s/sms: the message log was not updated: %s",
                     qPrintable(key.appointmentId), qPrintable(key.ruleId),
                     qPrintable(logged.error().message));
    };
    if (job->isFinished())
        record();
    else
        QObject::connect(job, &SmsSendJob::finished, job, record);
    return job;
}

}  // namespace fd::calendar::messaging
