#pragma once

#include "patients/core/duplicate_finder.h"
#include "patients/core/patient_context.h"
#include "patients/core/search_index.h"
#include "storage/statement_cache.h"
#include "storage/synced_rows.h"

#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fd::patients {

// The registry's context from the services registerServices() left in `registry`.
PatientsContext patientsContextOf(ServiceRegistry& registry);

// Writes many new patients in one transaction of the caller's (a file import, demo data): each
// as IPatientService::create writes one (audited insert with its outbox mutation, search index
// rows, the duplicate check with its review queue), plus an optional primary coverage. The
// caller checks permissions and validates first. The statements are prepared once for all
// rows; the writer lives no longer than the transaction.
class PatientBulkWriter
{
public:
    // Which candidates of the duplicate check are queued; all when unset.
    using DuplicateFilter = std::function<bool(const DuplicateCandidate&)>;

    PatientBulkWriter(PatientsContext& ctx, storage::Transaction& tx);
    ~PatientBulkWriter();

    // Account numbers the caller will write itself, so that allocation skips them.
    void reserveAccountNumbers(const QSet<QString>& accounts) { m_reserved.unite(accounts); }
    void setDuplicateFilter(DuplicateFilter filter) { m_filter = std::move(filter); }
    // For many rows (a large import), before the first add(): the duplicate check runs from
    // memory (DuplicateIndex, loaded once from the existing patients), the search index rows
    // are written in key order by finish(), and the secondary indexes no row of the import
    // reads (search keys by patient, patients by name, coverages by patient) are dropped, where
    // SQLite allows it, and built again by finish() from their stored definitions, all in the
    // caller's transaction (a rollback puts everything back). The audit entries are then
    // appended in batches too (IAuditTrail::recordAll), the last ones by finish(). The rows
    // written are the same as without it.
    Status deferIndexing();
    // The outbox mutations appended in batches (SyncedRowsBatch::deferOutbox), the last ones
    // by finish(); only when the caller's transaction appends to the outbox through this
    // writer alone (an import), so that their order stays the order of the changes.
    void deferOutbox() { m_rows.deferOutbox(); }
    bool indexingDeferred() const { return m_deferred != nullptr; }

    struct Added
    {
        QString id;
        QString accountNumber;
        int duplicatesQueued = 0;
    };
    // `patient.accountNumber` is kept when set, else one is allocated from the sequence;
    // `patient.id`, when set, is the new row's id.
    Result<Added> add(const Patient& patient,
                      const std::optional<Coverage>& coverage = std::nullopt);
    // A guarantor row (audited, through the outbox; `guarantor.id`, when set, is the new row's
    // id); returns its id.
    Result<QString> addGuarantor(const Guarantor& guarantor);
    // Stores the account sequence past every number allocated or written in the sequence's form
    // and, when indexing was deferred, writes the search index rows and builds the dropped
    // indexes again. Must run before the commit.
    Status finish();

private:
    Result<QString> nextAccountNumber();
    // insertAudited(), the entry kept for the next batch when indexing is deferred.
    Result<QString> insertAudited(const QString& table, const QVariantMap& fields, const QString& patientId,
                                  const QString& newId = {});
    Status flushAudits();
    Status index(const Patient& patient, const QStringList& memberIds);
    Result<std::vector<DuplicateCandidate>> indexAndFindDuplicates(const Patient& saved,
                                                                   const QStringList& memberIds);
    struct Deferred;

    PatientsContext& m_ctx;
    storage::Transaction& m_tx;
    storage::SyncedRowsBatch m_rows;
    storage::StatementCache m_statements;
    DuplicateFinder m_duplicates;
    QSet<QString> m_reserved;
    DuplicateFilter m_filter;
    qint64 m_next = -1;               // the sequence value the next allocation tries
    qint64 m_highest = -1;            // the highest sequence value used
    std::vector<QString> m_indexSql;  // the index INSERT by its number of rows
    std::unique_ptr<Deferred> m_deferred;
    std::vector<security::AuditRecord> m_audits;  // waiting for flushAudits()
};

// Raises the connection's page cache for a bulk write and puts the previous size back when it
// goes. A transaction that writes many patients dirties far more pages than the everyday cache
// holds (the search index and the uuid keys take their pages in random order); pages pushed
// out mid-transaction are written to the write-ahead log and read and decrypted again when
// the next row needs them. Declare it before the transaction, so that the cache shrinks only
// after the commit or rollback. SQLite takes the memory only as pages are used.
class BulkPageCache
{
public:
    BulkPageCache(storage::Database& db, qint64 kib);
    ~BulkPageCache();
    BulkPageCache(const BulkPageCache&) = delete;
    BulkPageCache& operator=(const BulkPageCache&) = delete;

    // The cache an import of `rows` patients asks for: enough for its pages, within bounds.
    static qint64 kibFor(qint64 rows);

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;  // PRAGMA cache_size as it was (negative: KiB)
};

}  // namespace fd::patients
