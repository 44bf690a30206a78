#pragma once

#include "calendar/core/frontdesk_types.h"
#include "common/result.h"

namespace fd::calendar {

// The front desk's day (docs/FRONTDESK.md): the flow board, check-in and check-out.
//
// Status changes go through IAppointmentService (its forward-only flow, history and audit).
// Check-in needs calendar.checkin and calendar.flow, and accounts.payments when a copay is
// taken; check-out needs calendar.checkout and calendar.flow, and calendar.book for the
// follow-up. The board needs calendar.view; opening each patient on it is the registry's
// audited read, so a user who may not open a patient sees the row without the name.
class IFrontDesk
{
public:
    virtual ~IFrontDesk() = default;

    // The day's appointments by start, with the time of each status change and the wait
    // figures against the clock.
    virtual Result<std::vector<FlowRow>> board(const FlowQuery& query) = 0;
    // Recomputes the wait figures of rows already read (the board's minute tick).
    virtual void refreshWaits(std::vector<FlowRow>& rows) const = 0;

    // Moves an appointment on through the day (confirmed .. checked out) or records a
    // no-show, at its current row version.
    virtual Result<Appointment> advance(const QString& appointmentId, AppointmentStatus status) = 0;

    // What check-in shows: demographics and when they were last confirmed, the coverages,
    // the balance and the expected copay. Opens the patient (an audited read).
    virtual Result<CheckInInfo> checkInInfo(const QString& appointmentId) = 0;
    // Records the confirmations, sets the appointment Arrived (unless it is further on) and
    // posts the copay as the patient's unapplied credit. A client id seen before returns
    // the first check-in and posts nothing.
    virtual Result<CheckInResult> checkIn(const CheckInRequest& request) = 0;
    // The check-ins of an appointment, oldest first.
    virtual Result<std::vector<CheckInRecord>> checkIns(const QString& appointmentId) = 0;

    // The first free slots for a follow-up from the visit's day plus the interval.
    virtual Result<FollowUpProposal> proposeFollowUp(const QString& appointmentId,
                                                     const FollowUpRequest& request) = 0;
    // Checks the visit out (if it is not yet) and, when `slot` is given, books the follow-up
    // there for the visit's patient.
    virtual Result<CheckOutResult> checkOut(const QString& appointmentId,
                                            const FollowUpRequest& request,
                                            const std::optional<FoundSlot>& slot) = 0;
};

}  // namespace fd::calendar
