#include "admin/ui/users_model.h"

#include "security/roles.h"

#include <QColor>
#include <QLocale>

namespace fd::admin {

UsersModel::UsersModel(std::shared_ptr<security::IUserService> users, QObject* parent)
    : QAbstractTableModel(parent), m_users(std::move(users))
{
}

Status UsersModel::reload()
{
    auto listed = m_users->list();
    FD_TRY(listed);
    beginResetModel();
    m_rows = std::move(listed.value());
    endResetModel();
    return {};
}

const security::UserInfo* UsersModel::userAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int UsersModel::rowOf(const QString& userId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == userId)
            return static_cast<int>(i);
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    const security::UserInfo* user = userAt(index.row());
    if (!user)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Username:
            return user->username;
        case DisplayName:
            return user->displayName;
        case RoleColumn:
            return user->automation ? tr("%1 (automation)").arg(security::roleDisplayName(user->role))
                                    : security::roleDisplayName(user->role);
        case Active:
            return user->active ? tr("Active") : tr("Deactivated");
        case TwoFactor:
            return user->totpEnabled ? tr("On") : tr("Off");
        case LastLogin:
            return user->lastLoginAt.isValid()
                       ? QLocale().toString(user->lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !user->active)
        return QVariant::fromValue(QColor(Qt::gray));
    if (role == Qt::UserRole)
        return user->id;
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Active:
        return tr("Status");
    case TwoFactor:
        return tr("Two-factor");
    case LastLogin:
        return tr("Last login");
    default:
        return {};
    }
}

}  // namespace fd::admin
