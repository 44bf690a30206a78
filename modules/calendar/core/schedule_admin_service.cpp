// Appointment types, templates, holidays and one-off changes: validated, synced, audited.
#include "calendar/core/schedule_admin_service.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"

#include <QRegularExpression>

namespace fd::calendar {

namespace {

Error invalid(const QString& message, const QString& field)
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

}  // namespace

Status ScheduleAdminService::checkProviderAndLocation(const QString& providerId,
                                                      const QString& locationId,
                                                      bool locationOptional) const
{
    auto provider = m_ctx.providers->find(providerId);
    if (!provider)
        return invalid(tr("No provider %1.").arg(providerId), QStringLiteral("provider_id"));
    if (locationId.isEmpty() && locationOptional)
        return {};
    auto location = m_ctx.locations->find(locationId);
    if (!location)
        return invalid(tr("No location %1.").arg(locationId), QStringLiteral("location_id"));
    return {};
}

Status ScheduleAdminService::validateType(const AppointmentType& t) const
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,11}$"));
    static const QRegularExpression color(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!code.match(t.code).hasMatch())
        return invalid(tr("The type code \"%1\" must be 1 to 12 capital letters, digits, - or _.")
                           .arg(t.code),
                       QStringLiteral("code"));
    if (t.name.trimmed().isEmpty())
        return invalid(tr("The appointment type needs a name."), QStringLiteral("name"));
    if (t.durationMinutes < 5 || t.durationMinutes > 720)
        return invalid(tr("The duration must be 5 to 720 minutes (got %1).").arg(t.durationMinutes),
                       QStringLiteral("duration_minutes"));
    if (!color.match(t.color).hasMatch())
        return invalid(tr("The color \"%1\" must be #RRGGBB.").arg(t.color),
                       QStringLiteral("color"));
    if (t.leadTimeMinutes < 0 || t.leadTimeMinutes > 365 * 24 * 60)
        return invalid(tr("The booking lead time must be from 0 to 365 days."),
                       QStringLiteral("lead_time_minutes"));
    if (t.maxPerDay < 0 || t.maxPerDay > 200)
        return invalid(tr("The daily maximum must be from 0 (no limit) to 200."),
                       QStringLiteral("max_per_day"));
    for (const ResourceNeed& r : t.resources)
        if (r.kind != QLatin1String("room") && r.kind != QLatin1String("equipment"))
            return invalid(tr("A needed resource is a room or equipment (got \"%1\").").arg(r.kind),
                           QStringLiteral("resources"));
    for (const QString& p : t.allowedProviderIds)
        if (!m_ctx.providers->find(p))
            return invalid(tr("No provider %1.").arg(p), QStringLiteral("allowed_provider_ids"));
    return {};
}

Status ScheduleAdminService::validateTemplate(const ScheduleTemplate& t) const
{
    FD_TRY(checkProviderAndLocation(t.providerId, t.locationId, false));
    if (!t.effectiveFrom.isValid())
        return invalid(tr("The template needs the date it takes effect."),
                       QStringLiteral("effective_from"));
    if (t.effectiveTo.isValid() && t.effectiveTo < t.effectiveFrom)
        return invalid(tr("The template ends before it takes effect."),
                       QStringLiteral("effective_to"));
    if (t.slotMinutes < 5 || t.slotMinutes > 240)
        return invalid(tr("The slot length must be 5 to 240 minutes (got %1).").arg(t.slotMinutes),
                       QStringLiteral("slot_minutes"));
    if (t.hours.empty())
        return invalid(tr("The template has no working hours."), QStringLiteral("hours"));
    auto checkRange = [](int weekday, const QTime& start, const QTime& end,
                         const QString& field) -> Status {
        if (weekday < 1 || weekday > 7)
            return invalid(tr("Weekdays are 1 (Monday) to 7 (Sunday); got %1.").arg(weekday),
                           field);
        if (!start.isValid() || !end.isValid() || end <= start)
            return invalid(tr("Each range needs a start before its end (HH:MM)."), field);
        return {};
    };
    for (size_t i = 0; i < t.hours.size(); ++i)
        FD_TRY(checkRange(t.hours[i].weekday, t.hours[i].start, t.hours[i].end,
                          QStringLiteral("hours[%1]").arg(i)));
    for (size_t i = 0; i < t.blocks.size(); ++i)
        FD_TRY(checkRange(t.blocks[i].weekday, t.blocks[i].start, t.blocks[i].end,
                          QStringLiteral("blocks[%1]").arg(i)));
    if (t.alternating() && !t.anchorDate.isValid())
        return invalid(tr("An alternating template needs the anchor date of its week A."),
                       QStringLiteral("anchor_date"));
    return {};
}

Result<QString> ScheduleAdminService::write(const QString& table, const QString& id,
                                            qint64 rowVersion, const QVariantMap& fields)
{
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto base = m_ctx.base();
    auto written = practice::writeAudited(base, *tx.value(), table, id, rowVersion, fields);
    FD_TRY(written);
    FD_TRY(tx.value()->commit());
    return written;
}

Status ScheduleAdminService::remove(const QString& table, const QString& id, qint64 rowVersion)
{
    FD_TRY(m_ctx.access->require(perm::kTemplates));
    auto tx = m_ctx.db.begin();
    FD_TRY(tx);
    auto base = m_ctx.base();
    FD_TRY(practice::removeAudited(base, *tx.value(), table, id, rowVersion));
    return tx.value()->commit();
}

Result<std::vector<AppointmentType>> ScheduleAdminService::types(bool includeInactive)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return loadTypes(m_ctx.db.connection(), includeInactive);
}

