// Row mapping and the reads the scheduling services share.
#include "calendar/core/calendar_store.h"

#include "storage/sql_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace fd::calendar {

namespace {

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString ids(const QStringList& list)
{
    return text(list.join(QLatin1Char(',')));
}

QStringList idsFrom(const QString& s)
{
    return s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString json(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).array();
}

// Milliseconds since the epoch of an instant as instantText() writes it
// ("2025-03-10T13:00:00.000Z"), read by position: QDateTime::fromString is most of the time
// of reading appointments and a week's busy lists. Anything else: nullopt.
std::optional<qint64> msecsFromIsoUtc(const QString& s)
{
    if (s.size() != 24 || s.at(10) != QLatin1Char('T') || s.at(19) != QLatin1Char('.') ||
        s.at(23) != QLatin1Char('Z'))
        return std::nullopt;
    auto num = [&s](int at, int len) {
        int v = 0;
        for (int i = at; i < at + len; ++i) {
            const int d = s.at(i).digitValue();
            if (d < 0)
                return -1;
            v = v * 10 + d;
        }
        return v;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2),
              sec = num(17, 2), ms = num(20, 3);
    const QDate date(y, mo, d);
    if (!date.isValid() || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0)
        return std::nullopt;
    return ((date.toJulianDay() - 2440588) * 86400 + h * 3600 + mi * 60 + sec) * 1000 + ms;
}

qint64 secsFromInstantText(const QString& s)
{
    if (const auto ms = msecsFromIsoUtc(s))
        return *ms / 1000;
    return instantFromText(s).toSecsSinceEpoch();
}

}  // namespace

QString timeText(const QTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QStringLiteral("");
}

