#include "calendar/core/waitlist_matcher.h"

#include <algorithm>

namespace fd::calendar {

namespace {

const AppointmentType* typeOf(const std::vector<AppointmentType>& types, const QString& id)
{
    for (const AppointmentType& t : types)
        if (t.id == id)
            return &t;
    return nullptr;
}

}  // namespace

std::vector<WaitlistMatch> rankWaitlist(const std::vector<WaitlistEntry>& entries,
                                        const OpenedSlot& slot,
                                        const std::vector<AppointmentType>& types,
                                        const QDateTime& now)
{
    std::vector<WaitlistMatch> out;
    const DayPart part = dayPartOf(slot.localStart);
    for (const WaitlistEntry& e : entries) {
        const AppointmentType* type = typeOf(types, e.typeId);
        if (!type || !type->active || !type->allowsProvider(slot.providerId))
            continue;
        if (qint64(type->durationMinutes) * 60 > slot.utc.seconds())
            continue;
        if (!e.providerIds.isEmpty() && !e.providerIds.contains(slot.providerId))
            continue;
        if (!e.locationId.isEmpty() && e.locationId != slot.locationId)
            continue;
        const int parts = e.dayParts == 0 ? int(kAnyDayPart) : e.dayParts;
        if (!(parts & part))
            continue;
        if ((e.earliest.isValid() && slot.date < e.earliest) ||
            (e.latest.isValid() && slot.date > e.latest))
            continue;
        int score = 0;
        if (!e.providerIds.isEmpty())
            ++score;
        if (!e.locationId.isEmpty())
            ++score;
        if (parts != kAnyDayPart)
            ++score;
        const qint64 waited = e.addedAt.isValid() ? std::max<qint64>(0, e.addedAt.secsTo(now)) : 0;
        out.push_back({e.id, e.patientId, waited, score});
    }
    // Waits are compared by whole days: a few minutes between two entries of the same day
    // should not outweigh a patient's stated preferences.
    std::stable_sort(out.begin(), out.end(), [](const WaitlistMatch& a, const WaitlistMatch& b) {
        const qint64 da = a.waitedSeconds / 86400, db = b.waitedSeconds / 86400;
        if (da != db)
            return da > db;
        if (a.preferenceScore != b.preferenceScore)
            return a.preferenceScore > b.preferenceScore;
        return a.waitedSeconds > b.waitedSeconds;
    });
    return out;
}

}  // namespace fd::calendar
