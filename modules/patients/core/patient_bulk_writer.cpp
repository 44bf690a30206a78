#include "patients/core/patient_bulk_writer.h"

#include "common/clock.h"
#include "patients/core/name_matching.h"
#include "patients/core/search_index.h"
#include "practice/core/practice_profile_service.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace fd::patients {

PatientsContext patientsContextOf(ServiceRegistry& registry)
{
    auto db = registry.get<storage::Database>();
    auto access = registry.get<security::IAccessControl>();
    auto audit = registry.get<security::IAuditTrail>();
    Q_ASSERT(db && access && audit);
    std::shared_ptr<IClock> clock = registry.get<IClock>();
    if (!clock)
        clock = std::make_shared<SystemClock>();
    return PatientsContext{practice::PracticeServiceContext{*db, access, audit, clock},
                           registry.get<practice::IProviderService>(),
                           registry.get<practice::IPayerService>(), registry.get<PatientHooks>()};
}

// What deferIndexing() keeps until finish().
struct PatientBulkWriter::Deferred
{
    explicit Deferred(QSqlDatabase db) : duplicates(std::move(db)) {}

    DuplicateIndex duplicates;
    SearchKeysBulkLoad keys;
    QStringList dropped;  // the CREATE INDEX statements of the indexes dropped, as stored
};

namespace {

constexpr std::size_t kAuditBatch = 1024;  // audit entries appended together when deferred

// Secondary indexes that no step of an import reads: built once at its end, they cost a sort
// instead of an insert at a random place per row.
const QStringList& deferredIndexes()
{
    static const QStringList names{QStringLiteral("patient_search_keys_patient"), QStringLiteral("patients_name"),
                                   QStringLiteral("coverages_patient")};
    return names;
}

}  // namespace

PatientBulkWriter::PatientBulkWriter(PatientsContext& ctx, storage::Transaction& tx)
    : m_ctx(ctx), m_tx(tx), m_rows(tx), m_statements(tx.connection()), m_duplicates(tx.connection())
{
}

PatientBulkWriter::~PatientBulkWriter() = default;

Status PatientBulkWriter::deferIndexing()
{
    if (m_deferred)
        return {};
    auto deferred = std::make_unique<Deferred>(m_tx.connection());
    for (const QString& name : deferredIndexes()) {
        // Names from the list above, never from input.
        auto stored = storage::exec(m_tx.connection(),
                                    QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
                                    {name});
        FD_TRY(stored);
        if (!stored->next() || stored->value(0).toString().isEmpty())
            continue;
        const QString sql = stored->value(0).toString();
        stored->finish();
        // SQLite refuses the drop while another statement of the connection is still reading;
        // the index then stays and is kept up row by row: slower, not wrong.
        if (storage::exec(m_tx.connection(), QStringLiteral("DROP INDEX %1").arg(name)))
            deferred->dropped << sql;
    }
    FD_TRY(deferred->duplicates.load());
    m_deferred = std::move(deferred);
    return {};
}

Result<QString> PatientBulkWriter::insertAudited(const QString& table, const QVariantMap& fields,
                                                 const QString& patientId, const QString& newId)
{
    if (!m_deferred)
        return patients::insertAudited(m_ctx, m_rows, table, fields, patientId, newId);
    auto inserted = m_rows.insert(table, fields, newId);
    FD_TRY(inserted);
    m_audits.push_back(insertRecord(table, inserted.value(), fields, patientId));
    if (m_audits.size() >= kAuditBatch)
        FD_TRY(flushAudits());
    return inserted.value();
}

Status PatientBulkWriter::flushAudits()
{
    if (m_audits.empty())
        return {};
    const Status appended = m_ctx.audit().recordAll(m_audits);
    m_audits.clear();
    return appended;
}

Result<QString> PatientBulkWriter::nextAccountNumber()
{
    if (m_next < 0) {
        auto q = storage::exec(
            m_tx.connection(),
            QStringLiteral("SELECT next_value FROM patient_account_sequence WHERE id = 1"));
        FD_TRY(q);
        if (!q->next())
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate(
                                 "fd::patients", "The account number sequence is missing."));
        m_next = q->value(0).toLongLong();
    }
    QString account;
    do {
        m_highest = std::max(m_highest, m_next);
        account = accountNumberFor(m_next++);
    } while (m_reserved.contains(account));
    return account;
}

// The search index rows of a new record: what reindexPatient() derives from the stored row,
// from the record in hand, in one statement (prepared once for each number of rows).
Status PatientBulkWriter::index(const Patient& patient, const QStringList& memberIds)
{
    const std::vector<SearchKey> keys = searchKeysOf(patient, memberIds);
    if (keys.empty())
        return {};
    const QString sort = searchSortOf(patient);
    QVariantList binds;
    binds.reserve(qsizetype(keys.size()) * 4);
    for (const SearchKey& k : keys)
        binds << k.kind << k.key << sort << patient.id;
    if (m_indexSql.size() <= keys.size())
        m_indexSql.resize(keys.size() + 1);
    QString& sql = m_indexSql[keys.size()];
    if (sql.isEmpty())
        sql = searchKeysInsertSql(qsizetype(keys.size()));
    return m_statements.run(sql, binds);
}

// The record's index rows go in (or, deferred, into memory) before the check, as create()
// writes them before it looks.
Result<std::vector<DuplicateCandidate>> PatientBulkWriter::indexAndFindDuplicates(const Patient& saved,
                                                                                  const QStringList& memberIds)
{
    if (!m_deferred) {
        FD_TRY(index(saved, memberIds));
        return m_duplicates.find(saved, memberIds);
    }
    const std::vector<SearchKey> keys = searchKeysOf(saved, memberIds);
    m_deferred->keys.add(saved.id, searchSortOf(saved), keys);
    m_deferred->duplicates.add(saved, keys);
    return m_deferred->duplicates.find(saved, memberIds);
}

