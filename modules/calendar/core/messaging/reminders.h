#pragma once

// The reminder service of the running practice: settings, runs, replies and the message log
// (docs/REMINDERS.md). Published in the ServiceRegistry by registerMessagingServices().
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/messaging_settings.h"
#include "calendar/core/messaging/sms_gateway_client.h"
#include "calendar/core/messaging/smtp_sender.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace fd::calendar::messaging {

namespace perm {
inline const QString kMessagesView = QStringLiteral("calendar.messages.view");
inline const QString kRemindersSend = QStringLiteral("calendar.reminders.send");
inline const QString kRemindersSettings = QStringLiteral("calendar.reminders.settings");
}  // namespace perm

// Declares the messaging permissions with their default roles (idempotent).
void declareMessagingPermissions();

// What the run did (or, in a dry run, would do) with one rule's message of one appointment.
enum class RunOutcome
{
    Sent,           // accepted by the SMTP server or the SMS gateway
    WouldSend,      // dry run: due now
    Failed,         // the send failed (error says why; retryable says whether a run may retry)
    Deferred,       // due, but in the patient's quiet hours: sent at sendAt
    Skipped,        // will not be sent (reason); final skips are logged
    AlreadyClaimed  // another run took it between planning and sending
};
QString runOutcomeName(RunOutcome outcome);

struct RunItem
{
    QString appointmentId;
    QString patientId;
    QString ruleId;
    Channel channel = Channel::Email;
    RunOutcome outcome = RunOutcome::Skipped;
    QString reason;      // a skip reason or error code; never message text
    QDateTime sendAt;    // deferred: when
    QDateTime localStart;  // the start in the patient's zone, as the message says it
    Language language = Language::English;
    QString preview;  // dry run only: the text message, or the email's subject
};

struct RunReport
{
    QDateTime at;
    bool dryRun = false;
    int appointments = 0;  // scheduled or confirmed in the run's window
    std::vector<RunItem> items;
    QStringList problems;  // what could not be prepared, by appointment id (no PHI)
    QStringList notes;     // e.g. a channel not configured
    QDateTime nextRunAt;   // the earliest deferred message, or invalid
    int count(RunOutcome outcome) const;
};

struct RunOptions
{
    QDateTime at;  // invalid: now
    bool dryRun = false;
};

// One imported reply and what became of it.
struct ReplyRecord
{
    QString id;
    int line = 0;  // in the imported file
    QString from;
    QDateTime receivedAt;
    QString kind;    // confirm, reschedule, opt_out, opt_in, help, other (replyKindName)
    QString action;  // confirmed, reschedule_requested, opted_out, opted_in, help, staff
    QString appointmentId;
    QString outcome;          // e.g. "confirmed", "already_confirmed", "no_matching_reminder"
    QString autoReplyStatus;  // sent, failed, not_configured, or empty for none
    bool alreadyImported = false;
    QDateTime resolvedAt;
    QString body;  // shown to staff only (the dock); never logged
};

struct ReplyImportReport
{
    int read = 0;
    int imported = 0;
    int alreadyImported = 0;
    std::vector<ReplyRecord> replies;  // in file order
    QStringList unmatched;  // "line N: ..." for replies a person must read
};

struct StatusImportReport
{
    int read = 0;
    int updated = 0;
    int unknown = 0;  // no logged message has that sid
    QStringList problems;
};

struct MessageFilter
{
    QDateTime from;  // created at, UTC inclusive; invalid: no bound
    QDateTime to;    // exclusive
    std::optional<Channel> channel;
    std::optional<MessageStatus> status;
    int offset = 0;
    int limit = 200;
};

// A message sent to test the settings: nothing is logged in the reminder log.
struct TestMessage
{
    Channel channel = Channel::Email;
    QString destination;  // email address or E.164 number
};

// The practice's senders, built from its stored settings and secrets, for the features that
// write to patients besides the reminders (the recall campaigns). A channel that is not set up
// stays empty. The SMS client uses the service's network access: valid while the service lives.
struct MessageTransports
{
    std::unique_ptr<SmtpSender> smtp;
    std::unique_ptr<SmsGatewayClient> sms;
};

// Needs calendar.messages.view to read, calendar.reminders.send to run, retry, import and
// test, calendar.reminders.settings to change the settings. Each send, settings change and
// import is audited; secrets are never in an audit entry.
class IReminderService
{
public:
    virtual ~IReminderService() = default;

    virtual Result<MessagingSettings> settings() = 0;
    // Which secrets are set (values are never read back out of the service).
    virtual Result<QStringList> secretsSet() = 0;
    // Saves the settings; a secret left empty in `secrets` keeps the stored one unless
    // named in `clearSecrets` ("smtp_password", "sms_auth_token", "callback_secret").
    virtual Status saveSettings(const MessagingSettings& settings, MessagingSecrets secrets,
                                const QStringList& clearSecrets = {}) = 0;

    virtual Result<RunReport> run(const RunOptions& options) = 0;
    // Sends a failed message again when it certainly never left (MessageLog::claim).
    virtual Result<RunItem> retry(const QString& messageId) = 0;
    virtual Status sendTest(const TestMessage& message) = 0;
    // Needs calendar.reminders.send: whoever may send reminders may have the practice's
    // senders; the secrets stay inside them.
    virtual Result<MessageTransports> transports() = 0;

    // A CSV (from,body,received_at) or JSON array of inbound texts. Bad input names its line
    // and changes nothing; a reply imported before is left as it is.
    virtual Result<ReplyImportReport> importReplies(const QString& path) = 0;
    // A JSON array of gateway status callbacks {url, body, signature}, each verified.
    virtual Result<StatusImportReport> importStatusCallbacks(const QString& path) = 0;

    virtual Result<std::vector<LoggedMessage>> messages(const MessageFilter& filter) = 0;
    // Reschedule requests and replies for staff not yet resolved (all with includeResolved).
    virtual Result<std::vector<ReplyRecord>> openReplies(bool includeResolved = false) = 0;
    virtual Status resolveReply(const QString& replyId) = 0;
};

}  // namespace fd::calendar::messaging
