#pragma once

#include "security/interfaces.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace fd::admin {

class RolesModel;

// The Roles dock: the permission matrix and a note saying whether it can be changed.
class RolesView final : public QWidget
{
    Q_OBJECT
public:
    explicit RolesView(std::shared_ptr<security::IAccessControl> access, QWidget* parent = nullptr);

    RolesModel* model() const { return m_model; }

private:
    RolesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace fd::admin
