#include "practice/core/practice_profile_service.h"

#include "security/audit_actions.h"
#include "security/permissions.h"
#include "storage/synced_rows.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace fd::practice {

namespace {
QJsonObject toJson(const PracticeProfile& p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("time_zone"), p.timeZone},
            {QStringLiteral("npi"), p.npi},
            {QStringLiteral("tax_id"), p.taxId}};
}
}  // namespace

PracticeProfileService::PracticeProfileService(storage::Database& db,
                                               std::shared_ptr<security::IAccessControl> access,
                                               std::shared_ptr<security::IAuditTrail> audit)
    : m_db(db), m_access(std::move(access)), m_audit(std::move(audit))
{
}

Result<PracticeProfile> PracticeProfileService::profile() const
{
    if (!m_access->can(security::perm::kPracticeView))
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("fd::practice", "You may not view the practice settings."));
    auto q = storage::exec(m_db.connection(),
                           QStringLiteral("SELECT name, time_zone, npi, tax_id FROM practice_profile "
                                          "WHERE deleted = 0 ORDER BY updated_at DESC LIMIT 1"));
    FD_TRY(q);
    PracticeProfile p;
    if (q->next()) {
        p.name = q->value(0).toString();
        p.timeZone = q->value(1).toString();
        p.npi = q->value(2).toString();
        p.taxId = q->value(3).toString();
    }
    return p;
}

Status PracticeProfileService::save(const PracticeProfile& profile)
{
    FD_TRY(m_access->require(security::perm::kPracticeEdit));
    FD_TRY(validate(profile));
    auto tx = m_db.begin(storage::Database::Durability::Full);
    FD_TRY(tx);
    auto current = storage::exec(m_db.connection(),
                                 QStringLiteral("SELECT id, row_version, name, time_zone, npi, tax_id "
                                                "FROM practice_profile WHERE deleted = 0 LIMIT 1"));
    FD_TRY(current);
    const QVariantMap fields{{QStringLiteral("name"), profile.name.trimmed()},
                             {QStringLiteral("time_zone"), profile.timeZone},
                             {QStringLiteral("npi"), profile.npi},
                             {QStringLiteral("tax_id"), profile.taxId}};
    security::AuditRecord record;
    record.entity = QStringLiteral("practice_profile");
    if (current->next()) {
        const QString id = current->value(0).toString();
        PracticeProfile prior{current->value(2).toString(), current->value(3).toString(),
                              current->value(4).toString(), current->value(5).toString()};
        auto updated = storage::SyncedRows::update(**tx, QStringLiteral("practice_profile"), id,
                                                   current->value(1).toLongLong(), fields);
        FD_TRY(updated);
        record.action = security::audit::kUpdate;
        record.entityId = id;
        record.details = {{QStringLiteral("prior"), toJson(prior)}, {QStringLiteral("new"), toJson(profile)}};
    } else {
        auto id = storage::SyncedRows::insert(**tx, QStringLiteral("practice_profile"), fields);
        FD_TRY(id);
        record.action = security::audit::kCreate;
        record.entityId = id.value();
        record.details = {{QStringLiteral("new"), toJson(profile)}};
    }
    FD_TRY(m_audit->record(record));
    return (*tx)->commit();
}

}  // namespace fd::practice
