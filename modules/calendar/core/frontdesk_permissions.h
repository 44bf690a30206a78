#pragma once

#include <QString>

namespace fd::calendar {

// The front desk's permissions beyond the day's flow (calendar.flow); default roles in
// docs/FRONTDESK.md.
namespace perm {
inline const QString kCheckIn = QStringLiteral("calendar.checkin");
inline const QString kCheckOut = QStringLiteral("calendar.checkout");
}  // namespace perm

// Declares them with their default roles (idempotent).
void declareFrontdeskPermissions();

}  // namespace fd::calendar
