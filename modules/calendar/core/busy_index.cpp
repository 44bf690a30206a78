#include "calendar/core/busy_index.h"

#include <algorithm>

namespace fd::calendar {

namespace {

const std::vector<BusyEntry> kNone;

// Entries are short (an appointment), so none starting more than a day before `span` can
// reach it; the search starts there.
constexpr qint64 kLongestEntry = 24 * 3600;

}  // namespace

void BusyIndex::insert(Days& days, const QString& id, const QDate& date, BusyEntry entry)
{
    auto& list = days[Key(id, date.toJulianDay())];
    auto at = std::upper_bound(list.begin(), list.end(), entry.span.start,
                               [](qint64 s, const BusyEntry& e) { return s < e.span.start; });
    list.insert(at, std::move(entry));
}

void BusyIndex::addProvider(const QString& providerId, const QDate& localDate, BusyEntry entry)
{
    insert(m_providers, providerId, localDate, std::move(entry));
}

void BusyIndex::addResource(const QString& resourceId, const QDate& localDate, BusyEntry entry)
{
    insert(m_resources, resourceId, localDate, std::move(entry));
}

void BusyIndex::addAppointment(const Appointment& a, const QDate& localDate)
{
    if (!holdsTime(a.status))
        return;
    const BusyEntry entry{a.interval(), a.id, a.typeId};
    addProvider(a.providerId, localDate, entry);
    for (const QString& r : a.resourceIds)
        addResource(r, localDate, entry);
}

void BusyIndex::clear()
{
    m_providers.clear();
    m_resources.clear();
}

const BusyEntry* BusyIndex::overlap(const Days& days, const QString& id, const QDate& date,
                                    const Interval& span, const QString& ignoreId)
{
    for (int delta : {0, -1, 1}) {
        auto it = days.constFind(Key(id, date.toJulianDay() + delta));
        if (it == days.constEnd())
            continue;
        const auto& list = it.value();
        auto from = std::lower_bound(
            list.begin(), list.end(), span.start - kLongestEntry,
            [](const BusyEntry& e, qint64 s) { return e.span.start < s; });
        for (auto e = from; e != list.end() && e->span.start < span.end; ++e)
            if (e->span.overlaps(span) && (ignoreId.isEmpty() || e->appointmentId != ignoreId))
                return &*e;
    }
    return nullptr;
}

const BusyEntry* BusyIndex::providerOverlap(const QString& providerId, const QDate& localDate,
                                            const Interval& span, const QString& ignoreId) const
{
    return overlap(m_providers, providerId, localDate, span, ignoreId);
}

const BusyEntry* BusyIndex::resourceOverlap(const QString& resourceId, const QDate& localDate,
                                            const Interval& span, const QString& ignoreId) const
{
    return overlap(m_resources, resourceId, localDate, span, ignoreId);
}

int BusyIndex::countOfType(const QString& providerId, const QDate& localDate,
                           const QString& typeId, const QString& ignoreId) const
{
    int n = 0;
    for (const BusyEntry& e : providerDay(providerId, localDate))
        if (e.typeId == typeId && (ignoreId.isEmpty() || e.appointmentId != ignoreId))
            ++n;
    return n;
}

const std::vector<BusyEntry>& BusyIndex::providerDay(const QString& providerId,
                                                     const QDate& localDate) const
{
    auto it = m_providers.constFind(Key(providerId, localDate.toJulianDay()));
    return it == m_providers.constEnd() ? kNone : it.value();
}

}  // namespace fd::calendar
