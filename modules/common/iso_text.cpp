#include "common/iso_text.h"

#include "common/clock.h"

namespace fd {

namespace {

char* digits(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// "YYYY-MM-DD" into `out`; false for a date Qt must write.
bool writeDate(char* out, const QDate& d)
{
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 1000 || year > 9999)
        return false;
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    digits(out, day, 2);
    return true;
}

}  // namespace

QString isoDate(const QDate& d)
{
    char text[10];
    if (!writeDate(text, d))
        return d.toString(Qt::ISODate);
    return QString::fromLatin1(text, sizeof text);
}

QString isoUtc(const QDateTime& t)
{
    if (!t.isValid())
        return toIsoUtc(t);
    const QDateTime utc = t.toUTC();
    char text[24];
    if (!writeDate(text, utc.date()))
        return toIsoUtc(t);
    const QTime time = utc.time();
    char* out = text + 10;
    *out++ = 'T';
    out = digits(out, time.hour(), 2);
    *out++ = ':';
    out = digits(out, time.minute(), 2);
    *out++ = ':';
    out = digits(out, time.second(), 2);
    *out++ = '.';
    out = digits(out, time.msec(), 3);
    *out = 'Z';
    return QString::fromLatin1(text, sizeof text);
}

}  // namespace fd
