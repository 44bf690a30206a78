#include "fhir/fhir_resource.h"

#include "fhir/fhir_primitives.h"

#include <QJsonArray>

namespace fd::fhir {

QJsonObject Meta::toJson() const
{
    QJsonObject o;
    if (!profiles.isEmpty())
        o.insert(QStringLiteral("profile"), QJsonArray::fromStringList(profiles));
    if (lastUpdated.isValid())
        o.insert(QStringLiteral("lastUpdated"), instant(lastUpdated));
    return o;
}

QJsonObject Resource::toJson() const
{
    QJsonObject o = body;
    o.insert(QStringLiteral("resourceType"), type);
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    putObject(o, QStringLiteral("meta"), meta.toJson());
    putArray(o, QStringLiteral("extension"), extensions);
    return o;
}

QString relativeUrl(const QJsonObject& resource)
{
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    const QString id = resource.value(QStringLiteral("id")).toString();
    if (type.isEmpty() || id.isEmpty())
        return {};
    return type + QLatin1Char('/') + id;
}

}  // namespace fd::fhir
