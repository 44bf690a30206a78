#pragma once

#include "common/result.h"
#include "security/interfaces.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTableView;

namespace fd::admin {

class UsersModel;

// The Users dock: the accounts table and what an administrator does with them. Every change
// goes through IUserService, which checks the permission and audits it; the buttons are only
// shown to users who may manage accounts.
class UsersView final : public QWidget
{
    Q_OBJECT
public:
    UsersView(std::shared_ptr<security::IUserService> users, std::shared_ptr<security::IAccessControl> access,
              QWidget* parent = nullptr);

    UsersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    Status refresh();
    void selectUser(const QString& userId);
    const security::UserInfo* selectedUser() const;

    // Direct paths (used by the dialogs and tests); each reloads the table on success.
    Status addUser(const security::NewUser& user);

    // Interactive paths behind the buttons and the module's actions.
    void addUserInteractive();
    void changeRoleInteractive();
    void toggleActiveInteractive();
    void resetPasswordInteractive();
    void twoFactorInteractive();
    void removeInteractive();

private:
    QAction* addButton(const QString& iconName, const QString& text, void (UsersView::*slot)());
    void updateButtons();
    void report(const Status& status);

    std::shared_ptr<security::IUserService> m_users;
    std::shared_ptr<security::IAccessControl> m_access;
    UsersModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QList<QAction*> m_selectionActions;
    QAction* m_toggleActive = nullptr;
};

}  // namespace fd::admin
