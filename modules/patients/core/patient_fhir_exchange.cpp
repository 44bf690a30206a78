#include "patients/core/patient_fhir_exchange.h"

#include "common/uuid.h"
#include "fhir/fhir_reader.h"
#include "patients/core/duplicate_finder.h"
#include "patients/core/name_matching.h"
#include "patients/core/patient_bulk_writer.h"
#include "patients/core/patient_csv.h"
#include "patients/core/patient_fhir.h"
#include "patients/core/patient_service.h"
#include "patients/core/patient_validation.h"
#include "patients/core/patients_permissions.h"
#include "patients/core/search_index.h"
#include "practice/core/practice_profile_service.h"
#include "security/audit_actions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace fd::patients {

namespace {

const QString kPatient = QStringLiteral("Patient");
const QString kRelatedPerson = QStringLiteral("RelatedPerson");
const QString kCoverage = QStringLiteral("Coverage");

// An error about one incoming resource: where it came from, then what is wrong.
Error at(const fhir::IncomingResource& r, const Error& e)
{
    return makeError(e.code, QStringLiteral("%1: %2").arg(r.origin, e.message), e.details);
}

// An error at `path` of one incoming resource.
Error atPath(const fhir::IncomingResource& r, const QString& path, const QString& what)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1: %2: %3").arg(r.origin, path, what), path);
}

bool overlaps(const Coverage& a, const Coverage& b)
{
    const QDate far(9999, 12, 31);
    return a.effectiveFrom <= (b.effectiveTo.isValid() ? b.effectiveTo : far) &&
           b.effectiveFrom <= (a.effectiveTo.isValid() ? a.effectiveTo : far);
}

// One `fhir import` of the registry's resources: everything is read, matched and checked
// first, then written in the import's transaction through the registry's write path.
class FhirPatientImport
{
public:
    FhirPatientImport(PatientsContext& ctx, storage::Transaction& tx, fhir::ImportContext& context)
        : m_ctx(ctx), m_tx(tx), m_context(context)
    {
    }

    Status readPatients(const std::vector<fhir::IncomingResource>& resources);
    Status readGuarantors(const std::vector<fhir::IncomingResource>& resources);
    Status readCoverages(const std::vector<fhir::IncomingResource>& resources);
    Status write();

private:
    struct NewPatient
    {
        const fhir::IncomingResource* source;
        Patient patient;
    };
    struct NewGuarantor
    {
        const fhir::IncomingResource* source;
        Guarantor guarantor;
    };
    struct NewCoverage
    {
        const fhir::IncomingResource* source;
        Coverage coverage;
    };

    Result<QString> existingPatient(const Patient& p);
    Result<bool> accountTaken(const QString& account);
    Result<QString> providerFor(const fhir::IncomingResource& r, const QString& practitionerId);
    struct GuarantorId
    {
        QString id;
        bool existing = false;  // a live guarantor already here
    };
    Result<GuarantorId> guarantorIdFor(const QString& key);
    Status fillSubscriber(const fhir::IncomingResource& r, const QString& incomingId, Coverage& c);
    void skip(const QString& type) { m_context.report().skipped[type] += 1; }
    void imported(const QString& type) { m_context.report().imported[type] += 1; }

    PatientsContext& m_ctx;
    storage::Transaction& m_tx;
    fhir::ImportContext& m_context;
    std::vector<NewPatient> m_patients;
    QHash<QString, qsizetype> m_patientIndex;  // local id -> m_patients index
    QSet<QString> m_keptAccounts;
    std::vector<NewGuarantor> m_guarantors;
    QHash<QString, QString> m_guarantorByKey;    // guarantor key -> local id
    QHash<QString, qsizetype> m_guarantorIndex;  // local id -> m_guarantors index (new ones)
    std::vector<NewCoverage> m_coverages;
};

