#pragma once

#include "common/result.h"
#include "common/service_registry.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace fd::fhir {

// How each core takes part in `frontdeskctl fhir export` and `fhir import` without the CLI
// knowing its resource types: a core appends its IFhirResourceSource and IFhirResourceSink
// to the ServiceRegistry (registry.append<...>) in registerServices().

// Gives the resources of the types a core owns.
class IFhirResourceSource
{
public:
    using Emit = std::function<Status(const QJsonObject& resource)>;
    virtual ~IFhirResourceSource() = default;
    virtual QStringList resourceTypes() const = 0;
    // Streams every resource through `out`; stops at the first failure. Checks the acting
    // user's permission to read what it exports before emitting anything.
    virtual Status exportResources(const Emit& out) const = 0;
};

// A resource read from a file, with where it came from for messages.
struct IncomingResource
{
    QString origin;  // "Location.ndjson line 4" or "bundle.json Bundle.entry[2]"
    QString type;
    QString id;
    QJsonObject json;
};

// Outcome of an import, per resource type.
struct ImportReport
{
    QMap<QString, int> imported;
    QMap<QString, int> skipped;  // types no sink takes, or resources a sink leaves alone
    QStringList notes;           // why something was skipped (no PHI)
};

// What sinks share during one import: incoming "Type/id" to the id the record got here, so a
// later sink can resolve references to what an earlier one stored; and, in services(), what
// the caller opened for the import (the storage transaction every sink writes through), so
// this module needs to know nothing of storage.
class ImportContext
{
public:
    ServiceRegistry& services() { return m_services; }
    void mapId(const QString& type, const QString& incomingId, const QString& localId);
    // The local id for an incoming "Type/id" reference; empty when not imported.
    QString localId(const QString& type, const QString& incomingId) const;
    QString localIdForReference(const QString& reference) const;
    ImportReport& report() { return m_report; }
    const ImportReport& report() const { return m_report; }

private:
    QHash<QString, QString> m_ids;
    ImportReport m_report;
    ServiceRegistry m_services;
};

// Stores incoming resources of the types a core owns. The caller runs the whole import in
// one database transaction, published in ImportContext::services() as storage::Transaction;
// a sink writes through it as it goes, and when any sink fails, all is rolled back. Errors
// name the resource's origin and the JSON path.
class IFhirResourceSink
{
public:
    virtual ~IFhirResourceSink() = default;
    virtual QStringList resourceTypes() const = 0;
    // Lower goes first: those others refer to (Organization, Location) before the referrers.
    virtual int importOrder() const = 0;
    virtual Status importResources(const std::vector<IncomingResource>& resources,
                                   ImportContext& context) = 0;
};

// Every resource of every source (in the order they were appended), through `out`.
Status exportAll(const std::vector<std::shared_ptr<IFhirResourceSource>>& sources,
                 const IFhirResourceSource::Emit& out);

// Reads an NDJSON file or a JSON Bundle (or a single resource) into resources. A Bundle's
// urn:uuid references come back as "Type/id". Errors name the file, the line and the path.
Result<std::vector<IncomingResource>> readImportFile(const QString& path);

// Hands each sink the resources of its types, lowest importOrder first; types no sink takes
// are counted as skipped. Does not open the transaction: the caller does.
Status dispatchImport(const std::vector<std::shared_ptr<IFhirResourceSink>>& sinks,
                      const std::vector<IncomingResource>& resources, ImportContext& context);

}  // namespace fd::fhir
