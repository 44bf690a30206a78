#include "patients/core/patient_merge_service.h"

#include "common/uuid.h"
#include "patients/core/duplicate_finder.h"
#include "patients/core/patient_service.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/search_index.h"
#include "storage/synced_rows.h"

#include <QJsonArray>

namespace fd::patients {

namespace {

// Every reference to a patient in the registry's own tables. The pair's own duplicate
// reviews are resolved rather than moved, and a loser's privacy choices move only when the
// survivor has none (the survivor's own choices win).
struct Reference
{
    const char* table;
    const char* column;
};
constexpr Reference kReferences[] = {
    {"coverages", "patient_id"},
    {"coverages", "subscriber_patient_id"},
    {"guarantors", "patient_id"},
    {"patient_restrictions", "patient_id"},
    {"patient_amendments", "patient_id"},
    {"patient_documents", "patient_id"},
};

Result<qint64> rowVersionOf(QSqlDatabase db, const QString& table, const QString& id)
{
    auto q = storage::exec(db, QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No %1 record %2.").arg(table, id));
    return q->value(0).toLongLong();
}

}  // namespace

Result<int> PatientMergeService::setRemembered(storage::Transaction& tx, const QString& mergeId, const QString& table,
                                               const QString& rowId, const QVariantMap& fields)
{
    auto current = storage::exec(tx.connection(),
                                 QStringLiteral("SELECT row_version, %1 FROM %2 WHERE id = ?")
                                     .arg(QStringList(fields.keys()).join(QStringLiteral(", ")), table),
                                 {rowId});
    FD_TRY(current);
    if (!current->next())
        return makeError(ErrorCode::NotFound, patientsTr("No %1 record %2.").arg(table, rowId));
    int i = 1;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it, ++i)
        FD_TRY(storage::exec(tx.connection(),
                             QStringLiteral("INSERT INTO patient_merge_moves (merge_id, table_name, row_id, column_name, "
                                            "old_value) VALUES (?, ?, ?, ?, ?)"),
                             {mergeId, table, rowId, it.key(), current->value(i).toString()}));
    FD_TRY(storage::SyncedRows::update(tx, table, rowId, current->value(0).toLongLong(), fields));
    return 1;
}

Result<int> PatientMergeService::move(storage::Transaction& tx, const QString& mergeId, const QString& table,
                                      const QString& column, const QString& from, const QString& to,
                                      const QString& extraWhere, const QVariantList& extraBinds)
{
    QVariantList binds{from};
    binds << extraBinds;
    auto rows = storage::exec(tx.connection(),
                              QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND %2 = ?%3").arg(table, column, extraWhere),
                              binds);
    FD_TRY(rows);
    QStringList ids;
    while (rows->next())
        ids << rows->value(0).toString();
    for (const QString& id : ids)
        FD_TRY(setRemembered(tx, mergeId, table, id, {{column, to}}));
    return int(ids.size());
}

Result<int> PatientMergeService::resolvePairReviews(storage::Transaction& tx, const QString& mergeId,
                                                    const QString& survivorId, const QString& loserId)
{
    auto rows = storage::exec(tx.connection(),
                              QStringLiteral("SELECT id FROM patient_duplicate_reviews WHERE deleted = 0 AND status = 'open' "
                                             "AND ((patient_id = ? AND candidate_id = ?) OR (patient_id = ? AND candidate_id = ?))"),
                              {survivorId, loserId, loserId, survivorId});
    FD_TRY(rows);
    QStringList ids;
    while (rows->next())
        ids << rows->value(0).toString();
    for (const QString& id : ids)
        FD_TRY(setRemembered(tx, mergeId, QStringLiteral("patient_duplicate_reviews"), id,
                             {{QStringLiteral("status"), QStringLiteral("merged")},
                              {QStringLiteral("merge_id"), mergeId},
                              {QStringLiteral("resolved_by"), m_ctx.userId()},
                              {QStringLiteral("resolved_at"), toIsoUtc(m_ctx.now())}}));
    return int(ids.size());
}

Status PatientMergeService::auditMerge(const QString& action, const MergeRecord& m, const QJsonObject& details)
{
    // One entry in each patient's trail.
    for (const QString& patientId : {m.survivorId, m.loserId}) {
        security::AuditRecord record;
        record.action = action;
        record.patientId = patientId;
        record.entity = QStringLiteral("patient_merges");
        record.entityId = m.id;
        record.details = details;
        FD_TRY(m_ctx.audit().record(record));
    }
    return {};
}

Result<MergeRecord> PatientMergeService::merge(const QString& survivorId, const QString& loserId, const QString& reason)
{
    FD_TRY(m_ctx.access().require(perm::kMerge));
    if (survivorId == loserId)
        return invalidField(patientsTr("A patient cannot be merged into itself."), QStringLiteral("loser_id"));
    if (reason.trimmed().isEmpty())
        return invalidField(patientsTr("A merge needs a reason."), QStringLiteral("reason"));
    FD_TRY(checkPatientAccess(m_ctx, survivorId));
    FD_TRY(checkPatientAccess(m_ctx, loserId));
    auto tx = m_ctx.db().begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    storage::Transaction& t = **tx;
    const QString mergeId = newUuid();
    QJsonObject moved;
    int total = 0;
    auto count = [&](const QString& what, const Result<int>& n) -> Status {
        FD_TRY(n);
        if (n.value() > 0)
            moved.insert(what, moved.value(what).toInt() + n.value());
        total += n.value();
        return {};
    };
    FD_TRY(count(QStringLiteral("patient_duplicate_reviews"), resolvePairReviews(t, mergeId, survivorId, loserId)));
    for (const Reference& ref : kReferences)
        FD_TRY(count(QString::fromLatin1(ref.table),
                     move(t, mergeId, QString::fromLatin1(ref.table), QString::fromLatin1(ref.column), loserId, survivorId)));
    auto survivorPrivacy = storage::exec(t.connection(),
                                         QStringLiteral("SELECT 1 FROM patient_privacy WHERE patient_id = ? AND deleted = 0"),
                                         {survivorId});
    FD_TRY(survivorPrivacy);
    if (!survivorPrivacy->next())
        FD_TRY(count(QStringLiteral("patient_privacy"),
                     move(t, mergeId, QStringLiteral("patient_privacy"), QStringLiteral("patient_id"), loserId, survivorId)));
    // Reviews of the loser with third patients now concern the survivor.
    const QString notPair = QStringLiteral(" AND NOT (patient_id IN (?, ?) AND candidate_id IN (?, ?))");
    const QVariantList pair{survivorId, loserId, survivorId, loserId};
    for (const char* column : {"patient_id", "candidate_id"})
        FD_TRY(count(QStringLiteral("patient_duplicate_reviews"),
                     move(t, mergeId, QStringLiteral("patient_duplicate_reviews"), QString::fromLatin1(column), loserId,
                          survivorId, notPair, pair)));
    FD_TRY(setRemembered(t, mergeId, QStringLiteral("patients"), loserId, {{QStringLiteral("merged_into"), survivorId}}));
    QJsonArray participants;
    for (const auto& participant : m_ctx.hooks->mergeParticipants()) {
        auto n = participant->merge(t, mergeId, survivorId, loserId);
        FD_TRY(n);
        participants.append(QJsonObject{{QStringLiteral("name"), participant->name()}, {QStringLiteral("moved"), n.value()}});
        total += n.value();
    }
    FD_TRY(reindexPatient(t.connection(), loserId));
    FD_TRY(reindexPatient(t.connection(), survivorId));
    MergeRecord record{mergeId, survivorId, loserId, reason.trimmed(), m_ctx.userId(), m_ctx.now(), total, false, {}, {}};
    FD_TRY(storage::SyncedRows::insert(t, QStringLiteral("patient_merges"),
                                       {{QStringLiteral("survivor_id"), survivorId},
                                        {QStringLiteral("loser_id"), loserId},
                                        {QStringLiteral("reason"), record.reason},
                                        {QStringLiteral("merged_by"), record.mergedBy},
                                        {QStringLiteral("merged_at"), toIsoUtc(record.mergedAt)},
                                        {QStringLiteral("moved_rows"), total},
                                        {QStringLiteral("undone"), 0},
                                        {QStringLiteral("undone_by"), QStringLiteral("")},
                                        {QStringLiteral("undone_at"), QStringLiteral("")}},
                                       mergeId));
    FD_TRY(auditMerge(audit::kMerge, record,
                      {{QStringLiteral("survivor"), survivorId},
                       {QStringLiteral("loser"), loserId},
                       {QStringLiteral("reason"), record.reason},
                       {QStringLiteral("moved"), moved},
                       {QStringLiteral("participants"), participants}}));
    FD_TRY(t.commit());
    return record;
}

Result<MergeRecord> PatientMergeService::undo(const QString& mergeId)
{
    FD_TRY(m_ctx.access().require(perm::kMergeUndo));
    auto found = load(QStringLiteral("id = ?"), {mergeId});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, patientsTr("No merge %1.").arg(mergeId));
    MergeRecord record = found->front();
    if (record.undone)
        return makeError(ErrorCode::Conflict, patientsTr("The merge %1 was already undone.").arg(mergeId));
    auto survivor = loadPatient(m_ctx.db().connection(), record.survivorId);
    FD_TRY(survivor);
    if (!survivor->mergedInto.isEmpty())
        return makeError(ErrorCode::Conflict, patientsTr("Patient %1 was merged again later; undo that merge first.")
                                                  .arg(survivor->accountNumber));
    auto tx = m_ctx.db().begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    storage::Transaction& t = **tx;
    const auto& participants = m_ctx.hooks->mergeParticipants();
    for (auto it = participants.rbegin(); it != participants.rend(); ++it)
        FD_TRY((*it)->undo(t, mergeId, record.survivorId, record.loserId));
    auto moves = storage::exec(t.connection(),
                               QStringLiteral("SELECT table_name, row_id, column_name, old_value FROM patient_merge_moves "
                                              "WHERE merge_id = ? ORDER BY seq DESC"),
                               {mergeId});
    FD_TRY(moves);
    int restored = 0;
    while (moves->next()) {
        const QString table = moves->value(0).toString(), rowId = moves->value(1).toString();
        auto version = rowVersionOf(t.connection(), table, rowId);
        FD_TRY(version);
        FD_TRY(storage::SyncedRows::update(t, table, rowId, version.value(),
                                           {{moves->value(2).toString(), moves->value(3).toString()}}));
        ++restored;
    }
    auto version = rowVersionOf(t.connection(), QStringLiteral("patient_merges"), mergeId);
    FD_TRY(version);
    record.undone = true;
    record.undoneBy = m_ctx.userId();
    record.undoneAt = m_ctx.now();
    FD_TRY(storage::SyncedRows::update(t, QStringLiteral("patient_merges"), mergeId, version.value(),
                                       {{QStringLiteral("undone"), 1},
                                        {QStringLiteral("undone_by"), record.undoneBy},
                                        {QStringLiteral("undone_at"), toIsoUtc(record.undoneAt)}}));
    FD_TRY(reindexPatient(t.connection(), record.loserId));
    FD_TRY(reindexPatient(t.connection(), record.survivorId));
    FD_TRY(auditMerge(audit::kMergeUndo, record,
                      {{QStringLiteral("survivor"), record.survivorId},
                       {QStringLiteral("loser"), record.loserId},
                       {QStringLiteral("restored_values"), restored}}));
    FD_TRY(t.commit());
    return record;
}

