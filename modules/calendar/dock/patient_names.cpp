#include "calendar/dock/patient_names.h"

namespace fd::calendar::dock {

void PatientNames::ensure(const QSet<QString>& ids)
{
    bool unknown = false;
    for (const QString& id : ids)
        if (!m_names.contains(id) && !m_missing.contains(id)) {
            unknown = true;
            break;
        }
    if (!unknown)
        return;
    reload();
    for (const QString& id : ids)
        if (!m_names.contains(id))
            m_missing.insert(id);
}

void PatientNames::reload()
{
    if (!m_patients)
        return;
    patients::PatientListFilter filter;
    filter.includeInactive = true;
    filter.limit = kPage;
    for (filter.offset = 0;; filter.offset += kPage) {
        auto page = m_patients->list(filter);
        if (!page)
            return;  // no patients.read: names stay unknown
        for (const patients::PatientSummary& p : page.value())
            remember(p.id, p.displayName, p.restricted);
        if (int(page->size()) < kPage)
            return;
    }
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
