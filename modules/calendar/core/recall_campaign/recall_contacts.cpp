#include "calendar/core/recall_campaign/recall_contacts.h"

namespace fd::calendar {

using messaging::Channel;

QString recallE164(const QString& number)
{
    QString digits;
    for (const QChar c : number)
        if (c.isDigit())
            digits += c;
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    if (digits.size() != 10)
        return {};
    return QStringLiteral("+1") + digits;
}

messaging::Language recallLanguage(const QString& languageTag)
{
    const QString tag = languageTag.trimmed().toLower();
    return tag == QLatin1String("es") || tag.startsWith(QLatin1String("es-"))
               ? messaging::Language::Spanish
               : messaging::Language::English;
}

messaging::ContactChoices recallContactChoices(const patients::Patient& patient,
                                               const patients::PrivacyChoices& privacy)
{
    messaging::ContactChoices c;
    if (privacy.emailAllowed) {
        c.email = patient.email.trimmed();
        c.emailConsent = patient.emailConsent && !c.email.isEmpty();
    }
    for (const patients::Phone& phone : patient.phones) {
        if (phone.type != QLatin1String("mobile"))
            continue;
        if (!privacy.allowedPhoneTypes.isEmpty() && !privacy.allowedPhoneTypes.contains(phone.type))
            continue;
        const QString e164 = recallE164(phone.number);
        if (e164.isEmpty())
            continue;
        c.smsPhone = e164;
        if (phone.smsConsent) {
            c.smsConsentPhone = e164;
            c.smsConsent = true;
        }
        break;
    }
    if (!privacy.allowedChannels.isEmpty()) {
        c.confidentialRestriction = true;
        if (privacy.allowedChannels.contains(QLatin1String("email")))
            c.confidentialChannels << Channel::Email;
        if (privacy.allowedChannels.contains(QLatin1String("sms")))
            c.confidentialChannels << Channel::Sms;
    }
    return c;
}

}  // namespace fd::calendar