Result<std::vector<MergeRecord>> PatientMergeService::load(const QString& where, const QVariantList& binds)
{
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id, survivor_id, loser_id, reason, merged_by, merged_at, moved_rows, "
                                          "undone, undone_by, undone_at FROM patient_merges WHERE deleted = 0 AND %1 "
                                          "ORDER BY merged_at")
                               .arg(where),
                           binds);
    FD_TRY(q);
    std::vector<MergeRecord> list;
    while (q->next())
        list.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs),
                        q->value(6).toInt(), q->value(7).toInt() != 0, q->value(8).toString(),
                        QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs)});
    return list;
}

Result<std::vector<MergeRecord>> PatientMergeService::merges(const QString& patientId)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    return load(QStringLiteral("(survivor_id = ? OR loser_id = ?)"), {patientId, patientId});
}

Result<std::vector<DuplicateReview>> PatientMergeService::reviews(const QString& status)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id, patient_id, candidate_id, reasons, status, created_at, resolved_by, "
                                          "resolved_at, merge_id FROM patient_duplicate_reviews WHERE deleted = 0 AND "
                                          "status = ? ORDER BY created_at, id"),
                           {status});
    FD_TRY(q);
    std::vector<DuplicateReview> list;
    while (q->next())
        list.push_back({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                        reasonsFrom(q->value(3).toString()), q->value(4).toString(),
                        QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs), q->value(6).toString(),
                        QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs), q->value(8).toString()});
    return list;
}

Status PatientMergeService::dismiss(const QString& reviewId)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT row_version, status, patient_id FROM patient_duplicate_reviews "
                                          "WHERE id = ? AND deleted = 0"),
                           {reviewId});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No duplicate review %1.").arg(reviewId));
    if (q->value(1).toString() != QLatin1String("open"))
        return makeError(ErrorCode::Conflict, patientsTr("The duplicate review is already %1.").arg(q->value(1).toString()));
    auto tx = m_ctx.db().begin();
    FD_TRY(tx);
    FD_TRY(writeAudited(m_ctx, **tx, QStringLiteral("patient_duplicate_reviews"), reviewId, q->value(0).toLongLong(),
                        {{QStringLiteral("status"), QStringLiteral("dismissed")},
                         {QStringLiteral("resolved_by"), m_ctx.userId()},
                         {QStringLiteral("resolved_at"), toIsoUtc(m_ctx.now())}},
                        q->value(2).toString()));
    return (*tx)->commit();
}

}  // namespace fd::patients
