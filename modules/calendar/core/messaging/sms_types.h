#pragma once

#include <QString>

namespace fd::calendar::messaging {

// A message's state at the SMS gateway (Twilio's names). Delivered, Undelivered and Failed
// are final; the others may still change.
enum class SmsStatus
{
    Accepted,
    Queued,
    Sending,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    Unknown
};

QString smsStatusName(SmsStatus status);        // "queued", "delivered", ...
SmsStatus parseSmsStatus(const QString& name);  // Unknown for anything else
bool isFinalSmsStatus(SmsStatus status);

}  // namespace fd::calendar::messaging
