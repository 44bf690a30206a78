#pragma once

#include "calendar/core/booking_rules.h"

#include <QHash>

namespace fd::calendar {

// What slot searches read: the schedules and, per location, its zone and resources.
struct ScheduleData
{
    std::vector<ScheduleTemplate> templates;
    std::vector<Holiday> holidays;
    std::vector<ScheduleChange> changes;
    QHash<QString, QTimeZone> zones;  // location id -> zone
    QHash<QString, QList<practice::LocationResource>> resources;  // location id -> rooms...
};

struct SlotQuery
{
    QStringList providerIds;  // empty: every provider with a template who does the type
    QString locationId;       // empty: any
    int dayParts = kAnyDayPart;
    QDate from;
    QDate to;  // inclusive
    int limit = 10;
    std::optional<bool> patientEstablished;
};

struct FoundSlot
{
    QString providerId;
    QString locationId;
    Interval utc;
    QDate date;  // local
    QTime localStart;
    QStringList resourceIds;
};

// Find first available: the earliest slots, across the providers asked for, that pass every
// booking rule. Works on the precomputed busy lists; it never reads the database.
class SlotFinder
{
public:
    SlotFinder(const ScheduleData& data, const BusyIndex& busy);

    std::vector<FoundSlot> find(const AppointmentType& type, const SlotQuery& query,
                                qint64 now) const;

    // The providers and locations that have templates, in a stable order.
    QStringList providers() const { return m_providerOrder; }
    QStringList locationsOf(const QString& providerId) const;

private:
    const ScheduleData& m_data;
    const BusyIndex& m_busy;
    QHash<QString, std::vector<ScheduleTemplate>> m_templates;  // by provider
    QHash<QString, std::vector<ScheduleChange>> m_changes;      // by provider
    QStringList m_providerOrder;
};

}  // namespace fd::calendar
