#include "security/session_context.h"

#include "security/audit_appender.h"
#include "security/permissions.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd::security {

SessionContext::SessionContext(QString databasePath)
    : files(std::move(databasePath)), auditAppender(std::make_unique<AuditAppender>())
{
}

// Members go in reverse order: the appender, declared after `db`, finalizes its statements first.
SessionContext::~SessionContext() = default;

Status SessionContext::alive() const
{
    if (!db)
        return makeError(ErrorCode::Unavailable,
                         QCoreApplication::translate("fd::security", "The session has ended; log in again."));
    return {};
}

QString SessionContext::overrideKey(Role role, const QString& permission)
{
    return roleId(role) + QLatin1Char('|') + permission;
}

bool SessionContext::roleHas(Role role, const QString& permission) const
{
    const auto it = overrides.constFind(overrideKey(role, permission));
    if (it != overrides.constEnd())
        return *it;
    return PermissionCatalog::defaultAllows(role, permission);
}

Status SessionContext::loadOverrides()
{
    FD_TRY(alive());
    auto q = storage::exec(db->connection(), QStringLiteral("SELECT role, permission, allowed FROM role_permissions"));
    if (!q.ok())
        return q.error();
    overrides.clear();
    while (q->next())
        overrides.insert(q->value(0).toString() + QLatin1Char('|') + q->value(1).toString(), q->value(2).toBool());
    return {};
}

Result<Keyring> SessionContext::keyring() const
{
    auto k = Keyring::load(files.keyring());
    if (!k.ok())
        return k.error();
    FD_TRY(k->verifyMac(databaseKey, files.keyring()));
    return k;
}

void SessionContext::releaseDatabase()
{
    auditAppender->release();
    auditAppender->setFingerprinter(nullptr);
    db.reset();
}

void SessionContext::wipe()
{
    databaseKey.wipe();
    auditKey.wipe();
    auditAppender->setFingerprinter(nullptr);
    fingerprinter.reset();
    pendingFingerprints.clear();
    brokenGlass.clear();
}

}  // namespace fd::security
