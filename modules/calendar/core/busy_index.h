#pragma once

#include "calendar/core/calendar_types.h"

#include <QHash>

#include <vector>

namespace fd::calendar {

// Something holding a provider's or a resource's time.
struct BusyEntry
{
    Interval span;
    QString appointmentId;
    QString typeId;
};

// Per provider and local day (and per resource and day), the sorted busy intervals: what the
// booking rules and find-first-available test candidate times against, by binary search,
// instead of asking the database for every candidate.
class BusyIndex
{
public:
    void addProvider(const QString& providerId, const QDate& localDate, BusyEntry entry);
    void addResource(const QString& resourceId, const QDate& localDate, BusyEntry entry);
    // Adds an appointment that holds its time (cancelled and no-show ones are skipped).
    void addAppointment(const Appointment& appointment, const QDate& localDate);
    void clear();

    // The first entry of the provider (resource) overlapping `span`, other than `ignoreId`,
    // looking at the day before and after too (an entry may cross midnight).
    const BusyEntry* providerOverlap(const QString& providerId, const QDate& localDate,
                                     const Interval& span, const QString& ignoreId = {}) const;
    const BusyEntry* resourceOverlap(const QString& resourceId, const QDate& localDate,
                                     const Interval& span, const QString& ignoreId = {}) const;
    // How many of the provider's entries that day are of `typeId`, other than `ignoreId`.
    int countOfType(const QString& providerId, const QDate& localDate, const QString& typeId,
                    const QString& ignoreId = {}) const;
    const std::vector<BusyEntry>& providerDay(const QString& providerId,
                                              const QDate& localDate) const;
    qsizetype providerDays() const { return m_providers.size(); }

private:
    using Key = QPair<QString, qint64>;  // id, Julian day
    using Days = QHash<Key, std::vector<BusyEntry>>;
    static void insert(Days& days, const QString& id, const QDate& date, BusyEntry entry);
    static const BusyEntry* overlap(const Days& days, const QString& id, const QDate& date,
                                    const Interval& span, const QString& ignoreId);
    Days m_providers;
    Days m_resources;
};

}  // namespace fd::calendar
