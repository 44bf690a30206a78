#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fd::security {

enum class Role { FrontDesk, Biller, OfficeManager, Administrator, Provider };

QList<Role> allRoles();
QString roleId(Role role);                          // "front_desk", "biller", ...
std::optional<Role> roleFromId(const QString& id);
QString roleDisplayName(Role role);                 // translated

}  // namespace fd::security
