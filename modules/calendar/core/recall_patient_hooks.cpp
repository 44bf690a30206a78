#include "calendar/core/recall_patient_hooks.h"

#include "calendar/core/recall_store.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>

namespace fd::calendar {

namespace {

const QStringList kPatientTables{table::kRecalls, table::kRecallContacts};

}  // namespace

Result<int> RecallMergeParticipant::merge(storage::Transaction& tx, const QString& mergeId,
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
                                 QStringLiteral("INSERT INTO calendar_recall_merge_moves "
                                                "(merge_id, table_name, row_id, from_patient_id) "
                                                "VALUES (?, ?, ?, ?)"),
                                 {mergeId, t, id, loserId}));
            ++moved;
        }
    }
    return moved;
}

Status RecallMergeParticipant::undo(storage::Transaction& tx, const QString& mergeId,
                                    const QString& survivorId, const QString& loserId)
{
    Q_UNUSED(survivorId);
    Q_UNUSED(loserId);
    auto q = storage::exec(tx.connection(),
                           QStringLiteral("SELECT table_name, row_id, from_patient_id FROM "
                                          "calendar_recall_merge_moves WHERE merge_id = ?"),
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
                                 "fd::calendar", "The recalls' merge record names table %1.")
                                 .arg(m.table));
        auto version = storage::exec(
            tx.connection(), QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(m.table),
            {m.id});
        FD_TRY(version);
        if (!version->next())
            continue;
        FD_TRY(storage::SyncedRows::update(tx, m.table, m.id, version->value(0).toLongLong(),
                                           {{QStringLiteral("patient_id"), m.patientId}}));
    }
    FD_TRY(storage::exec(tx.connection(),
                         QStringLiteral("DELETE FROM calendar_recall_merge_moves WHERE merge_id = ?"),
                         {mergeId}));
    return {};
}

}  // namespace fd::calendar
