#include "practice/core/location_service.h"

#include "practice/core/code_set_store.h"
#include "practice/core/practice_permissions.h"
#include "practice/core/practice_profile_service.h"
#include "practice/core/practice_validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace fd::practice {

namespace {

QString hoursJson(const QMap<QString, QString>& hours)
{
    QJsonObject o;
    for (auto it = hours.constBegin(); it != hours.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> hoursFrom(const QString& json)
{
    QMap<QString, QString> hours;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        hours.insert(it.key(), it.value().toString());
    return hours;
}

}  // namespace

Status LocationService::check(const Location& l) const
{
    if (l.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "The location needs a name."), QStringLiteral("name"));
    FD_TRY(checkAddress(l.address, QStringLiteral("address"), true));
    FD_TRY(checkTimeZone(l.timeZone, QStringLiteral("time_zone")));
    FD_TRY(checkPlaceOfServiceForm(l.placeOfService));
    auto pos = CodeSetStore(m_ctx.db.connection()).lookup(CodeSet::PlaceOfService, l.placeOfService, m_ctx.today(), false);
    if (!pos)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::practice", "Place of service %1 is not a CMS place-of-service code.").arg(l.placeOfService),
                         QStringLiteral("place_of_service"));
    FD_TRY(checkNpi(l.facilityNpi, QStringLiteral("facility_npi"), false));
    FD_TRY(checkHours(l.hours));
    for (const LocationResource& r : l.resources) {
        if (r.name.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("fd::practice", "Every room and piece of equipment needs a name."),
                             QStringLiteral("resources"));
        if (r.kind != QLatin1String("room") && r.kind != QLatin1String("equipment"))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("fd::practice", "A resource is a room or equipment, not \"%1\".").arg(r.kind),
                             QStringLiteral("resources"));
    }
    return {};
}

Result<std::vector<Location>> LocationService::load(const QString& id) const
{
    FD_TRY(m_ctx.access->require(perm::kView));
    const QString where = id.isEmpty() ? QStringLiteral("deleted = 0") : QStringLiteral("deleted = 0 AND id = ?");
    auto q = storage::exec(m_ctx.db.connection(),
                           QStringLiteral("SELECT id, row_version, name, line1, line2, city, state, zip, time_zone, "
                                          "place_of_service, facility_npi, phone, hours FROM locations WHERE %1 "
                                          "ORDER BY name COLLATE NOCASE")
                               .arg(where),
                           id.isEmpty() ? QVariantList{} : QVariantList{id});
    FD_TRY(q);
    std::vector<Location> list;
    while (q->next()) {
        Location l;
        l.id = q->value(0).toString();
        l.rowVersion = q->value(1).toLongLong();
        l.name = q->value(2).toString();
        l.address = addressFromRow(q.value(), 3);
        l.timeZone = q->value(8).toString();
        l.placeOfService = q->value(9).toString();
        l.facilityNpi = q->value(10).toString();
        l.phone = q->value(11).toString();
        l.hours = hoursFrom(q->value(12).toString());
        list.push_back(std::move(l));
    }
    for (Location& l : list) {
        auto r = storage::exec(m_ctx.db.connection(),
                               QStringLiteral("SELECT id, row_version, kind, name, active FROM location_resources "
                                              "WHERE location_id = ? AND deleted = 0 ORDER BY kind, name COLLATE NOCASE"),
                               {l.id});
        FD_TRY(r);
        while (r->next())
            l.resources.append({r->value(0).toString(), r->value(1).toLongLong(), r->value(2).toString(),
                                r->value(3).toString(), r->value(4).toInt() != 0});
    }
    return list;
}

Result<std::vector<Location>> LocationService::list() const
{
    return load({});
}

Result<Location> LocationService::find(const QString& id) const
{
    auto found = load(id);
    FD_TRY(found);
    if (found->empty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("fd::practice", "No location %1.").arg(id));
    return found->front();
}

Status LocationService::saveResources(storage::Transaction& tx, const QString& locationId,
                                      const QList<LocationResource>& wanted)
{
    auto existing = storage::exec(tx.connection(),
                                  QStringLiteral("SELECT id, row_version FROM location_resources "
                                                 "WHERE location_id = ? AND deleted = 0"),
                                  {locationId});
    FD_TRY(existing);
    QSet<QString> kept;
    for (const LocationResource& r : wanted)
        kept.insert(r.id);
    while (existing->next()) {
        const QString id = existing->value(0).toString();
        if (!kept.contains(id))
            FD_TRY(removeAudited(m_ctx, tx, QStringLiteral("location_resources"), id, existing->value(1).toLongLong()));
    }
    for (const LocationResource& r : wanted) {
        const QVariantMap fields{{QStringLiteral("location_id"), locationId},
                                 {QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("name"), r.name.trimmed()},
                                 {QStringLiteral("active"), r.active ? 1 : 0}};
        FD_TRY(writeAudited(m_ctx, tx, QStringLiteral("location_resources"), r.id, r.rowVersion, fields));
    }
    return {};
}

Result<Location> LocationService::save(const Location& location)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    FD_TRY(check(location));
    auto tx = m_ctx.db.begin();
    if (!tx)
        return tx.error();
    QVariantMap fields{{QStringLiteral("name"), location.name.trimmed()},
                       {QStringLiteral("time_zone"), location.timeZone},
                       {QStringLiteral("place_of_service"), location.placeOfService},
                       {QStringLiteral("facility_npi"), location.facilityNpi},
                       {QStringLiteral("phone"), location.phone},
                       {QStringLiteral("hours"), hoursJson(location.hours)}};
    fields.insert(addressColumns(QString(), location.address));
    auto id = writeAudited(m_ctx, **tx, QStringLiteral("locations"), location.id, location.rowVersion, fields);
    FD_TRY(id);
    FD_TRY(saveResources(**tx, id.value(), location.resources));
    FD_TRY((*tx)->commit());
    return find(id.value());
}

Status LocationService::remove(const QString& id, qint64 rowVersion)
{
    FD_TRY(m_ctx.access->require(perm::kEdit));
    auto tx = m_ctx.db.begin();
    if (!tx)
        return tx.error();
    FD_TRY(saveResources(**tx, id, {}));
    FD_TRY(removeAudited(m_ctx, **tx, QStringLiteral("locations"), id, rowVersion));
    return (*tx)->commit();
}

Result<QTimeZone> LocationService::timeZoneOf(const QString& locationId) const
{
    auto l = find(locationId);
    FD_TRY(l);
    return QTimeZone(l->timeZone.toUtf8());
}

}  // namespace fd::practice