QTime timeFromText(const QString& s)
{
    return s.isEmpty() ? QTime() : QTime::fromString(s, QStringLiteral("HH:mm"));
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateFromText(const QString& s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

QString instantText(const QDateTime& t)
{
    return t.isValid() ? toIsoUtc(t) : QStringLiteral("");
}

QDateTime instantFromText(const QString& s)
{
    if (s.isEmpty())
        return {};
    if (const auto ms = msecsFromIsoUtc(s))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

QString appointmentColumns()
{
    return QStringLiteral(
        "id, row_version, patient_id, provider_id, location_id, type_id, start_at, end_at, "
        "status, reason, resource_ids, overbooked, overbook_reason, series_id, occurrence_date, "
        "cancel_reason, note, status_at, created_at, created_by, rescheduled_from, rescheduled_to, series_exception");
}

Appointment appointmentFromRow(const QSqlQuery& q, int f)
{
    Appointment a;
    a.id = q.value(f + 0).toString();
    a.rowVersion = q.value(f + 1).toLongLong();
    a.patientId = q.value(f + 2).toString();
    a.providerId = q.value(f + 3).toString();
    a.locationId = q.value(f + 4).toString();
    a.typeId = q.value(f + 5).toString();
    a.start = instantFromText(q.value(f + 6).toString());
    a.end = instantFromText(q.value(f + 7).toString());
    a.status = statusFromId(q.value(f + 8).toString()).value_or(AppointmentStatus::Scheduled);
    a.reason = q.value(f + 9).toString();
    a.resourceIds = idsFrom(q.value(f + 10).toString());
    a.overbooked = q.value(f + 11).toInt() != 0;
    a.overbookReason = q.value(f + 12).toString();
    a.seriesId = q.value(f + 13).toString();
    a.occurrenceDate = dateFromText(q.value(f + 14).toString());
    a.cancelReason = q.value(f + 15).toString();
    a.note = q.value(f + 16).toString();
    a.statusAt = instantFromText(q.value(f + 17).toString());
    a.createdAt = instantFromText(q.value(f + 18).toString());
    a.createdBy = q.value(f + 19).toString();
    a.rescheduledFrom = q.value(f + 20).toString();
    a.rescheduledTo = q.value(f + 21).toString();
    a.seriesException = q.value(f + 22).toInt() != 0;
    return a;
}

QVariantMap appointmentFields(const Appointment& a, const QDate& localDate)
{
    return {{QStringLiteral("patient_id"), a.patientId},
            {QStringLiteral("provider_id"), a.providerId},
            {QStringLiteral("location_id"), a.locationId},
            {QStringLiteral("type_id"), a.typeId},
            {QStringLiteral("start_at"), instantText(a.start)},
            {QStringLiteral("end_at"), instantText(a.end)},
            {QStringLiteral("local_date"), dateText(localDate)},
            {QStringLiteral("status"), statusId(a.status)},
            {QStringLiteral("reason"), text(a.reason)},
            {QStringLiteral("resource_ids"), ids(a.resourceIds)},
            {QStringLiteral("overbooked"), a.overbooked ? 1 : 0},
            {QStringLiteral("overbook_reason"), text(a.overbookReason)},
            {QStringLiteral("series_id"), text(a.seriesId)},
            {QStringLiteral("occurrence_date"), dateText(a.occurrenceDate)},
            {QStringLiteral("series_exception"), a.seriesException ? 1 : 0},
            {QStringLiteral("cancel_reason"), text(a.cancelReason)},
            {QStringLiteral("rescheduled_from"), text(a.rescheduledFrom)},
            {QStringLiteral("rescheduled_to"), text(a.rescheduledTo)},
            {QStringLiteral("note"), text(a.note)},
            {QStringLiteral("status_at"), instantText(a.statusAt)},
            {QStringLiteral("created_at"), instantText(a.createdAt)},
            {QStringLiteral("created_by"), text(a.createdBy)}};
}

QString typeColumns()
{
    return QStringLiteral(
        "id, row_version, code, name, duration_minutes, color, allowed_provider_ids, resources, "
        "patient_rule, lead_time_minutes, max_per_day, visit_reason, active");
}

AppointmentType typeFromRow(const QSqlQuery& q)
{
    AppointmentType t;
    t.id = q.value(0).toString();
    t.rowVersion = q.value(1).toLongLong();
    t.code = q.value(2).toString();
    t.name = q.value(3).toString();
    t.durationMinutes = q.value(4).toInt();
    t.color = q.value(5).toString();
    t.allowedProviderIds = idsFrom(q.value(6).toString());
    for (const QJsonValue& v : arrayFrom(q.value(7).toString()))
        t.resources.push_back({v[QStringLiteral("kind")].toString(),
                               v[QStringLiteral("name")].toString()});
    t.patientRule = patientRuleFromId(q.value(8).toString()).value_or(PatientRule::Any);
    t.leadTimeMinutes = q.value(9).toInt();
    t.maxPerDay = q.value(10).toInt();
    t.visitReason = q.value(11).toString();
    t.active = q.value(12).toInt() != 0;
    return t;
}

QVariantMap typeFields(const AppointmentType& t)
{
    QJsonArray resources;
    for (const ResourceNeed& r : t.resources)
        resources.append(QJsonObject{{QStringLiteral("kind"), r.kind}, {QStringLiteral("name"), r.name}});
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("duration_minutes"), t.durationMinutes},
            {QStringLiteral("color"), t.color},
            {QStringLiteral("allowed_provider_ids"), ids(t.allowedProviderIds)},
            {QStringLiteral("resources"), t.resources.empty() ? QStringLiteral("") : json(resources)},
            {QStringLiteral("patient_rule"), patientRuleId(t.patientRule)},
            {QStringLiteral("lead_time_minutes"), t.leadTimeMinutes},
            {QStringLiteral("max_per_day"), t.maxPerDay},
            {QStringLiteral("visit_reason"), text(t.visitReason)},
            {QStringLiteral("active"), t.active ? 1 : 0}};
}

QString templateColumns()
{
    return QStringLiteral(
        "id, row_version, provider_id, location_id, name, effective_from, effective_to, "
        "anchor_date, slot_minutes, hours, blocks");
}

ScheduleTemplate templateFromRow(const QSqlQuery& q)
{
    ScheduleTemplate t;
    t.id = q.value(0).toString();
    t.rowVersion = q.value(1).toLongLong();
    t.providerId = q.value(2).toString();
    t.locationId = q.value(3).toString();
    t.name = q.value(4).toString();
    t.effectiveFrom = dateFromText(q.value(5).toString());
    t.effectiveTo = dateFromText(q.value(6).toString());
    t.anchorDate = dateFromText(q.value(7).toString());
    t.slotMinutes = q.value(8).toInt();
    auto weeks = [](const QJsonValue& v) {
        return weekParityFromId(v[QStringLiteral("weeks")].toString()).value_or(WeekParity::Every);
    };
    for (const QJsonValue& v : arrayFrom(q.value(9).toString()))
        t.hours.push_back({v[QStringLiteral("weekday")].toInt(), weeks(v),
                           timeFromText(v[QStringLiteral("start")].toString()),
                           timeFromText(v[QStringLiteral("end")].toString())});
    for (const QJsonValue& v : arrayFrom(q.value(10).toString()))
        t.blocks.push_back(
            {v[QStringLiteral("weekday")].toInt(), weeks(v),
             timeFromText(v[QStringLiteral("start")].toString()),
             timeFromText(v[QStringLiteral("end")].toString()),
             blockKindFromId(v[QStringLiteral("kind")].toString()).value_or(BlockKind::Admin),
             v[QStringLiteral("label")].toString()});
    return t;
}

QVariantMap templateFields(const ScheduleTemplate& t)
{
    QJsonArray hours, blocks;
    for (const WeeklyHours& h : t.hours)
        hours.append(QJsonObject{{QStringLiteral("weekday"), h.weekday},
                                 {QStringLiteral("weeks"), weekParityId(h.weeks)},
                                 {QStringLiteral("start"), timeText(h.start)},
                                 {QStringLiteral("end"), timeText(h.end)}});
    for (const WeeklyBlock& b : t.blocks)
        blocks.append(QJsonObject{{QStringLiteral("weekday"), b.weekday},
                                  {QStringLiteral("weeks"), weekParityId(b.weeks)},
                                  {QStringLiteral("start"), timeText(b.start)},
                                  {QStringLiteral("end"), timeText(b.end)},
                                  {QStringLiteral("kind"), blockKindId(b.kind)},
                                  {QStringLiteral("label"), b.label}});
    return {{QStringLiteral("provider_id"), t.providerId},
            {QStringLiteral("location_id"), t.locationId},
            {QStringLiteral("name"), text(t.name)},
            {QStringLiteral("effective_from"), dateText(t.effectiveFrom)},
            {QStringLiteral("effective_to"), dateText(t.effectiveTo)},
            {QStringLiteral("anchor_date"), dateText(t.anchorDate)},
            {QStringLiteral("slot_minutes"), t.slotMinutes},
            {QStringLiteral("hours"), json(hours)},
            {QStringLiteral("blocks"), json(blocks)}};
}

QString holidayColumns()
{
    return QStringLiteral("id, row_version, date, name, location_id");
}

Holiday holidayFromRow(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toLongLong(), dateFromText(q.value(2).toString()),
            q.value(3).toString(), q.value(4).toString()};
}

