#pragma once

#include "common/result.h"
#include "patients/core/patients.h"

#include <QDateTime>

#include <vector>

namespace fd::patients {

// A possible duplicate waiting for a person to decide.
struct DuplicateReview
{
    QString id;
    QString patientId;    // the record that was being saved
    QString candidateId;  // the existing record it resembles
    std::vector<DuplicateReason> reasons;
    QString status;  // open | dismissed | merged
    QDateTime createdAt;
    QString resolvedBy;
    QDateTime resolvedAt;
    QString mergeId;  // when merged
};

struct MergeRecord
{
    QString id;
    QString survivorId;
    QString loserId;
    QString reason;
    QString mergedBy;
    QDateTime mergedAt;
    int movedRows = 0;  // references moved, the registry's and the participants'
    bool undone = false;
    QString undoneBy;
    QDateTime undoneAt;
};

// The duplicate review queue and merges. Listing and dismissing need patients.edit, merging
// patients.merge, undoing patients.merge.undo (administrators). A merge moves every row that
// refers to the loser (coverages, documents, privacy records, amendments, guarantors,
// subscribers, duplicate reviews, and through IPatientMergeParticipant everything of the
// higher cores) to the survivor in one audited transaction, and marks the loser as merged
// into the survivor. Undo puts back exactly what was moved and restores both records as they
// were before the merge.
class IPatientMerge
{
public:
    virtual ~IPatientMerge() = default;
    virtual Result<std::vector<DuplicateReview>> reviews(const QString& status = QStringLiteral("open")) = 0;
    virtual Status dismiss(const QString& reviewId) = 0;
    virtual Result<MergeRecord> merge(const QString& survivorId, const QString& loserId, const QString& reason) = 0;
    virtual Result<MergeRecord> undo(const QString& mergeId) = 0;
    virtual Result<std::vector<MergeRecord>> merges(const QString& patientId) = 0;
};

}  // namespace fd::patients
