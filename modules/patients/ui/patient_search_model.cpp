#include "patients/ui/patient_search_model.h"

#include <QBrush>
#include <QColor>
#include "patients/ui/patient_form_widgets.h"

namespace fd::patients::ui {

PatientSearchModel::PatientSearchModel(QObject* parent) : QAbstractTableModel(parent) {}

void PatientSearchModel::setHits(std::vector<PatientSearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

void PatientSearchModel::clear()
{
    setHits({});
}

const PatientSummary* PatientSearchModel::summaryAt(int row) const
{
    if (row < 0 || row >= int(m_hits.size()))
        return nullptr;
    return &m_hits[size_t(row)].patient;
}

int PatientSearchModel::rowOf(const QString& patientId) const
{
    for (size_t i = 0; i < m_hits.size(); ++i)
        if (m_hits[i].patient.id == patientId)
            return int(i);
    return -1;
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int PatientSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientSearchModel::sexText(const QString& code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return tr("Unknown");
}

QString PatientSearchModel::statusText(const QString& id)
{
    if (id == QLatin1String("inactive"))
        return tr("Inactive");
    if (id == QLatin1String("deceased"))
        return tr("Deceased");
    return tr("Active");
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const
{
    const PatientSummary* p = index.isValid() ? summaryAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == Qt::UserRole)
        return p->id;
    if (role == Qt::ForegroundRole && index.column() == Alert && !p->alert.isEmpty())
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ForegroundRole && p->status != QLatin1String("active"))
        return QBrush(QColor(0x70, 0x70, 0x70));
    if (role == Qt::ToolTipRole && p->restricted)
        return tr("Restricted record: opening it needs emergency access");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Account:
        return p->accountNumber;
    case Name:
        return p->restricted ? tr("%1 (restricted)").arg(p->displayName) : p->displayName;
    case Preferred:
        return p->preferredName;
    case BirthDate:
        return dateText(p->birthDate);
    case Age:
        return p->age >= 0 ? QVariant(p->age) : QVariant();
    case Sex:
        return sexText(p->sex);
    case Alert:
        return p->alert;
    case Status:
        return statusText(p->status);
    default:
        return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Account:
        return tr("Account");
    case Name:
        return tr("Name");
    case Preferred:
        return tr("Preferred");
    case BirthDate:
        return tr("Date of birth");
    case Age:
        return tr("Age");
    case Sex:
        return tr("Sex");
    case Alert:
        return tr("Alert");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

}  // namespace fd::patients::ui
