#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace fd::fhir {

// Writes a Bundle of type collection or transaction. Each entry's fullUrl is urn:uuid:<id>
// when the resource id is a UUID (our rows' ids are), else a new urn:uuid; references
// "Type/id" to an entry of the bundle become that entry's fullUrl, so the bundle stands on
// its own. A transaction entry is a PUT to Type/id (create or update under the same id).
// The bundle is held in memory until toJson().
class BundleWriter
{
public:
    enum class Type
    {
        Collection,
        Transaction
    };

    explicit BundleWriter(Type type, QString bundleId = {});
    void setTimestamp(const QDateTime& timestamp) { m_timestamp = timestamp; }
    // Fails (InvalidInput) for a resource without resourceType or a valid id, or an id
    // already in the bundle for the same type.
    Status add(const QJsonObject& resource);
    int size() const { return int(m_entries.size()); }
    QJsonObject toJson() const;

private:
    struct Entry
    {
        QString fullUrl;
        QJsonObject resource;
    };
    Type m_type;
    QString m_id;
    QDateTime m_timestamp;
    std::vector<Entry> m_entries;
    QHash<QString, QString> m_fullUrls;  // "Type/id" -> fullUrl
};

// The resources of a Bundle (any type), with references to other entries' fullUrls turned
// back into "Type/id". Errors name the entry ("Bundle.entry[3].resource: ...").
Result<std::vector<QJsonObject>> readBundle(const QJsonObject& bundle);

// Rewrites every "reference" string in `value` (recursively) found in `map`.
QJsonObject rewriteReferences(const QJsonObject& value, const QHash<QString, QString>& map);

}  // namespace fd::fhir
