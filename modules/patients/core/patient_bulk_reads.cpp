#include "patients/core/patient_bulk_reads.h"

#include "patients/core/patient_context.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"
#include "storage/bulk_rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fd::patients {

namespace {

PrivacyRestriction restrictionFromRow(const QSqlQuery& q)
{
    PrivacyRestriction r;
    r.id = q.value(0).toString();
    r.rowVersion = q.value(1).toLongLong();
    r.patientId = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.description = q.value(4).toString();
    r.serviceCodes = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.from = dateFrom(q.value(6));
    r.to = dateFrom(q.value(7));
    r.recordedBy = q.value(8).toString();
    r.recordedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return r;
}

class PatientBulkReads final : public IPatientBulkReads
{
public:
    explicit PatientBulkReads(PatientsContext ctx) : m_ctx(std::move(ctx)) {}

    Result<QHash<QString, Patient>> patients(const QStringList& ids) override;
    Result<QHash<QString, std::vector<Coverage>>> coverages(const QStringList& patientIds) override;
    Result<QHash<QString, std::vector<PrivacyRestriction>>> restrictions(
        const QStringList& patientIds) override;
    Result<PatientBundle> bundle(const QStringList& patientIds, int parts) override;

private:
    struct Access
    {
        bool restricted = false;
        bool merged = false;
    };
    static QStringList uniqueIds(const QStringList& ids);
    // Refuses the read when one of `unique` is not in `found` (unknown, deleted), is merged
    // away, or is restricted and this user may not open it.
    Status checkAccess(const QStringList& unique, const QHash<QString, Access>& found);
    // The ids once each, after checking that this user may open every one of them.
    Result<QStringList> checkedIds(const QStringList& ids);
    // The records of `unique`, checked as they are read (the records carry what the access
    // check needs); not audited.
    Result<QHash<QString, Patient>> readPatients(const QStringList& unique);
    // The coverages and restrictions of `unique` (already checked), through `db` (the
    // session's connection, or the one of a read aside); not audited.
    static Result<QHash<QString, std::vector<Coverage>>> readCoverages(QSqlDatabase db, const QStringList& unique);
    static Result<QHash<QString, std::vector<PrivacyRestriction>>> readRestrictions(QSqlDatabase db,
                                                                                    const QStringList& unique);
    // One "read" entry on `entity` about the patients (the patient alone when one), with
    // `detailsJson` (compact JSON) when given.
    Status auditReads(const QStringList& patientIds, const QString& entity, const QByteArray& detailsJson = {});

    PatientsContext m_ctx;
};

}  // namespace

QStringList PatientBulkReads::uniqueIds(const QStringList& ids)
{
    QStringList unique;
    QSet<QString> seen;
    seen.reserve(ids.size());
    for (const QString& id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    return unique;
}

Status PatientBulkReads::checkAccess(const QStringList& unique, const QHash<QString, Access>& found)
{
    const bool mayOpenRestricted = m_ctx.access().can(perm::kRestricted);
    for (const QString& id : unique) {
        auto it = found.constFind(id);
        const bool refused =
            it == found.constEnd() || it->merged ||
            (it->restricted && !mayOpenRestricted && !m_ctx.access().hasBrokenGlassFor(id));
        // The one-patient check words the refusal and audits a denied read, as get() would.
        if (refused) {
            FD_TRY(checkPatientAccess(m_ctx, id));
            return makeError(ErrorCode::Conflict,
                             patientsTr("Patient %1 changed while being read.").arg(id));
        }
    }
    return {};
}

Result<QStringList> PatientBulkReads::checkedIds(const QStringList& ids)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    const QStringList unique = uniqueIds(ids);
    QHash<QString, Access> found;
    found.reserve(unique.size());
    FD_TRY(storage::forEachRowIn(
        m_ctx.db().connection(),
        QStringLiteral(
            "SELECT id, restricted, merged_into FROM patients WHERE deleted = 0 AND id IN (%1)"),
        unique, [&](const QSqlQuery& q) {
            found.insert(q.value(0).toString(),
                         {q.value(1).toInt() != 0, !q.value(2).toString().isEmpty()});
        }));
    FD_TRY(checkAccess(unique, found));
    return unique;
}

