#pragma once

#include "patients/core/patient_context.h"

#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace fd::patients {

// The registry's context from the services registerServices() left in `registry`.
PatientsContext patientsContextOf(ServiceRegistry& registry);

// Writes many new patients in one transaction of the caller's (a file import, demo data): each
// as IPatientService::create writes one (audited insert with its outbox mutation, search index
// rows, the duplicate check with its review queue), plus an optional primary coverage. The
// caller checks permissions and validates first.
class PatientBulkWriter
{
public:
    // Which candidates of the duplicate check are queued; all when unset.
    using DuplicateFilter = std::function<bool(const DuplicateCandidate&)>;

    PatientBulkWriter(PatientsContext& ctx, storage::Transaction& tx) : m_ctx(ctx), m_tx(tx) {}

    // Account numbers the caller will write itself, so that allocation skips them.
    void reserveAccountNumbers(const QSet<QString>& accounts) { m_reserved.unite(accounts); }
    void setDuplicateFilter(DuplicateFilter filter) { m_filter = std::move(filter); }

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
    // Stores the account sequence past every number allocated or written in the sequence's form.
    Status finish();

private:
    Result<QString> nextAccountNumber();
    Status index(const Patient& patient, const QStringList& memberIds);

    PatientsContext& m_ctx;
    storage::Transaction& m_tx;
    QSet<QString> m_reserved;
    DuplicateFilter m_filter;
    qint64 m_next = -1;     // the sequence value the next allocation tries
    qint64 m_highest = -1;  // the highest sequence value used
    std::unique_ptr<QSqlQuery> m_indexInsert;
};

}  // namespace fd::patients
