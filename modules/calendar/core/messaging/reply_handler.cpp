#include "calendar/core/messaging/reply_handler.h"

namespace fd::calendar::messaging {

Result<ReplyOutcome> ReplyHandler::handle(const InboundSms& sms, Language language)
{
    ReplyOutcome outcome;
    outcome.kind = classifyReply(sms.body);
    switch (outcome.kind) {
        case ReplyKind::OptOut:
            FD_TRY(m_log.setOptedOut(sms.from, true, sms.body.trimmed(), sms.receivedAt));
            outcome.action = ReplyAction::OptedOut;
            outcome.autoReply = m_renderer.stopReply(language, m_practiceName, m_practicePhone);
            return outcome;
        case ReplyKind::OptIn:
            FD_TRY(m_log.setOptedOut(sms.from, false, sms.body.trimmed(), sms.receivedAt));
            outcome.action = ReplyAction::OptedIn;
            outcome.autoReply = m_renderer.startReply(language, m_practiceName, m_practicePhone);
            return outcome;
        case ReplyKind::Help:
            outcome.action = ReplyAction::SentHelp;
            outcome.autoReply = m_renderer.helpReply(language, m_practiceName, m_practicePhone);
            return outcome;
        case ReplyKind::Confirm:
        case ReplyKind::Reschedule: {
            auto latest = m_log.latestSmsTo(sms.from);
            if (!latest)
                return latest.error();
            if (!latest->has_value())
                return outcome;  // nothing texted to this number: staff decide
            outcome.appointmentId = (*latest)->key.appointmentId;
            outcome.action = outcome.kind == ReplyKind::Confirm ? ReplyAction::ConfirmAppointment
                                                                : ReplyAction::RequestReschedule;
            return outcome;
        }
        case ReplyKind::Other:
            break;
    }
    return outcome;
}

}  // namespace fd::calendar::messaging
