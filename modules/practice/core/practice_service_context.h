#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "security/interfaces.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QVariantMap>

#include <memory>

namespace fd::practice {

// What every practice service needs: the database, who is acting, the audit trail, the clock.
struct PracticeServiceContext
{
    storage::Database& db;
    std::shared_ptr<security::IAccessControl> access;
    std::shared_ptr<security::IAuditTrail> audit;
    std::shared_ptr<IClock> clock;

    QDate today() const { return clock->nowUtc().date(); }
};

// Writes one synced row (insert when `id` is empty, else a versioned update) in the caller's
// transaction and audits it with the prior values of the changed columns. Returns the id.
Result<QString> writeAudited(PracticeServiceContext& ctx, storage::Transaction& tx, const QString& table,
                             const QString& id, qint64 baseVersion, const QVariantMap& fields,
                             const QString& patientId = {});

// Tombstones one synced row and audits the delete with its prior values.
Status removeAudited(PracticeServiceContext& ctx, storage::Transaction& tx, const QString& table, const QString& id,
                     qint64 baseVersion);

// SQL compares NULL with nothing, so keys that may be empty are bound as '' (a null QString
// binds as NULL).
inline QString sqlText(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Values for the audit trail's JSON (blobs become their size, so a logo is not copied).
QJsonObject auditJson(const QVariantMap& fields);
// The details of an audited write as AuditRecord::detailsJson, the same text QJsonDocument
// writes for {"new": auditJson(fresh), "prior": auditJson(prior)} (either may be left out),
// without building the objects: an import writes one per row.
QByteArray auditDetailsJson(const QVariantMap* fresh, const QVariantMap* prior = nullptr);

}  // namespace fd::practice
