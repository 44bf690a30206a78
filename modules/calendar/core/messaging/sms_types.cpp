#include "calendar/core/messaging/sms_types.h"

#include <array>
#include <utility>

namespace fd::calendar::messaging {

namespace {

constexpr std::array<std::pair<SmsStatus, const char*>, 7> kNames{{
    {SmsStatus::Accepted, "accepted"},
    {SmsStatus::Queued, "queued"},
    {SmsStatus::Sending, "sending"},
    {SmsStatus::Sent, "sent"},
    {SmsStatus::Delivered, "delivered"},
    {SmsStatus::Undelivered, "undelivered"},
    {SmsStatus::Failed, "failed"},
}};

}  // namespace

QString smsStatusName(SmsStatus status)
{
    for (const auto& [s, name] : kNames) {
        if (s == status)
            return QLatin1String(name);
    }
    return QStringLiteral("unknown");
}

SmsStatus parseSmsStatus(const QString& name)
{
    for (const auto& [s, n] : kNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return SmsStatus::Unknown;
}

bool isFinalSmsStatus(SmsStatus status)
{
    return status == SmsStatus::Delivered || status == SmsStatus::Undelivered ||
           status == SmsStatus::Failed;
}

}  // namespace fd::calendar::messaging
