#pragma once

#include "calendar/core/calendar_context.h"
#include "calendar/core/calendar_types.h"
#include "calendar/core/slot_finder.h"
#include "common/service_registry.h"
#include "fhir/fhir_exchange.h"

#include <QJsonObject>

#include <vector>

// FHIR R4 Schedule, Slot and Appointment of the scheduling core (docs/FHIR.md).
namespace fd::calendar {

// Project-local code system of the practice's appointment types (their codes: FU30, NP60).
inline const QString kAppointmentTypeSystem = QStringLiteral("urn:frontdesk:appointment-type");

// A Schedule per provider and location: the id is a name-based UUID of the two, the same at
// every export. actor: the Practitioner and the Location; planningHorizon [from, to].
QString scheduleId(const QString& providerId, const QString& locationId);
QJsonObject scheduleToFhir(const QString& providerId, const QString& locationId, const QDate& from,
                           const QDate& to);

// A Slot's status: free, busy (an appointment holds part of it), busy-unavailable (a lunch or
// admin block, hours a one-off change closed).
enum class SlotStatus
{
    Free,
    Busy,
    BusyUnavailable
};
QString slotStatusCode(SlotStatus status);

struct ScheduleSlot
{
    QString providerId;
    QString locationId;
    Interval utc;
    SlotStatus status = SlotStatus::Free;
};
QJsonObject slotToFhir(const ScheduleSlot& slot);

// The slots of every provider at every location with a template over [from, to] (local
// dates): the template's slots, each free or busy by the appointments holding time in
// `busy`, and the day's blocks and closed hours as busy-unavailable.
std::vector<ScheduleSlot> scheduleSlots(const ScheduleData& data, const BusyIndex& busy,
                                        const QDate& from, const QDate& to);

// Appointment.status for a stored status: scheduled and confirmed are booked (the patient's
// participation tentative or accepted), arrived, roomed and with provider checked-in after
// arrived, checked out fulfilled, cancelled, no-show noshow.
QString appointmentStatusCode(AppointmentStatus status);

// What an Appointment carries beyond the minimum: serviceType (the type's visit reason) and
// reasonCode (this visit's reason) only for callers allowed to read the chart.
struct AppointmentFhirOptions
{
    bool includeReason = false;
};

QJsonObject appointmentToFhir(const Appointment& appointment, const AppointmentType* type,
                              const AppointmentFhirOptions& options);

// Exports Schedule and Slot (every provider's schedule from the export day for
// kSlotHorizonDays) and Appointment (every appointment, cancelled ones too). Needs
// calendar.view and patients.export (appointments name patients); reasons go out to users
// who also hold patients.read.
class CalendarFhirSource final : public fhir::IFhirResourceSource
{
public:
    static constexpr int kSlotHorizonDays = 28;

    explicit CalendarFhirSource(CalendarContext context) : m_ctx(std::move(context)) {}
    QStringList resourceTypes() const override;
    Status exportResources(const Emit& out) const override;

private:
    Status exportSchedules(const Emit& out) const;
    Status exportAppointments(const Emit& out) const;

    CalendarContext m_ctx;
};

// Publishes the calendar's FHIR source, the iCalendar export (ICalendarIcsExport) and the
// per-provider FHIR export (ICalendarFhirExport).
void registerCalendarExchange(ServiceRegistry& registry, const CalendarContext& context);

}  // namespace fd::calendar
