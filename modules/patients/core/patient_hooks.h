#pragma once

#include "common/money.h"
#include "common/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace fd::patients {

// What higher cores know about a patient that the registry shows beside a search result:
// scheduling fills the visits, accounts the balance. A field left empty is unknown.
struct PatientActivity
{
    std::optional<QDateTime> lastVisit;  // UTC
    std::optional<QDateTime> nextVisit;  // UTC
    std::optional<Money> balance;        // what the patient (or guarantor) owes
};

// Implemented by higher cores (calendar, accounts) and added to PatientHooks, so the
// registry can show their facts without depending on them.
class IPatientActivity
{
public:
    virtual ~IPatientActivity() = default;
    // Fills what this source knows for each id (same order as `patientIds`); called with at
    // most one page of search results, so it should be one or two indexed queries.
    virtual Status fill(const std::vector<QString>& patientIds, std::vector<PatientActivity>& activity) = 0;
};

// Implemented by every core whose rows refer to patients (appointments, claims, ledger...).
// Both calls run inside the registry's merge (or undo) transaction: an error rolls the whole
// merge back. A participant records what it moved under `mergeId` so that undo can put back
// exactly those rows, and nothing the survivor gained since.
class IPatientMergeParticipant
{
public:
    virtual ~IPatientMergeParticipant() = default;
    virtual QString name() const = 0;  // for the audit trail ("calendar", "accounts")
    // Moves every reference from `loserId` to `survivorId`; returns how many rows it moved.
    virtual Result<int> merge(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                              const QString& loserId) = 0;
    // Puts back what merge() moved under `mergeId`.
    virtual Status undo(storage::Transaction& tx, const QString& mergeId, const QString& survivorId,
                        const QString& loserId) = 0;
};

// The registry's extension points, published in the ServiceRegistry by
// patients::registerServices. Higher cores add their implementations in their own
// registerServices (which runs after the registry's).
class PatientHooks
{
public:
    void addActivitySource(std::shared_ptr<IPatientActivity> source) { m_activity.push_back(std::move(source)); }
    void addMergeParticipant(std::shared_ptr<IPatientMergeParticipant> participant)
    {
        m_merge.push_back(std::move(participant));
    }
    const std::vector<std::shared_ptr<IPatientActivity>>& activitySources() const { return m_activity; }
    const std::vector<std::shared_ptr<IPatientMergeParticipant>>& mergeParticipants() const { return m_merge; }

private:
    std::vector<std::shared_ptr<IPatientActivity>> m_activity;
    std::vector<std::shared_ptr<IPatientMergeParticipant>> m_merge;
};

}  // namespace fd::patients
