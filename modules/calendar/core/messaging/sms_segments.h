#pragma once

#include <QString>

namespace fd::calendar::messaging {

// How a text is carried: GSM 03.38 7-bit (160 characters a message, 153 when split) or,
// when any character is outside it, UCS-2 (70, 67 when split).
enum class SmsEncoding
{
    Gsm7,
    Ucs2
};

struct SmsSegmentInfo
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int units = 0;     // septets (an extension character counts two) or UTF-16 code units
    int segments = 0;  // messages the carrier bills; 0 for an empty text
};

// Splits as handsets do: an extension character's escape pair and a surrogate pair are never
// cut between two segments.
SmsSegmentInfo countSmsSegments(const QString& text);

}  // namespace fd::calendar::messaging
