#pragma once

#include "calendar/core/calendar_types.h"

#include <vector>

namespace fd::calendar {

// A patient waiting for an earlier time (the ASAP list).
struct WaitlistEntry
{
    QString id;
    qint64 rowVersion = 0;
    QString patientId;
    QString typeId;
    QStringList providerIds;  // preferred providers; empty: any
    QString locationId;       // empty: any
    int dayParts = kAnyDayPart;
    QDate earliest;  // null: from today
    QDate latest;    // null: no limit
    QDateTime addedAt;  // UTC: the wait is counted from here
    QString note;
};

// A time that opened (a cancellation, a no-show, a shortened visit).
struct OpenedSlot
{
    QString providerId;
    QString locationId;
    Interval utc;
    QDate date;  // local
    QTime localStart;
};

struct WaitlistMatch
{
    QString entryId;
    QString patientId;
    qint64 waitedSeconds = 0;
    int preferenceScore = 0;  // how many of the entry's own preferences the slot meets
};

// Ranks the entries that fit the slot: the type is done by the provider and fits in the time
// (`types` holds the types the entries name), the provider is one preferred (or any), the
// location, the day part and the dates match. Longest wait first; on equal waits, the entry
// whose stated preferences the slot meets more (a named provider, location, day part) first.
std::vector<WaitlistMatch> rankWaitlist(const std::vector<WaitlistEntry>& entries,
                                        const OpenedSlot& slot,
                                        const std::vector<AppointmentType>& types,
                                        const QDateTime& now);

}  // namespace fd::calendar
