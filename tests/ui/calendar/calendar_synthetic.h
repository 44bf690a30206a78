#pragma once

// A fictional practice's calendar for pictures and benchmarks: providers with open hours, a
// lunch block, appointments named "Patient 0142" with the usual types and statuses, some
// overlaps booked as overbooks. The same seed gives the same calendar.

#include "calendar/ui/calendar_view_data.h"

#include <QRandomGenerator>

#include <algorithm>

namespace fd::calendar::ui::test {

struct SyntheticOptions
{
    int providers = 8;
    QDate from;
    int days = 1;
    int perProviderPerDay = 14;
    quint32 seed = 42;
    QDateTime now;      // items before it are further along (arrived, checked out)
    int lastHour = 17;  // closing time
    QDate holiday;      // the practice is closed that day
    QString holidayName;
};

inline std::vector<CalendarResource> syntheticProviders(int count)
{
    static const char* const names[] = {"Dr. Ana Ruiz",    "Dr. Ben Okafor",    "Dr. Carla Nguyen",
                                        "Dr. David Levin", "Dr. Elena Petrova", "Dr. Farid Haddad",
                                        "Dr. Grace Kim",   "Dr. Hugo Martins",  "Dr. Irene Walsh",
                                        "Dr. Jonas Berg",  "Dr. Kavya Rao",     "Dr. Liam Foster"};
    static const char* const locations[] = {"Main Street", "Riverside"};
    std::vector<CalendarResource> out;
    for (int i = 0; i < count; ++i) {
        CalendarResource r;
        r.id = QStringLiteral("prov-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        r.title = i < 12 ? QString::fromLatin1(names[i]) : QStringLiteral("Provider %1").arg(i + 1);
        r.locationId = QStringLiteral("loc-%1").arg(i % 2 + 1);
        r.locationName = QString::fromLatin1(locations[i % 2]);
        out.push_back(r);
    }
    return out;
}

inline void fillSynthetic(MemoryCalendarSource& source, const SyntheticOptions& o)
{
    struct Type
    {
        const char* name;
        int minutes;
        QColor color;
    };
    static const Type types[] = {
        {"Follow-up", 15, QColor(91, 141, 239)},       {"New patient", 45, QColor(234, 140, 60)},
        {"Annual physical", 30, QColor(72, 170, 110)}, {"Flu shot", 10, QColor(170, 110, 210)},
        {"Consultation", 30, QColor(220, 90, 120)},    {"Lab review", 20, QColor(40, 170, 190)}};
    const QTimeZone zone = source.displayZone();
    QRandomGenerator rng(o.seed);
    const std::vector<CalendarResource> providers = syntheticProviders(o.providers);
    std::vector<CalendarItem> items;
    std::vector<BackgroundRange> backgrounds;
    int serial = 0;
    for (int d = 0; d < o.days; ++d) {
        const QDate day = o.from.addDays(d);
        const bool weekend = day.dayOfWeek() >= 6;
        for (const CalendarResource& p : providers) {
            const auto at = [&](int minute) {
                return QDateTime(day, QTime(minute / 60, minute % 60), zone);
            };
            if (weekend || day == o.holiday) {
                backgrounds.push_back({p.id, at(0), at(23 * 60 + 59), BackgroundKind::Holiday,
                                       weekend ? QStringLiteral("Closed") : o.holidayName});
                continue;
            }
            const int close = o.lastHour * 60;
            backgrounds.push_back({p.id, at(8 * 60), at(close), BackgroundKind::Open, QString()});
            backgrounds.push_back(
                {p.id, at(12 * 60), at(13 * 60), BackgroundKind::Block, QStringLiteral("Lunch")});
            // Bookable minutes are 8:00-12:00 and 13:00 to closing; items are spread over them in
            // order with small gaps, and an occasional one starts inside the previous (an overlap).
            int minute = 8 * 60 + int(rng.bounded(3)) * 5;
            int lastStart = minute;
            for (int k = 0; k < o.perProviderPerDay && minute < close; ++k) {
                const Type& type = types[rng.bounded(int(std::size(types)))];
                int start = minute;
                const bool overlap = k > 0 && rng.bounded(9) == 0;
                if (overlap)
                    start = lastStart + 5;
                if (start < 13 * 60 && start + type.minutes > 12 * 60)
                    start = 13 * 60;
                if (start + type.minutes > close)
                    break;
                CalendarItem item;
                item.id = QStringLiteral("appt-%1").arg(++serial, 6, 10, QLatin1Char('0'));
                item.resourceId = p.id;
                item.start = at(start);
                item.end = at(start + type.minutes);
                item.title = QStringLiteral("Patient %1")
                                 .arg(int(rng.bounded(9000)) + 100, 4, 10, QLatin1Char('0'));
                item.subtitle = QString::fromLatin1(type.name);
                item.color = type.color;
                item.overbook = overlap;
                item.recurring = rng.bounded(12) == 0;
                if (o.now.isValid() && item.end < o.now)
                    item.status =
                        rng.bounded(10) == 0 ? ItemStatus::NoShow : ItemStatus::CheckedOut;
                else if (o.now.isValid() && item.start <= o.now)
                    item.status =
                        rng.bounded(2) == 0 ? ItemStatus::WithProvider : ItemStatus::Roomed;
                else if (o.now.isValid() && item.start < o.now.addSecs(1800))
                    item.status = ItemStatus::Arrived;
                else
                    item.status =
                        rng.bounded(3) == 0 ? ItemStatus::Scheduled : ItemStatus::Confirmed;
                if (rng.bounded(25) == 0)
                    item.status = ItemStatus::Cancelled;
                items.push_back(item);
                lastStart = start;
                if (!overlap)
                    minute = start + type.minutes + int(rng.bounded(3)) * 5;
            }
        }
    }
    source.setResources(providers);
    source.setItems(std::move(items));
    source.setBackgrounds(std::move(backgrounds));
}

}  // namespace fd::calendar::ui::test
