// FHIR R4 Schedule, Slot and Appointment: the mapping and the export source.
#include "calendar/core/calendar_fhir.h"

#include "calendar/core/calendar_fhir_export.h"
#include "calendar/core/calendar_ics.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"
#include "calendar/core/schedule_rules.h"
#include "fhir/fhir_datatypes.h"
#include "fhir/fhir_primitives.h"
#include "fhir/fhir_resource.h"
#include "patients/core/patients_permissions.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace fd::calendar {

namespace {

const QString kSchedule = QStringLiteral("Schedule");
const QString kSlot = QStringLiteral("Slot");
const QString kAppointment = QStringLiteral("Appointment");

QJsonObject participant(const QString& type, const QString& id, const QString& status)
{
    return QJsonObject{{QStringLiteral("actor"), fhir::Reference::to(type, id).toJson()},
                       {QStringLiteral("required"), QStringLiteral("required")},
                       {QStringLiteral("status"), status}};
}

// The patient's participation: tentative until the booking is confirmed, declined once it
// is cancelled or missed.
QString patientParticipation(AppointmentStatus status)
{
    switch (status) {
        case AppointmentStatus::Scheduled:
            return QStringLiteral("tentative");
        case AppointmentStatus::Cancelled:
        case AppointmentStatus::NoShow:
            return QStringLiteral("declined");
        default:
            return QStringLiteral("accepted");
    }
}

fhir::CodeableConcept textConcept(const QString& text)
{
    fhir::CodeableConcept c;
    c.text = text;
    return c;
}

}  // namespace

QString scheduleId(const QString& providerId, const QString& locationId)
{
    return QUuid::createUuidV5(QUuid(providerId), QStringLiteral("schedule:") + locationId)
        .toString(QUuid::WithoutBraces);
}

QJsonObject scheduleToFhir(const QString& providerId, const QString& locationId, const QDate& from,
                           const QDate& to)
{
    fhir::Resource r(kSchedule, scheduleId(providerId, locationId));
    r.body.insert(QStringLiteral("active"), true);
    r.body.insert(
        QStringLiteral("actor"),
        QJsonArray{fhir::Reference::to(QStringLiteral("Practitioner"), providerId).toJson(),
                   fhir::Reference::to(QStringLiteral("Location"), locationId).toJson()});
    fhir::putObject(r.body, QStringLiteral("planningHorizon"),
                    fhir::Period::ofDates(from, to).toJson());
    return r.toJson();
}

QString slotStatusCode(SlotStatus status)
{
    switch (status) {
        case SlotStatus::Free:
            return QStringLiteral("free");
        case SlotStatus::Busy:
            return QStringLiteral("busy");
        case SlotStatus::BusyUnavailable:
            return QStringLiteral("busy-unavailable");
    }
    return QStringLiteral("busy");
}

QJsonObject slotToFhir(const ScheduleSlot& slot)
{
    const QString schedule = scheduleId(slot.providerId, slot.locationId);
    const QString id = QUuid::createUuidV5(QUuid(schedule), QString::number(slot.utc.start))
                           .toString(QUuid::WithoutBraces);
    fhir::Resource r(kSlot, id);
    r.body.insert(QStringLiteral("schedule"), fhir::Reference::to(kSchedule, schedule).toJson());
    r.body.insert(QStringLiteral("status"), slotStatusCode(slot.status));
    r.body.insert(QStringLiteral("start"), fhir::instant(utcFromSecs(slot.utc.start)));
    r.body.insert(QStringLiteral("end"), fhir::instant(utcFromSecs(slot.utc.end)));
    return r.toJson();
}

std::vector<ScheduleSlot> scheduleSlots(const ScheduleData& data, const BusyIndex& busy,
                                        const QDate& from, const QDate& to)
{
    std::vector<std::pair<QString, QString>> pairs;  // provider, location, in template order
    for (const ScheduleTemplate& t : data.templates) {
        const std::pair<QString, QString> key{t.providerId, t.locationId};
        if (std::find(pairs.begin(), pairs.end(), key) == pairs.end())
            pairs.push_back(key);
    }
    std::vector<ScheduleSlot> out;
    for (const auto& [providerId, locationId] : pairs) {
        const QTimeZone zone = data.zones.value(locationId);
        if (!zone.isValid())
            continue;
        const size_t first = out.size();
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            const DaySchedule day = daySchedule(data.templates, data.holidays, data.changes,
                                                providerId, locationId, date);
            for (const Slot& s : generateSlots(day, zone, day.slotMinutes, day.slotMinutes)) {
                const bool taken = busy.providerOverlap(providerId, date, s.utc) != nullptr;
                out.push_back(
                    {providerId, locationId, s.utc, taken ? SlotStatus::Busy : SlotStatus::Free});
            }
            for (const auto& spans : {blockIntervals(day, zone), closedIntervals(day, zone)})
                for (const Interval& span : spans)
                    if (!span.isEmpty())
                        out.push_back({providerId, locationId, span, SlotStatus::BusyUnavailable});
        }
        std::stable_sort(
            out.begin() + qsizetype(first), out.end(),
            [](const ScheduleSlot& a, const ScheduleSlot& b) { return a.utc.start < b.utc.start; });
    }
    return out;
}

