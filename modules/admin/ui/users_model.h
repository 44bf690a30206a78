#pragma once

#include "common/result.h"
#include "security/interfaces.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace fd::admin {

// The practice's user accounts as IUserService::list() returns them (a practice has tens of
// users, so the whole list is held).
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Username, DisplayName, RoleColumn, Active, TwoFactor, LastLogin, ColumnCount };

    explicit UsersModel(std::shared_ptr<security::IUserService> users, QObject* parent = nullptr);

    Status reload();
    const security::UserInfo* userAt(int row) const;
    int rowOf(const QString& userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<security::IUserService> m_users;
    std::vector<security::UserInfo> m_rows;
};

}  // namespace fd::admin
