#include "patients/core/synced_rows_merge.h"

#include "storage/synced_rows.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace fd::patients {

SyncedRowsMergeParticipant::SyncedRowsMergeParticipant(QString name, QString movesTable,
                                                       QStringList tables)
    : m_name(std::move(name)), m_movesTable(std::move(movesTable)), m_tables(std::move(tables))
{
}

Result<int> SyncedRowsMergeParticipant::merge(storage::Transaction& tx, const QString& mergeId,
                                              const QString& survivorId, const QString& loserId)
{
    const QString remember = QStringLiteral("INSERT INTO %1 (merge_id, table_name, row_id, "
                                            "from_patient_id) VALUES (?, ?, ?, ?)")
                                 .arg(m_movesTable);
    int moved = 0;
    for (const QString& t : m_tables) {
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
            FD_TRY(storage::exec(tx.connection(), remember, {mergeId, t, id, loserId}));
            ++moved;
        }
    }
    return moved;
}

Status SyncedRowsMergeParticipant::undo(storage::Transaction& tx, const QString& mergeId,
                                        const QString& survivorId, const QString& loserId)
{
    Q_UNUSED(survivorId);
    Q_UNUSED(loserId);
    auto q = storage::exec(tx.connection(),
                           QStringLiteral("SELECT table_name, row_id, from_patient_id FROM %1 "
                                          "WHERE merge_id = ?")
                               .arg(m_movesTable),
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
        if (!m_tables.contains(m.table))
            return makeError(ErrorCode::Corrupt,
                             QCoreApplication::translate("fd::patients",
                                                         "The merge record %1 names table %2.")
                                 .arg(m_movesTable, m.table));
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
                         QStringLiteral("DELETE FROM %1 WHERE merge_id = ?").arg(m_movesTable),
                         {mergeId}));
    return {};
}

}  // namespace fd::patients
