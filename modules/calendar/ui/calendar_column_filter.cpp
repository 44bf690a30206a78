#include "calendar/ui/calendar_column_filter.h"

#include <algorithm>

namespace fd::calendar::ui {

CalendarColumnFilter::CalendarColumnFilter(QObject* parent) : QAbstractListModel(parent)
{
}

void CalendarColumnFilter::setResources(const std::vector<CalendarResource>& resources)
{
    const auto same = [](const CalendarResource& a, const CalendarResource& b) {
        return a.id == b.id && a.title == b.title && a.locationId == b.locationId &&
               a.locationName == b.locationName;
    };
    if (std::equal(resources.begin(), resources.end(), m_resources.begin(), m_resources.end(),
                   same))
        return;  // a reload with the same providers keeps the list's selection and scroll
    beginResetModel();
    m_resources = resources;
    endResetModel();
}

void CalendarColumnFilter::setResourceVisible(const QString& resourceId, bool visible)
{
    if (visible == !m_hidden.contains(resourceId))
        return;
    if (visible)
        m_hidden.remove(resourceId);
    else
        m_hidden.insert(resourceId);
    changed();
}

void CalendarColumnFilter::showOnly(const QStringList& resourceIds)
{
    m_hidden.clear();
    for (const CalendarResource& r : m_resources)
        if (!resourceIds.contains(r.id))
            m_hidden.insert(r.id);
    changed();
}

void CalendarColumnFilter::showAll()
{
    m_hidden.clear();
    changed();
}

void CalendarColumnFilter::setLocation(const QString& locationId)
{
    if (m_location == locationId)
        return;
    m_location = locationId;
    changed();
}

bool CalendarColumnFilter::isVisible(const CalendarResource& resource) const
{
    if (m_hidden.contains(resource.id))
        return false;
    return m_location.isEmpty() || resource.locationId == m_location;
}

std::vector<CalendarResource> CalendarColumnFilter::visibleResources() const
{
    std::vector<CalendarResource> out;
    for (const CalendarResource& r : m_resources)
        if (isVisible(r))
            out.push_back(r);
    return out;
}

QSet<QString> CalendarColumnFilter::visibleIds() const
{
    QSet<QString> out;
    for (const CalendarResource& r : m_resources)
        if (isVisible(r))
            out.insert(r.id);
    return out;
}

int CalendarColumnFilter::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

QVariant CalendarColumnFilter::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_resources.size()))
        return {};
    const CalendarResource& r = m_resources[index.row()];
    switch (role) {
        case Qt::DisplayRole:
            return r.locationName.isEmpty() ? r.title : tr("%1 (%2)").arg(r.title, r.locationName);
        case Qt::CheckStateRole:
            return m_hidden.contains(r.id) ? Qt::Unchecked : Qt::Checked;
        case ResourceIdRole:
            return r.id;
        case LocationIdRole:
            return r.locationId;
        default:
            return {};
    }
}

bool CalendarColumnFilter::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.row() >= int(m_resources.size()))
        return false;
    setResourceVisible(m_resources[index.row()].id, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags CalendarColumnFilter::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    const CalendarResource& r = m_resources[index.row()];
    if (!m_location.isEmpty() && r.locationId != m_location)
        f &= ~Qt::ItemIsEnabled;  // another location's provider: the location filter hides it
    return f;
}

void CalendarColumnFilter::changed()
{
    if (!m_resources.empty())
        emit dataChanged(index(0), index(int(m_resources.size()) - 1), {Qt::CheckStateRole});
    emit filterChanged();
}

}  // namespace fd::calendar::ui
