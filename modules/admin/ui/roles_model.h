#pragma once

#include "common/result.h"
#include "security/interfaces.h"
#include "security/roles.h"

#include <QAbstractTableModel>

#include <memory>

namespace fd::admin {

// The permission matrix: one row per permission in the catalog, one check column per role.
// Ticking a box calls IAccessControl::setRolePermission (checked and audited there); the
// boxes are read-only for users without admin.roles.manage.
class RolesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RolesModel(std::shared_ptr<security::IAccessControl> access, QObject* parent = nullptr);

    void reload();
    bool isEditable() const { return m_editable; }
    QString permissionAt(int row) const;
    security::Role roleAt(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void failed(const QString& message);

private:
    std::shared_ptr<security::IAccessControl> m_access;
    QStringList m_permissions;
    QList<security::Role> m_roles;
    bool m_editable = false;
};

}  // namespace fd::admin
