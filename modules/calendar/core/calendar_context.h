#pragma once

#include "common/clock.h"
#include "patients/core/patients.h"
#include "practice/core/locations.h"
#include "practice/core/practice_service_context.h"
#include "practice/core/providers.h"
#include "security/interfaces.h"
#include "storage/database.h"

#include <memory>

namespace fd::calendar {

// What the scheduling services share: the database, who is acting, the audit trail, the
// clock, and the registry and practice services appointments refer to.
struct CalendarContext
{
    storage::Database& db;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IAuditTrail> audit;
    std::shared_ptr<IClock> clock;
    std::shared_ptr<patients::IPatientService> patients;
    std::shared_ptr<practice::ILocationService> locations;
    std::shared_ptr<practice::IProviderService> providers;

    practice::PracticeServiceContext base() const { return {db, access, audit, clock}; }
    QDateTime now() const { return clock->nowUtc(); }
    QString userId() const { return access->currentUser().id; }
};

// Audit actions of the calendar beyond create/read/update/delete.
namespace audit {
inline const QString kOverbook = QStringLiteral("overbook");
}  // namespace audit

}  // namespace fd::calendar
