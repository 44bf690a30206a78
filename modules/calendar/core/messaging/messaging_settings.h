#pragma once

#include "calendar/core/messaging/messaging_types.h"
#include "calendar/core/messaging/sms_gateway_client.h"
#include "calendar/core/messaging/smtp_settings.h"
#include "common/result.h"
#include "common/secure_bytes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace fd::calendar::messaging {

// When reminders go out for appointments of one type (or of every type without a schedule
// of its own), by which channels, and with which templates.
struct ReminderSchedule
{
    QString appointmentTypeCode;  // empty: the practice's default schedule
    QString templateGroup = QStringLiteral("default");  // the templates' group ("new-patient")
    std::vector<ReminderRule> rules;
};

// The id a rule is logged under: its offset alone ("before-4320m"), so the same offset in
// another type's schedule, or a schedule edited and saved again, never sends a reminder twice.
QString ruleIdForOffset(qint64 offsetMinutes);

// Runs on their own inside the desktop application (docs/REMINDERS.md): only the workstation
// named here runs them, every intervalMinutes, while a user who may send is logged in there.
struct AutoRunSettings
{
    QString deviceId;         // the database's device id of that workstation; empty: off
    QString workstation;      // its host name when it was chosen, shown on the others
    int intervalMinutes = 5;  // 1..60

    static constexpr int kMinMinutes = 1;
    static constexpr int kMaxMinutes = 60;
    bool enabled() const { return !deviceId.isEmpty(); }
};

// One practice's messaging settings, kept in the encrypted practice database (never
// QSettings). The secrets are apart (MessagingSecrets) and never in toJson().
struct MessagingSettings
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::MessagingSettings)

public:
    bool emailEnabled = false;
    SmtpSettings smtp;
    QString fromName;  // the sender's display name; empty: the practice's name
    bool smsEnabled = false;
    SmsGatewaySettings sms;
    std::vector<ReminderSchedule> schedules;
    AutoRunSettings autoRun;

    // 3 days before by email and text, 2 hours before by text; both channels off.
    static MessagingSettings defaults();

    // The schedule of an appointment type: its own, else the default one (empty code).
    const ReminderSchedule* scheduleFor(const QString& appointmentTypeCode) const;

    // Names the first wrong field; the SMTP and SMS parts are checked when enabled.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<MessagingSettings> fromJson(const QJsonObject& json);
};

// The secrets of the settings: the SMTP password, the gateway's auth token and the secret
// its status callbacks are signed with (empty: the auth token, as Twilio does).
struct MessagingSecrets
{
    SecureBytes smtpPassword;
    SecureBytes smsAuthToken;
    SecureBytes callbackSecret;

    MessagingSecrets clone() const
    {
        return {smtpPassword.clone(), smsAuthToken.clone(), callbackSecret.clone()};
    }
};

// "3d", "2h", "90m" or plain minutes; nullopt for anything else.
std::optional<qint64> parseOffset(const QString& text);
QString offsetText(qint64 minutes);  // "3d", "2h", "90m"
// A schedule's reminders as people type them: "3d:email+sms,2h:sms".
Result<std::vector<ReminderRule>> parseRulesText(const QString& text);
QString rulesText(const std::vector<ReminderRule>& rules);

}  // namespace fd::calendar::messaging
