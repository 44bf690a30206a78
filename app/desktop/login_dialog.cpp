#include "app/desktop/login_dialog.h"

#include "security/practice_session.h"
#include "shell/icons.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace fd::desktop {

LoginDialog::LoginDialog(const QString& practiceFile, LoginFunction login, QWidget* parent)
    : QDialog(parent), m_login(std::move(login))
{
    setWindowTitle(tr("Frontdesk — Log In"));
    setWindowIcon(shell::icon(QStringLiteral("frontdesk")));
    auto* logo = new QLabel(this);
    logo->setPixmap(shell::icon(QStringLiteral("frontdesk")).pixmap(56, 56));
    auto* heading = new QLabel(tr("<b>Log in to Frontdesk</b><br/>Practice file: %1")
                                   .arg(QFileInfo(practiceFile).fileName().toHtmlEscaped()),
                               this);
    auto* top = new QHBoxLayout;
    top->addWidget(logo);
    top->addWidget(heading, 1);

    m_username = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_codeLabel = new QLabel(tr("Authenticator &code:"), this);
    m_code = new QLineEdit(this);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_code));
    m_code->setPlaceholderText(tr("6 digits"));
    m_codeLabel->setBuddy(m_code);
    m_codeLabel->hide();
    m_code->hide();
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_codeLabel, m_code);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Log In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addLayout(form);
    box->addWidget(m_error);
    box->addWidget(buttons);
    setMinimumWidth(420);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

void LoginDialog::setMessage(const QString& message)
{
    showError(message);
}

LoginDialog::Session LoginDialog::takeSession()
{
    return std::move(m_session);
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LoginDialog::isSecondFactorVisible() const
{
    return !m_code->isHidden();
}

QString LoginDialog::describe(const Error& error)
{
    switch (error.code) {
    case ErrorCode::WrongPassword:
        // The core says which (password or code); the username is never confirmed to exist.
        return error.message.isEmpty() ? tr("The username or password is wrong.") : error.message;
    case ErrorCode::LockedOut:
        return error.message;  // says for how many minutes
    case ErrorCode::Corrupt:
        return tr("A practice file is damaged and was not changed: %1").arg(error.toString());
    case ErrorCode::NotFound:
        return tr("No practice found: %1").arg(error.toString());
    default:
        return error.toString();
    }
}

void LoginDialog::attempt()
{
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your username and password."));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);  // the key derivation takes a moment
    auto result = m_login(m_username->text().trimmed(), m_password->text(), m_code->text());
    QGuiApplication::restoreOverrideCursor();
    if (result) {
        m_session = std::move(result.value());
        m_password->clear();
        accept();
        return;
    }
    if (result.error().code == ErrorCode::SecondFactorRequired) {
        m_codeLabel->show();
        m_code->show();
        m_code->setFocus();
        showError(tr("Enter the 6-digit code from your authenticator app."));
        return;
    }
    m_code->clear();
    m_password->clear();
    m_password->setFocus();
    showError(describe(result.error()));
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

}  // namespace fd::desktop
