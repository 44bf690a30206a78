#pragma once

#include "calendar/core/messaging/inbound_reply.h"
#include "calendar/core/messaging/message_log.h"
#include "calendar/core/messaging/reminder_renderer.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fd::calendar::messaging {

// A text message from a patient (from the gateway's inbound webhook or an import of replies).
struct InboundSms
{
    QString from;  // E.164
    QString body;
    QDateTime receivedAt;
};

// What the scheduling core does with a reply.
enum class ReplyAction
{
    ConfirmAppointment,  // mark appointmentId confirmed
    RequestReschedule,   // put appointmentId on the reschedule worklist
    OptedOut,            // the number is blocked; send autoReply
    OptedIn,             // the number is unblocked; send autoReply
    SentHelp,            // send autoReply
    StaffInbox,          // a person reads it (no keyword, or no reminder to match a C/R to)
};

struct ReplyOutcome
{
    ReplyKind kind = ReplyKind::Other;
    ReplyAction action = ReplyAction::StaffInbox;
    QString appointmentId;  // of the latest reminder texted to the number, for C and R
    QString autoReply;      // the text to send back; empty for none
};

// Applies carrier keywords to the opt-out list and matches C/R to the latest reminder texted
// to the same number. The appointment itself is changed by the scheduling core.
class ReplyHandler
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::messaging::ReplyHandler)

public:
    ReplyHandler(MessageLog& log, const ReminderRenderer& renderer, QString practiceName,
                 QString practicePhone)
        : m_log(log),
          m_renderer(renderer),
          m_practiceName(std::move(practiceName)),
          m_practicePhone(std::move(practicePhone))
    {
    }

    // `language`: the patient's, when the number is known; the replies to HELP/STOP/START use it.
    Result<ReplyOutcome> handle(const InboundSms& sms, Language language);

private:
    MessageLog& m_log;
    const ReminderRenderer& m_renderer;
    QString m_practiceName;
    QString m_practicePhone;
};

}  // namespace fd::calendar::messaging
