#pragma once

#include <QString>

namespace fd::security::audit {

inline const QString kLogin = QStringLiteral("login");
inline const QString kLogout = QStringLiteral("logout");
inline const QString kLoginFailed = QStringLiteral("login_failed");
inline const QString kLockout = QStringLiteral("lockout");
inline const QString kLock = QStringLiteral("lock");
inline const QString kUnlock = QStringLiteral("unlock");
inline const QString kRead = QStringLiteral("read");
inline const QString kCreate = QStringLiteral("create");
inline const QString kUpdate = QStringLiteral("update");
inline const QString kDelete = QStringLiteral("delete");
inline const QString kPrint = QStringLiteral("print");
inline const QString kExport = QStringLiteral("export");
inline const QString kPermissionChange = QStringLiteral("permission_change");
inline const QString kRoleChange = QStringLiteral("role_change");
inline const QString kAuditSettingsChange = QStringLiteral("audit_settings_change");
inline const QString kBreakGlass = QStringLiteral("break_glass");
inline const QString kPasswordChange = QStringLiteral("password_change");
inline const QString kSecondFactorChange = QStringLiteral("second_factor_change");
inline const QString kBackup = QStringLiteral("backup");
inline const QString kRestore = QStringLiteral("restore");
inline const QString kRecover = QStringLiteral("recover");
inline const QString kRekey = QStringLiteral("rekey");
inline const QString kAccessDenied = QStringLiteral("access_denied");

}  // namespace fd::security::audit
