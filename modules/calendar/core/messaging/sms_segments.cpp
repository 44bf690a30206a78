#include "calendar/core/messaging/sms_segments.h"

namespace fd::calendar::messaging {

namespace {

// GSM 03.38 default alphabet (without the escape character) and its extension table.
const QString& gsmBasic()
{
    static const QString kBasic = QString::fromUtf8(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return kBasic;
}

const QString& gsmExtension()
{
    static const QString kExtension = QString::fromUtf8("\f^{}\\[~]|€");
    return kExtension;
}

// Septets of one character, 0 when it is not in GSM 03.38.
int gsmSeptets(QChar c)
{
    if (c.unicode() < 127 && c.unicode() >= 32 && c != QLatin1Char('`') && c != QLatin1Char('^') &&
        c != QLatin1Char('{') && c != QLatin1Char('}') && c != QLatin1Char('\\') &&
        c != QLatin1Char('[') && c != QLatin1Char('~') && c != QLatin1Char(']') &&
        c != QLatin1Char('|'))
        return 1;  // the printable ASCII the basic table shares (fast path)
    if (gsmBasic().contains(c))
        return 1;
    if (gsmExtension().contains(c))
        return 2;
    return 0;
}

}  // namespace

SmsSegmentInfo countSmsSegments(const QString& text)
{
    SmsSegmentInfo info;
    if (text.isEmpty())
        return info;
    bool gsm = true;
    int septets = 0;
    for (QChar c : text) {
        const int n = gsmSeptets(c);
        if (n == 0) {
            gsm = false;
            break;
        }
        septets += n;
    }
    if (gsm) {
        info.units = septets;
        if (septets <= 160) {
            info.segments = 1;
            return info;
        }
        int segments = 1;
        int used = 0;
        for (QChar c : text) {
            const int n = gsmSeptets(c);
            if (used + n > 153) {
                ++segments;
                used = 0;
            }
            used += n;
        }
        info.segments = segments;
        return info;
    }
    info.encoding = SmsEncoding::Ucs2;
    info.units = int(text.size());
    if (text.size() <= 70) {
        info.segments = 1;
        return info;
    }
    int segments = 1;
    int used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int n = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        if (used + n > 67) {
            ++segments;
            used = 0;
        }
        used += n;
        i += n - 1;
    }
    info.segments = segments;
    return info;
}

}  // namespace fd::calendar::messaging
