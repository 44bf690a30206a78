#include "patients/core/coverage_service.h"

#include "patients/core/duplicate_finder.h"
#include "patients/core/patient_service.h"
#include "patients/core/patient_validation.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/search_index.h"
#include "practice/core/practice_profile_service.h"

#include <algorithm>

namespace fd::patients {

namespace {

bool overlaps(const Coverage& a, const Coverage& b)
{
    const QDate far(9999, 12, 31);
    const QDate aEnd = a.effectiveTo.isValid() ? a.effectiveTo : far;
    const QDate bEnd = b.effectiveTo.isValid() ? b.effectiveTo : far;
    return a.effectiveFrom <= bEnd && b.effectiveFrom <= aEnd;
}

}  // namespace

Result<std::vector<Coverage>> CoverageService::load(const QString& where, const QVariantList& binds)
{
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT %1 FROM coverages WHERE deleted = 0 AND %2 "
                                          "ORDER BY coverage_order, effective_from, id")
                               .arg(coverageSelectColumns(), where),
                           binds);
    FD_TRY(q);
    std::vector<Coverage> list;
    while (q->next())
        list.push_back(coverageFromRow(q.value()));
    return list;
}

Status CoverageService::checkReferences(const Coverage& c)
{
    if (!m_ctx.payers)
        return makeError(ErrorCode::Unavailable, patientsTr("The practice's payers are not available."));
    auto payer = m_ctx.payers->find(c.payerId);
    if (!payer && payer.error().code == ErrorCode::NotFound)
        return invalidField(patientsTr("The payer %1 is not in the practice's payer list.").arg(c.payerId),
                            QStringLiteral("payer_id"));
    FD_TRY(payer);
    if (!c.subscriberPatientId.isEmpty()) {
        auto subscriber = loadPatient(m_ctx.db().connection(), c.subscriberPatientId);
        if (!subscriber)
            return invalidField(patientsTr("The subscriber %1 is not a patient.").arg(c.subscriberPatientId),
                                QStringLiteral("subscriber_patient_id"));
    }
    return {};
}

Status CoverageService::checkOrderFree(const Coverage& c)
{
    auto others = load(QStringLiteral("patient_id = ? AND coverage_order = ? AND id <> ?"),
                       {c.patientId, c.order, c.id.isNull() ? QStringLiteral("") : c.id});
    FD_TRY(others);
    for (const Coverage& other : others.value())
        if (overlaps(c, other))
            return invalidField(patientsTr("Another coverage (member id %1) is already number %2 from %3; end it "
                                           "first or choose another order.")
                                    .arg(other.memberId)
                                    .arg(c.order)
                                    .arg(other.effectiveFrom.toString(Qt::ISODate)),
                                QStringLiteral("order"));
    return {};
}

Result<Coverage> CoverageService::save(const Coverage& coverage)
{
    FD_TRY(checkPatientEdit(m_ctx, coverage.patientId));
    FD_TRY(validateCoverage(coverage));
    FD_TRY(checkReferences(coverage));
    FD_TRY(checkOrderFree(coverage));
    if (!coverage.id.isEmpty()) {
        auto current = load(QStringLiteral("id = ?"), {coverage.id});
        FD_TRY(current);
        if (current->empty())
            return makeError(ErrorCode::NotFound, patientsTr("No coverage %1.").arg(coverage.id));
        if (current->front().patientId != coverage.patientId)
            return invalidField(patientsTr("A coverage cannot move to another patient."), QStringLiteral("patient_id"));
    }
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("coverages"), coverage.id, coverage.rowVersion,
                           coverageFields(coverage), coverage.patientId);
    FD_TRY(id);
    FD_TRY(reindexPatient((*tx)->connection(), coverage.patientId));
    // Another patient with the same member id is probably the same person.
    Patient self;
    self.id = coverage.patientId;
    auto duplicates = findDuplicateCandidates((*tx)->connection(), self, {coverage.memberId});
    FD_TRY(duplicates);
    FD_TRY(queueDuplicateReviews(**tx, coverage.patientId, duplicates.value(), m_ctx.now()));
    FD_TRY((*tx)->commit());
    auto saved = load(QStringLiteral("id = ?"), {id.value()});
    FD_TRY(saved);
    return saved->front();
}