QString appointmentStatusCode(AppointmentStatus status)
{
    switch (status) {
        case AppointmentStatus::Scheduled:
        case AppointmentStatus::Confirmed:
            return QStringLiteral("booked");
        case AppointmentStatus::Arrived:
            return QStringLiteral("arrived");
        case AppointmentStatus::Roomed:
        case AppointmentStatus::WithProvider:
            return QStringLiteral("checked-in");
        case AppointmentStatus::CheckedOut:
            return QStringLiteral("fulfilled");
        case AppointmentStatus::Cancelled:
            return QStringLiteral("cancelled");
        case AppointmentStatus::NoShow:
            return QStringLiteral("noshow");
    }
    return QStringLiteral("booked");
}

QJsonObject appointmentToFhir(const Appointment& a, const AppointmentType* type,
                              const AppointmentFhirOptions& options)
{
    fhir::Resource r(kAppointment, a.id);
    r.body.insert(QStringLiteral("status"), appointmentStatusCode(a.status));
    const bool ended =
        a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::NoShow;
    if (ended && !a.cancelReason.trimmed().isEmpty())
        r.body.insert(QStringLiteral("cancelationReason"),
                      textConcept(a.cancelReason.trimmed()).toJson());
    if (options.includeReason && type && !type->visitReason.trimmed().isEmpty())
        r.body.insert(QStringLiteral("serviceType"),
                      QJsonArray{textConcept(type->visitReason.trimmed()).toJson()});
    if (type) {
        fhir::CodeableConcept kind =
            fhir::CodeableConcept::of(kAppointmentTypeSystem, type->code, type->name);
        kind.text = type->name;
        r.body.insert(QStringLiteral("appointmentType"), kind.toJson());
    }
    if (options.includeReason && !a.reason.trimmed().isEmpty())
        r.body.insert(QStringLiteral("reasonCode"),
                      QJsonArray{textConcept(a.reason.trimmed()).toJson()});
    r.body.insert(QStringLiteral("start"), fhir::instant(a.start));
    r.body.insert(QStringLiteral("end"), fhir::instant(a.end));
    r.body.insert(QStringLiteral("minutesDuration"), int(a.start.secsTo(a.end) / 60));
    if (a.createdAt.isValid())
        r.body.insert(QStringLiteral("created"), fhir::dateTime(a.createdAt));
    r.body.insert(
        QStringLiteral("participant"),
        QJsonArray{
            participant(QStringLiteral("Patient"), a.patientId, patientParticipation(a.status)),
            participant(QStringLiteral("Practitioner"), a.providerId, QStringLiteral("accepted")),
            participant(QStringLiteral("Location"), a.locationId, QStringLiteral("accepted"))});
    return r.toJson();
}

QStringList CalendarFhirSource::resourceTypes() const
{
    return {kSchedule, kSlot, kAppointment};
}

Status CalendarFhirSource::exportResources(const Emit& out) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    FD_TRY(m_ctx.access->require(patients::perm::kExport));
    FD_TRY(exportSchedules(out));
    return exportAppointments(out);
}

Status CalendarFhirSource::exportSchedules(const Emit& out) const
{
    const QDate from = m_ctx.now().date();
    const QDate to = from.addDays(kSlotHorizonDays - 1);
    CalendarContext ctx = m_ctx;
    QSqlDatabase db = ctx.db.connection();
    auto data = loadScheduleData(ctx, db, from, to);
    FD_TRY(data);
    BusyIndex busy;
    FD_TRY(loadBusy(db, from, to, busy));
    QSet<QString> done;
    for (const ScheduleTemplate& t : data->templates) {
        const QString id = scheduleId(t.providerId, t.locationId);
        if (done.contains(id))
            continue;
        done.insert(id);
        FD_TRY(out(scheduleToFhir(t.providerId, t.locationId, from, to)));
    }
    for (const ScheduleSlot& slot : scheduleSlots(data.value(), busy, from, to))
        FD_TRY(out(slotToFhir(slot)));
    return {};
}

Status CalendarFhirSource::exportAppointments(const Emit& out) const
{
    QSqlDatabase db = m_ctx.db.connection();
    auto types = loadTypes(db, true);
    FD_TRY(types);
    QHash<QString, const AppointmentType*> byId;
    for (const AppointmentType& t : types.value())
        byId.insert(t.id, &t);
    AppointmentFhirOptions options;
    options.includeReason = m_ctx.access->can(patients::perm::kRead);
    // Streamed row by row: a practice keeps years of appointments.
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM calendar_appointments WHERE "
                                              "deleted = 0 ORDER BY start_at, id")
                                   .arg(appointmentColumns()));
    FD_TRY(q);
    while (q->next()) {
        const Appointment a = appointmentFromRow(q.value());
        FD_TRY(out(appointmentToFhir(a, byId.value(a.typeId), options)));
    }
    return {};
}

void registerCalendarExchange(ServiceRegistry& registry, const CalendarContext& context)
{
    registry.append<fhir::IFhirResourceSource>(std::make_shared<CalendarFhirSource>(context));
    registry.add<ICalendarIcsExport>(std::make_shared<CalendarIcsExporter>(context));
    registry.add<ICalendarFhirExport>(std::make_shared<CalendarFhirExporter>(context));
}

}  // namespace fd::calendar
