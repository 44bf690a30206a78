#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fd::admin {

// A new password typed twice; in ChangeOwn mode the current password is asked first.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ChangeOwn, Reset };

    PasswordDialog(Mode mode, const QString& username, QWidget* parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    void showError(const QString& message);
    void done(int result) override;

    QLineEdit* currentField() const { return m_current; }
    QLineEdit* newField() const { return m_new; }
    QLineEdit* repeatField() const { return m_repeat; }

private:
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace fd::admin
