// iCalendar export of a provider's schedule, written with libical.
#include "calendar/core/calendar_ics.h"

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"
#include "calendar/core/calendar_text.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"

#include <libical/ical.h>

#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <set>

namespace fd::calendar {

namespace {

// Owns a libical component tree (the root frees its children).
struct ComponentDeleter
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

icaltimetype floatingTime(const QDateTime& local)
{
    icaltimetype t = icaltime_null_time();
    const QDate d = local.date();
    const QTime tm = local.time();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.hour = tm.hour();
    t.minute = tm.minute();
    t.second = tm.second();
    t.is_date = 0;
    return t;
}

icaltimetype utcTime(const QDateTime& instant)
{
    return icaltime_from_timet_with_zone(instant.toSecsSinceEpoch(), 0,
                                         icaltimezone_get_utc_timezone());
}

// A STANDARD or DAYLIGHT observance starting at a transition: DTSTART is the wall-clock
// time just before it, in the offset it leaves.
icalcomponent* observance(const QTimeZone::OffsetData& at, int offsetBefore)
{
    const bool daylight = at.daylightTimeOffset > 0;
    icalcomponent* c =
        icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
    const QDateTime wall = at.atUtc.toUTC().addSecs(offsetBefore);  // read as floating
    icalcomponent_add_property(c, icalproperty_new_dtstart(floatingTime(wall)));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetfrom(offsetBefore));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetto(at.offsetFromUtc));
    if (!at.abbreviation.isEmpty())
        icalcomponent_add_property(c, icalproperty_new_tzname(utf8(at.abbreviation).constData()));
    return c;
}

// The zone's VTIMEZONE from Qt's own zone data (the rules the rest of the application uses):
// the observance in effect at `from` and every transition up to `to`.
icalcomponent* vtimezone(const QTimeZone& zone, const QDateTime& from, const QDateTime& to)
{
    icalcomponent* tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(
        tz, icalproperty_new_tzid(utf8(QString::fromUtf8(zone.id())).constData()));
    std::vector<QTimeZone::OffsetData> changes;
    const QTimeZone::OffsetData first = zone.previousTransition(from);
    if (first.atUtc.isValid())
        changes.push_back(first);
    for (const QTimeZone::OffsetData& t : zone.transitions(from, to))
        changes.push_back(t);
    if (changes.empty()) {
        // A zone without changes (UTC, fixed offsets): one standard observance.
        QTimeZone::OffsetData fixed;
        fixed.atUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        fixed.offsetFromUtc = zone.offsetFromUtc(from);
        fixed.daylightTimeOffset = 0;
        fixed.abbreviation = zone.abbreviation(from);
        icalcomponent_add_component(tz, observance(fixed, fixed.offsetFromUtc));
        return tz;
    }
    for (const QTimeZone::OffsetData& t : changes) {
        const QTimeZone::OffsetData before = zone.previousTransition(t.atUtc);
        const int offsetBefore =
            before.atUtc.isValid() ? before.offsetFromUtc : t.standardTimeOffset;
        icalcomponent_add_component(tz, observance(t, offsetBefore));
    }
    return tz;
}

icalproperty* zonedTime(icalproperty* (*make)(icaltimetype), const QDateTime& utc,
                        const QTimeZone& zone)
{
    icalproperty* p = make(floatingTime(utc.toTimeZone(zone)));
    icalproperty_add_parameter(p, icalparameter_new_tzid(zone.id().constData()));
    return p;
}

icalproperty_status statusOf(AppointmentStatus status)
{
    switch (status) {
        case AppointmentStatus::Scheduled:
            return ICAL_STATUS_TENTATIVE;
        case AppointmentStatus::Cancelled:
        case AppointmentStatus::NoShow:
            return ICAL_STATUS_CANCELLED;
        case AppointmentStatus::Confirmed:
        case AppointmentStatus::Arrived:
        case AppointmentStatus::Roomed:
        case AppointmentStatus::WithProvider:
        case AppointmentStatus::CheckedOut:
            return ICAL_STATUS_CONFIRMED;
    }
    return ICAL_STATUS_TENTATIVE;
}

