#include "calendar/ui/calendar_view_data.h"

#include <QStringList>

namespace fd::calendar::ui {

namespace {

template <typename T>
bool wanted(const T& row, const QDate& from, const QDate& to, const QStringList& resourceIds)
{
    const QDate day = row.start.date();
    return day >= from && day <= to &&
           (resourceIds.isEmpty() || resourceIds.contains(row.resourceId));
}

}  // namespace

CalendarFetch MemoryCalendarSource::fetch(const QDate& from, const QDate& to,
                                          const QStringList& resourceIds) const
{
    CalendarFetch out;
    for (const CalendarItem& item : m_items)
        if (wanted(item, from, to, resourceIds))
            out.items.push_back(item);
    for (const BackgroundRange& range : m_backgrounds)
        if (wanted(range, from, to, resourceIds))
            out.backgrounds.push_back(range);
    return out;
}

const CalendarItem* MemoryCalendarSource::item(const QString& id) const
{
    for (const CalendarItem& item : m_items)
        if (item.id == id)
            return &item;
    return nullptr;
}

}  // namespace fd::calendar::ui
