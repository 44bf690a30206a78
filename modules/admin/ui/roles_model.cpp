#include "admin/ui/roles_model.h"

#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::admin {

RolesModel::RolesModel(std::shared_ptr<security::IAccessControl> access, QObject* parent)
    : QAbstractTableModel(parent), m_access(std::move(access))
{
    reload();
}

void RolesModel::reload()
{
    beginResetModel();
    m_permissions.clear();
    for (const security::PermissionInfo& info : security::PermissionCatalog::all())
        m_permissions << info.id;
    m_permissions.sort();
    m_roles = security::allRoles();
    m_editable = m_access->can(security::perm::kRolesManage);
    endResetModel();
}

QString RolesModel::permissionAt(int row) const
{
    return m_permissions.value(row);
}

security::Role RolesModel::roleAt(int column) const
{
    return m_roles.value(column - 1);
}

int RolesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_permissions.size());
}

int RolesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size()) + 1;
}

QVariant RolesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_permissions.size())
        return {};
    const QString& permission = m_permissions[index.row()];
    if (index.column() == 0) {
        const security::PermissionInfo* info = security::PermissionCatalog::find(permission);
        const QString description = info && !info->description.isEmpty()
                                        ? QCoreApplication::translate("fd::security", info->description.toUtf8())
                                        : permission;
        if (role == Qt::DisplayRole)
            return description;
        if (role == Qt::ToolTipRole)
            return permission;
        return {};
    }
    if (role == Qt::CheckStateRole)
        return m_access->roleHas(roleAt(index.column()), permission) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return Qt::AlignCenter;
    return {};
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Permission") : security::roleDisplayName(roleAt(section));
}

Qt::ItemFlags RolesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() > 0 && m_editable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RolesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() == 0 || role != Qt::CheckStateRole || !m_editable)
        return false;
    const bool allowed = value.toInt() == Qt::Checked;
    const Status status = m_access->setRolePermission(roleAt(index.column()), m_permissions[index.row()], allowed);
    if (!status) {
        emit failed(status.error().toString());
        return false;
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

}  // namespace fd::admin
