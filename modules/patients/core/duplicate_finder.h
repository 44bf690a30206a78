#pragma once

#include "common/result.h"
#include "patients/core/patients.h"

#include "storage/database.h"
#include "storage/statement_cache.h"

#include <QMap>
#include <QSqlDatabase>

namespace fd::patients {

// Finds live patients that may be `patient` (same legal name and birth date, Soundex-alike
// name and birth date, a shared phone number, a shared member id) through the search index:
// a handful of indexed lookups, whatever the size of the practice. `patient.id` is left out.
Result<std::vector<DuplicateCandidate>> findDuplicateCandidates(QSqlDatabase db, const Patient& patient,
                                                                const QStringList& memberIds);

// findDuplicateCandidates for many patients in one transaction (an import): the same lookups
// through statements prepared once.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(QSqlDatabase db) : m_statements(std::move(db)) {}

    Result<std::vector<DuplicateCandidate>> find(const Patient& patient, const QStringList& memberIds);

private:
    Status collect(const QString& kind, const QString& key, const QString& selfId, DuplicateReason reason,
                   QMap<QString, std::vector<DuplicateReason>>& found);

    storage::StatementCache m_statements;
};

// Queues open reviews for the candidates not already queued for this pair, in the caller's
// transaction (synced rows, so it runs through the outbox).
Status queueDuplicateReviews(storage::Transaction& tx, const QString& patientId,
                             const std::vector<DuplicateCandidate>& candidates, const QDateTime& now);

QString reasonsText(const std::vector<DuplicateReason>& reasons);  // "same_name_dob,same_phone"
std::vector<DuplicateReason> reasonsFrom(const QString& text);

}  // namespace fd::patients
