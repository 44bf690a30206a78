#pragma once

#include "patients/core/patients.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace fd::calendar::dock {

// Patients' names as the calendar shows them, from the registry's paged list (a list row is
// not a read of the record, so nothing is audited). The list is read again only when an id
// turns up that the last reading did not have (a patient registered since).
class PatientNames
{
    Q_DECLARE_TR_FUNCTIONS(fd::calendar::dock::PatientNames)

public:
    static constexpr int kPage = 1000;

    explicit PatientNames(std::shared_ptr<patients::IPatientService> patients)
        : m_patients(std::move(patients))
    {
    }

    // Makes sure every id is known, reading the list again once when one is not.
    void ensure(const QSet<QString>& ids);
    // "Last, First"; a restricted patient shows as such, an unknown one as "Patient".
    QString name(const QString& patientId) const;
    // A name learnt elsewhere (a patient just picked in a search).
    void remember(const QString& patientId, const QString& displayName, bool restricted);
    int size() const { return int(m_names.size()); }

private:
    void reload();

    std::shared_ptr<patients::IPatientService> m_patients;
    QHash<QString, QString> m_names;
    QSet<QString> m_restricted;
    QSet<QString> m_missing;  // not in the list at its last reading: not read again for them
};

}  // namespace fd::calendar::dock
