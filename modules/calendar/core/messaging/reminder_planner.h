#pragma once

#include "calendar/core/messaging/messaging_types.h"

#include <QSet>
#include <QTime>

#include <vector>

namespace fd::calendar::messaging {

// Messages go out only between these local times of the patient (08:00 inclusive to 21:00
// exclusive by default), whatever the practice's own zone.
struct QuietHours
{
    QTime allowedFrom = QTime(8, 0);
    QTime allowedUntil = QTime(21, 0);
};

// Why a rule's message for an appointment will not be sent.
enum class SkipReason
{
    NoConsent,             // no consent for the channel (or SMS consent for another number)
    NoDestination,         // no address or number chosen for the channel
    ConfidentialChoice,    // the patient's confidential-communication choice excludes the channel
    OptedOut,              // the number texted STOP
    QuietHoursUntilStart,  // the next allowed hour is at or after the appointment's start
    Superseded,            // a closer rule of the same channel is due at the same time
};

QString skipReasonName(SkipReason reason);  // stored in the message log

struct PlannedReminder
{
    int candidate = -1;  // index into the candidates given
    ReminderKey key;
    QString destination;  // email address or E.164 number
    QDateTime sendAt;     // UTC: now when due, the next allowed local hour when deferred
    qint64 offsetMinutes = 0;
};

struct SkippedReminder
{
    int candidate = -1;
    ReminderKey key;
    SkipReason reason = SkipReason::NoConsent;
    // Final: nothing later can make it due (log it as skipped); otherwise a later run with
    // new consent or choices may still send it.
    bool isFinal = false;
};

struct ReminderPlan
{
    std::vector<PlannedReminder> due;       // send now
    std::vector<PlannedReminder> deferred;  // due, but in the patient's quiet hours
    std::vector<SkippedReminder> skipped;
};

struct PlanContext
{
    QDateTime now;
    std::vector<ReminderRule> rules;
    QSet<ReminderKey> alreadyLogged;  // keys in the message log, whatever their status
    QSet<QString> optedOutNumbers;    // E.164 numbers that texted STOP (and not START since)
    QuietHours quietHours;
};

// Decides the channel's destination for a candidate, or why there is none.
struct ChannelDecision
{
    bool allowed = false;
    QString destination;
    SkipReason reason = SkipReason::NoConsent;
};
ChannelDecision decideChannel(const ContactChoices& contact, Channel channel,
                              const QSet<QString>& optedOutNumbers);

// The next instant at or after `at` inside the allowed hours of `zone`.
QDateTime nextAllowedTime(const QDateTime& at, const QTimeZone& zone, const QuietHours& hours);

// What is due at context.now: a rule's message for an appointment is due once now is at or
// after start - offset, while the appointment is still ahead and not cancelled, and its key is
// not in the log. Candidates with an invalid start or zone are left out (the caller checks
// them with the renderer, which names them).
ReminderPlan planReminders(const std::vector<ReminderCandidate>& candidates,
                           const PlanContext& context);

}  // namespace fd::calendar::messaging
