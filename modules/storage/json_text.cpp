#include "storage/json_text.h"

#include <QChar>

#include <algorithm>

namespace fd::storage::jsontext {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendEscape(QByteArray& out, char16_t u)
{
    switch (u) {
        case u'"':
            out.append("\\\"", 2);
            return;
        case u'\\':
            out.append("\\\\", 2);
            return;
        case u'\b':
            out.append("\\b", 2);
            return;
        case u'\f':
            out.append("\\f", 2);
            return;
        case u'\n':
            out.append("\\n", 2);
            return;
        case u'\r':
            out.append("\\r", 2);
            return;
        case u'\t':
            out.append("\\t", 2);
            return;
        default: {
            const char escaped[6] = {'\\',
                                     'u',
                                     kHex[(u >> 12) & 0xf],
                                     kHex[(u >> 8) & 0xf],
                                     kHex[(u >> 4) & 0xf],
                                     kHex[u & 0xf]};
            out.append(escaped, 6);
        }
    }
}

void appendUtf8(QByteArray& out, char32_t c)
{
    char bytes[4];
    qsizetype n = 0;
    if (c < 0x800) {
        bytes[n++] = char(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        bytes[n++] = char(0xe0 | (c >> 12));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
    } else {
        bytes[n++] = char(0xf0 | (c >> 18));
        bytes[n++] = char(0x80 | ((c >> 12) & 0x3f));
        bytes[n++] = char(0x80 | ((c >> 6) & 0x3f));
    }
    bytes[n++] = char(0x80 | (c & 0x3f));
    out.append(bytes, n);
}

}  // namespace

void appendString(QByteArray& out, QStringView text)
{
    // Grown geometrically: reserve() to the exact size at every string would copy the buffer
    // again at each one once the caller's first guess is used up.
    const qsizetype needed = out.size() + text.size() + 2;
    if (needed > out.capacity())
        out.reserve(std::max(needed, out.capacity() * 2));
    out += '"';
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        // A run of ASCII that needs no escape is copied at once.
        const char16_t* run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype size = out.size();
            out.resize(size + (p - run));
            char* dst = out.data() + size;
            for (; run != p; ++run)
                *dst++ = char(*run);
        }
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            appendEscape(out, u);
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            appendUtf8(out, QChar::surrogateToUcs4(u, *p));
            ++p;
        } else if (QChar::isSurrogate(u)) {
            appendEscape(out, u);  // not valid UTF-16: Qt writes the code unit as \uxxxx
        } else {
            appendUtf8(out, u);
        }
    }
    out += '"';
}

}  // namespace fd::storage::jsontext
