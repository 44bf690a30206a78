#include "calendar/dock/core_calendar_source.h"

#include "calendar/core/schedule_rules.h"

#include <QSet>

#include <algorithm>

namespace fd::calendar::dock {

namespace {

ui::ItemStatus itemStatus(AppointmentStatus status)
{
    switch (status) {
        case AppointmentStatus::Scheduled:
            return ui::ItemStatus::Scheduled;
        case AppointmentStatus::Confirmed:
            return ui::ItemStatus::Confirmed;
        case AppointmentStatus::Arrived:
            return ui::ItemStatus::Arrived;
        case AppointmentStatus::Roomed:
            return ui::ItemStatus::Roomed;
        case AppointmentStatus::WithProvider:
            return ui::ItemStatus::WithProvider;
        case AppointmentStatus::CheckedOut:
            return ui::ItemStatus::CheckedOut;
        case AppointmentStatus::Cancelled:
            return ui::ItemStatus::Cancelled;
        case AppointmentStatus::NoShow:
            return ui::ItemStatus::NoShow;
    }
    return ui::ItemStatus::Scheduled;
}

}  // namespace

CoreCalendarSource::CoreCalendarSource(DockServices services)
    : m_services(std::move(services)), m_names(m_services.patients)
{
}

Status CoreCalendarSource::loadPractice()
{
    auto locations = m_services.locations->list();
    if (!locations)
        return locations.error();
    auto providers = m_services.providers->list({false, false, {}, 0});
    if (!providers)
        return providers.error();
    auto types = m_services.admin->types(true);
    if (!types)
        return types.error();
    auto templates = m_services.admin->templates();
    if (!templates)
        return templates.error();
    m_locations = std::move(locations.value());
    m_providers = std::move(providers.value());
    m_types = std::move(types.value());
    m_templates = std::move(templates.value());
    std::sort(m_providers.begin(), m_providers.end(),
              [](const practice::Provider& a, const practice::Provider& b) {
                  return std::pair(a.lastName.toLower(), a.firstName.toLower()) <
                         std::pair(b.lastName.toLower(), b.firstName.toLower());
              });

    m_zones.clear();
    for (const practice::Location& l : m_locations)
        m_zones.insert(l.id, QTimeZone(l.timeZone.toUtf8()));
    QTimeZone zone;
    if (m_services.profile)
        if (auto profile = m_services.profile->profile(); profile)
            zone = QTimeZone(profile->timeZone.toUtf8());
    if (!zone.isValid() && !m_locations.empty())
        zone = zoneOf(m_locations.front().id);
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();

    m_resources.clear();
    for (const practice::Provider& p : m_providers) {
        const QStringList where = locationsOf(p.id);
        ui::CalendarResource r;
        r.id = p.id;
        r.title = p.displayName();
        r.locationId = where.value(0);
        QStringList names;
        for (const QString& id : where)
            names << locationName(id);
        r.locationName = names.join(QStringLiteral(" · "));
        m_resources.push_back(r);
    }
    return {};
}

QStringList CoreCalendarSource::locationsOf(const QString& providerId) const
{
    QStringList where;
    for (const ScheduleTemplate& t : m_templates)
        if (t.providerId == providerId && !where.contains(t.locationId))
            where << t.locationId;
    for (const practice::Provider& p : m_providers)
        if (p.id == providerId)
            for (const QString& id : p.locationIds)
                if (!where.contains(id))
                    where << id;
    return where;
}

QString CoreCalendarSource::locationFor(const QString& providerId, const QDate& date) const
{
    for (const ScheduleTemplate& t : m_templates) {
        if (t.providerId != providerId || !t.appliesOn(date))
            continue;
        const WeekParity parity = t.alternating() ? weekOf(t.anchorDate, date) : WeekParity::Every;
        for (const WeeklyHours& h : t.hours)
            if (h.weekday == date.dayOfWeek() &&
                (h.weeks == WeekParity::Every || h.weeks == parity))
                return t.locationId;
    }
    return locationsOf(providerId).value(0);
}

QTimeZone CoreCalendarSource::zoneOf(const QString& locationId) const
{
    return m_zones.value(locationId, m_zone);
}

const AppointmentType* CoreCalendarSource::type(const QString& id) const
{
    for (const AppointmentType& t : m_types)
        if (t.id == id || t.code == id)
            return &t;
    return nullptr;
}

QString CoreCalendarSource::providerName(const QString& id) const
{
    for (const practice::Provider& p : m_providers)
        if (p.id == id)
            return p.displayName();
    return {};
}

QString CoreCalendarSource::locationName(const QString& id) const
{
    for (const practice::Location& l : m_locations)
        if (l.id == id)
            return l.name;
    return {};
}

const Appointment* CoreCalendarSource::appointment(const QString& id) const
{
    const auto it = m_appointments.constFind(id);
    return it == m_appointments.cend() ? nullptr : &*it;
}

QDateTime CoreCalendarSource::at(const QDate& date, int minute, const QTimeZone& zone) const
{
    return utcFromSecs(localMinuteToUtc(date, minute, zone)).toTimeZone(m_zone);
}

ui::CalendarItem CoreCalendarSource::itemOf(const Appointment& a) const
{
    return itemOf(a, toDisplay(a.start));
}

ui::CalendarItem CoreCalendarSource::itemOf(const Appointment& a, const QDateTime& start) const
{
    ui::CalendarItem item;
    item.id = a.id;
    item.resourceId = a.providerId;
    item.start = start;
    item.end = toDisplay(a.end);
    item.title = m_names.name(a.patientId);
    const AppointmentType* t = type(a.typeId);
    QStringList subtitle;
    if (t)
        subtitle << t->name;
    if (!a.reason.isEmpty() && (!t || a.reason != t->name))
        subtitle << a.reason;
    item.subtitle = subtitle.join(QStringLiteral(" · "));
    if (t)
        item.color = QColor(t->color);
    item.status = itemStatus(a.status);
    item.overbook = a.overbooked;
    item.recurring = !a.seriesId.isEmpty();
    return item;
}

ui::CalendarFetch CoreCalendarSource::fetch(const QDate& from, const QDate& to,
                                            const QStringList& resourceIds) const
{
    ui::CalendarFetch out;
    m_error.clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const QSet<QString> wanted(resourceIds.cbegin(), resourceIds.cend());
    auto shown = [&wanted](const QString& id) { return wanted.isEmpty() || wanted.contains(id); };

    // The shown days in the display zone, where every item is placed (an appointment at a
    // location in another zone too): no day more on either side.
    AppointmentFilter filter;
    filter.from = utcFromSecs(localMinuteToUtc(from, 0, m_zone));
    filter.to = utcFromSecs(localMinuteToUtc(to.addDays(1), 0, m_zone));
    if (wanted.size() == 1)
        filter.providerId = *wanted.cbegin();
    auto listed = m_services.appointments->list(filter);
    m_appointments.clear();
    if (!listed) {
        m_error = listed.error().message;
    } else {
        // Only the names the dock does not know yet are read (once, in one call).
        QStringList unknown;
        for (const Appointment& a : listed.value())
            if (!m_names.knows(a.patientId) && shown(a.providerId))
                unknown << a.patientId;
        if (!unknown.isEmpty())
            m_names.ensure(QSet<QString>(unknown.cbegin(), unknown.cend()));
        out.items.reserve(listed->size());
        m_appointments.reserve(qsizetype(listed->size()));
        for (Appointment& a : listed.value()) {
            if (!shown(a.providerId))
                continue;
            const QDateTime start = toDisplay(a.start);
            if (start.date() < from || start.date() > to)
                continue;
            out.items.push_back(itemOf(a, start));
            const QString id = a.id;
            m_appointments.emplace(id, std::move(a));
        }
    }

    auto holidays = m_services.admin->holidays(from.addDays(-1), to.addDays(1));
    auto changes = m_services.admin->changes(from.addDays(-1), to.addDays(1));
    if (!holidays || !changes) {
        m_error = (!holidays ? holidays.error() : changes.error()).message;
        return out;
    }
    for (const ui::CalendarResource& r : m_resources) {
        if (!shown(r.id))
            continue;
        for (QDate d = from; d <= to; d = d.addDays(1))
            addBackgrounds(r.id, d, holidays.value(), changes.value(), out.backgrounds);
    }
    return out;
}

void CoreCalendarSource::addBackgrounds(const QString& providerId, const QDate& date,
                                        const std::vector<Holiday>& holidays,
                                        const std::vector<ScheduleChange>& changes,
                                        std::vector<ui::BackgroundRange>& out) const
{
    bool holidayShown = false;
    for (const QString& locationId : locationsOf(providerId)) {
        const QTimeZone zone = zoneOf(locationId);
        const DaySchedule day =
            daySchedule(m_templates, holidays, changes, providerId, locationId, date);
        auto range = [&](int start, int end, ui::BackgroundKind kind, const QString& label) {
            out.push_back({providerId, at(date, start, zone), at(date, end, zone), kind, label});
        };
        for (const MinuteRange& open : day.open)
            range(open.start, open.end, ui::BackgroundKind::Open, QString());
        for (const DayBlock& block : day.blocks) {
            QString label = block.label;
            if (label.isEmpty())
                label = block.kind == BlockKind::Lunch ? tr("Lunch") : tr("Admin");
            range(block.minutes.start, block.minutes.end, ui::BackgroundKind::Block, label);
        }
        for (const MinuteRange& closed : day.closed)
            range(closed.start, closed.end, ui::BackgroundKind::Block, tr("Closed"));
        if (day.holiday && !holidayShown) {
            holidayShown = true;
            range(0, 24 * 60, ui::BackgroundKind::Holiday, day.holidayName);
        }
    }
}

}  // namespace fd::calendar::dock
