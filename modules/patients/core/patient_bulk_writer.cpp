#include "patients/core/patient_bulk_writer.h"

#include "common/clock.h"
#include "patients/core/duplicate_finder.h"
#include "patients/core/name_matching.h"
#include "patients/core/search_index.h"
#include "practice/core/practice_profile_service.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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
// from the record in hand, through one statement prepared once.
Status PatientBulkWriter::index(const Patient& patient, const QStringList& memberIds)
{
    if (!m_indexInsert) {
        m_indexInsert = std::make_unique<QSqlQuery>(m_tx.connection());
        if (!m_indexInsert->prepare(
                QStringLiteral("INSERT OR IGNORE INTO patient_search_keys (kind, key, sort, "
                               "patient_id) VALUES (?, ?, ?, ?)")))
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("fd::patients", "Cannot write the search index"),
                m_indexInsert->lastError().text());
    }
    const QString sort = searchSortOf(patient);
    for (const SearchKey& k : searchKeysOf(patient, memberIds)) {
        m_indexInsert->bindValue(0, k.kind);
        m_indexInsert->bindValue(1, k.key);
        m_indexInsert->bindValue(2, sort);
        m_indexInsert->bindValue(3, patient.id);
        if (!m_indexInsert->exec())
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("fd::patients", "Cannot write the search index"),
                m_indexInsert->lastError().text());
    }
    return {};
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
    auto id = writeAudited(m_ctx, m_tx, QStringLiteral("patients"), {}, 0, fields, {}, patient.id);
    FD_TRY(id);
    added.id = id.value();
    QStringList memberIds;
    if (coverage) {
        Coverage c = *coverage;
        c.patientId = added.id;
        FD_TRY(writeAudited(m_ctx, m_tx, QStringLiteral("coverages"), {}, 0, coverageFields(c),
                            added.id));
        memberIds << c.memberId;
    }
    Patient saved = patient;
    saved.id = added.id;
    saved.accountNumber = added.accountNumber;
    saved.firstName = saved.firstName.trimmed();
    saved.lastName = saved.lastName.trimmed();
    saved.preferredName = saved.preferredName.trimmed();
    FD_TRY(index(saved, memberIds));
    auto duplicates = findDuplicateCandidates(m_tx.connection(), saved, memberIds);
    FD_TRY(duplicates);
    std::vector<DuplicateCandidate> queued;
    for (DuplicateCandidate& c : duplicates.value())
        if (!m_filter || m_filter(c))
            queued.push_back(std::move(c));
    // The record is new, so no review of it can be open yet: each pair is queued without the
    // lookup queueDuplicateReviews() makes (a scan of the open reviews per candidate).
    const QString now = toIsoUtc(m_ctx.now());
    for (const DuplicateCandidate& c : queued)
        FD_TRY(storage::SyncedRows::insert(m_tx, QStringLiteral("patient_duplicate_reviews"),
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
    return writeAudited(m_ctx, m_tx, QStringLiteral("guarantors"), {}, 0, fields, g.patientId,
                        g.id);
}

Status PatientBulkWriter::finish()
{
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

}  // namespace fd::patients
