#pragma once

#include "common/result.h"
#include "patients/core/patients.h"

#include "storage/database.h"
#include "storage/statement_cache.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>

#include <vector>

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

struct SearchKey;

// DuplicateFinder for a large import, from memory: the birth dates, phones and member ids of
// the search index are read once (load()), and each new record's keys are added as the record
// is written (add()), so that find() sees the existing patients and the file's earlier rows as
// the index lookups would, while the index rows themselves are written at the import's end.
// The same evidence, the same limit on widely shared numbers, the same order of candidates.
class DuplicateIndex
{
public:
    explicit DuplicateIndex(QSqlDatabase db) : m_statements(std::move(db)) {}

    Status load();
    // `patient` as stored (trimmed names, its id and account number), `keys` its index rows.
    void add(const Patient& patient, const std::vector<SearchKey>& keys);
    Result<std::vector<DuplicateCandidate>> find(const Patient& patient, const QStringList& memberIds);

private:
    struct SameDay
    {
        QString id, first, last, firstSdx, lastSdx;  // folded names and their Soundex codes
    };
    struct Added
    {
        QString accountNumber, displayName;
        QDate birthDate;
    };
    void addSameDay(const QString& date, const QString& id, const QString& first, const QString& last);
    void collect(const QHash<QString, std::vector<QString>>& ids, const QString& key, const QString& selfId,
                 DuplicateReason reason, QMap<QString, std::vector<DuplicateReason>>& found) const;

    storage::StatementCache m_statements;
    QHash<QString, std::vector<SameDay>> m_birth;     // yyyy-MM-dd -> patients born that day
    QHash<QString, std::vector<QString>> m_phones;    // ten digits -> patient ids
    QHash<QString, std::vector<QString>> m_members;   // normalized member id -> patient ids
    QHash<QString, Added> m_added;                    // the records this import wrote
};

// Queues open reviews for the candidates not already queued for this pair, in the caller's
// transaction (synced rows, so it runs through the outbox).
Status queueDuplicateReviews(storage::Transaction& tx, const QString& patientId,
                             const std::vector<DuplicateCandidate>& candidates, const QDateTime& now);

QString reasonsText(const std::vector<DuplicateReason>& reasons);  // "same_name_dob,same_phone"
std::vector<DuplicateReason> reasonsFrom(const QString& text);

}  // namespace fd::patients
