#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_context.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace fd::calendar {

// Table names.
namespace table {
inline const QString kTypes = QStringLiteral("calendar_appointment_types");
inline const QString kTemplates = QStringLiteral("calendar_templates");
inline const QString kHolidays = QStringLiteral("calendar_holidays");
inline const QString kChanges = QStringLiteral("calendar_schedule_changes");
inline const QString kSeries = QStringLiteral("calendar_series");
inline const QString kAppointments = QStringLiteral("calendar_appointments");
inline const QString kHistory = QStringLiteral("calendar_appointment_history");
inline const QString kWaitlist = QStringLiteral("calendar_waitlist");
inline const QString kCheckIns = QStringLiteral("calendar_checkins");  // the front desk's
}  // namespace table

// Row mapping: the columns each *FromRow reads (in order) and the fields each *Fields writes
// (every column but the bookkeeping ones).
QString appointmentColumns();
Appointment appointmentFromRow(const QSqlQuery& q, int first = 0);
QVariantMap appointmentFields(const Appointment& a, const QDate& localDate);

QString typeColumns();
AppointmentType typeFromRow(const QSqlQuery& q);
QVariantMap typeFields(const AppointmentType& t);

QString templateColumns();
ScheduleTemplate templateFromRow(const QSqlQuery& q);
QVariantMap templateFields(const ScheduleTemplate& t);

QString holidayColumns();
Holiday holidayFromRow(const QSqlQuery& q);
QVariantMap holidayFields(const Holiday& h);

QString changeColumns();
ScheduleChange changeFromRow(const QSqlQuery& q);
QVariantMap changeFields(const ScheduleChange& c);

QString waitlistColumns();
WaitlistEntry waitlistFromRow(const QSqlQuery& q);
QVariantMap waitlistFields(const WaitlistEntry& e);

QString timeText(const QTime& t);  // "HH:mm", "" when null
QTime timeFromText(const QString& text);
QString dateText(const QDate& d);  // ISO, "" when null
QDate dateFromText(const QString& text);
QString instantText(const QDateTime& t);  // ISO UTC with ms, "" when null
QDateTime instantFromText(const QString& text);

// Reads.
Result<std::vector<Appointment>> loadAppointments(QSqlDatabase db, const AppointmentFilter& f);
Result<std::optional<Appointment>> loadAppointment(QSqlDatabase db, const QString& id);
// The per-provider-day (and per-resource-day) busy lists of [from, to] (local dates; the day
// before and after are read too, so an overlap across midnight is seen).
Status loadBusy(QSqlDatabase db, const QDate& from, const QDate& to, BusyIndex& busy);
Result<std::vector<AppointmentType>> loadTypes(QSqlDatabase db, bool includeInactive);
Result<std::optional<AppointmentType>> loadType(QSqlDatabase db, const QString& idOrCode);
Result<std::vector<ScheduleTemplate>> loadTemplates(QSqlDatabase db, const QString& providerId);
Result<std::vector<Holiday>> loadHolidays(QSqlDatabase db, const QDate& from, const QDate& to);
Result<std::vector<ScheduleChange>> loadChanges(QSqlDatabase db, const QDate& from,
                                                const QDate& to);
// Templates, holidays and changes of [from, to], and every location's zone and resources.
Result<ScheduleData> loadScheduleData(CalendarContext& ctx, QSqlDatabase db, const QDate& from,
                                      const QDate& to);
// Whether the patient had a checked-out visit in the three years before `before` (the CMS
// meaning of an established patient).
Result<bool> isEstablished(QSqlDatabase db, const QString& patientId, const QDateTime& before);

}  // namespace fd::calendar
