#pragma once

#include "patients/core/patient_context.h"
#include "patients/core/patient_search.h"

#include <QHash>

namespace fd::patients {

class PatientSearchService final : public IPatientSearch
{
public:
    // `registry` (which owns this service) is asked for an IPatientActivity at each search, so
    // sources registered after the registry's services are found.
    PatientSearchService(PatientsContext context, const ServiceRegistry* registry)
        : m_ctx(std::move(context)), m_registry(registry)
    {
    }

    Result<std::vector<PatientSearchHit>> search(const QString& text, const PatientSearchOptions& options) override;

private:
    struct Candidate
    {
        MatchRank rank = MatchRank::Phonetic;
        int tier = 0;       // 0 last name and identifiers, 1 first name
        QString orderKey;   // name order within a rank and tier
        MatchField field = MatchField::Name;
    };
    using Candidates = QHash<QString, Candidate>;

    Status lookup(Candidates& found, const QString& kind, const QString& key, bool prefix, MatchRank rank, int tier,
                  MatchField field, int limit);
    Status searchName(Candidates& found, const QString& text, int limit);
    Status searchLastFirst(Candidates& found, const QString& last, const QString& first, int limit);
    Status searchIdentifiers(Candidates& found, const QString& text, int limit);
    Status fillActivity(std::vector<PatientSearchHit>& hits);

    PatientsContext m_ctx;
    const ServiceRegistry* m_registry = nullptr;
};

}  // namespace fd::patients
