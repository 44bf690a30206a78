#pragma once

#include "calendar/core/calendar_context.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace fd::calendar {

// One provider's schedule over [from, to] (local dates of each location) as FHIR R4.
struct FhirScheduleRequest
{
    QString providerId;
    QDate from;
    QDate to;  // inclusive
};

// Exports a provider's schedule as a FHIR Bundle (type collection): a Schedule per location
// where the provider has a template, the Slots of those schedules over the range (free, busy,
// busy-unavailable, as the whole-practice export makes them) and every Appointment of the
// provider whose start falls in the range at its location (cancelled ones too). Needs
// calendar.view and patients.export (appointments refer to patients); reasons go out only to
// users who also hold patients.read. Recorded in the audit trail as an export of the
// provider's appointments (format, range, counts).
class ICalendarFhirExport
{
public:
    virtual ~ICalendarFhirExport() = default;
    virtual Result<QByteArray> exportSchedule(const FhirScheduleRequest& request) = 0;
};

class CalendarFhirExporter final : public ICalendarFhirExport
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::CalendarFhirExporter)

public:
    explicit CalendarFhirExporter(CalendarContext context) : m_ctx(std::move(context)) {}
    Result<QByteArray> exportSchedule(const FhirScheduleRequest& request) override;

private:
    static Status checkRange(const FhirScheduleRequest& request);

    CalendarContext m_ctx;
};

}  // namespace fd::calendar