Status CoverageService::remove(const QString& coverageId, qint64 rowVersion)
{
    auto current = load(QStringLiteral("id = ?"), {coverageId});
    FD_TRY(current);
    if (current->empty())
        return makeError(ErrorCode::NotFound, patientsTr("No coverage %1.").arg(coverageId));
    const QString patientId = current->front().patientId;
    FD_TRY(checkPatientEdit(m_ctx, patientId));
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    FD_TRY(removeAudited(m_ctx, **tx, QStringLiteral("coverages"), coverageId, rowVersion, patientId));
    FD_TRY(reindexPatient((*tx)->connection(), patientId));
    return (*tx)->commit();
}

Result<Coverage> CoverageService::get(const QString& coverageId)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    auto found = load(QStringLiteral("id = ?"), {coverageId});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, patientsTr("No coverage %1.").arg(coverageId));
    FD_TRY(checkPatientAccess(m_ctx, found->front().patientId));
    FD_TRY(auditRead(m_ctx, found->front().patientId, QStringLiteral("coverages"), coverageId));
    return found->front();
}

Result<std::vector<Coverage>> CoverageService::list(const QString& patientId)
{
    FD_TRY(checkPatientAccess(m_ctx, patientId));
    auto found = load(QStringLiteral("patient_id = ?"), {patientId});
    FD_TRY(found);
    FD_TRY(auditRead(m_ctx, patientId, QStringLiteral("coverages"), patientId));
    return found;
}

Result<std::vector<Coverage>> CoverageService::applicableOn(const QString& patientId, const QDate& day)
{
    auto all = list(patientId);
    FD_TRY(all);
    std::vector<Coverage> inForce;
    for (const Coverage& c : all.value())
        if (c.activeOn(day))
            inForce.push_back(c);
    std::stable_sort(inForce.begin(), inForce.end(), [](const Coverage& a, const Coverage& b) { return a.order < b.order; });
    return inForce;
}

// --- guarantors

Result<Guarantor> GuarantorService::load(const QString& id)
{
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT id, row_version, patient_id, first_name, last_name, birth_date, line1, "
                                          "line2, city, state, zip, phone, email, employer FROM guarantors "
                                          "WHERE id = ? AND deleted = 0"),
                           {id});
    FD_TRY(q);
    if (!q->next())
        return makeError(ErrorCode::NotFound, patientsTr("No guarantor %1.").arg(id));
    Guarantor g;
    g.id = q->value(0).toString();
    g.rowVersion = q->value(1).toLongLong();
    g.patientId = q->value(2).toString();
    g.firstName = q->value(3).toString();
    g.lastName = q->value(4).toString();
    g.birthDate = dateFrom(q->value(5));
    g.address = practice::addressFromRow(q.value(), 6);
    g.phone = q->value(11).toString();
    g.email = q->value(12).toString();
    g.employer = q->value(13).toString();
    return g;
}

Result<QString> GuarantorService::write(storage::Transaction& tx, const Guarantor& g)
{
    QVariantMap fields{{QStringLiteral("patient_id"), g.patientId.isNull() ? QStringLiteral("") : g.patientId},
                       {QStringLiteral("first_name"), g.firstName.trimmed()},
                       {QStringLiteral("last_name"), g.lastName.trimmed()},
                       {QStringLiteral("birth_date"), dateValue(g.birthDate)},
                       {QStringLiteral("phone"), g.phone.isNull() ? QStringLiteral("") : g.phone},
                       {QStringLiteral("email"), g.email.isNull() ? QStringLiteral("") : g.email},
                       {QStringLiteral("employer"), g.employer.isNull() ? QStringLiteral("") : g.employer}};
    fields.insert(practice::addressColumns(QString(), g.address));
    return writeAudited(m_ctx, tx, QStringLiteral("guarantors"), g.id, g.rowVersion, fields, g.patientId);
}

