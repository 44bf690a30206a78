#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fd::shell {

// Covers the whole main window (menus, toolbar, docks) while the session is locked. The docks
// underneath are kept as they are, so unsaved edits survive; this widget only asks for the
// password (and the second-factor code when the session wants one).
class LockOverlay final : public QWidget
{
    Q_OBJECT
public:
    explicit LockOverlay(QWidget* parent);

    void setUser(const QString& username, const QString& practiceName);
    void prepare();  // clears the fields and focuses the password
    void showError(const QString& message, bool keepPassword = false);
    void setSecondFactorVisible(bool visible);
    bool isSecondFactorVisible() const;

    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* codeField() const { return m_code; }
    QPushButton* unlockButton() const { return m_unlock; }

signals:
    void unlockRequested(const QString& password, const QString& totpCode);
    void logoutRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QWidget* buildPanel();
    void submit();

    QLabel* m_who = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
};

}  // namespace fd::shell
