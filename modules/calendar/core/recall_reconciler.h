#pragma once

#include "calendar/core/calendar_context.h"
#include "calendar/core/recall_types.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace fd::calendar {

// Brings the recalls up to date with the appointments, in one transaction:
// 1. a checked-out visit of a type with a trigger sets a recall for the trigger's reason, due
//    the reason's interval after the visit's local date (once per visit and reason: the id is
//    derived from both, so two workstations reconciling the same visit make the same row);
// 2. an open or scheduled recall follows the patient's appointments of a satisfying type that
//    start after the recall was made by hand (or after the visit that set it): a checked-out one completes it (done), one still holding
//    its time schedules it (the earliest), none reopens it (the booking was cancelled or
//    missed).
// Each change is a synced, audited write.
class RecallReconciler
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::RecallReconciler)

public:
    explicit RecallReconciler(CalendarContext ctx) : m_ctx(std::move(ctx)) {}

    Result<int> run();

private:
    Result<int> createFromVisits(storage::Transaction& tx);
    Result<int> followAppointments(storage::Transaction& tx);
    Result<QTimeZone> zoneOf(const QString& locationId);

    CalendarContext m_ctx;
    QHash<QString, QTimeZone> m_zones;
};

}  // namespace fd::calendar