// The same person already here: the account number (with the same last name and birth date,
// so another practice's numbering never matches a stranger), else legal name and birth date.
Result<QString> FhirPatientImport::existingPatient(const Patient& p)
{
    if (!p.accountNumber.isEmpty()) {
        auto q = storage::exec(
            m_tx.connection(),
            QStringLiteral("SELECT id, last_name, birth_date FROM patients "
                           "WHERE account_number = ? AND deleted = 0 AND merged_into = ''"),
            {p.accountNumber});
        FD_TRY(q);
        if (q->next() &&
            q->value(1).toString().compare(p.lastName.trimmed(), Qt::CaseInsensitive) == 0 &&
            dateFrom(q->value(2)) == p.birthDate)
            return q->value(0).toString();
    }
    auto q = storage::exec(
        m_tx.connection(),
        QStringLiteral("SELECT id FROM patients WHERE last_name = ? COLLATE NOCASE AND "
                       "first_name = ? COLLATE NOCASE AND birth_date = ? AND deleted = 0 "
                       "AND merged_into = '' ORDER BY account_number LIMIT 1"),
        {p.lastName.trimmed(), p.firstName.trimmed(), dateValue(p.birthDate)});
    FD_TRY(q);
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool> FhirPatientImport::accountTaken(const QString& account)
{
    if (m_keptAccounts.contains(account))
        return true;
    auto q =
        storage::exec(m_tx.connection(),
                      QStringLiteral("SELECT 1 FROM patients WHERE account_number = ?"), {account});
    FD_TRY(q);
    return q->next();
}

// generalPractitioner: a practitioner of the same import, else a provider of the practice.
Result<QString> FhirPatientImport::providerFor(const fhir::IncomingResource& r,
                                               const QString& practitionerId)
{
    if (practitionerId.isEmpty())
        return QString();
    const QString local = m_context.localId(QStringLiteral("Practitioner"), practitionerId);
    if (!local.isEmpty())
        return local;
    if (m_ctx.providers && m_ctx.providers->find(practitionerId).ok())
        return practitionerId;
    return atPath(r, QStringLiteral("Patient.generalPractitioner[0].reference"),
                  QCoreApplication::translate(
                      "fd::patients",
                      "Practitioner/%1 is neither in the import nor a provider of the practice")
                      .arg(practitionerId));
}

Status FhirPatientImport::readPatients(const std::vector<fhir::IncomingResource>& resources)
{
    const QDate today = m_ctx.today();
    for (const fhir::IncomingResource& r : resources) {
        if (r.type != kPatient)
            continue;
        auto reader = fhir::readResource(r.json, kPatient);
        if (!reader)
            return at(r, reader.error());
        auto in = patientFromFhir(reader.value());
        if (!in)
            return at(r, in.error());
        Patient p = in->patient;
        auto provider = providerFor(r, in->practitionerId);
        FD_TRY(provider);
        p.primaryProviderId = provider.value();
        auto existing = existingPatient(p);
        FD_TRY(existing);
        if (!existing->isEmpty()) {
            m_context.mapId(kPatient, r.id, existing.value());
            skip(kPatient);
            continue;
        }
        if (auto valid = validatePatient(p, today); !valid)
            return at(r, makeError(valid.error().code,
                                   QStringLiteral("%1 (%2): %3")
                                       .arg(kPatient, valid.error().details, valid.error().message),
                                   valid.error().details));
        // The account number comes along when it has the registry's form and is free here.
        if (!p.accountNumber.isEmpty()) {
            auto taken = accountTaken(p.accountNumber);
            FD_TRY(taken);
            if (taken.value() || !isValidAccountNumber(p.accountNumber))
                p.accountNumber.clear();
            else
                m_keptAccounts.insert(p.accountNumber);
        }
        p.id = newUuid();
        m_context.mapId(kPatient, r.id, p.id);
        m_patientIndex.insert(p.id, qsizetype(m_patients.size()));
        m_patients.push_back({&r, p});
    }
    return {};
}

// The id the guarantor of `key` gets here: one of this import, the same guarantor already here
// (a guarantor keeps its id from practice to practice), or a new one.
Result<FhirPatientImport::GuarantorId> FhirPatientImport::guarantorIdFor(const QString& key)
{
    if (QUuid(key).isNull())
        return GuarantorId{newUuid(), false};
    auto q = storage::exec(m_tx.connection(),
                           QStringLiteral("SELECT deleted FROM guarantors WHERE id = ?"), {key});
    FD_TRY(q);
    if (!q->next())
        return GuarantorId{key, false};
    if (q->value(0).toInt() == 0)
        return GuarantorId{key, true};
    return GuarantorId{newUuid(), false};
}

Status FhirPatientImport::readGuarantors(const std::vector<fhir::IncomingResource>& resources)
{
    for (const fhir::IncomingResource& r : resources) {
        if (r.type != kRelatedPerson)
            continue;
        auto reader = fhir::readResource(r.json, kRelatedPerson);
        if (!reader)
            return at(r, reader.error());
        auto in = guarantorFromFhir(reader.value());
        if (!in)
            return at(r, in.error());
        const QString patientId = m_context.localId(kPatient, in->patientId);
        if (patientId.isEmpty())
            return atPath(
                r, QStringLiteral("RelatedPerson.patient.reference"),
                QCoreApplication::translate("fd::patients", "Patient/%1 is not in the import")
                    .arg(in->patientId));
        const auto newPatient = m_patientIndex.constFind(patientId);
        if (newPatient == m_patientIndex.constEnd()) {
            skip(kRelatedPerson);  // the patient was already here: left as it is
            continue;
        }
        const QString key = in->key.isEmpty() ? r.id : in->key;
        QString id = m_guarantorByKey.value(key);
        if (id.isEmpty()) {
            Guarantor g = in->guarantor;
            if (auto valid = validateGuarantor(g, m_ctx.today()); !valid)
                return at(r, makeError(valid.error().code,
                                       QStringLiteral("%1 (%2): %3")
                                           .arg(kRelatedPerson, valid.error().details,
                                                valid.error().message),
                                       valid.error().details));
            auto chosen = guarantorIdFor(key);
            FD_TRY(chosen);
            id = chosen->id;
            if (!chosen->existing) {
                g.id = id;
                m_guarantorIndex.insert(id, qsizetype(m_guarantors.size()));
                m_guarantors.push_back({&r, g});
            }
            m_guarantorByKey.insert(key, id);
        }
        // The RelatedPerson of the guarantor for themselves says which patient they are.
        if (in->self && m_guarantorIndex.contains(id))
            m_guarantors[std::size_t(m_guarantorIndex.value(id))].guarantor.patientId = patientId;
        Patient& patient = m_patients[std::size_t(newPatient.value())].patient;
        if (patient.guarantorId.isEmpty())
            patient.guarantorId = id;
        m_context.mapId(kRelatedPerson, r.id, id);
        imported(kRelatedPerson);
    }
    return {};
}

// A subscriber who is a patient: the patient's id here and, as the registry keeps them for
// claims, their name, birth date and sex.
Status FhirPatientImport::fillSubscriber(const fhir::IncomingResource& r, const QString& incomingId,
                                         Coverage& c)
{
    const QString local = m_context.localId(kPatient, incomingId);
    if (local.isEmpty())
        return atPath(r, QStringLiteral("Coverage.subscriber.reference"),
                      QCoreApplication::translate("fd::patients", "Patient/%1 is not in the import")
                          .arg(incomingId));
    Patient subscriber;
    const auto index = m_patientIndex.constFind(local);
    if (index != m_patientIndex.constEnd()) {
        subscriber = m_patients[std::size_t(index.value())].patient;
    } else {
        auto stored = loadPatient(m_tx.connection(), local);
        FD_TRY(stored);
        subscriber = stored.value();
    }
    c.subscriberPatientId = local;
    c.subscriberFirstName = subscriber.firstName;
    c.subscriberLastName = subscriber.lastName;
    c.subscriberBirthDate = subscriber.birthDate;
    c.subscriberSex = subscriber.sex;
    return {};
}

Status FhirPatientImport::readCoverages(const std::vector<fhir::IncomingResource>& resources)
{
    for (const fhir::IncomingResource& r : resources) {
        if (r.type != kCoverage)
            continue;
        auto reader = fhir::readResource(r.json, kCoverage);
        if (!reader)
            return at(r, reader.error());
        auto in = coverageFromFhir(reader.value());
        if (!in)
            return at(r, in.error());
        Coverage c = in->coverage;
        c.patientId = m_context.localId(kPatient, in->beneficiaryId);
        if (c.patientId.isEmpty())
            return atPath(
                r, QStringLiteral("Coverage.beneficiary.reference"),
                QCoreApplication::translate("fd::patients", "Patient/%1 is not in the import")
                    .arg(in->beneficiaryId));
        if (!m_patientIndex.contains(c.patientId)) {
            skip(kCoverage);  // the patient was already here: left as it is
            continue;
        }
        c.payerId = m_context.localId(QStringLiteral("Organization"), in->payorId);
        if (c.payerId.isEmpty() && m_ctx.payers && m_ctx.payers->find(in->payorId).ok())
            c.payerId = in->payorId;
        if (c.payerId.isEmpty())
            return atPath(
                r, QStringLiteral("Coverage.payor[0].reference"),
                QCoreApplication::translate(
                    "fd::patients",
                    "Organization/%1 is neither a payer of the import nor of the practice")
                    .arg(in->payorId));
        if (!in->subscriberPatientId.isEmpty())
            FD_TRY(fillSubscriber(r, in->subscriberPatientId, c));
        if (auto valid = validateCoverage(c); !valid)
            return at(r,
                      makeError(valid.error().code,
                                QStringLiteral("%1 (%2): %3")
                                    .arg(kCoverage, valid.error().details, valid.error().message),
                                valid.error().details));
        for (const NewCoverage& other : m_coverages) {
            if (other.coverage.patientId == c.patientId && other.coverage.order == c.order &&
                overlaps(other.coverage, c))
                return atPath(
                    r, QStringLiteral("Coverage.order"),
                    QCoreApplication::translate(
                        "fd::patients",
                        "%1 overlaps another coverage of the patient with the same order (%2)")
                        .arg(c.order)
                        .arg(other.source->origin));
        }
        c.id = newUuid();
        m_context.mapId(kCoverage, r.id, c.id);
        m_coverages.push_back({&r, c});
    }
    return {};
}

Status FhirPatientImport::write()
{
    PatientBulkWriter writer(m_ctx, m_tx);
    writer.reserveAccountNumbers(m_keptAccounts);
    for (const NewGuarantor& g : m_guarantors) {
        auto added = writer.addGuarantor(g.guarantor);
        if (!added)
            return at(*g.source, added.error());
    }
    int duplicates = 0;
    for (const NewPatient& p : m_patients) {
        auto added = writer.add(p.patient);
        if (!added)
            return at(*p.source, added.error());
        duplicates += added->duplicatesQueued;
        imported(kPatient);
    }
    QHash<QString, QStringList> memberIds;
    for (const NewCoverage& c : m_coverages) {
        auto id = writeAudited(m_ctx, m_tx, QStringLiteral("coverages"), {}, 0,
                               coverageFields(c.coverage), c.coverage.patientId, c.coverage.id);
        if (!id)
            return at(*c.source, id.error());
        memberIds[c.coverage.patientId] << c.coverage.memberId;
        imported(kCoverage);
    }
    // The member ids reach the index and the duplicate check, as a coverage saved by hand does.
    for (auto it = memberIds.constBegin(); it != memberIds.constEnd(); ++it) {
        FD_TRY(reindexPatient(m_tx.connection(), it.key()));
        Patient self;
        self.id = it.key();
        auto candidates = findDuplicateCandidates(m_tx.connection(), self, it.value());
        FD_TRY(candidates);
        FD_TRY(queueDuplicateReviews(m_tx, it.key(), candidates.value(), m_ctx.now()));
        duplicates += int(candidates->size());
    }
    FD_TRY(writer.finish());
    if (m_patients.empty() && m_coverages.empty() && m_guarantors.empty())
        return {};
    security::AuditRecord record;
    record.action = audit::kImport;
    record.entity = QStringLiteral("patients");
    record.details = {{QStringLiteral("format"), QStringLiteral("fhir-r4")},
                      {QStringLiteral("patients"), qint64(m_patients.size())},
                      {QStringLiteral("guarantors"), qint64(m_guarantors.size())},
                      {QStringLiteral("coverages"), qint64(m_coverages.size())},
                      {QStringLiteral("duplicates_queued"), duplicates}};
    return m_ctx.audit().record(record);
}

}  // namespace

