#pragma once

#include "security/roles.h"

#include <QDateTime>
#include <QString>

namespace fd::security {

struct UserInfo
{
    QString id;           // uuid
    QString username;     // unique, lower-case
    QString displayName;
    Role role = Role::FrontDesk;
    bool active = true;
    bool totpEnabled = false;
    bool automation = false;  // the unattended-jobs user
    QDateTime createdAt;
    QDateTime lastLoginAt;
};

}  // namespace fd::security
