#pragma once

#include "common/result.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fd::security {
class PracticeSession;
}

namespace fd::desktop {

// Username and password (and the authenticator code once the session asks for it). The
// login itself is injected so the dialog can be tested without a practice on disk.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    using Session = std::unique_ptr<security::PracticeSession>;
    using LoginFunction =
        std::function<Result<Session>(const QString& username, const QString& password, const QString& totpCode)>;

    LoginDialog(const QString& practiceFile, LoginFunction login, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setUsername(const QString& username);
    // A message shown above the buttons (why the previous attempt to open the practice failed).
    void setMessage(const QString& message);
    Session takeSession();
    QString errorText() const;
    bool isSecondFactorVisible() const;

    QLineEdit* usernameField() const { return m_username; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* codeField() const { return m_code; }

    // What the user reads for a failed login.
    static QString describe(const Error& error);

public slots:
    void attempt();

private:
    void showError(const QString& message);

    LoginFunction m_login;
    Session m_session;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

}  // namespace fd::desktop
