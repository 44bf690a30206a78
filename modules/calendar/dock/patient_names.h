#pragma once

#include "patients/core/patients.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace fd::calendar::dock {

// Patients' names as the calendar shows them, read from the registry for the ids a fetch
// meets that are not known yet, all in one call (IPatientService::names, which audits each
// patient named). A name is read once per dock.
class PatientNames
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::dock::PatientNames)

public:
    explicit PatientNames(std::shared_ptr<patients::IPatientService> patients)
        : m_patients(std::move(patients))
    {
    }

    // Makes sure every id is known, reading the unknown ones in one call.
    void ensure(const QSet<QString>& ids);
    // "Last, First"; a restricted patient shows as such, an unknown one as "Patient".
    QString name(const QString& patientId) const;
    // A name learnt elsewhere (a patient just picked in a search).
    void remember(const QString& patientId, const QString& displayName, bool restricted);
    int size() const { return int(m_names.size()); }
    // Whether the id was read already (named, hidden, or unknown to the registry).
    bool knows(const QString& patientId) const
    {
        return m_names.contains(patientId) || m_missing.contains(patientId);
    }

private:
    std::shared_ptr<patients::IPatientService> m_patients;
    QHash<QString, QString> m_names;
    QSet<QString> m_restricted;
    QSet<QString> m_missing;  // unknown to the registry (or not readable): not read again
};

}  // namespace fd::calendar::dock
