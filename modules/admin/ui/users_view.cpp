#include "admin/ui/users_view.h"

#include "admin/ui/add_user_dialog.h"
#include "admin/ui/password_dialog.h"
#include "admin/ui/totp_enrollment_dialog.h"
#include "admin/ui/users_model.h"
#include "security/permissions.h"
#include "security/roles.h"
#include "shell/icons.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace fd::admin {

UsersView::UsersView(std::shared_ptr<security::IUserService> users, std::shared_ptr<security::IAccessControl> access,
                     QWidget* parent)
    : QWidget(parent), m_users(std::move(users)), m_access(std::move(access))
{
    m_model = new UsersModel(m_users, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    if (m_access->can(security::perm::kUsersManage)) {
        auto* bar = new QToolBar(this);
        bar->setIconSize(QSize(18, 18));
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addAction(shell::icon(QStringLiteral("user-add")), tr("Add…"), this, &UsersView::addUserInteractive);
        m_selectionActions << addButton(QStringLiteral("roles"), tr("Role…"), &UsersView::changeRoleInteractive);
        m_selectionActions.back()->setToolTip(tr("Change the selected user's role"));
        m_toggleActive = addButton(QStringLiteral("deactivate"), tr("Deactivate"), &UsersView::toggleActiveInteractive);
        m_selectionActions << m_toggleActive
                           << addButton(QStringLiteral("key"), tr("Password…"), &UsersView::resetPasswordInteractive)
                           << addButton(QStringLiteral("qr"), tr("Two-factor…"), &UsersView::twoFactorInteractive)
                           << addButton(QStringLiteral("remove"), tr("Remove…"), &UsersView::removeInteractive);
        m_selectionActions[2]->setToolTip(tr("Set a new password for the selected user"));
        m_selectionActions[3]->setToolTip(tr("Set up or turn off two-factor login for the selected user"));
        for (QAction* action : m_selectionActions)
            bar->addAction(action);
        box->addWidget(bar);
    }
    box->addWidget(m_table);
    box->addWidget(m_message);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateButtons);
    report(refresh());
    m_table->resizeColumnsToContents();
}

QAction* UsersView::addButton(const QString& iconName, const QString& text, void (UsersView::*slot)())
{
    auto* action = new QAction(shell::icon(iconName), text, this);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

Status UsersView::refresh()
{
    const QString keep = selectedUser() ? selectedUser()->id : QString();
    FD_TRY(m_model->reload());
    if (!keep.isEmpty())
        selectUser(keep);
    return {};
}

void UsersView::selectUser(const QString& userId)
{
    const int row = m_model->rowOf(userId);
    if (row >= 0)
        m_table->selectRow(row);
}

const security::UserInfo* UsersView::selectedUser() const
{
    if (!m_table || !m_table->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersView::updateButtons()
{
    const security::UserInfo* user = selectedUser();
    for (QAction* action : m_selectionActions)
        action->setEnabled(user != nullptr);
    if (m_toggleActive && user) {
        m_toggleActive->setText(user->active ? tr("Deactivate") : tr("Activate"));
        m_toggleActive->setIcon(shell::icon(user->active ? QStringLiteral("deactivate") : QStringLiteral("activate")));
    }
}

void UsersView::report(const Status& status)
{
    m_message->setVisible(!status.ok());
    if (!status.ok())
        m_message->setText(status.error().toString());
}

Status UsersView::addUser(const security::NewUser& user)
{
    auto added = m_users->add(user);
    FD_TRY(added);
    FD_TRY(refresh());
    selectUser(added->id);
    return {};
}

void UsersView::addUserInteractive()
{
    AddUserDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = addUser(dialog.newUser());
        if (status)
            return;
        QMessageBox::warning(this, tr("Add User"), status.error().toString());
    }
}

void UsersView::changeRoleInteractive()
{
    const security::UserInfo* user = selectedUser();
    if (!user)
        return;
    QStringList names;
    int current = 0;
    const QList<security::Role> roles = security::allRoles();
    for (int i = 0; i < roles.size(); ++i) {
        names << security::roleDisplayName(roles[i]);
        if (roles[i] == user->role)
            current = i;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change Role"), tr("Role of %1:").arg(user->username),
                                                 names, current, false, &ok);
    if (!ok || names.indexOf(chosen) == current)
        return;
    const QString id = user->id;
    Status status = m_users->setRole(id, roles[names.indexOf(chosen)]);
    if (status)
        status = refresh();
    report(status);
}

void UsersView::toggleActiveInteractive()
{
    const security::UserInfo* user = selectedUser();
    if (!user)
        return;
    if (user->active
        && QMessageBox::question(this, tr("Deactivate User"),
                                 tr("%1 will no longer be able to log in. Their history stays in the audit trail.")
                                     .arg(user->username))
               != QMessageBox::Yes)
        return;
    Status status = m_users->setActive(user->id, !user->active);
    if (status)
        status = refresh();
    report(status);
}

void UsersView::resetPasswordInteractive()
{
    const security::UserInfo* user = selectedUser();
    if (!user)
        return;
    const QString id = user->id;
    PasswordDialog dialog(PasswordDialog::Mode::Reset, user->username, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = m_users->resetPassword(id, dialog.newPassword());
        if (status) {
            report(refresh());
            return;
        }
        dialog.showError(status.error().toString());
    }
}

void UsersView::twoFactorInteractive()
{
    const security::UserInfo* user = selectedUser();
    if (!user)
        return;
    const QString id = user->id;
    if (user->totpEnabled) {
        if (QMessageBox::question(this, tr("Two-Factor Login"),
                                  tr("Turn off two-factor login for %1?").arg(user->username))
            == QMessageBox::Yes) {
            Status status = m_users->disableTotp(id);
            report(status ? refresh() : status);
        }
        return;
    }
    auto enrollment = m_users->beginTotpEnrollment(id);
    if (!enrollment) {
        report(enrollment.error());
        return;
    }
    TotpEnrollmentDialog dialog(enrollment.value(), user->username,
                                [this, id](const QString& code) { return m_users->confirmTotpEnrollment(id, code); },
                                this);
    if (dialog.exec() == QDialog::Accepted)
        report(refresh());
}

void UsersView::removeInteractive()
{
    const security::UserInfo* user = selectedUser();
    if (!user)
        return;
    if (QMessageBox::warning(this, tr("Remove User"),
                             tr("Remove %1? Their key to the practice database is deleted; their history "
                                "stays in the audit trail.").arg(user->username),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    Status status = m_users->remove(user->id);
    if (status)
        status = refresh();
    report(status);
}

}  // namespace fd::admin
