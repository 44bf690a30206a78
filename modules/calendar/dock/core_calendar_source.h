#pragma once

#include "calendar/dock/dock_services.h"
#include "calendar/dock/patient_names.h"
#include "calendar/ui/calendar_view_data.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace fd::calendar::dock {

// The painted calendar's data from the scheduling core: every provider is a resource (with
// the location of their first template), every appointment of the range an item (patient
// name, type and reason, the type's color, status, overbook and series flags), and each
// provider's day as the rules see it (open hours, blocks, holidays, closed hours) as
// background ranges. Times are shown in the practice's zone.
class CoreCalendarSource final : public ui::ICalendarDataSource
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::dock::CoreCalendarSource)

public:
    explicit CoreCalendarSource(DockServices services);

    // Reads the providers, locations, types and templates again (at start and after the
    // schedule changed); the error names what could not be read.
    Status loadPractice();

    QTimeZone displayZone() const override { return m_zone; }
    std::vector<ui::CalendarResource> resources() const override { return m_resources; }
    ui::CalendarFetch fetch(const QDate& from, const QDate& to,
                            const QStringList& resourceIds) const override;

    // The appointment behind an item of the last fetch (its row version for changes).
    const Appointment* appointment(const QString& id) const;
    // Why the last fetch came back short (empty when it did not).
    QString lastError() const { return m_error; }

    PatientNames& names() const { return m_names; }
    const std::vector<AppointmentType>& types() const { return m_types; }
    const AppointmentType* type(const QString& id) const;
    const std::vector<practice::Provider>& providers() const { return m_providers; }
    const std::vector<practice::Location>& locations() const { return m_locations; }
    QString providerName(const QString& id) const;
    QString locationName(const QString& id) const;
    QTimeZone zoneOf(const QString& locationId) const;
    // Where a provider works on a date: the location of a template with hours that day, else
    // the provider's first location.
    QString locationFor(const QString& providerId, const QDate& date) const;
    // The locations a provider has templates at (or is listed at), first one first.
    QStringList locationsOf(const QString& providerId) const;

    // An instant in the display zone from UTC, and the display zone's wall clock to UTC.
    QDateTime toDisplay(const QDateTime& utc) const { return utc.toTimeZone(m_zone); }
    ui::CalendarItem itemOf(const Appointment& appointment) const;
    // The same with the start already in the display zone.
    ui::CalendarItem itemOf(const Appointment& appointment, const QDateTime& displayStart) const;

private:
    void addBackgrounds(const QString& providerId, const QDate& date,
                        const std::vector<Holiday>& holidays,
                        const std::vector<ScheduleChange>& changes,
                        std::vector<ui::BackgroundRange>& out) const;
    QDateTime at(const QDate& date, int minute, const QTimeZone& zone) const;

    DockServices m_services;
    QTimeZone m_zone = QTimeZone::utc();
    std::vector<practice::Provider> m_providers;
    std::vector<practice::Location> m_locations;
    std::vector<AppointmentType> m_types;
    std::vector<ScheduleTemplate> m_templates;
    std::vector<ui::CalendarResource> m_resources;
    QHash<QString, QTimeZone> m_zones;
    mutable PatientNames m_names;
    mutable QHash<QString, Appointment> m_appointments;
    mutable QString m_error;
};

}  // namespace fd::calendar::dock
