#pragma once

#include "common/result.h"
#include "patients/core/patient_types.h"
#include "storage/statement_cache.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace fd::patients {

// The search index (table patient_search_keys): one row per way a patient can be found, keyed
// by kind and a normalized key, with the patient's folded "last first" as the sort column so
// that a range of keys comes back in name order straight from the index.
namespace searchkey {
inline const QString kLast = QStringLiteral("last");      // folded last name and its parts
inline const QString kFirst = QStringLiteral("first");    // folded first and preferred names
inline const QString kSoundex = QStringLiteral("sdx");    // Soundex of the last name
inline const QString kBirth = QStringLiteral("dob");      // yyyy-MM-dd
inline const QString kPhone = QStringLiteral("phone");    // ten digits
inline const QString kPhone4 = QStringLiteral("ph4");     // last four digits
inline const QString kAccount = QStringLiteral("acct");   // account number
inline const QString kMember = QStringLiteral("member");  // normalized member id of a live coverage
}  // namespace searchkey

struct SearchKey
{
    QString kind;
    QString key;
};

// The keys of a patient (member ids come from `memberIds`), and its sort value.
std::vector<SearchKey> searchKeysOf(const Patient& patient, const QStringList& memberIds);
QString searchSortOf(const Patient& patient);

// INSERT OR IGNORE of `rows` index rows, bound as kind, key, sort, patient_id for each row.
QString searchKeysInsertSql(qsizetype rows);

// The index rows of many new patients (a large import), collected as the records are written
// and inserted at the end in key order, in the caller's transaction: rows that arrive in key
// order fill the index's pages one after another instead of splitting pages all over it. The
// rows are those each record's own insert would have written.
class SearchKeysBulkLoad
{
public:
    void add(const QString& patientId, const QString& sort, const std::vector<SearchKey>& keys);
    Status write(storage::StatementCache& statements);
    qsizetype size() const { return qsizetype(m_rows.size()); }

private:
    struct Row
    {
        QString kind, key, sort, patientId;
    };
    std::vector<Row> m_rows;
};

// Rewrites the index rows of one patient from the stored records, in the caller's transaction;
// a deleted or merged-away patient is left out of the index.
Status reindexPatient(QSqlDatabase db, const QString& patientId);

}  // namespace fd::patients