QString summaryOf(const IcsSchedule& s, const Appointment& a)
{
    QString summary = s.typeNames.value(a.typeId);
    if (summary.isEmpty())
        summary = tr("Appointment");
    const QString name = s.patientNames.value(a.patientId);
    if (!name.isEmpty())
        summary = tr("%1: %2").arg(summary, name);
    return summary;
}

icalcomponent* vevent(const IcsSchedule& s, const Appointment& a, const QTimeZone& zone)
{
    icalcomponent* e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(e, icalproperty_new_uid(utf8(icsUid(a.id)).constData()));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(utcTime(s.stamp)));
    icalcomponent_add_property(e, zonedTime(icalproperty_new_dtstart, a.start, zone));
    icalcomponent_add_property(e, zonedTime(icalproperty_new_dtend, a.end, zone));
    icalcomponent_add_property(e, icalproperty_new_summary(utf8(summaryOf(s, a)).constData()));
    const QString location = s.locationNames.value(a.locationId);
    if (!location.isEmpty())
        icalcomponent_add_property(e, icalproperty_new_location(utf8(location).constData()));
    icalcomponent_add_property(e, icalproperty_new_status(statusOf(a.status)));
    icalcomponent_add_property(e,
                               icalproperty_new_sequence(int(std::max<qint64>(0, a.rowVersion))));
    if (a.createdAt.isValid())
        icalcomponent_add_property(e, icalproperty_new_created(utcTime(a.createdAt)));
    const QDateTime modified = s.lastModified.value(a.id);
    if (modified.isValid())
        icalcomponent_add_property(e, icalproperty_new_lastmodified(utcTime(modified)));
    icalcomponent_add_property(
        e, icalproperty_new_transp(holdsTime(a.status) ? ICAL_TRANSP_OPAQUE
                                                       : ICAL_TRANSP_TRANSPARENT));
    return e;
}

}  // namespace

QString icsUid(const QString& appointmentId)
{
    return appointmentId + QStringLiteral("@appointments.frontdesk");
}

QString icsStatus(AppointmentStatus status)
{
    return QString::fromUtf8(icalproperty_status_to_string(statusOf(status)));
}

