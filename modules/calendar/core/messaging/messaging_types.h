#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace fd::calendar::messaging {

// How a reminder reaches the patient.
enum class Channel
{
    Email,
    Sms
};

// The languages reminders are written in (the patient's preferred language).
enum class Language
{
    English,
    Spanish
};

QString channelName(Channel channel);  // "email", "sms" (stored, never shown)
bool parseChannel(const QString& name, Channel* channel);
QString languageCode(Language language);  // "en", "es"
bool parseLanguage(const QString& code, Language* language);
// The locale dates and times of a reminder are written in: en_US or es_US.
QString localeName(Language language);

// Where and how the patient may be reached, as the patient's consent and confidential-
// communication choices (HIPAA 164.522(b)) decided: the caller resolves those choices into
// the one email address and the one mobile number reminders may use.
struct ContactChoices
{
    QString email;              // the address chosen for reminders; empty: none
    bool emailConsent = false;  // the patient agreed to reminders by email
    QString smsPhone;           // E.164 mobile number chosen for reminders; empty: none
    QString smsConsentPhone;    // the number the SMS consent was given for (E.164)
    bool smsConsent = false;    // the patient agreed to text messages on smsConsentPhone
    // A confidential-communication request limiting reminders to some channels: when set,
    // only the listed channels are used (an empty list with the flag set allows none).
    bool confidentialRestriction = false;
    QList<Channel> confidentialChannels;
};

// One appointment as the reminder rules see it: plain values the scheduling core fills in.
struct ReminderCandidate
{
    QString appointmentId;
    QDateTime start;  // the appointment's start (any time spec; compared as UTC)
    bool cancelled = false;
    QTimeZone patientTimeZone;  // quiet hours and the rendered day and time use this zone
    Language language = Language::English;
    ContactChoices contact;
    QString practiceName;
    QString practicePhone;        // shown in HELP replies and reminders
    QString providerDisplayName;  // email only
    QString locationShortName;
    QString locationAddress;       // email only
    QString appointmentTypeGroup;  // chooses the templates ("default" when empty); never shown
    QString appointmentTypeName;   // never shown in a reminder (minimum necessary)
};

// A rule of the practice: how long before the start, by which channels, with which templates.
struct ReminderRule
{
    QString id;                // stable: the sent log is keyed by it
    qint64 offsetMinutes = 0;  // 3 days before = 4320
    QList<Channel> channels;
    QString templateSet = QStringLiteral("reminder");
};

// The key a reminder is sent once by: (appointment, rule, channel).
struct ReminderKey
{
    QString appointmentId;
    QString ruleId;
    Channel channel = Channel::Sms;

    bool operator==(const ReminderKey&) const = default;
};

inline size_t qHash(const ReminderKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.appointmentId, key.ruleId, int(key.channel));
}

}  // namespace fd::calendar::messaging
