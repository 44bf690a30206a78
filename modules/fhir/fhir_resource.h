#pragma once

#include "fhir/fhir_datatypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fd::fhir {

struct Meta
{
    QStringList profiles;   // canonical URLs of the profiles the resource claims
    QDateTime lastUpdated;  // written as an instant; invalid: left out

    bool isEmpty() const { return profiles.isEmpty() && !lastUpdated.isValid(); }
    QJsonObject toJson() const;
};

// What every resource has (type, id, meta) and the elements of its kind in `body`, which a
// core's mapping fills with the datatypes' toJson(). toJson() gives the resource.
struct Resource
{
    QString type;  // "Organization"
    QString id;    // a valid FHIR id (our rows' UUIDs are)
    Meta meta;
    QJsonObject body;
    QList<Extension> extensions;

    Resource(QString resourceType, QString resourceId)
        : type(std::move(resourceType)), id(std::move(resourceId))
    {
    }
    QJsonObject toJson() const;
};

// "Organization/<id>" for a resource JSON; empty when it has no type or id.
QString relativeUrl(const QJsonObject& resource);

}  // namespace fd::fhir
