#include "calendar/core/messaging/messaging_types.h"

namespace fd::calendar::messaging {

QString channelName(Channel channel)
{
    return channel == Channel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

bool parseChannel(const QString& name, Channel* channel)
{
    if (name == QLatin1String("email"))
        *channel = Channel::Email;
    else if (name == QLatin1String("sms"))
        *channel = Channel::Sms;
    else
        return false;
    return true;
}

QString languageCode(Language language)
{
    return language == Language::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

bool parseLanguage(const QString& code, Language* language)
{
    const QString c = code.left(2).toLower();
    if (c == QLatin1String("en"))
        *language = Language::English;
    else if (c == QLatin1String("es"))
        *language = Language::Spanish;
    else
        return false;
    return true;
}

QString localeName(Language language)
{
    return language == Language::Spanish ? QStringLiteral("es_US") : QStringLiteral("en_US");
}

}  // namespace fd::calendar::messaging