Result<AppointmentType> ScheduleAdminService::type(const QString& idOrCode)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto found = loadType(m_ctx.db.connection(), idOrCode);
    FD_TRY(found);
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("No appointment type %1.").arg(idOrCode),
                         QStringLiteral("type"));
    return **found;
}

Result<AppointmentType> ScheduleAdminService::saveType(const AppointmentType& input)
{
    FD_TRY(m_ctx.access->require(perm::kTemplates));
    AppointmentType t = input;
    t.code = t.code.trimmed().toUpper();
    t.name = t.name.trimmed();
    FD_TRY(validateType(t));
    auto same = loadType(m_ctx.db.connection(), t.code);
    FD_TRY(same);
    if (same->has_value() && (*same)->id != t.id)
        return makeError(ErrorCode::Conflict, tr("Another appointment type has code %1.").arg(t.code),
                         QStringLiteral("code"));
    auto id = write(table::kTypes, t.id, t.rowVersion, typeFields(t));
    FD_TRY(id);
    return type(id.value());
}

Result<std::vector<ScheduleTemplate>> ScheduleAdminService::templates(const QString& providerId)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return loadTemplates(m_ctx.db.connection(), providerId);
}

Result<ScheduleTemplate> ScheduleAdminService::saveTemplate(const ScheduleTemplate& t)
{
    FD_TRY(m_ctx.access->require(perm::kTemplates));
    FD_TRY(validateTemplate(t));
    auto id = write(table::kTemplates, t.id, t.rowVersion, templateFields(t));
    FD_TRY(id);
    auto all = loadTemplates(m_ctx.db.connection(), t.providerId);
    FD_TRY(all);
    for (const ScheduleTemplate& saved : all.value())
        if (saved.id == id.value())
            return saved;
    return makeError(ErrorCode::Internal, tr("The saved template could not be read back."));
}

Status ScheduleAdminService::removeTemplate(const QString& id, qint64 rowVersion)
{
    return remove(table::kTemplates, id, rowVersion);
}

Result<std::vector<Holiday>> ScheduleAdminService::holidays(const QDate& from, const QDate& to)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return loadHolidays(m_ctx.db.connection(), from, to);
}

Result<Holiday> ScheduleAdminService::saveHoliday(const Holiday& input)
{
    FD_TRY(m_ctx.access->require(perm::kTemplates));
    Holiday h = input;
    h.name = h.name.trimmed();
    if (!h.date.isValid())
        return invalid(tr("The holiday needs its date."), QStringLiteral("date"));
    if (h.name.isEmpty())
        return invalid(tr("The holiday needs a name."), QStringLiteral("name"));
    if (!h.locationId.isEmpty() && !m_ctx.locations->find(h.locationId))
        return invalid(tr("No location %1.").arg(h.locationId), QStringLiteral("location_id"));
    auto id = write(table::kHolidays, h.id, h.rowVersion, holidayFields(h));
    FD_TRY(id);
    auto saved = loadHolidays(m_ctx.db.connection(), h.date, h.date);
    FD_TRY(saved);
    for (const Holiday& s : saved.value())
        if (s.id == id.value())
            return s;
    return makeError(ErrorCode::Internal, tr("The saved holiday could not be read back."));
}

Status ScheduleAdminService::removeHoliday(const QString& id, qint64 rowVersion)
{
    return remove(table::kHolidays, id, rowVersion);
}

Result<std::vector<ScheduleChange>> ScheduleAdminService::changes(const QDate& from,
                                                                  const QDate& to)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    return loadChanges(m_ctx.db.connection(), from, to);
}

Result<ScheduleChange> ScheduleAdminService::saveChange(const ScheduleChange& c)
{
    FD_TRY(m_ctx.access->require(perm::kTemplates));
    FD_TRY(checkProviderAndLocation(c.providerId, c.locationId, c.kind == ChangeKind::Closed));
    if (!c.date.isValid())
        return invalid(tr("The change needs its date."), QStringLiteral("date"));
    if (c.kind == ChangeKind::ExtraHours && c.wholeDay())
        return invalid(tr("Extra hours need their start and end."), QStringLiteral("start_time"));
    if (!c.wholeDay() && (!c.start.isValid() || !c.end.isValid() || c.end <= c.start))
        return invalid(tr("Each range needs a start before its end (HH:MM)."),
                       QStringLiteral("start_time"));
    auto id = write(table::kChanges, c.id, c.rowVersion, changeFields(c));
    FD_TRY(id);
    auto saved = loadChanges(m_ctx.db.connection(), c.date, c.date);
    FD_TRY(saved);
    for (const ScheduleChange& s : saved.value())
        if (s.id == id.value())
            return s;
    return makeError(ErrorCode::Internal, tr("The saved change could not be read back."));
}

Status ScheduleAdminService::removeChange(const QString& id, qint64 rowVersion)
{
    return remove(table::kChanges, id, rowVersion);
}

Result<DaySchedule> ScheduleAdminService::day(const QString& providerId,
                                              const QString& locationId, const QDate& date)
{
    FD_TRY(m_ctx.access->require(perm::kView));
    const QSqlDatabase db = m_ctx.db.connection();
    auto templates = loadTemplates(db, providerId);
    FD_TRY(templates);
    auto holidays = loadHolidays(db, date, date);
    FD_TRY(holidays);
    auto changes = loadChanges(db, date, date);
    FD_TRY(changes);
    return daySchedule(templates.value(), holidays.value(), changes.value(), providerId,
                       locationId, date);
}

}  // namespace fd::calendar
