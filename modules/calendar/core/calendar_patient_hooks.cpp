#include "calendar/core/calendar_patient_hooks.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"
#include "storage/sql_text.h"

#include <QHash>

namespace fd::calendar {

CalendarMergeParticipant::CalendarMergeParticipant()
    : SyncedRowsMergeParticipant(QStringLiteral("calendar"), QStringLiteral("calendar_merge_moves"),
                                 {table::kAppointments, table::kSeries, table::kWaitlist})
{
}

Status CalendarActivitySource::fill(const std::vector<QString>& patientIds,
                                    std::vector<patients::PatientActivity>& activity)
{
    if (patientIds.empty() || !m_ctx.access->can(perm::kView))
        return {};
    QVariantList binds;
    for (const QString& id : patientIds)
        binds << id;
    const QString now = instantText(m_ctx.now());
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT patient_id, "
                       "MAX(CASE WHEN status = 'checked_out' AND start_at < ? THEN start_at END), "
                       "MIN(CASE WHEN status NOT IN ('cancelled', 'no_show', 'checked_out') AND "
                       "start_at >= ? THEN start_at END) "
                       "FROM calendar_appointments WHERE deleted = 0 AND patient_id IN (%1) "
                       "GROUP BY patient_id")
            .arg(storage::placeholders(binds.size())),
        QVariantList{now, now} + binds);
    FD_TRY(q);
    QHash<QString, std::pair<QString, QString>> visits;
    while (q->next())
        visits.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()});
    activity.resize(patientIds.size());
    for (size_t i = 0; i < patientIds.size(); ++i) {
        auto it = visits.constFind(patientIds[i]);
        if (it == visits.constEnd())
            continue;
        if (!it->first.isEmpty())
            activity[i].lastVisit = instantFromText(it->first);
        if (!it->second.isEmpty())
            activity[i].nextVisit = instantFromText(it->second);
    }
    return {};
}

}  // namespace fd::calendar
