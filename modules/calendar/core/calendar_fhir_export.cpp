// A provider's schedule over a date range as a FHIR Bundle (Schedule, Slot, Appointment).
#include "calendar/core/calendar_fhir_export.h"

#include "calendar/core/busy_index.h"
#include "calendar/core/calendar_fhir.h"
#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"
#include "fhir/fhir_bundle.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"

#include <QJsonDocument>
#include <QSet>

namespace fd::calendar {

namespace {

constexpr qint64 kMaxDays = 366;

struct Counts
{
    int schedules = 0;
    int slotCount = 0;
    int appointments = 0;
};

// A Schedule per location of the provider's templates, then their Slots over the range.
Status addSchedules(fhir::BundleWriter& bundle, const ScheduleData& data, const BusyIndex& busy,
                    const FhirScheduleRequest& request, Counts& counts)
{
    QSet<QString> schedules;
    for (const ScheduleTemplate& t : data.templates) {
        if (schedules.contains(t.locationId))
            continue;
        schedules.insert(t.locationId);
        FD_TRY(bundle.add(scheduleToFhir(t.providerId, t.locationId, request.from, request.to)));
        ++counts.schedules;
    }
    QSet<QString> slotIds;  // a block and a closed span may start together: one Slot
    for (const ScheduleSlot& slot : scheduleSlots(data, busy, request.from, request.to)) {
        const QJsonObject resource = slotToFhir(slot);
        const QString id = resource.value(QStringLiteral("id")).toString();
        if (slotIds.contains(id))
            continue;
        slotIds.insert(id);
        FD_TRY(bundle.add(resource));
        ++counts.slotCount;
    }
    return {};
}

}  // namespace

Status CalendarFhirExporter::checkRange(const FhirScheduleRequest& request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return makeError(ErrorCode::InvalidInput,
                         tr("The date range is not valid: give a first and a last date, the last "
                            "not before the first."),
                         QStringLiteral("from,to"));
    if (request.from.daysTo(request.to) >= kMaxDays)
        return makeError(ErrorCode::InvalidInput,
                         tr("The date range is longer than a year (%1 days): every slot of it "
                            "would go into the file.")
                             .arg(request.from.daysTo(request.to) + 1),
                         QStringLiteral("to"));
    return {};
}

Result<QByteArray> CalendarFhirExporter::exportSchedule(const FhirScheduleRequest& request)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    FD_TRY(m_ctx.access->require(patients::perm::kExport));
    FD_TRY(checkRange(request));
    auto provider = m_ctx.providers->find(request.providerId);
    FD_TRY(provider);

    QSqlDatabase db = m_ctx.db.connection();
    auto data = loadScheduleData(m_ctx, db, request.from, request.to);
    FD_TRY(data);
    std::erase_if(data->templates, [&](const ScheduleTemplate& t) {
        return t.providerId != request.providerId;
    });
    BusyIndex busy;
    FD_TRY(loadBusy(db, request.from, request.to, busy));
    auto types = loadTypes(db, true);
    FD_TRY(types);
    QHash<QString, const AppointmentType*> typeById;
    for (const AppointmentType& t : types.value())
        typeById.insert(t.id, &t);

    fhir::BundleWriter bundle(fhir::BundleWriter::Type::Collection);
    bundle.setTimestamp(m_ctx.now());
    Counts counts;
    FD_TRY(addSchedules(bundle, data.value(), busy, request, counts));

    // Every zone is within a day of UTC: read a day either side, keep the local dates asked.
    AppointmentFilter filter;
    filter.providerId = request.providerId;
    filter.from = QDateTime(request.from.addDays(-1), QTime(0, 0), Qt::UTC);
    filter.to = QDateTime(request.to.addDays(2), QTime(0, 0), Qt::UTC);
    auto appointments = loadAppointments(db, filter);
    FD_TRY(appointments);
    AppointmentFhirOptions options;
    options.includeReason = m_ctx.access->can(patients::perm::kRead);
    for (const Appointment& a : appointments.value()) {
        const QTimeZone zone = data->zones.value(a.locationId);
        const QDate local = zone.isValid() ? a.start.toTimeZone(zone).date() : a.start.date();
        if (local < request.from || local > request.to)
            continue;
        FD_TRY(bundle.add(appointmentToFhir(a, typeById.value(a.typeId), options)));
        ++counts.appointments;
    }

    security::AuditRecord record;
    record.action = security::audit::kExport;
    record.entity = table::kAppointments;
    record.entityId = request.providerId;
    record.details = QJsonObject{{QStringLiteral("format"), QStringLiteral("fhir")},
                                 {QStringLiteral("from"), dateText(request.from)},
                                 {QStringLiteral("to"), dateText(request.to)},
                                 {QStringLiteral("schedules"), counts.schedules},
                                 {QStringLiteral("slots"), counts.slotCount},
                                 {QStringLiteral("appointments"), counts.appointments}};
    FD_TRY(m_ctx.audit->record(record));
    return QJsonDocument(bundle.toJson()).toJson(QJsonDocument::Compact);
}

}  // namespace fd::calendar
