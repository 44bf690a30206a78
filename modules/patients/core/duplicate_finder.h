#pragma once

#include "common/result.h"
#include "patients/core/patients.h"

#include "storage/database.h"

#include <QSqlDatabase>

namespace fd::patients {

// Finds live patients that may be `patient` (same legal name and birth date, Soundex-alike
// name and birth date, a shared phone number, a shared member id) through the search index:
// a handful of indexed lookups, whatever the size of the practice. `patient.id` is left out.
Result<std::vector<DuplicateCandidate>> findDuplicateCandidates(QSqlDatabase db, const Patient& patient,
                                                                const QStringList& memberIds);

// Queues open reviews for the candidates not already queued for this pair, in the caller's
// transaction (synced rows, so it runs through the outbox).
Status queueDuplicateReviews(storage::Transaction& tx, const QString& patientId,
                             const std::vector<DuplicateCandidate>& candidates, const QDateTime& now);

QString reasonsText(const std::vector<DuplicateReason>& reasons);  // "same_name_dob,same_phone"
std::vector<DuplicateReason> reasonsFrom(const QString& text);

}  // namespace fd::patients