Result<QByteArray> writeIcs(const IcsSchedule& s)
{
    ComponentPtr cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Frontdesk//Schedule//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    if (!s.providerName.isEmpty()) {
        icalproperty* name = icalproperty_new_x(utf8(s.providerName).constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(cal.get(), name);
    }
    // Zones first (readers resolve TZID against them), each once, in a stable order.
    std::set<QByteArray> zoneIds;
    for (const Appointment& a : s.appointments) {
        const QTimeZone zone = s.zones.value(a.locationId);
        if (!zone.isValid())
            return makeError(ErrorCode::InvalidInput,
                             tr("Appointment %1: its location %2 has no valid time zone.")
                                 .arg(a.id, a.locationId),
                             QStringLiteral("location_id"));
        zoneIds.insert(zone.id());
    }
    const QDateTime rangeStart(s.from.addDays(-1), QTime(0, 0), Qt::UTC);
    const QDateTime rangeEnd(s.to.addDays(2), QTime(0, 0), Qt::UTC);
    for (const QByteArray& id : zoneIds)
        icalcomponent_add_component(cal.get(), vtimezone(QTimeZone(id), rangeStart, rangeEnd));
    for (const Appointment& a : s.appointments)
        icalcomponent_add_component(cal.get(), vevent(s, a, s.zones.value(a.locationId)));
    char* text = icalcomponent_as_ical_string_r(cal.get());
    if (!text)
        return makeError(ErrorCode::Internal, tr("The calendar file could not be written."));
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

Result<IcsSchedule> CalendarIcsExporter::gather(const IcsRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return makeError(ErrorCode::InvalidInput,
                         tr("The date range is not valid: give a first and a last date, the last "
                            "not before the first."),
                         QStringLiteral("from,to"));
    if (request.from.daysTo(request.to) > 731)
        return makeError(ErrorCode::InvalidInput,
                         tr("The date range is longer than two years (%1 days).")
                             .arg(request.from.daysTo(request.to) + 1),
                         QStringLiteral("to"));
    auto provider = m_ctx.providers->find(request.providerId);
    FD_TRY(provider);
    IcsSchedule s;
    s.from = request.from;
    s.to = request.to;
    s.stamp = m_ctx.now();
    s.providerName = QStringList{provider->firstName, provider->lastName}.join(QLatin1Char(' '));
    if (!provider->credentials.isEmpty())
        s.providerName += QStringLiteral(", ") + provider->credentials;
    auto locations = m_ctx.locations->list();
    FD_TRY(locations);
    for (const practice::Location& l : locations.value()) {
        s.zones.insert(l.id, QTimeZone(l.timeZone.toUtf8()));
        s.locationNames.insert(l.id, l.name);
    }
    QSqlDatabase db = m_ctx.db.connection();
    auto types = loadTypes(db, true);
    FD_TRY(types);
    for (const AppointmentType& t : types.value())
        s.typeNames.insert(t.id, t.name);
    // Every zone is within a day of UTC: read the starts from a day before to a day after,
    // keep the local dates asked. (Both bounds on start_at: the index range is the dates'.)
    const int columns = int(appointmentColumns().count(QLatin1Char(','))) + 1;
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT %1, updated_at FROM calendar_appointments WHERE deleted = 0 "
                       "AND provider_id = ? AND start_at < ? AND start_at >= ? "
                       "ORDER BY start_at, id")
            .arg(appointmentColumns()),
        {request.providerId, instantText(QDateTime(request.to.addDays(2), QTime(0, 0), Qt::UTC)),
         instantText(QDateTime(request.from.addDays(-1), QTime(0, 0), Qt::UTC))});
    FD_TRY(q);
    while (q->next()) {
        Appointment a = appointmentFromRow(q.value());
        const QTimeZone zone = s.zones.value(a.locationId);
        const QDate local = zone.isValid() ? a.start.toTimeZone(zone).date() : a.start.date();
        if (local < request.from || local > request.to)
            continue;
        s.lastModified.insert(a.id, instantFromText(q->value(columns).toString()));
        s.appointments.push_back(std::move(a));
    }
    if (request.withPatientNames) {
        // One read of the names, each patient named audited; a restricted patient stays
        // unnamed.
        QStringList ids;
        for (const Appointment& a : s.appointments)
            ids << a.patientId;
        auto named = m_ctx.patients->names(ids);
        FD_TRY(named);
        for (const patients::PatientName& n : named.value())
            if (!n.hidden)
                s.patientNames.insert(n.id, n.givenName + QLatin1Char(' ') + n.familyName);
    }
    return s;
}

Result<QByteArray> CalendarIcsExporter::exportSchedule(const IcsRequest& request)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    if (request.withPatientNames) {
        FD_TRY(m_ctx.access->require(patients::perm::kRead));
        FD_TRY(m_ctx.access->require(patients::perm::kExport));
    }
    auto schedule = gather(request);
    FD_TRY(schedule);
    auto text = writeIcs(schedule.value());
    FD_TRY(text);
    security::AuditRecord record;
    record.action = security::audit::kExport;
    record.entity = table::kAppointments;
    record.entityId = request.providerId;
    record.details =
        QJsonObject{{QStringLiteral("format"), QStringLiteral("ics")},
                    {QStringLiteral("from"), dateText(request.from)},
                    {QStringLiteral("to"), dateText(request.to)},
                    {QStringLiteral("appointments"), int(schedule->appointments.size())},
                    {QStringLiteral("with_names"), request.withPatientNames}};
    FD_TRY(m_ctx.audit->record(record));
    return text;
}

}  // namespace fd::calendar