Status PatientBulkReads::auditReads(const QStringList& patientIds, const QString& entity,
                                    const QByteArray& detailsJson)
{
    // One read, one entry (DESIGN: a read is audited once per opening): a bulk read of many
    // patients is one entry that lists them, found by each of them as an entry on one patient
    // is (AuditRecord::patientIds). In the caller's transaction when one is open.
    if (patientIds.isEmpty())
        return {};
    security::AuditRecord r;
    r.action = security::audit::kRead;
    r.entity = entity;
    r.detailsJson = detailsJson;
    if (patientIds.size() == 1) {
        r.patientId = patientIds.front();
        r.entityId = r.patientId;
    } else {
        r.patientIds = patientIds;
    }
    return m_ctx.audit().record(r);
}

Result<QHash<QString, Patient>> PatientBulkReads::patients(const QStringList& ids)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    const QStringList unique = uniqueIds(ids);
    auto out = readPatients(unique);
    FD_TRY(out);
    FD_TRY(auditReads(unique, QStringLiteral("patients")));
    return out;
}

Result<QHash<QString, Patient>> PatientBulkReads::readPatients(const QStringList& unique)
{
    QHash<QString, Patient> out;
    out.reserve(unique.size());
    FD_TRY(storage::forEachRowIn(
        m_ctx.db().connection(),
        QStringLiteral("SELECT %1 FROM patients WHERE deleted = 0 AND id IN (%2)")
            .arg(patientSelectColumns(false), QStringLiteral("%1")),
        unique, [&](const QSqlQuery& q) {
            Patient p = patientFromRow(q);
            out.insert(p.id, std::move(p));
        }));
    QHash<QString, Access> found;
    found.reserve(out.size());
    for (auto it = out.cbegin(); it != out.cend(); ++it)
        found.insert(it.key(), {it->restricted, !it->mergedInto.isEmpty()});
    FD_TRY(checkAccess(unique, found));
    return out;
}

Result<QHash<QString, std::vector<Coverage>>> PatientBulkReads::coverages(
    const QStringList& patientIds)
{
    auto unique = checkedIds(patientIds);
    FD_TRY(unique);
    auto out = readCoverages(m_ctx.db().connection(), unique.value());
    FD_TRY(out);
    FD_TRY(auditReads(unique.value(), QStringLiteral("coverages")));
    return out;
}

Result<QHash<QString, std::vector<Coverage>>> PatientBulkReads::readCoverages(QSqlDatabase db,
                                                                             const QStringList& unique)
{
    QHash<QString, std::vector<Coverage>> out;
    out.reserve(unique.size());
    for (const QString& id : unique)
        out.insert(id, {});
    FD_TRY(storage::forEachRowIn(
        db,
        QStringLiteral("SELECT %1 FROM coverages WHERE deleted = 0 AND patient_id IN (%2) "
                       "ORDER BY coverage_order, effective_from, id")
            .arg(coverageSelectColumns(false), QStringLiteral("%1")),
        unique, [&](const QSqlQuery& q) {
            Coverage c = coverageFromRow(q);
            out[c.patientId].push_back(std::move(c));
        }));
    return out;
}

Result<QHash<QString, std::vector<PrivacyRestriction>>> PatientBulkReads::restrictions(
    const QStringList& patientIds)
{
    auto unique = checkedIds(patientIds);
    FD_TRY(unique);
    auto out = readRestrictions(m_ctx.db().connection(), unique.value());
    FD_TRY(out);
    FD_TRY(auditReads(unique.value(), QStringLiteral("patient_restrictions")));
    return out;
}

