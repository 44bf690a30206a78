#pragma once

#include "calendar/core/calendar.h"
#include "calendar/core/calendar_fhir_export.h"
#include "calendar/core/calendar_ics.h"
#include "common/clock.h"
#include "common/service_registry.h"
#include "patients/core/patient_search.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/practice_profile.h"
#include "practice/core/providers.h"
#include "security/interfaces.h"

#include <memory>

namespace fd::calendar::dock {

// The services the Calendar dock uses, looked up once after every module has published.
struct DockServices
{
    std::shared_ptr<IAppointmentService> appointments;
    std::shared_ptr<ISeriesService> series;
    std::shared_ptr<IWaitlistService> waitlist;
    std::shared_ptr<IScheduleAdmin> admin;
    std::shared_ptr<practice::IProviderService> providers;
    std::shared_ptr<practice::ILocationService> locations;
    std::shared_ptr<practice::IPracticeProfile> profile;  // optional: the display zone
    std::shared_ptr<patients::IPatientService> patients;
    std::shared_ptr<patients::IPatientSearch> search;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<IClock> clock;  // optional: the system clock without one
    std::shared_ptr<ICalendarIcsExport> ics;          // optional: Export Schedule
    std::shared_ptr<ICalendarFhirExport> fhirExport;  // optional: Export Schedule

    static DockServices from(const ServiceRegistry& registry)
    {
        return {registry.get<IAppointmentService>(),
                registry.get<ISeriesService>(),
                registry.get<IWaitlistService>(),
                registry.get<IScheduleAdmin>(),
                registry.get<practice::IProviderService>(),
                registry.get<practice::ILocationService>(),
                registry.get<practice::IPracticeProfile>(),
                registry.get<patients::IPatientService>(),
                registry.get<patients::IPatientSearch>(),
                registry.get<security::IAccessControl>(),
                registry.get<IClock>(),
                registry.get<ICalendarIcsExport>(),
                registry.get<ICalendarFhirExport>()};
    }
    bool complete() const
    {
        return appointments && series && waitlist && admin && providers && locations && patients &&
               search && access;
    }
    bool can(const QString& permission) const { return access && access->can(permission); }
    QDateTime nowUtc() const { return clock ? clock->nowUtc() : QDateTime::currentDateTimeUtc(); }
};

}  // namespace fd::calendar::dock