Result<PatientBulkWriter::Added> PatientBulkWriter::add(const Patient& patient,
                                                        const std::optional<Coverage>& coverage)
{
    Added added;
    if (patient.accountNumber.isEmpty()) {
        auto account = nextAccountNumber();
        FD_TRY(account);
        added.accountNumber = account.value();
    } else {
        added.accountNumber = patient.accountNumber;
        // A number of the sequence's own form moves the sequence past it, so that create()
        // never allocates it again.
        if (isValidAccountNumber(added.accountNumber) && added.accountNumber.size() <= 12)
            m_highest = std::max(m_highest, added.accountNumber.chopped(1).toLongLong());
    }
    QVariantMap fields = patientFields(patient);
    fields.insert(QStringLiteral("account_number"), added.accountNumber);
    fields.insert(QStringLiteral("merged_into"), QStringLiteral(""));
    auto id = insertAudited(QStringLiteral("patients"), fields, {}, patient.id);
    FD_TRY(id);
    added.id = id.value();
    QStringList memberIds;
    if (coverage) {
        Coverage c = *coverage;
        c.patientId = added.id;
        FD_TRY(
            insertAudited(QStringLiteral("coverages"), coverageFields(c), added.id));
        memberIds << c.memberId;
    }
    Patient saved = patient;
    saved.id = added.id;
    saved.accountNumber = added.accountNumber;
    saved.firstName = saved.firstName.trimmed();
    saved.lastName = saved.lastName.trimmed();
    saved.preferredName = saved.preferredName.trimmed();
    auto duplicates = indexAndFindDuplicates(saved, memberIds);
    FD_TRY(duplicates);
    std::vector<DuplicateCandidate> queued;
    for (DuplicateCandidate& c : duplicates.value())
        if (!m_filter || m_filter(c))
            queued.push_back(std::move(c));
    // The record is new, so no review of it can be open yet: each pair is queued without the
    // lookup queueDuplicateReviews() makes (a scan of the open reviews per candidate).
    const QString now = toIsoUtc(m_ctx.now());
    for (const DuplicateCandidate& c : queued)
        FD_TRY(m_rows.insert(QStringLiteral("patient_duplicate_reviews"),
                             {{QStringLiteral("patient_id"), added.id},
                              {QStringLiteral("candidate_id"), c.patientId},
                              {QStringLiteral("reasons"), reasonsText(c.reasons)},
                              {QStringLiteral("status"), QStringLiteral("open")},
                              {QStringLiteral("created_at"), now},
                              {QStringLiteral("resolved_by"), QStringLiteral("")},
                              {QStringLiteral("resolved_at"), QStringLiteral("")},
                              {QStringLiteral("merge_id"), QStringLiteral("")}}));
    added.duplicatesQueued = int(queued.size());
    return added;
}

Result<QString> PatientBulkWriter::addGuarantor(const Guarantor& g)
{
    // The columns GuarantorService writes.
    QVariantMap fields{
        {QStringLiteral("patient_id"), g.patientId.isNull() ? QStringLiteral("") : g.patientId},
        {QStringLiteral("first_name"), g.firstName.trimmed()},
        {QStringLiteral("last_name"), g.lastName.trimmed()},
        {QStringLiteral("birth_date"), dateValue(g.birthDate)},
        {QStringLiteral("phone"), g.phone.isNull() ? QStringLiteral("") : g.phone},
        {QStringLiteral("email"), g.email.isNull() ? QStringLiteral("") : g.email},
        {QStringLiteral("employer"), g.employer.isNull() ? QStringLiteral("") : g.employer}};
    fields.insert(practice::addressColumns(QString(), g.address));
    return insertAudited(QStringLiteral("guarantors"), fields, g.patientId, g.id);
}

Status PatientBulkWriter::finish()
{
    FD_TRY(flushAudits());
    FD_TRY(m_rows.flushOutbox());
    if (m_deferred) {
        FD_TRY(m_deferred->keys.write(m_statements));
        for (const QString& sql : std::as_const(m_deferred->dropped))
            FD_TRY(storage::exec(m_tx.connection(), sql));
        m_deferred.reset();
    }
    if (m_highest < 0)
        return {};
    auto q = storage::exec(
        m_tx.connection(),
        QStringLiteral(
            "UPDATE patient_account_sequence SET next_value = MAX(next_value, ?) WHERE id = 1"),
        {m_highest + 1});
    FD_TRY(q);
    return {};
}

BulkPageCache::BulkPageCache(storage::Database& db, qint64 kib) : m_db(db.connection())
{
    auto current = storage::exec(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!current || !current->next())
        return;  // the everyday cache stays: slower, not wrong
    const qint64 previous = current->value(0).toLongLong();
    current->finish();
    // A positive cache_size counts pages: compare in KiB at the page size.
    qint64 previousKib = -previous;
    if (previous > 0) {
        auto pageSize = storage::exec(m_db, QStringLiteral("PRAGMA page_size"));
        if (!pageSize || !pageSize->next())
            return;
        previousKib = previous * pageSize->value(0).toLongLong() / 1024;
    }
    if (previousKib >= kib)
        return;
    if (storage::exec(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(kib)))
        m_previous = previous;
}

BulkPageCache::~BulkPageCache()
{
    if (m_previous)
        (void)storage::exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
}

qint64 BulkPageCache::kibFor(qint64 rows)
{
    constexpr qint64 kMinKib = 64 * 1024, kMaxKib = 512 * 1024;
    constexpr qint64 kKibPerRow = 4;
    return std::clamp(rows * kKibPerRow, kMinKib, kMaxKib);
}

}  // namespace fd::patients
