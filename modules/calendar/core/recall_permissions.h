#pragma once

#include <QString>

namespace fd::calendar {

// The recall permissions; their default roles are in docs/RECALLS.md.
namespace perm {
inline const QString kRecallsView = QStringLiteral("calendar.recalls.view");
inline const QString kRecallsWork = QStringLiteral("calendar.recalls.work");
inline const QString kRecallsSetup = QStringLiteral("calendar.recalls.setup");
inline const QString kRecallsCampaign = QStringLiteral("calendar.recalls.campaign");
}  // namespace perm

// Declares them with their default roles (idempotent). Called with the calendar's own.
void declareRecallPermissions();

}  // namespace fd::calendar
