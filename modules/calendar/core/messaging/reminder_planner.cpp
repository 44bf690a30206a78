#include "calendar/core/messaging/reminder_planner.h"

#include <array>
#include <optional>

namespace fd::calendar::messaging {

QString skipReasonName(SkipReason reason)
{
    switch (reason) {
        case SkipReason::NoConsent:
            return QStringLiteral("no_consent");
        case SkipReason::NoDestination:
            return QStringLiteral("no_destination");
        case SkipReason::ConfidentialChoice:
            return QStringLiteral("confidential_choice");
        case SkipReason::OptedOut:
            return QStringLiteral("opted_out");
        case SkipReason::QuietHoursUntilStart:
            return QStringLiteral("quiet_hours");
        case SkipReason::Superseded:
            return QStringLiteral("superseded");
    }
    return {};
}

ChannelDecision decideChannel(const ContactChoices& contact, Channel channel,
                              const QSet<QString>& optedOutNumbers)
{
    ChannelDecision d;
    if (contact.confidentialRestriction && !contact.confidentialChannels.contains(channel)) {
        d.reason = SkipReason::ConfidentialChoice;
        return d;
    }
    if (channel == Channel::Email) {
        if (contact.email.trimmed().isEmpty()) {
            d.reason = SkipReason::NoDestination;
            return d;
        }
        if (!contact.emailConsent)
            return d;
        d.allowed = true;
        d.destination = contact.email.trimmed();
        return d;
    }
    if (contact.smsPhone.trimmed().isEmpty()) {
        d.reason = SkipReason::NoDestination;
        return d;
    }
    // Consent to texts belongs to a number: a different number chosen later has none.
    if (!contact.smsConsent || contact.smsConsentPhone != contact.smsPhone)
        return d;
    if (optedOutNumbers.contains(contact.smsPhone)) {
        d.reason = SkipReason::OptedOut;
        return d;
    }
    d.allowed = true;
    d.destination = contact.smsPhone;
    return d;
}

QDateTime nextAllowedTime(const QDateTime& at, const QTimeZone& zone, const QuietHours& hours)
{
    const QDateTime local = at.toTimeZone(zone);
    const QTime t = local.time();
    if (t >= hours.allowedFrom && t < hours.allowedUntil)
        return at.toUTC();
    const QDate day = t < hours.allowedFrom ? local.date() : local.date().addDays(1);
    return QDateTime(day, hours.allowedFrom, zone).toUTC();
}

ReminderPlan planReminders(const std::vector<ReminderCandidate>& candidates,
                           const PlanContext& context)
{
    ReminderPlan plan;
    const QDateTime now = context.now.toUTC();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (int i = 0; i < int(candidates.size()); ++i) {
        const ReminderCandidate& c = candidates[size_t(i)];
        if (c.cancelled || !c.start.isValid() || !c.patientTimeZone.isValid())
            continue;
        const qint64 startMs = c.start.toMSecsSinceEpoch();
        if (startMs <= nowMs)
            continue;
        const QDateTime sendAt = nextAllowedTime(now, c.patientTimeZone, context.quietHours);
        const bool inQuietHours = sendAt.toMSecsSinceEpoch() != nowMs;
        // Per channel, the due rule closest to the start wins; the others are superseded.
        std::array<std::optional<PlannedReminder>, 2> winners;
        for (const ReminderRule& rule : context.rules) {
            if (nowMs < startMs - rule.offsetMinutes * 60 * 1000)
                continue;
            for (Channel channel : rule.channels) {
                const ReminderKey key{c.appointmentId, rule.id, channel};
                if (context.alreadyLogged.contains(key))
                    continue;
                const ChannelDecision d =
                    decideChannel(c.contact, channel, context.optedOutNumbers);
                if (!d.allowed) {
                    plan.skipped.push_back({i, key, d.reason, false});
                    continue;
                }
                if (inQuietHours && sendAt.toMSecsSinceEpoch() >= startMs) {
                    plan.skipped.push_back({i, key, SkipReason::QuietHoursUntilStart, true});
                    continue;
                }
                PlannedReminder p{i, key, d.destination, sendAt, rule.offsetMinutes};
                std::optional<PlannedReminder>& winner = winners[size_t(channel)];
                if (!winner) {
                    winner = p;
                } else if (p.offsetMinutes < winner->offsetMinutes) {
                    plan.skipped.push_back({i, winner->key, SkipReason::Superseded, true});
                    winner = p;
                } else {
                    plan.skipped.push_back({i, key, SkipReason::Superseded, true});
                }
            }
        }
        for (const auto& winner : winners) {
            if (winner)
                (inQuietHours ? plan.deferred : plan.due).push_back(*winner);
        }
    }
    return plan;
}

}  // namespace fd::calendar::messaging
