#include "practice/core/provider_service.h"

#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile_service.h"
#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace fd::practice {

QString Provider::displayName() const
{
    QString name = firstName + QLatin1Char(' ') + lastName;
    if (!credentials.isEmpty())
        name += QStringLiteral(", ") + credentials;
    return name;
}

namespace {

QString listJson(const QStringList& items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString& json)
{
    QStringList items;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        items << v.toString();
    return items;
}

const QString kColumns = QStringLiteral(
    "id, row_version, first_name, last_name, credentials, npi, taxonomy, specialties, location_ids, "
    "bills_under_organization, claim_roles, external, active");

Provider providerFrom(const QSqlQuery& q)
{
    Provider p;
    p.id = q.value(0).toString();
    p.rowVersion = q.value(1).toLongLong();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.credentials = q.value(4).toString();
    p.npi = q.value(5).toString();
    p.taxonomy = q.value(6).toString();
    p.specialties = listFrom(q.value(7).toString());
    p.locationIds = listFrom(q.value(8).toString());
    p.billsUnderOrganization = q.value(9).toInt() != 0;
    p.claimRoles = q.value(10).toInt();
    p.external = q.value(11).toInt() != 0;
    p.active = q.value(12).toInt() != 0;
    return p;
}

}  // namespace

Status ProviderService::check(const Provider& p) const
{
    if (p.firstName.trimmed().isEmpty() || p.lastName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "A provider needs a first and a last name."),
                         QStringLiteral("name"));
    FD_TRY(checkNpi(p.npi, QStringLiteral("npi"), true));
    if (!p.external && p.taxonomy.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "A provider of the practice needs a taxonomy code."),
                         QStringLiteral("taxonomy"));
    FD_TRY(checkTaxonomyKnown(m_ctx.db, p.taxonomy, m_ctx.today(), QStringLiteral("taxonomy")));
    const int allRoles = int(ClaimRole::Rendering) | int(ClaimRole::Supervising) | int(ClaimRole::Referring);
    if ((p.claimRoles & allRoles) == 0 || (p.claimRoles & ~allRoles) != 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "Choose the provider's roles on claims (rendering, supervising, referring)."),
                         QStringLiteral("claim_roles"));
    if (p.external && (p.claimRoles != int(ClaimRole::Referring) || !p.locationIds.isEmpty()))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "A provider from outside the practice can only refer; they work at none of its locations."),
                         QStringLiteral("external"));
    for (const QString& locationId : p.locationIds) {
        auto q = storage::exec(m_ctx.db.connection(),
                               QStringLiteral("SELECT 1 FROM locations WHERE id = ? AND deleted = 0"), {locationId});
        FD_TRY(q);
        if (!q->next())
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "No location %1.").arg(locationId),
                             QStringLiteral("location_ids"));
    }
    auto same = storage::exec(m_ctx.db.connection(),
                              QStringLiteral("SELECT first_name, last_name FROM providers "
                                             "WHERE npi = ? AND deleted = 0 AND id <> ?"),
                              {p.npi, sqlText(p.id)});
    FD_TRY(same);
    if (same->next())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("fd::practice", "NPI %1 already belongs to %2 %3.")
                             .arg(p.npi, same->value(0).toString(), same->value(1).toString()),
                         QStringLiteral("npi"));
    return {};
}

Result<std::vector<Provider>> ProviderService::load(const QString& where, const QVariantList& binds) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT %1 FROM providers WHERE deleted = 0 AND %2 "
                                          "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE")
                               .arg(kColumns, where),
                           binds);
    FD_TRY(q);
    std::vector<Provider> list;
    while (q->next())
        list.push_back(providerFrom(q.value()));
    return list;
}

Result<std::vector<Provider>> ProviderService::list(const ProviderFilter& filter) const
{
    auto all = load(QStringLiteral("1 = 1"), {});
    FD_TRY(all);
    std::vector<Provider> list;
    for (Provider& p : all.value()) {
        if ((!filter.includeExternal && p.external) || (!filter.includeInactive && !p.active)
            || (!filter.locationId.isEmpty() && !p.locationIds.contains(filter.locationId))
            || (filter.role != 0 && (p.claimRoles & filter.role) == 0))
            continue;
        list.push_back(std::move(p));
    }
    return list;
}

Result<Provider> ProviderService::find(const QString& id) const
{
    auto found = load(QStringLiteral("id = ?"), {id});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No provider %1.").arg(id));
    return found->front();
}

Result<Provider> ProviderService::findByNpi(const QString& npi) const
{
    auto found = load(QStringLiteral("npi = ?"), {npi});
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No provider has NPI %1.").arg(npi));
    return found->front();
}

Result<Provider> ProviderService::save(const Provider& provider)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    FD_TRY(check(provider));
    auto tx = m_ctx.db.begin();
    if (!tx)
        return tx.error();
    const QVariantMap fields{{QStringLiteral("first_name"), provider.firstName.trimmed()},
                             {QStringLiteral("last_name"), provider.lastName.trimmed()},
                             {QStringLiteral("credentials"), provider.credentials.trimmed()},
                             {QStringLiteral("npi"), provider.npi},
                             {QStringLiteral("taxonomy"), provider.taxonomy},
                             {QStringLiteral("specialties"), listJson(provider.specialties)},
                             {QStringLiteral("location_ids"), listJson(provider.locationIds)},
                             {QStringLiteral("bills_under_organization"), provider.billsUnderOrganization ? 1 : 0},
                             {QStringLiteral("claim_roles"), provider.claimRoles},
                             {QStringLiteral("external"), provider.external ? 1 : 0},
                             {QStringLiteral("active"), provider.active ? 1 : 0}};
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("providers"), provider.id, provider.rowVersion, fields);
    FD_TRY(id);
    FD_TRY((*tx)->commit());
    return find(id.value());
}

Status ProviderService::remove(const QString& id, qint64 rowVersion)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    auto tx = m_ctx.db.begin();
    if (!tx)
        return tx.error();
    FD_TRY(removeAudited(m_ctx, **tx, QStringLiteral("providers"), id, rowVersion));
    return (*tx)->commit();
}

Result<QString> ProviderService::billingNpiFor(const QString& providerId) const
{
    auto p = find(providerId);
    FD_TRY(p);
    if (!p->billsUnderOrganization)
        return p->npi;
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT npi FROM practice_profile WHERE deleted = 0 LIMIT 1"));
    FD_TRY(q);
    if (!q->next() || q->value(0).toString().isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("fd::practice", "The practice has no organization NPI yet; enter it in the practice profile."),
                         QStringLiteral("npi"));
    return q->value(0).toString();
}

}  // namespace fd::practice
