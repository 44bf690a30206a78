#include "accounts/core/ledger_patient_hooks.h"

#include "accounts/core/accounts_permissions.h"
#include "accounts/core/ledger_summaries.h"

#include <QHash>

namespace fd::accounts {

Result<int> LedgerMergeParticipant::merge(storage::Transaction& tx, const QString& mergeId,
                                          const QString& survivorId, const QString& loserId)
{
    const QSqlDatabase db = tx.connection();
    auto moved = mergedClosure(db, loserId);
    FD_TRY(moved);
    QVariantList ids;
    for (const QString& id : moved.value())
        ids << id;
    auto count =
        storage::exec(db,
                      QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE patient_id IN (%1)")
                          .arg(placeholders(ids.size())),
                      ids);
    FD_TRY(count);
    count->next();
    const int entries = count->value(0).toInt();
    FD_TRY(storage::exec(
        db,
        QStringLiteral("INSERT INTO ledger_patient_map (merged_patient_id, survivor_id, merge_id) "
                       "VALUES (?, ?, ?)"),
        {loserId, survivorId, mergeId}));
    FD_TRY(storage::exec(
        db, QStringLiteral("UPDATE ledger_line_balances SET patient_id = ? WHERE patient_id = ?"),
        {survivorId, loserId}));
    // The loser's row is added to the survivor's, so every total stays as it was.
    FD_TRY(storage::exec(
        db,
        QStringLiteral(
            "INSERT INTO ledger_patient_balances (patient_id, insurance, patient, credit) "
            "SELECT ?, insurance, patient, credit FROM ledger_patient_balances "
            "WHERE patient_id = ? ON CONFLICT(patient_id) DO UPDATE SET "
            "insurance = insurance + excluded.insurance, patient = patient + excluded.patient, "
            "credit = credit + excluded.credit"),
        {survivorId, loserId}));
    FD_TRY(storage::exec(
        db, QStringLiteral("DELETE FROM ledger_patient_balances WHERE patient_id = ?"), {loserId}));
    return entries;
}

Status LedgerMergeParticipant::undo(storage::Transaction& tx, const QString& mergeId,
                                    const QString& survivorId, const QString& loserId)
{
    const QSqlDatabase db = tx.connection();
    FD_TRY(storage::exec(db, QStringLiteral("DELETE FROM ledger_patient_map WHERE merge_id = ?"),
                         {mergeId}));
    auto back = mergedClosure(db, loserId);
    FD_TRY(back);
    QVariantList binds{loserId, survivorId};
    for (const QString& id : back.value())
        binds << id;
    // The loser's lines (and those of records merged into the loser before) go back to it.
    FD_TRY(storage::exec(
        db,
        QStringLiteral("UPDATE ledger_line_balances SET patient_id = ? WHERE patient_id = ? AND "
                       "origin_patient_id IN (%1)")
            .arg(placeholders(back->size())),
        binds));
    FD_TRY(LedgerSummaries::recomputePatient(tx, loserId));
    FD_TRY(LedgerSummaries::recomputePatient(tx, survivorId));
    return {};
}

Status LedgerActivitySource::fill(const std::vector<QString>& patientIds,
                                  std::vector<patients::PatientActivity>& activity)
{
    if (patientIds.empty() || !m_ctx.access->can(perm::kView))
        return {};
    QVariantList binds;
    for (const QString& id : patientIds)
        binds << id;
    auto q = storage::exec(
        m_ctx.db.connection(),
        QStringLiteral("SELECT patient_id, patient - credit FROM ledger_patient_balances "
                       "WHERE patient_id IN (%1)")
            .arg(placeholders(binds.size())),
        binds);
    FD_TRY(q);
    QHash<QString, qint64> owed;
    while (q->next())
        owed.insert(q->value(0).toString(), q->value(1).toLongLong());
    activity.resize(patientIds.size());
    for (size_t i = 0; i < patientIds.size(); ++i)
        if (owed.contains(patientIds[i]))
            activity[i].balance = Money::fromCents(owed.value(patientIds[i]));
    return {};
}

}  // namespace fd::accounts
