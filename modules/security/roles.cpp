#include "security/roles.h"

#include <QCoreApplication>

namespace fd::security {

QList<Role> allRoles()
{
    return {Role::FrontDesk, Role::Biller, Role::OfficeManager, Role::Administrator, Role::Provider};
}

QString roleId(Role role)
{
    switch (role) {
    case Role::FrontDesk: return QStringLiteral("front_desk");
    case Role::Biller: return QStringLiteral("biller");
    case Role::OfficeManager: return QStringLiteral("office_manager");
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::Provider: return QStringLiteral("provider");
    }
    return {};
}

std::optional<Role> roleFromId(const QString& id)
{
    for (Role r : allRoles())
        if (roleId(r) == id)
            return r;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::FrontDesk: return QCoreApplication::translate("fd::security", "Front desk");
    case Role::Biller: return QCoreApplication::translate("fd::security", "Biller");
    case Role::OfficeManager: return QCoreApplication::translate("fd::security", "Office manager");
    case Role::Administrator: return QCoreApplication::translate("fd::security", "Administrator");
    case Role::Provider: return QCoreApplication::translate("fd::security", "Provider");
    }
    return {};
}

}  // namespace fd::security
