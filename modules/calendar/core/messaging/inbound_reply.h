#pragma once

#include <QString>

namespace fd::calendar::messaging {

// What a patient's text message asks for.
enum class ReplyKind
{
    Confirm,     // C, confirm (confirmar)
    Reschedule,  // R, reschedule (reprogramar, cambiar)
    OptOut,      // STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT: no more texts to the number
    OptIn,       // START, UNSTOP: texts again
    Help,        // HELP, INFO: the help reply
    Other,       // anything else: a staff inbox item
};

QString replyKindName(ReplyKind kind);

// Carrier keywords are matched as the whole message, in any case, ignoring surrounding
// spaces and trailing punctuation ("Stop." is STOP; "please stop calling" goes to staff).
ReplyKind classifyReply(const QString& text);

}  // namespace fd::calendar::messaging
