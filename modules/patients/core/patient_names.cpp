// PatientService::names: many patients' names in one query, each audited as a read of the
// name, the entries appended in one transaction (one commit, not one per patient).
#include "patients/core/patient_service.h"
#include "patients/core/patients_permissions.h"
#include "security/audit_actions.h"
#include "storage/sql_text.h"

#include <QHash>
#include <QSet>

namespace fd::patients {

namespace {

constexpr int kChunk = 500;  // ids per query, well under SQLite's bound-parameter limit

struct NameRow
{
    PatientName name;
    bool restricted = false;
};

Status readChunk(QSqlDatabase db, const QStringList& ids, QHash<QString, NameRow>& out)
{
    QVariantList binds;
    for (const QString& id : ids)
        binds << id;
    auto q = storage::exec(db,
                           QStringLiteral("SELECT id, account_number, first_name, middle_name, last_name, suffix, "
                                          "preferred_name, restricted FROM patients WHERE deleted = 0 AND "
                                          "merged_into = '' AND id IN (%1)")
                               .arg(storage::placeholders(binds.size())),
                           binds);
    FD_TRY(q);
    q->setForwardOnly(true);
    while (q->next()) {
        Patient p;
        p.firstName = q->value(2).toString();
        p.middleName = q->value(3).toString();
        p.lastName = q->value(4).toString();
        p.suffix = q->value(5).toString();
        NameRow row;
        row.name.id = q->value(0).toString();
        row.name.accountNumber = q->value(1).toString();
        row.name.displayName = p.displayName();
        const QString preferred = q->value(6).toString().trimmed();
        row.name.givenName = preferred.isEmpty() ? p.firstName.trimmed() : preferred;
        row.name.familyName = p.lastName.trimmed();
        row.restricted = q->value(7).toInt() != 0;
        out.insert(row.name.id, row);
    }
    return {};
}

security::AuditRecord nameRead(const QString& patientId, bool denied)
{
    security::AuditRecord r;
    r.action = security::audit::kRead;
    r.patientId = patientId;
    r.entity = QStringLiteral("patients");
    r.entityId = patientId;
    if (denied) {
        r.outcome = QStringLiteral("denied");
        r.details = {{QStringLiteral("fields"), QStringLiteral("name")},
                     {QStringLiteral("reason"), QStringLiteral("restricted")}};
    } else {
        r.details = {{QStringLiteral("fields"), QStringLiteral("name")}};
    }
    return r;
}

}  // namespace

Result<std::vector<PatientName>> PatientService::names(const QStringList& ids)
{
    FD_TRY(m_ctx.access().require(perm::kRead));
    QStringList unique;
    {
        QSet<QString> seen;
        for (const QString& id : ids)
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                unique << id;
            }
    }
    QHash<QString, NameRow> rows;
    rows.reserve(unique.size());
    for (qsizetype i = 0; i < unique.size(); i += kChunk)
        FD_TRY(readChunk(m_ctx.db().connection(), unique.mid(i, kChunk), rows));
    if (rows.isEmpty())
        return std::vector<PatientName>();

    const bool mayOpenRestricted = m_ctx.access().can(perm::kRestricted);
    std::vector<PatientName> out;
    out.reserve(size_t(rows.size()));
    auto tx = m_ctx.db().beginNestable(storage::Database::Durability::Full);  // audit writes
    FD_TRY(tx);
    for (const QString& id : unique) {
        auto it = rows.find(id);
        if (it == rows.end())
            continue;
        const bool hidden =
            it->restricted && !mayOpenRestricted && !m_ctx.access().hasBrokenGlassFor(id);
        FD_TRY(m_ctx.audit().record(nameRead(id, hidden)));
        if (hidden) {
            PatientName shown;
            shown.id = id;
            shown.hidden = true;
            out.push_back(std::move(shown));
        } else {
            out.push_back(std::move(it->name));
        }
    }
    FD_TRY((*tx)->commit());
    return out;
}

}  // namespace fd::patients
