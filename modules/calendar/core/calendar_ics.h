#pragma once

#include "calendar/core/calendar_context.h"
#include "calendar/core/calendar_types.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <vector>

namespace fd::calendar {

// One provider's schedule over [from, to] (local dates of each appointment's location).
struct IcsRequest
{
    QString providerId;
    QDate from;
    QDate to;  // inclusive
    // SUMMARY names the patient besides the appointment type. Off by default: a calendar
    // file leaves the practice, so it carries the minimum necessary.
    bool withPatientNames = false;
};

// What the writer puts in the file, gathered by the exporter (or a test).
struct IcsSchedule
{
    QString providerName;
    std::vector<Appointment> appointments;
    QHash<QString, QDateTime> lastModified;  // appointment id -> updated_at (UTC)
    QHash<QString, QString> typeNames;       // type id -> name
    QHash<QString, QTimeZone> zones;         // location id -> zone
    QHash<QString, QString> locationNames;   // location id -> name
    QHash<QString, QString> patientNames;    // patient id -> name; only when asked for
    QDate from;
    QDate to;
    QDateTime stamp;  // DTSTAMP: when the file was made
};

// The VCALENDAR (RFC 5545, written by libical): a VTIMEZONE per zone the appointments use,
// with the zone's transitions from before `from` to after `to`, and a VEVENT per
// appointment: UID from the appointment id, DTSTART/DTEND in the location's zone (TZID),
// SUMMARY (the type; with the patient's name only when patientNames holds it), LOCATION,
// STATUS (scheduled: TENTATIVE; confirmed through checked out: CONFIRMED; cancelled and
// no-show: CANCELLED), SEQUENCE (the row version), CREATED, LAST-MODIFIED, DTSTAMP.
// An appointment whose location has no zone is refused, naming it.
Result<QByteArray> writeIcs(const IcsSchedule& schedule);

// The UID a VEVENT of an appointment gets: the same at every export.
QString icsUid(const QString& appointmentId);
// STATUS of an appointment in iCalendar terms.
QString icsStatus(AppointmentStatus status);

// Exports a provider's schedule as iCalendar. Needs calendar.view; with patient names also
// patients.read and patients.export (a file of patient names is an export). Recorded in the
// audit trail as an export of the provider's appointments (counts, no names).
class ICalendarIcsExport
{
public:
    virtual ~ICalendarIcsExport() = default;
    virtual Result<QByteArray> exportSchedule(const IcsRequest& request) = 0;
};

class CalendarIcsExporter final : public ICalendarIcsExport
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::CalendarIcsExporter)

public:
    explicit CalendarIcsExporter(CalendarContext context) : m_ctx(std::move(context)) {}
    Result<QByteArray> exportSchedule(const IcsRequest& request) override;

private:
    Result<IcsSchedule> gather(const IcsRequest& request);

    CalendarContext m_ctx;
};

}  // namespace fd::calendar