QVariantMap holidayFields(const Holiday& h)
{
    return {{QStringLiteral("date"), dateText(h.date)},
            {QStringLiteral("name"), text(h.name)},
            {QStringLiteral("location_id"), text(h.locationId)}};
}

QString changeColumns()
{
    return QStringLiteral(
        "id, row_version, provider_id, location_id, date, kind, start_time, end_time, reason");
}

ScheduleChange changeFromRow(const QSqlQuery& q)
{
    ScheduleChange c;
    c.id = q.value(0).toString();
    c.rowVersion = q.value(1).toLongLong();
    c.providerId = q.value(2).toString();
    c.locationId = q.value(3).toString();
    c.date = dateFromText(q.value(4).toString());
    c.kind = changeKindFromId(q.value(5).toString()).value_or(ChangeKind::Closed);
    c.start = timeFromText(q.value(6).toString());
    c.end = timeFromText(q.value(7).toString());
    c.reason = q.value(8).toString();
    return c;
}

QVariantMap changeFields(const ScheduleChange& c)
{
    return {{QStringLiteral("provider_id"), c.providerId},
            {QStringLiteral("location_id"), text(c.locationId)},
            {QStringLiteral("date"), dateText(c.date)},
            {QStringLiteral("kind"), changeKindId(c.kind)},
            {QStringLiteral("start_time"), timeText(c.start)},
            {QStringLiteral("end_time"), timeText(c.end)},
            {QStringLiteral("reason"), text(c.reason)}};
}

