#pragma once

#include <QString>

namespace fd::calendar {

// The scheduling permissions; their default roles are in docs/CALENDAR.md.
namespace perm {
inline const QString kView = QStringLiteral("calendar.view");
inline const QString kBook = QStringLiteral("calendar.book");
inline const QString kOverbook = QStringLiteral("calendar.overbook");
inline const QString kCancel = QStringLiteral("calendar.cancel");
inline const QString kFlow = QStringLiteral("calendar.flow");
inline const QString kWaitlist = QStringLiteral("calendar.waitlist");
inline const QString kTemplates = QStringLiteral("calendar.templates");
}  // namespace perm

// Declares them with their default roles (idempotent).
void declareCalendarPermissions();

}  // namespace fd::calendar
