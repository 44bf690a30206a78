// Recurring appointments: a series row and one appointment per occurrence.
#include "calendar/core/series_service.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"
#include "common/uuid.h"
#include "security/audit_actions.h"
#include "storage/synced_rows.h"

namespace fd::calendar {

namespace {

Result<std::vector<Appointment>> seriesAppointments(QSqlDatabase db, const QString& seriesId)
{
    auto q = storage::exec(db,
                           QStringLiteral("SELECT %1 FROM calendar_appointments WHERE series_id = "
                                          "? AND deleted = 0 ORDER BY start_at")
                               .arg(appointmentColumns()),
                           {seriesId});
    FD_TRY(q);
    std::vector<Appointment> out;
    while (q->next())
        out.push_back(appointmentFromRow(q.value()));
    return out;
}

}  // namespace

QVariantMap SeriesService::seriesFields(const Series& s)
{
    QStringList weekdays;
    for (int d : s.rule.weekdays)
        weekdays << QString::number(d);
    return {{QStringLiteral("patient_id"), s.patientId},
            {QStringLiteral("provider_id"), s.providerId},
            {QStringLiteral("location_id"), s.locationId},
            {QStringLiteral("type_id"), s.typeId},
            {QStringLiteral("first_date"), dateText(s.firstDate)},
            {QStringLiteral("start_time"), timeText(s.startTime)},
            {QStringLiteral("duration_minutes"), s.durationMinutes},
            {QStringLiteral("kind"), recurrenceKindId(s.rule.kind)},
            {QStringLiteral("interval"), s.rule.interval},
            {QStringLiteral("weekdays"), weekdays.isEmpty() ? QStringLiteral("") : weekdays.join(QLatin1Char(','))},
            {QStringLiteral("week_of_month"), s.rule.weekOfMonth},
            {QStringLiteral("weekday"), s.rule.weekday},
            {QStringLiteral("until"), dateText(s.rule.until)},
            {QStringLiteral("count"), s.rule.count},
            {QStringLiteral("reason"), s.reason.isNull() ? QStringLiteral("") : s.reason}};
}

Result<SeriesService::Series> SeriesService::loadSeries(QSqlDatabase db, const QString& id) const
{
    auto q = storage::exec(
        db,
        QStringLiteral("SELECT id, row_version, patient_id, provider_id, location_id, type_id, "
                       "first_date, start_time, duration_minutes, kind, interval, weekdays, "
                       "week_of_month, weekday, until, count, reason FROM calendar_series WHERE "
                       "id = ? AND deleted = 0"),
        {id});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("No recurring appointment %1.").arg(id),
                         QStringLiteral("series_id"));
    Series s;
    s.id = q->value(0).toString();
    s.rowVersion = q->value(1).toLongLong();
    s.patientId = q->value(2).toString();
    s.providerId = q->value(3).toString();
    s.locationId = q->value(4).toString();
    s.typeId = q->value(5).toString();
    s.firstDate = dateFromText(q->value(6).toString());
    s.startTime = timeFromText(q->value(7).toString());
    s.durationMinutes = q->value(8).toInt();
    s.rule.kind = recurrenceKindFromId(q->value(9).toString()).value_or(RecurrenceKind::Weekly);
    s.rule.interval = q->value(10).toInt();
    for (const QString& d : q->value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.rule.weekdays << d.toInt();
    s.rule.weekOfMonth = q->value(12).toInt();
    s.rule.weekday = q->value(13).toInt();
    s.rule.until = dateFromText(q->value(14).toString());
    s.rule.count = q->value(15).toInt();
    s.reason = q->value(16).toString();
    return s;
}

Status SeriesService::bookOccurrences(storage::Transaction& tx, const Series& s,
                                      const QDate& from, const Overbook& overbook,
                                      bool skipConflicts, SeriesResult& result)
{
    const CalendarContext& ctx = m_engine.context();
    auto type = loadType(tx.connection(), s.typeId);
    FD_TRY(type);
    if (!type->has_value())
        return makeError(ErrorCode::NotFound, tr("No appointment type %1.").arg(s.typeId));
    auto zone = m_engine.zoneOf(s.locationId);
    FD_TRY(zone);
    const QDate horizon = s.rule.until.isValid() ? s.rule.until : s.firstDate.addYears(10);
    QStringList refused;
    std::vector<Placement> placements;
    for (const QDate& d : ruleDates(s.rule, s.firstDate, from, horizon)) {
        Appointment a;
        a.patientId = s.patientId;
        a.providerId = s.providerId;
        a.locationId = s.locationId;
        a.typeId = s.typeId;
        a.start = utcFromSecs(localMinuteToUtc(d, minuteOf(s.startTime), zone.value()));
        a.end = a.start.addSecs(qint64(s.durationMinutes) * 60);
        a.reason = s.reason;
        a.seriesId = s.id;
        a.occurrenceDate = d;
        auto placed = m_engine.evaluate(tx.connection(), a, **type, {}, true);
        FD_TRY(placed);
        auto admitted = m_engine.admit(placed.value(), overbook);
        if (!admitted.ok()) {
            if (admitted.error().code != ErrorCode::Conflict)
                return admitted.error();
            if (skipConflicts) {
                result.skipped.push_back(d);
                result.skippedCodes.push_back(placed->verdict.codes());
                continue;
            }
            refused << QStringLiteral("%1: %2").arg(d.toString(Qt::ISODate),
                                                    placed->verdict.codes().join(QLatin1Char(',')));
            continue;
        }
        placements.push_back(std::move(placed.value()));
    }
    if (!refused.isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("%1 occurrence(s) meet conflicts:\n%2")
                             .arg(refused.size())
                             .arg(refused.join(QLatin1Char('\n'))),
                         refused.join(QLatin1Char(';')));
    for (Placement& p : placements) {
        p.appointment.status = AppointmentStatus::Scheduled;
        p.appointment.statusAt = ctx.now();
        p.appointment.createdAt = ctx.now();
        p.appointment.createdBy = ctx.userId();
        auto written = m_engine.write(tx, p);
        FD_TRY(written);
        FD_TRY(m_engine.addHistory(tx, m_engine.historyOf(QStringLiteral("booked"), Appointment(),
                                                          written.value())));
        result.booked.push_back(written.value());
    }
    return {};
}

Result<SeriesResult> SeriesService::create(const SeriesRequest& r)
{
    const CalendarContext& ctx = m_engine.context();
    FD_TRY(ctx.access->require(perm::kBook));
    auto tx = ctx.db.begin();
    FD_TRY(tx);
    const QSqlDatabase db = tx.value()->connection();
    if (r.first.patientId.isEmpty() || r.first.providerId.isEmpty() || !r.first.start.isValid())
        return makeError(ErrorCode::InvalidInput,
                         tr("A recurring appointment needs its patient, provider and first start."),
                         QStringLiteral("start"));
    auto patient = ctx.patients->get(r.first.patientId);
    FD_TRY(patient);
    auto type = m_engine.resolveType(db, r.first.typeId);
    FD_TRY(type);
    auto location = m_engine.resolveLocation(db, r.first.providerId, r.first.locationId);
    FD_TRY(location);
    auto zone = m_engine.zoneOf(location.value());
    FD_TRY(zone);
    const QDateTime local = r.first.start.toTimeZone(zone.value());
    FD_TRY(validateRule(r.rule, local.date()));
    Series s;
    s.id = newUuid();
    s.patientId = r.first.patientId;
    s.providerId = r.first.providerId;
    s.locationId = location.value();
    s.typeId = type->id;
    s.firstDate = local.date();
    s.startTime = QTime(local.time().hour(), local.time().minute());
    s.durationMinutes = r.first.durationMinutes > 0 ? r.first.durationMinutes : type->durationMinutes;
    s.rule = r.rule;
    s.reason = r.first.reason.trimmed().isEmpty() ? type->visitReason : r.first.reason.trimmed();
    QVariantMap fields = seriesFields(s);
    auto id = storage::SyncedRows::insert(*tx.value(), table::kSeries, fields, s.id);
    FD_TRY(id);
    security::AuditRecord record;
    record.action = security::audit::kCreate;
    record.patientId = s.patientId;
    record.entity = table::kSeries;
    record.entityId = s.id;
    record.detailsJson = practice::auditDetailsJson(&fields);
    FD_TRY(ctx.audit->record(record));
    SeriesResult result;
    result.seriesId = s.id;
    FD_TRY(bookOccurrences(*tx.value(), s, s.firstDate, r.first.overbook, r.skipConflicts, result));
    if (result.booked.empty())
        return makeError(ErrorCode::Conflict, tr("No occurrence of the series could be booked."),
                         QStringLiteral("start"));
    FD_TRY(tx.value()->commit());
    return result;
}

Status SeriesService::cancelAll(storage::Transaction& tx, const std::vector<Appointment>& targets,
                                const QString& reason, SeriesResult& result)
{
    const CalendarContext& ctx = m_engine.context();
    for (Appointment a : targets) {
        const Appointment before = a;
        a.status = AppointmentStatus::Cancelled;
        a.statusAt = ctx.now();
        a.cancelReason = reason;
        auto zone = m_engine.zoneOf(a.locationId);
        FD_TRY(zone);
        auto written = m_engine.writeFields(tx, a, a.start.toTimeZone(zone.value()).date());
        FD_TRY(written);
        FD_TRY(m_engine.addHistory(
            tx, m_engine.historyOf(QStringLiteral("cancelled"), before, written.value(), reason)));
        result.booked.push_back(written.value());
    }
    return {};
}

Status SeriesService::changeAll(storage::Transaction& tx, std::vector<Appointment> targets,
                                const SeriesChange& change, const QString& newSeriesId,
                                bool exception, SeriesResult& result)
{
    QStringList refused;
    std::vector<std::pair<Appointment, Placement>> placements;
    for (Appointment& a : targets) {
        const Appointment before = a;
        auto zone = m_engine.zoneOf(a.locationId);
        FD_TRY(zone);
        const QDateTime local = a.start.toTimeZone(zone.value());
        const QDate day = local.date().addDays(change.dayShift.value_or(0));
        const QTime time = change.localStart.value_or(local.time());
        const qint64 length =
            change.durationMinutes ? qint64(*change.durationMinutes) * 60 : a.start.secsTo(a.end);
        a.start = utcFromSecs(localMinuteToUtc(day, minuteOf(time), zone.value()));
        a.end = a.start.addSecs(length);
        if (!change.providerId.isEmpty())
            a.providerId = change.providerId;
        if (!newSeriesId.isEmpty())
            a.seriesId = newSeriesId;
        if (exception)
            a.seriesException = true;
        else if (change.dayShift)
            a.occurrenceDate = a.occurrenceDate.addDays(*change.dayShift);
        auto type = loadType(tx.connection(), a.typeId);
        FD_TRY(type);
        if (!type->has_value())
            return makeError(ErrorCode::NotFound, tr("No appointment type %1.").arg(a.typeId));
        auto placed = m_engine.evaluate(tx.connection(), a, **type, {}, true);
        FD_TRY(placed);
        // Occurrences being moved together are not in each other's way.
        auto admitted = m_engine.admit(placed.value(), {});
        if (!admitted.ok()) {
            if (admitted.error().code != ErrorCode::Conflict)
                return admitted.error();
            refused << QStringLiteral("%1: %2").arg(day.toString(Qt::ISODate),
                                                    placed->verdict.codes().join(QLatin1Char(',')));
            continue;
        }
        placements.emplace_back(before, std::move(placed.value()));
    }
    if (!refused.isEmpty())
        return makeError(ErrorCode::Conflict,
                         tr("%1 occurrence(s) meet conflicts:\n%2")
                             .arg(refused.size())
                             .arg(refused.join(QLatin1Char('\n'))),
                         refused.join(QLatin1Char(';')));
    for (auto& [before, p] : placements) {
        auto written = m_engine.write(tx, p);
        FD_TRY(written);
        FD_TRY(m_engine.addHistory(tx, m_engine.historyOf(QStringLiteral("moved"), before,
                                                          written.value())));
        result.booked.push_back(written.value());
    }
    return {};
}

Result<SeriesResult> SeriesService::edit(const QString& seriesId, const QDate& occurrenceDate,
                                         SeriesScope scope, const SeriesChange& change)
{
    const CalendarContext& ctx = m_engine.context();
    FD_TRY(ctx.access->require(change.cancel ? perm::kCancel : perm::kBook));
    if (change.cancel && change.cancelReason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A cancellation needs its reason."),
                         QStringLiteral("reason"));
    if (change.durationMinutes && (*change.durationMinutes < 5 || *change.durationMinutes > 720))
        return makeError(ErrorCode::InvalidInput, tr("The length must be 5 to 720 minutes."),
                         QStringLiteral("duration_minutes"));
    auto tx = ctx.db.begin();
    FD_TRY(tx);
    auto series = loadSeries(tx.value()->connection(), seriesId);
    FD_TRY(series);
    auto all = seriesAppointments(tx.value()->connection(), seriesId);
    FD_TRY(all);
    auto zone = m_engine.zoneOf(series->locationId);
    FD_TRY(zone);
    const QDate today = ctx.now().toTimeZone(zone.value()).date();
    std::vector<Appointment> targets;
    bool found = false;
    for (const Appointment& a : all.value()) {
        found = found || a.occurrenceDate == occurrenceDate;
        const bool open = a.status == AppointmentStatus::Scheduled ||
                          a.status == AppointmentStatus::Confirmed;
        const bool wanted =
            scope == SeriesScope::One
                ? a.occurrenceDate == occurrenceDate
                : (a.occurrenceDate >= (scope == SeriesScope::All ? today : occurrenceDate) &&
                   !(a.seriesException && scope == SeriesScope::All));
        if (wanted && open)
            targets.push_back(a);
    }
    if (!found && scope != SeriesScope::All)
        return makeError(ErrorCode::NotFound,
                         tr("The series has no occurrence on %1.").arg(occurrenceDate.toString(Qt::ISODate)),
                         QStringLiteral("occurrence_date"));
    SeriesResult result;
    result.seriesId = seriesId;
    if (change.cancel) {
        FD_TRY(cancelAll(*tx.value(), targets, change.cancelReason.trimmed(), result));
    } else if (scope == SeriesScope::ThisAndFollowing && occurrenceDate > series->firstDate) {
        // The series ends the day before; the rest becomes a new series with the change.
        Series next = series.value();
        next.id = newUuid();
        next.firstDate = occurrenceDate.addDays(change.dayShift.value_or(0));
        if (change.localStart)
            next.startTime = *change.localStart;
        if (!change.providerId.isEmpty())
            next.providerId = change.providerId;
        if (change.durationMinutes)
            next.durationMinutes = *change.durationMinutes;
        if (next.rule.count > 0) {
            const auto before = ruleDates(series->rule, series->firstDate, series->firstDate,
                                          occurrenceDate.addDays(-1));
            next.rule.count = std::max(1, series->rule.count - int(before.size()));
        }
        Series ended = series.value();
        ended.rule.until = occurrenceDate.addDays(-1);
        ended.rule.count = 0;
        auto base = ctx.base();
        FD_TRY(practice::writeAudited(base, *tx.value(), table::kSeries, ended.id, ended.rowVersion,
                                      seriesFields(ended), ended.patientId));
        QVariantMap fields = seriesFields(next);
        FD_TRY(storage::SyncedRows::insert(*tx.value(), table::kSeries, fields, next.id));
        FD_TRY(changeAll(*tx.value(), targets, change, next.id, false, result));
        result.seriesId = next.id;
    } else {
        const bool exception = scope == SeriesScope::One;
        if (!exception) {
            Series s = series.value();
            if (change.localStart)
                s.startTime = *change.localStart;
            if (!change.providerId.isEmpty())
                s.providerId = change.providerId;
            if (change.durationMinutes)
                s.durationMinutes = *change.durationMinutes;
            if (change.dayShift)
                s.firstDate = s.firstDate.addDays(*change.dayShift);
            auto base = ctx.base();
            FD_TRY(practice::writeAudited(base, *tx.value(), table::kSeries, s.id, s.rowVersion,
                                          seriesFields(s), s.patientId));
        }
        FD_TRY(changeAll(*tx.value(), targets, change, {}, exception, result));
    }
    FD_TRY(tx.value()->commit());
    return result;
}

Result<std::vector<Appointment>> SeriesService::occurrences(const QString& seriesId)
{
    FD_TRY(m_engine.context().access->require(perm::kView));
    return seriesAppointments(m_engine.context().db.connection(), seriesId);
}

}  // namespace fd::calendar