QStringList PatientFhirSource::resourceTypes() const
{
    return {kPatient, kRelatedPerson, kCoverage};
}

Status PatientFhirSource::exportResources(const Emit& out) const
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    FD_TRY(m_ctx.access().require(perm::kExport));
    QSet<QString> exported;
    FD_TRY(exportPatients(out, exported));
    FD_TRY(exportGuarantors(out));
    return exportCoverages(out, exported);
}

Status PatientFhirSource::exportPatients(const Emit& out, QSet<QString>& exported) const
{
    // A restricted record leaving in an export shows in that patient's own trail, written
    // before any of it leaves.
    auto restricted = storage::exec(
        m_ctx.db().connection(),
        QStringLiteral("SELECT id FROM patients WHERE restricted <> 0 AND deleted = 0 "
                       "AND merged_into = ''"));
    FD_TRY(restricted);
    QStringList restrictedIds;
    while (restricted->next())
        restrictedIds << restricted->value(0).toString();
    restricted->finish();
    for (const QString& id : restrictedIds) {
        security::AuditRecord record;
        record.action = security::audit::kRead;
        record.patientId = id;
        record.entity = QStringLiteral("patients");
        record.entityId = id;
        record.details = {{QStringLiteral("via"), QStringLiteral("fhir export")}};
        FD_TRY(m_ctx.audit().record(record));
    }
    auto q = storage::exec(
        m_ctx.db().connection(),
        QStringLiteral("SELECT %1 FROM patients WHERE deleted = 0 AND merged_into = '' "
                       "ORDER BY account_number")
            .arg(patientSelectColumns()));
    FD_TRY(q);
    while (q->next()) {
        const Patient p = patientFromRow(q.value());
        FD_TRY(out(patientToFhir(p)));
        exported.insert(p.id);
    }
    return {};
}

