#include "calendar/core/slot_finder.h"

#include <algorithm>

namespace fd::calendar {

SlotFinder::SlotFinder(const ScheduleData& data, const BusyIndex& busy)
    : m_data(data), m_busy(busy)
{
    for (const ScheduleTemplate& t : data.templates) {
        if (!m_templates.contains(t.providerId))
            m_providerOrder << t.providerId;
        m_templates[t.providerId].push_back(t);
    }
    for (const ScheduleChange& c : data.changes)
        m_changes[c.providerId].push_back(c);
    std::sort(m_providerOrder.begin(), m_providerOrder.end());
}

QStringList SlotFinder::locationsOf(const QString& providerId) const
{
    QStringList out;
    for (const ScheduleTemplate& t : m_templates.value(providerId))
        if (!out.contains(t.locationId))
            out << t.locationId;
    for (const ScheduleChange& c : m_changes.value(providerId))
        if (c.kind == ChangeKind::ExtraHours && !out.contains(c.locationId))
            out << c.locationId;
    return out;
}

std::vector<FoundSlot> SlotFinder::find(const AppointmentType& type, const SlotQuery& query,
                                        qint64 now) const
{
    std::vector<FoundSlot> found;
    if (query.limit <= 0 || !query.from.isValid() || !query.to.isValid())
        return found;
    const QStringList wanted = query.providerIds.isEmpty() ? m_providerOrder : query.providerIds;
    struct Pair
    {
        QString providerId;
        QString locationId;
        const std::vector<ScheduleTemplate>* templates;
        const std::vector<ScheduleChange>* changes;
    };
    std::vector<Pair> pairs;
    static const std::vector<ScheduleChange> kNoChanges;
    for (const QString& p : wanted) {
        if (!type.allowsProvider(p) || !m_templates.contains(p))
            continue;
        auto changes = m_changes.constFind(p);
        for (const QString& l : locationsOf(p))
            if ((query.locationId.isEmpty() || query.locationId == l) && m_data.zones.contains(l))
                pairs.push_back({p, l, &*m_templates.constFind(p),
                                 changes == m_changes.constEnd() ? &kNoChanges : &*changes});
    }
    struct Candidate
    {
        Slot slot;
        int pair;
    };
    std::vector<Candidate> day;
    for (QDate d = query.from; d <= query.to && int(found.size()) < query.limit; d = d.addDays(1)) {
        day.clear();
        for (int i = 0; i < int(pairs.size()); ++i) {
            const Pair& p = pairs[size_t(i)];
            const DaySchedule schedule = daySchedule(*p.templates, m_data.holidays, *p.changes,
                                                     p.providerId, p.locationId, d);
            if (!schedule.isOpen())
                continue;
            for (const Slot& s : generateSlots(schedule, m_data.zones.value(p.locationId),
                                               type.durationMinutes))
                if (s.part & query.dayParts)
                    day.push_back({s, i});
        }
        std::stable_sort(day.begin(), day.end(), [](const Candidate& a, const Candidate& b) {
            return a.slot.utc.start < b.slot.utc.start;
        });
        for (const Candidate& c : day) {
            const Pair& p = pairs[size_t(c.pair)];
            BookingCheck check;
            check.type = &type;
            check.providerId = p.providerId;
            check.span = c.slot.utc;
            check.localDate = d;
            check.busy = &m_busy;
            check.locationResources = m_data.resources.value(p.locationId);
            check.patientEstablished = query.patientEstablished;
            check.now = now;
            check.checkSchedule = false;
            const BookingVerdict verdict = checkBooking(check);
            if (!verdict.clear())
                continue;
            found.push_back({p.providerId, p.locationId, c.slot.utc, d, c.slot.localStart,
                             verdict.resourceIds});
            if (int(found.size()) >= query.limit)
                break;
        }
    }
    return found;
}

}  // namespace fd::calendar
