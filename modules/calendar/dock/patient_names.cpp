#include "calendar/dock/patient_names.h"

namespace fd::calendar::dock {

void PatientNames::ensure(const QSet<QString>& ids)
{
    QStringList unknown;
    for (const QString& id : ids)
        if (!m_names.contains(id) && !m_missing.contains(id) && !m_restricted.contains(id))
            unknown << id;
    if (unknown.isEmpty() || !m_patients)
        return;
    if (auto named = m_patients->names(unknown)) {
        for (const patients::PatientName& n : named.value())
            remember(n.id, n.displayName, n.hidden);
    }
    // Unknown to the registry, or no patients.read: shown as "Patient", not asked again.
    for (const QString& id : unknown)
        if (!m_names.contains(id) && !m_restricted.contains(id))
            m_missing.insert(id);
}

void PatientNames::remember(const QString& patientId, const QString& displayName, bool restricted)
{
    m_names.insert(patientId, displayName);
    m_missing.remove(patientId);
    if (restricted)
        m_restricted.insert(patientId);
    else
        m_restricted.remove(patientId);
}

QString PatientNames::name(const QString& patientId) const
{
    if (m_restricted.contains(patientId))
        return tr("Restricted patient");
    const auto it = m_names.constFind(patientId);
    return it == m_names.cend() || it->isEmpty() ? tr("Patient") : *it;
}

}  // namespace fd::calendar::dock
