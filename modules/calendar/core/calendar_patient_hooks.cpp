#include "calendar/core/calendar_patient_hooks.h"

#include "calendar/core/calendar_permissions.h"
#include "calendar/core/calendar_store.h"
#include "storage/sql_text.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QHash>

namespace fd::calendar {

namespace {

const QStringList kPatientTables{table::kAppointments, table::kSeries, table::kWaitlist};

}  // namespace

Result<int> CalendarMergeParticipant::merge(storage::Transaction& tx, const QString& mergeId,
                                            const QString& survivorId, const QString& loserId)
{
    int moved = 0;
    for (const QString& t : kPatientTables) {
        auto q = storage::exec(
            tx.connection(),
            QStringLiteral("SELECT id, row_version FROM %1 WHERE patient_id = ? AND deleted = 0")
                .arg(t),
            {loserId});
        FD_TRY(q);
        std::vector<std::pair<QString, qint64>> rows;
        while (q->next())
            rows.emplace_back(q->value(0).toString(), q->value(1).toLongLong());
        for (const auto& [id, version] : rows) {
            FD_TRY(storage::SyncedRows::update(tx, t, id, version,
                                               {{QStringLiteral("patient_id"), survivorId}}));
            FD_TRY(storage::exec(tx.connection(),
                                 QStringLiteral("INSERT INTO calendar_merge_moves (merge_id, "
                                                "table_name, row_id, from_patient_id) VALUES "
                                                "(?, ?, ?, ?)"),
                                 {mergeId, t, id, loserId}));
            ++moved;
        }
    }
    return moved;
}

Status CalendarMergeParticipant::undo(storage::Transaction& tx, const QString& mergeId,
                                      const QString& survivorId, const QString& loserId)
{
    Q_UNUSED(survivorId);
    Q_UNUSED(loserId);
    auto q = storage::exec(tx.connection(),
                           QStringLiteral("SELECT m.table_name, m.row_id, m.from_patient_id FROM "
                                          "calendar_merge_moves m WHERE m.merge_id = ?"),
                           {mergeId});
    FD_TRY(q);
    struct Move
    {
        QString table;
        QString id;
        QString patientId;
    };
    std::vector<Move> moves;
    while (q->next())
        moves.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    for (const Move& m : moves) {
        if (!kPatientTables.contains(m.table))
            return makeError(ErrorCode::Corrupt,
                             QCoreApplication::translate(
                                 "fd::calendar", "The calendar's merge record names table %1.")
                                 .arg(m.table));
        auto version = storage::exec(
            tx.connection(), QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(m.table),
            {m.id});
        FD_TRY(version);
        if (!version->next())
            continue;  // the row is gone (never deleted today; tombstones keep rows)
        FD_TRY(storage::SyncedRows::update(tx, m.table, m.id, version->value(0).toLongLong(),
                                           {{QStringLiteral("patient_id"), m.patientId}}));
    }
    FD_TRY(storage::exec(tx.connection(),
                         QStringLiteral("DELETE FROM calendar_merge_moves WHERE merge_id = ?"),
                         {mergeId}));
    return {};
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
