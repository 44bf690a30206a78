#include "accounts/ui/accounts_services.h"

#include "security/permissions.h"

#include <QCoreApplication>

namespace fd::accounts::ui {

QString AccountsServices::userName(const QString& userId) const
{
    if (!access || userId.isEmpty())
        return {};
    const security::UserInfo& me = access->currentUser();
    if (userId == me.id)
        return me.displayName.isEmpty() ? me.username : me.displayName;
    if (users && access->can(security::perm::kUsersView))
        if (auto user = users->find(userId); user.ok())
            return user->displayName.isEmpty() ? user->username : user->displayName;
    return QCoreApplication::translate("fd::accounts::ui::AccountsServices", "another user");
}

}  // namespace fd::accounts::ui