QString waitlistColumns()
{
    return QStringLiteral(
        "id, row_version, patient_id, type_id, provider_ids, location_id, day_parts, earliest, "
        "latest, added_at, note");
}

WaitlistEntry waitlistFromRow(const QSqlQuery& q)
{
    WaitlistEntry e;
    e.id = q.value(0).toString();
    e.rowVersion = q.value(1).toLongLong();
    e.patientId = q.value(2).toString();
    e.typeId = q.value(3).toString();
    e.providerIds = idsFrom(q.value(4).toString());
    e.locationId = q.value(5).toString();
    e.dayParts = q.value(6).toInt();
    e.earliest = dateFromText(q.value(7).toString());
    e.latest = dateFromText(q.value(8).toString());
    e.addedAt = instantFromText(q.value(9).toString());
    e.note = q.value(10).toString();
    return e;
}

QVariantMap waitlistFields(const WaitlistEntry& e)
{
    return {{QStringLiteral("patient_id"), e.patientId},
            {QStringLiteral("type_id"), e.typeId},
            {QStringLiteral("provider_ids"), ids(e.providerIds)},
            {QStringLiteral("location_id"), text(e.locationId)},
            {QStringLiteral("day_parts"), e.dayParts},
            {QStringLiteral("earliest"), dateText(e.earliest)},
            {QStringLiteral("latest"), dateText(e.latest)},
            {QStringLiteral("added_at"), instantText(e.addedAt)},
            {QStringLiteral("note"), text(e.note)}};
}

Result<std::vector<Appointment>> loadAppointments(QSqlDatabase db, const AppointmentFilter& f)
{
    QString sql = QStringLiteral("SELECT %1 FROM calendar_appointments WHERE deleted = 0")
                      .arg(appointmentColumns());
    QVariantList binds;
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND start_at < ?");
        binds << instantText(f.to);
    }
    if (f.from.isValid()) {
        // The lower bound on start_at lets the index range stop at the range's first
        // appointments instead of running from the practice's first one.
        sql += QStringLiteral(" AND end_at > ? AND start_at > ?");
        binds << instantText(f.from) << instantText(f.from.addSecs(-kMaxAppointmentSecs));
    }
    for (const auto& [column, value] :
         {std::pair{QStringLiteral("provider_id"), f.providerId},
          std::pair{QStringLiteral("location_id"), f.locationId},
          std::pair{QStringLiteral("patient_id"), f.patientId}})
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(column);
            binds << value;
        }
    if (!f.includeCancelled)
        sql += QStringLiteral(" AND status NOT IN ('cancelled', 'no_show')");
    sql += QStringLiteral(" ORDER BY start_at, provider_id, id");
    auto q = storage::exec(db, sql, binds);
    FD_TRY(q);
    std::vector<Appointment> out;
    while (q->next())
        out.push_back(appointmentFromRow(q.value()));
    return out;
}

Result<std::optional<Appointment>> loadAppointment(QSqlDatabase db, const QString& id)
{
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT %1 FROM calendar_appointments WHERE id = ? AND deleted = 0")
            .arg(appointmentColumns()),
        {id});
    FD_TRY(q);
    if (!q->next())
        return std::optional<Appointment>();
    return std::optional<Appointment>(appointmentFromRow(q.value()));
}

Status loadBusy(QSqlDatabase db, const QDate& from, const QDate& to, BusyIndex& busy)
{
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT id, provider_id, type_id, start_at, end_at, local_date, "
                       "resource_ids FROM calendar_appointments WHERE local_date BETWEEN ? AND ? "
                       "AND deleted = 0 AND status NOT IN ('cancelled', 'no_show')"),
        {dateText(from.addDays(-1)), dateText(to.addDays(1))});
    FD_TRY(q);
    q->setForwardOnly(true);
    while (q->next()) {
        const QDate day = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        const BusyEntry entry{{secsFromInstantText(q->value(3).toString()),
                               secsFromInstantText(q->value(4).toString())},
                              q->value(0).toString(),
                              q->value(2).toString()};
        busy.addProvider(q->value(1).toString(), day, entry);
        const QString resources = q->value(6).toString();
        if (!resources.isEmpty())
            for (const QString& r : idsFrom(resources))
                busy.addResource(r, day, entry);
    }
    return {};
}

