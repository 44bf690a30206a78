#pragma once

#include "calendar/core/calendar_types.h"

#include <QTimeZone>

namespace fd::calendar::test {

inline QTime hm(int h, int m = 0)
{
    return QTime(h, m);
}

inline QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

inline qint64 utcSecs(int y, int mo, int d, int h, int mi = 0)
{
    return utc(y, mo, d, h, mi).toSecsSinceEpoch();
}

inline QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

inline QTimeZone losAngeles()
{
    return QTimeZone(QByteArrayLiteral("America/Los_Angeles"));
}

// Monday to Friday (or the given days) `start`-`end` with a 12:00-13:00 lunch unless
// `lunch` is false.
inline ScheduleTemplate weekTemplate(const QString& provider, const QString& location,
                                     QTime start = hm(8), QTime end = hm(17), bool lunch = true,
                                     QList<int> days = {1, 2, 3, 4, 5})
{
    ScheduleTemplate t;
    t.id = provider + QStringLiteral("-") + location;
    t.providerId = provider;
    t.locationId = location;
    t.name = QStringLiteral("Regular week");
    t.effectiveFrom = QDate(2025, 1, 1);
    t.slotMinutes = 15;
    for (int d : days) {
        t.hours.push_back({d, WeekParity::Every, start, end});
        if (lunch)
            t.blocks.push_back({d, WeekParity::Every, hm(12), hm(13), BlockKind::Lunch,
                                QStringLiteral("Lunch")});
    }
    return t;
}

inline AppointmentType visitType(const QString& id, int minutes)
{
    AppointmentType t;
    t.id = id;
    t.code = id.toUpper();
    t.name = id;
    t.durationMinutes = minutes;
    return t;
}

}  // namespace fd::calendar::test