Status PatientFhirSource::exportGuarantors(const Emit& out) const
{
    auto q = storage::exec(
        m_ctx.db().connection(),
        QStringLiteral(
            "SELECT p.id, g.id, g.patient_id, g.first_name, g.last_name, g.birth_date, g.line1, "
            "g.line2, g.city, g.state, g.zip, g.phone, g.email FROM patients p "
            "JOIN guarantors g ON g.id = p.guarantor_id AND g.deleted = 0 "
            "WHERE p.deleted = 0 AND p.merged_into = '' ORDER BY p.account_number"));
    FD_TRY(q);
    while (q->next()) {
        Guarantor g;
        g.id = q->value(1).toString();
        g.patientId = q->value(2).toString();
        g.firstName = q->value(3).toString();
        g.lastName = q->value(4).toString();
        g.birthDate = dateFrom(q->value(5));
        g.address = practice::addressFromRow(q.value(), 6);
        g.phone = q->value(11).toString();
        g.email = q->value(12).toString();
        FD_TRY(out(guarantorToFhir(g, q->value(0).toString())));
    }
    return {};
}

Status PatientFhirSource::exportCoverages(const Emit& out, const QSet<QString>& exported) const
{
    auto q = storage::exec(
        m_ctx.db().connection(),
        QStringLiteral("SELECT %1 FROM coverages WHERE deleted = 0 AND patient_id IN "
                       "(SELECT id FROM patients WHERE deleted = 0 AND merged_into = '') "
                       "ORDER BY patient_id, coverage_order, effective_from, id")
            .arg(coverageSelectColumns()));
    FD_TRY(q);
    while (q->next()) {
        const Coverage c = coverageFromRow(q.value());
        FD_TRY(out(coverageToFhir(c, exported.contains(c.subscriberPatientId))));
    }
    return {};
}

QStringList PatientFhirSink::resourceTypes() const
{
    return {kPatient, kRelatedPerson, kCoverage};
}

Status PatientFhirSink::importResources(const std::vector<fhir::IncomingResource>& resources,
                                        fhir::ImportContext& context)
{
    FD_TRY(m_ctx.access().require(perm::kEdit));
    FD_TRY(m_ctx.access().require(perm::kImport));
    auto tx = context.services().get<storage::Transaction>();
    if (!tx || !tx->isActive())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("fd::patients",
                                        "The FHIR import must run inside a database transaction."));
    FhirPatientImport import(m_ctx, *tx, context);
    FD_TRY(import.readPatients(resources));
    FD_TRY(import.readGuarantors(resources));
    FD_TRY(import.readCoverages(resources));
    return import.write();
}

}  // namespace fd::patients