Result<QHash<QString, std::vector<PrivacyRestriction>>> PatientBulkReads::readRestrictions(
    QSqlDatabase db, const QStringList& unique)
{
    QHash<QString, std::vector<PrivacyRestriction>> out;
    out.reserve(unique.size());
    for (const QString& id : unique)
        out.insert(id, {});
    FD_TRY(storage::forEachRowIn(
        db,
        QStringLiteral(
            "SELECT id, row_version, patient_id, kind, description, service_codes, from_date, "
            "to_date, recorded_by, recorded_at FROM patient_restrictions WHERE deleted = 0 "
            "AND patient_id IN (%1) ORDER BY from_date, recorded_at"),
        unique, [&](const QSqlQuery& q) {
            PrivacyRestriction r = restrictionFromRow(q);
            out[r.patientId].push_back(std::move(r));
        }));
    return out;
}

Result<PatientBundle> PatientBulkReads::bundle(const QStringList& patientIds, int parts)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    PatientBundle out;
    const QStringList unique = uniqueIds(patientIds);
    QStringList entities;
    // Beside the records, the coverages and restrictions are read aside (another thread and
    // connection, docs/STORAGE.md) while this thread reads the records and checks access to
    // each patient; what was read aside is dropped when the check refuses.
    struct Aside
    {
        QHash<QString, std::vector<Coverage>> coverages;
        QHash<QString, std::vector<PrivacyRestriction>> restrictions;
    };
    std::future<Result<Aside>> aside;
    const bool readAside = (parts & PatientBundle::Records) &&
                           (parts & (PatientBundle::Coverages | PatientBundle::Restrictions));
    if (readAside)
        aside = m_ctx.db().readAside<Aside>([unique, parts](QSqlDatabase db) -> Result<Aside> {
            Aside a;
            if (parts & PatientBundle::Coverages) {
                auto coverages = readCoverages(db, unique);
                FD_TRY(coverages);
                a.coverages = std::move(coverages.value());
            }
            if (parts & PatientBundle::Restrictions) {
                auto restrictions = readRestrictions(db, unique);
                FD_TRY(restrictions);
                a.restrictions = std::move(restrictions.value());
            }
            return a;
        });
    if (parts & PatientBundle::Records) {
        auto people = readPatients(unique);  // checks access to every one as it reads
        auto read = readAside ? aside.get() : Result<Aside>(Aside{});
        FD_TRY(people);
        FD_TRY(read);
        out.patients = std::move(people.value());
        out.coverages = std::move(read->coverages);
        out.restrictions = std::move(read->restrictions);
        entities << QStringLiteral("patients");
    } else if (parts & (PatientBundle::Coverages | PatientBundle::Restrictions)) {
        auto checked = checkedIds(unique);
        FD_TRY(checked);
    }
    if (parts & PatientBundle::Coverages) {
        if (!readAside) {
            auto coverages = readCoverages(m_ctx.db().connection(), unique);
            FD_TRY(coverages);
            out.coverages = std::move(coverages.value());
        }
        entities << QStringLiteral("coverages");
    }
    if (parts & PatientBundle::Restrictions) {
        if (!readAside) {
            auto restrictions = readRestrictions(m_ctx.db().connection(), unique);
            FD_TRY(restrictions);
            out.restrictions = std::move(restrictions.value());
        }
        entities << QStringLiteral("patient_restrictions");
    }
    if (entities.isEmpty())
        return out;
    // One entry for the patients, naming what was read.
    QJsonArray read;
    for (const QString& entity : std::as_const(entities))
        read.append(entity);
    FD_TRY(auditReads(unique, QStringLiteral("patients"),
                      QJsonDocument(QJsonObject{{QStringLiteral("read"), read}}).toJson(QJsonDocument::Compact)));
    return out;
}

std::shared_ptr<IPatientBulkReads> makePatientBulkReads(const PatientsContext& ctx)
{
    return std::make_shared<PatientBulkReads>(ctx);
}

}  // namespace fd::patients
