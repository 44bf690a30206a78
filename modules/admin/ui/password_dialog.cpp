#include "admin/ui/password_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd::admin {

namespace {
QLineEdit* passwordEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
}  // namespace

PasswordDialog::PasswordDialog(Mode mode, const QString& username, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(mode == Mode::ChangeOwn ? tr("Change My Password") : tr("Reset Password"));
    auto* intro = new QLabel(mode == Mode::ChangeOwn
                                 ? tr("Choose a new password for %1.").arg(username)
                                 : tr("Set a new password for %1. Tell them in person; they can change it "
                                      "after logging in.").arg(username),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_current = passwordEdit(this);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_new = passwordEdit(this);
    m_repeat = passwordEdit(this);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(form);
    box->addWidget(m_error);
    box->addWidget(buttons);
}

QString PasswordDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

QString PasswordDialog::newPassword() const
{
    return m_new->text();
}

void PasswordDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PasswordDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (m_current && m_current->text().isEmpty())
            return showError(tr("Enter your current password."));
        if (m_new->text().isEmpty())
            return showError(tr("Enter a new password."));
        if (m_new->text() != m_repeat->text())
            return showError(tr("The two passwords differ."));
    }
    QDialog::done(result);
}

}  // namespace fd::admin
