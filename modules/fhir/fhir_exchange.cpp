#include "fhir/fhir_exchange.h"

#include "fhir/fhir_bundle.h"
#include "fhir/fhir_ndjson.h"
#include "fhir/fhir_primitives.h"
#include "fhir/fhir_resource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace fd::fhir {

void ImportContext::mapId(const QString& type, const QString& incomingId, const QString& localId)
{
    m_ids.insert(type + QLatin1Char('/') + incomingId, localId);
}

QString ImportContext::localId(const QString& type, const QString& incomingId) const
{
    return m_ids.value(type + QLatin1Char('/') + incomingId);
}

QString ImportContext::localIdForReference(const QString& reference) const
{
    return m_ids.value(reference);
}

Status exportAll(const std::vector<std::shared_ptr<IFhirResourceSource>>& sources,
                 const IFhirResourceSource::Emit& out)
{
    for (const auto& source : sources)
        FD_TRY(source->exportResources(out));
    return {};
}

namespace {

IncomingResource incoming(const QString& origin, const QJsonObject& json)
{
    return {origin, json.value(QStringLiteral("resourceType")).toString(),
            json.value(QStringLiteral("id")).toString(), json};
}

Status appendBundle(const QString& where, const QJsonObject& bundle,
                    std::vector<IncomingResource>& out)
{
    auto resources = readBundle(bundle);
    if (!resources)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("fd::fhir", "%1: %2").arg(where, resources.error().message),
            resources.error().details);
    for (size_t i = 0; i < resources->size(); ++i)
        out.push_back(incoming(
            QCoreApplication::translate("fd::fhir", "%1 Bundle.entry[%2]").arg(where).arg(i),
            resources->at(i)));
    return {};
}

Status appendObject(const QString& where, const QJsonObject& object,
                    std::vector<IncomingResource>& out)
{
    if (object.value(QStringLiteral("resourceType")).toString() == QLatin1String("Bundle"))
        return appendBundle(where, object, out);
    out.push_back(incoming(where, object));
    return {};
}

// A whole file holding one JSON object (a pretty-printed Bundle, say).
Result<std::vector<IncomingResource>> readWholeJson(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("fd::fhir", "Cannot read %1").arg(path),
                         file.errorString());
    const QByteArray data = file.readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qint64 line = data.left(parseError.offset).count('\n') + 1;
        const QString where =
            QCoreApplication::translate("fd::fhir", "%1 line %2").arg(name).arg(line);
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::fhir", "%1: not JSON (%2)")
                             .arg(where, parseError.errorString()),
                         where);
    }
    if (!doc.isObject())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("fd::fhir", "%1: expected a resource or a Bundle")
                .arg(name),
            name);
    if (!doc.object().value(QStringLiteral("resourceType")).isString())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("fd::fhir", "%1: the object has no resourceType").arg(name),
            name);
    std::vector<IncomingResource> out;
    FD_TRY(appendObject(name, doc.object(), out));
    return out;
}

}  // namespace

Result<std::vector<IncomingResource>> readImportFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("fd::fhir", "Cannot read %1").arg(path),
                         file.errorString());
    // NDJSON when the first non-blank line is a JSON object by itself; else one JSON document.
    QByteArray first;
    while (!file.atEnd() && first.trimmed().isEmpty())
        first = file.readLine();
    if (first.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::fhir", "%1: the file is empty").arg(name),
                         name);
    if (!QJsonDocument::fromJson(first).isObject())
        return readWholeJson(path, name);
    file.seek(0);
    NdjsonReader reader(file, name);
    std::vector<IncomingResource> out;
    while (true) {
        auto next = reader.next();
        FD_TRY(next);
        if (!next.value())
            break;
        FD_TRY(appendObject(QCoreApplication::translate("fd::fhir", "%1 line %2")
                                .arg(name)
                                .arg(reader.lineNumber()),
                            *next.value(), out));
    }
    return out;
}

Status dispatchImport(const std::vector<std::shared_ptr<IFhirResourceSink>>& sinks,
                      const std::vector<IncomingResource>& resources, ImportContext& context)
{
    auto ordered = sinks;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a->importOrder() < b->importOrder();
    });
    QSet<QString> taken;
    for (const auto& sink : ordered) {
        std::vector<IncomingResource> mine;
        for (const IncomingResource& r : resources) {
            if (sink->resourceTypes().contains(r.type))
                mine.push_back(r);
        }
        for (const QString& type : sink->resourceTypes())
            taken.insert(type);
        if (!mine.empty())
            FD_TRY(sink->importResources(mine, context));
    }
    for (const IncomingResource& r : resources) {
        if (!taken.contains(r.type))
            context.report().skipped[r.type] += 1;
    }
    return {};
}

}  // namespace fd::fhir
