#include "admin/ui/add_user_dialog.h"

#include "security/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace fd::admin {

AddUserDialog::AddUserDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add User"));
    m_username = new QLineEdit(this);
    m_username->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,64}")), m_username));
    m_displayName = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (security::Role role : security::allRoles())
        m_role->addItem(security::roleDisplayName(role), security::roleId(role));
    m_automation = new QCheckBox(tr("Automation account (unattended jobs, no screen login)"), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_automation);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("R&epeat password:"), m_repeat);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(m_error);
    box->addWidget(buttons);
}

security::NewUser AddUserDialog::newUser() const
{
    security::NewUser user;
    user.username = m_username->text().trimmed().toLower();
    user.displayName = m_displayName->text().trimmed();
    user.role = security::roleFromId(m_role->currentData().toString()).value_or(security::Role::FrontDesk);
    user.password = m_password->text();
    user.automation = m_automation->isChecked();
    return user;
}

QString AddUserDialog::problem() const
{
    if (m_username->text().trimmed().isEmpty())
        return tr("Enter a username.");
    if (m_displayName->text().trimmed().isEmpty())
        return tr("Enter the person's name.");
    if (m_password->text().isEmpty())
        return tr("Enter a password.");
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ.");
    return {};
}

void AddUserDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        const QString why = problem();
        if (!why.isEmpty()) {
            m_error->setText(why);
            m_error->show();
            return;
        }
    }
    QDialog::done(result);
}

}  // namespace fd::admin
