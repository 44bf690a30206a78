#pragma once

#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/reminder_planner.h"
#include "calendar/core/messaging/reminder_renderer.h"
#include "calendar/core/messaging/sms_gateway_client.h"
#include "calendar/core/messaging/smtp_sender.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace fd::calendar::messaging {

// A due reminder with its text, ready to send.
struct OutgoingReminder
{
    int candidate = -1;
    ReminderKey key;
    QString destination;
    RenderedSms sms;      // for Channel::Sms
    RenderedEmail email;  // for Channel::Email
};

struct PreparedReminders
{
    std::vector<OutgoingReminder> due;
    std::vector<PlannedReminder> deferred;
    std::vector<SkippedReminder> skipped;
    QStringList problems;  // reminders that could not be written, by appointment id (no PHI)
};

// Chooses what is due at context.now and writes each message (the part measured by
// tests/bench/bench_reminders.cpp). Nothing is sent or logged.
PreparedReminders prepareReminders(const std::vector<ReminderCandidate>& candidates,
                                   const PlanContext& context, const ReminderRenderer& renderer);

// Sends one prepared email exactly once: claims its key in the log, sends, records the result.
// False (and nothing sent) when the key was already claimed. A failure that happened before
// the message could have reached the server leaves the key open for a later run.
Result<bool> sendEmailReminder(const OutgoingReminder& reminder, const ReminderCandidate& candidate,
                               const SmtpSender& sender, MessageLog& log, const QDateTime& now);

// Starts one prepared text message once: claims its key, posts it, and records the gateway's
// answer in the log when the job finishes. nullptr when the key was already claimed (or the
// claim failed: `error` says why).
SmsSendJob* sendSmsReminder(const OutgoingReminder& reminder, SmsGatewayClient& client,
                            MessageLog& log, const QDateTime& now, Error* error = nullptr);

}  // namespace fd::calendar::messaging
