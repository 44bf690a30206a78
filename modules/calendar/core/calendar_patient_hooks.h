#pragma once

#include "calendar/core/calendar_context.h"
#include "patients/core/patient_hooks.h"

namespace fd::calendar {

// Moves a merged-away patient's appointments, series and waitlist entries to the survivor
// (synced updates), remembering each row so that undo puts back exactly those.
class CalendarMergeParticipant final : public patients::IPatientMergeParticipant
{
public:
    QString name() const override { return QStringLiteral("calendar"); }
    Result<int> merge(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                      const QString& loserId) override;
    Status undo(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                const QString& loserId) override;
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
