#pragma once

#include "calendar/core/calendar_context.h"
#include "patients/core/patient_hooks.h"
#include "patients/core/synced_rows_merge.h"

namespace fd::calendar {

// Moves a merged-away patient's appointments, series and waitlist entries to the survivor;
// undo puts back exactly those. The front desk's check-in records move with their own
// participant (frontdesk_registration.cpp), as their tables are the front desk's.
class CalendarMergeParticipant final : public patients::SyncedRowsMergeParticipant
{
public:
    CalendarMergeParticipant();
};

// The last visit (the latest checked-out appointment) and the next one (the earliest
// appointment still holding its time from now on) the registry shows, for users who may see
// the calendar.
class CalendarActivitySource final : public patients::IPatientActivity
{
public:
    explicit CalendarActivitySource(CalendarContext ctx) : m_ctx(std::move(ctx)) {}
    Status fill(const std::vector<QString>& patientIds,
                std::vector<patients::PatientActivity>& activity) override;

private:
    CalendarContext m_ctx;
};

}  // namespace fd::calendar