Result<std::vector<AppointmentType>> loadTypes(QSqlDatabase db, bool includeInactive)
{
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM calendar_appointment_types WHERE "
                                              "deleted = 0%2 ORDER BY name, code")
                                   .arg(typeColumns(), includeInactive
                                                           ? QString()
                                                           : QStringLiteral(" AND active = 1")));
    FD_TRY(q);
    std::vector<AppointmentType> out;
    while (q->next())
        out.push_back(typeFromRow(q.value()));
    return out;
}

Result<std::optional<AppointmentType>> loadType(QSqlDatabase db, const QString& idOrCode)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT %1 FROM calendar_appointment_types WHERE "
                                          "deleted = 0 AND (id = ? OR code = ?)")
                               .arg(typeColumns()),
                           {idOrCode, idOrCode.trimmed().toUpper()});
    FD_TRY(q);
    if (!q->next())
        return std::optional<AppointmentType>();
    return std::optional<AppointmentType>(typeFromRow(q.value()));
}

Result<std::vector<ScheduleTemplate>> loadTemplates(QSqlDatabase db, const QString& providerId)
{
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT %1 FROM calendar_templates WHERE deleted = 0%2 ORDER BY "
                       "provider_id, effective_from, id")
            .arg(templateColumns(),
                 providerId.isEmpty() ? QString() : QStringLiteral(" AND provider_id = ?")),
        providerId.isEmpty() ? QVariantList{} : QVariantList{providerId});
    FD_TRY(q);
    std::vector<ScheduleTemplate> out;
    while (q->next())
        out.push_back(templateFromRow(q.value()));
    return out;
}

Result<std::vector<Holiday>> loadHolidays(QSqlDatabase db, const QDate& from, const QDate& to)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT %1 FROM calendar_holidays WHERE deleted = 0 AND "
                                          "date BETWEEN ? AND ? ORDER BY date")
                               .arg(holidayColumns()),
                           {dateText(from), dateText(to)});
    FD_TRY(q);
    std::vector<Holiday> out;
    while (q->next())
        out.push_back(holidayFromRow(q.value()));
    return out;
}

Result<std::vector<ScheduleChange>> loadChanges(QSqlDatabase db, const QDate& from,
                                                const QDate& to)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT %1 FROM calendar_schedule_changes WHERE "
                                          "deleted = 0 AND date BETWEEN ? AND ? ORDER BY date")
                               .arg(changeColumns()),
                           {dateText(from), dateText(to)});
    FD_TRY(q);
    std::vector<ScheduleChange> out;
    while (q->next())
        out.push_back(changeFromRow(q.value()));
    return out;
}

Result<ScheduleData> loadScheduleData(CalendarContext& ctx, QSqlDatabase db, const QDate& from,
                                      const QDate& to)
{
    ScheduleData data;
    auto templates = loadTemplates(db, {});
    FD_TRY(templates);
    data.templates = std::move(templates.value());
    auto holidays = loadHolidays(db, from.addDays(-1), to.addDays(1));
    FD_TRY(holidays);
    data.holidays = std::move(holidays.value());
    auto changes = loadChanges(db, from.addDays(-1), to.addDays(1));
    FD_TRY(changes);
    data.changes = std::move(changes.value());
    auto locations = ctx.locations->list();
    FD_TRY(locations);
    for (const practice::Location& l : locations.value()) {
        data.zones.insert(l.id, QTimeZone(l.timeZone.toUtf8()));
        data.resources.insert(l.id, l.resources);
    }
    return data;
}

Result<bool> isEstablished(QSqlDatabase db, const QString& patientId, const QDateTime& before)
{
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT 1 FROM calendar_appointments WHERE patient_id = ? AND deleted = 0 "
                       "AND status = 'checked_out' AND start_at < ? AND start_at >= ? LIMIT 1"),
        {patientId, instantText(before), instantText(before.addYears(-3))});
    FD_TRY(q);
    return q->next();
}

}  // namespace fd::calendar
