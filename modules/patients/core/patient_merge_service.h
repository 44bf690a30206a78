#pragma once

#include "patients/core/patient_context.h"
#include "patients/core/patient_merge.h"

namespace fd::patients {

class PatientMergeService final : public IPatientMerge
{
public:
    explicit PatientMergeService(PatientsContext context) : m_ctx(std::move(context)) {}

    Result<std::vector<DuplicateReview>> reviews(const QString& status) override;
    Status dismiss(const QString& reviewId) override;
    Result<MergeRecord> merge(const QString& survivorId, const QString& loserId, const QString& reason) override;
    Result<MergeRecord> undo(const QString& mergeId) override;
    Result<std::vector<MergeRecord>> merges(const QString& patientId) override;

private:
    // Points `column` of every live row of `table` that holds `from` at `to`, remembering each
    // change under the merge; `extraWhere` narrows the rows. Returns how many rows moved.
    Result<int> move(storage::Transaction& tx, const QString& mergeId, const QString& table, const QString& column,
                     const QString& from, const QString& to, const QString& extraWhere = {},
                     const QVariantList& extraBinds = {});
    Result<int> setRemembered(storage::Transaction& tx, const QString& mergeId, const QString& table,
                              const QString& rowId, const QVariantMap& fields);
    Result<int> resolvePairReviews(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                                   const QString& loserId);
    Result<std::vector<MergeRecord>> load(const QString& where, const QVariantList& binds);
    Status auditMerge(const QString& action, const MergeRecord& merge, const QJsonObject& details);

    PatientsContext m_ctx;
};

}  // namespace fd::patients
