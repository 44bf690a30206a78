#include "patients/core/patient_service.h"

#include "patients/core/duplicate_finder.h"
#include "patients/core/name_matching.h"
#include "patients/core/patient_validation.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/search_index.h"

namespace fd::patients {

Result<Patient> loadPatient(QSqlDatabase db, const QString& id)
{
    auto q = storage::exec(db, QStringLiteral("SELECT %1 FROM patients WHERE id = ? AND deleted = 0").arg(patientSelectColumns()),
                           {id});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No patient %1.").arg(id));
    return patientFromRow(q.value());
}

Status PatientService::validate(const Patient& patient) const
{
    FD_TRY(validatePatient(patient, m_ctx.today()));
    return checkReferences(patient);
}

Status PatientService::checkReferences(const Patient& p) const
{
    if (!p.primaryProviderId.isEmpty()) {
        if (!m_ctx.providers)
            return makeError(ErrorCode::Unavailable, patientsTr("The practice's providers are not available."));
        auto provider = m_ctx.providers->find(p.primaryProviderId);
        if (!provider && provider.error().code == ErrorCode::NotFound)
            return invalidField(patientsTr("The primary provider %1 is not a provider of the practice.")
                                    .arg(p.primaryProviderId),
                                QStringLiteral("primary_provider_id"));
        FD_TRY(provider);
    }
    if (!p.guarantorId.isEmpty()) {
        auto g = storage::exec(m_ctx.db().connection(),
                               QStringLiteral("SELECT 1 FROM guarantors WHERE id = ? AND deleted = 0"), {p.guarantorId});
        FD_TRY(g);
        if (!g->next())
            return invalidField(patientsTr("The guarantor %1 does not exist.").arg(p.guarantorId),
                                QStringLiteral("guarantor_id"));
    }
    return {};
}

Result<QString> PatientService::allocateAccountNumber(storage::Transaction& tx)
{
    auto next = storage::exec(tx.connection(), QStringLiteral("SELECT next_value FROM patient_account_sequence WHERE id = 1"));
    FD_TRY(next);
    if (!next->next())
        return makeError(ErrorCode::Internal, patientsTr("The account number sequence is missing."));
    const qint64 value = next->value(0).toLongLong();
    FD_TRY(storage::exec(tx.connection(), QStringLiteral("UPDATE patient_account_sequence SET next_value = ? WHERE id = 1"),
                         {value + 1}));
    return accountNumberFor(value);
}

Result<PatientSaved> PatientService::create(const Patient& patient)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    if (!patient.id.isEmpty())
        return invalidField(patientsTr("A new patient cannot have an id."), QStringLiteral("id"));
    FD_TRY(validate(patient));
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    auto account = allocateAccountNumber(**tx);
    FD_TRY(account);
    QVariantMap fields = patientFields(patient);
    fields.insert(QStringLiteral("account_number"), account.value());
    fields.insert(QStringLiteral("merged_into"), QStringLiteral(""));
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("patients"), {}, 0, fields, {});
    FD_TRY(id);
    FD_TRY(reindexPatient((*tx)->connection(), id.value()));
    Patient saved = patient;
    saved.id = id.value();
    auto duplicates = findDuplicateCandidates((*tx)->connection(), saved, {});
    FD_TRY(duplicates);
    FD_TRY(queueDuplicateReviews(**tx, saved.id, duplicates.value(), m_ctx.now()));
    FD_TRY((*tx)->commit());
    auto stored = loadPatient(m_ctx.db().connection(), saved.id);
    FD_TRY(stored);
    return PatientSaved{stored.value(), duplicates.value()};
}

Result<Patient> PatientService::update(const Patient& patient)
{
    FD_TRY(checkPatientEdit(m_ctx, patient.id));
    auto current = loadPatient(m_ctx.db().connection(), patient.id);
    FD_TRY(current);
    if (!patient.accountNumber.isEmpty() && patient.accountNumber != current->accountNumber)
        return invalidField(patientsTr("The account number %1 cannot change.").arg(current->accountNumber),
                            QStringLiteral("account_number"));
    FD_TRY(validate(patient));
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    FD_TRY(writeAudited(m_ctx, **tx, QStringLiteral("patients"), patient.id, patient.rowVersion, patientFields(patient),
                        patient.id));
    FD_TRY(reindexPatient((*tx)->connection(), patient.id));
    FD_TRY((*tx)->commit());
    return loadPatient(m_ctx.db().connection(), patient.id);
}

Result<Patient> PatientService::get(const QString& id)
{
    FD_TRY(checkPatientAccess(m_ctx, id));
    auto patient = loadPatient(m_ctx.db().connection(), id);
    FD_TRY(patient);
    FD_TRY(auditRead(m_ctx, id, QStringLiteral("patients"), id));
    return patient;
}

Result<Patient> PatientService::findByAccountNumber(const QString& accountNumber)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id FROM patients WHERE account_number = ? AND deleted = 0"),
                           {accountNumber.trimmed()});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No patient has account number %1.").arg(accountNumber));
    return get(q->value(0).toString());
}

Result<std::vector<PatientSummary>> PatientService::list(const PatientListFilter& filter)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    const QString status = filter.includeInactive ? QString() : QStringLiteral(" AND status = 'active'");
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT %1 FROM patients WHERE deleted = 0 AND merged_into = ''%2 "
                                          "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id "
                                          "LIMIT ? OFFSET ?")
                               .arg(patientSelectColumns(false), status),
                           {std::clamp(filter.limit, 1, 1000), std::max(0, filter.offset)});
    FD_TRY(q);
    std::vector<PatientSummary> list;
    while (q->next())
        list.push_back(summaryFromRow(q.value(), m_ctx.today()));
    return list;
}

Result<std::vector<DuplicateCandidate>> PatientService::findDuplicates(const Patient& patient, const QStringList& memberIds)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    return findDuplicateCandidates(m_ctx.db().connection(), patient, memberIds);
}

}  // namespace fd::patients
