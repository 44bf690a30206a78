#pragma once

#include "security/interfaces.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fd::admin {

// Username, name, role and the first password (twice). The account is created by the caller
// through IUserService, which also checks the password rules.
class AddUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(QWidget* parent = nullptr);

    security::NewUser newUser() const;
    // Empty when the form can be sent; otherwise what to fix.
    QString problem() const;

    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* displayNameField() const { return m_displayName; }
    QComboBox* roleBox() const { return m_role; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* repeatField() const { return m_repeat; }

    void done(int result) override;

private:
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_automation = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::admin