Result<Guarantor> GuarantorService::save(const Guarantor& guarantor)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    if (!guarantor.patientId.isEmpty())
        FD_TRY(checkPatientAccess(m_ctx, guarantor.patientId));
    FD_TRY(validateGuarantor(guarantor, m_ctx.today()));
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    auto id = write(**tx, guarantor);
    FD_TRY(id);
    FD_TRY((*tx)->commit());
    return load(id.value());
}

Result<Guarantor> GuarantorService::get(const QString& id)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    auto g = load(id);
    FD_TRY(g);
    if (!g->patientId.isEmpty())
        FD_TRY(checkPatientAccess(m_ctx, g->patientId, true));
    FD_TRY(auditRead(m_ctx, g->patientId, QStringLiteral("guarantors"), id));
    return g;
}

Result<Guarantor> GuarantorService::makeSelfGuarantor(const QString& patientId)
{
    FD_TRY(checkPatientEdit(m_ctx, patientId));
    auto patient = loadPatient(m_ctx.db().connection(), patientId);
    FD_TRY(patient);
    auto existing = storage::exec(m_ctx.db().connection(),
                                  QStringLiteral("SELECT id FROM guarantors WHERE patient_id = ? AND deleted = 0"),
                                  {patientId});
    FD_TRY(existing);
    QString guarantorId = existing->next() ? existing->value(0).toString() : QString();
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    if (guarantorId.isEmpty()) {
        Guarantor g;
        g.patientId = patientId;
        g.firstName = patient->firstName;
        g.lastName = patient->lastName;
        g.birthDate = patient->birthDate;
        g.address = patient->address;
        g.phone = patient->phones.isEmpty() ? QString() : patient->phones.front().number;
        g.email = patient->email;
        g.employer = patient->employer.name;
        FD_TRY(validateGuarantor(g, m_ctx.today()));
        auto id = write(**tx, g);
        FD_TRY(id);
        guarantorId = id.value();
    }
    FD_TRY(assignIn(**tx, patient.value(), guarantorId));
    FD_TRY((*tx)->commit());
    return load(guarantorId);
}

Status GuarantorService::assignIn(storage::Transaction& tx, const Patient& patient, const QString& guarantorId)
{
    if (patient.guarantorId == guarantorId)
        return {};
    auto written = writeAudited(m_ctx, tx, QStringLiteral("patients"), patient.id, patient.rowVersion,
                                {{QStringLiteral("guarantor_id"), guarantorId}}, patient.id);
    if (!written)
        return written.error();
    return {};
}

Status GuarantorService::assign(const QString& patientId, const QString& guarantorId)
{
    FD_TRY(checkPatientEdit(m_ctx, patientId));
    FD_TRY(load(guarantorId));
    auto patient = loadPatient(m_ctx.db().connection(), patientId);
    FD_TRY(patient);
    auto tx = m_ctx.db().beginNestable();
    FD_TRY(tx);
    FD_TRY(assignIn(**tx, patient.value(), guarantorId));
    return (*tx)->commit();
}

Result<std::vector<PatientSummary>> GuarantorService::patientsOf(const QString& guarantorId)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    auto q = storage::exec(m_ctx.db().connection(),
                           QStringLiteral("SELECT %1 FROM patients WHERE guarantor_id = ? AND deleted = 0 AND "
                                          "merged_into = '' ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE")
                               .arg(patientSelectColumns(false)),
                           {guarantorId});
    FD_TRY(q);
    std::vector<PatientSummary> list;
    while (q->next())
        list.push_back(summaryFromRow(q.value(), m_ctx.today()));
    return list;
}

}  // namespace fd::patients
