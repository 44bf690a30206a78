#include "fhir/fhir_bundle.h"

#include "common/uuid.h"
#include "fhir/fhir_primitives.h"
#include "fhir/fhir_resource.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fd::fhir {

namespace {

QJsonValue rewriteValue(const QJsonValue& value, const QHash<QString, QString>& map)
{
    if (value.isObject())
        return rewriteReferences(value.toObject(), map);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(rewriteValue(item, map));
        return out;
    }
    return value;
}

}  // namespace

QJsonObject rewriteReferences(const QJsonObject& value, const QHash<QString, QString>& map)
{
    QJsonObject out;
    for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
        if (it.key() == QLatin1String("reference") && it.value().isString()) {
            const QString ref = it.value().toString();
            out.insert(it.key(), map.value(ref, ref));
        } else {
            out.insert(it.key(), rewriteValue(it.value(), map));
        }
    }
    return out;
}

BundleWriter::BundleWriter(Type type, QString bundleId)
    : m_type(type), m_id(bundleId.isEmpty() ? newUuid() : std::move(bundleId))
{
}

Status BundleWriter::add(const QJsonObject& resource)
{
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    const QString id = resource.value(QStringLiteral("id")).toString();
    if (type.isEmpty() || !isValidId(id))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "fd::fhir",
                "Bundle entry %1: a resource needs a resourceType and a valid id (\"%2\")")
                .arg(m_entries.size())
                .arg(id));
    const QString relative = type + QLatin1Char('/') + id;
    if (m_fullUrls.contains(relative))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("fd::fhir", "Bundle entry %1: %2 is already in the bundle")
                .arg(m_entries.size())
                .arg(relative));
    const QString fullUrl = QStringLiteral("urn:uuid:") + (isUuid(id) ? id : newUuid());
    m_fullUrls.insert(relative, fullUrl);
    m_entries.push_back({fullUrl, resource});
    return {};
}

QJsonObject BundleWriter::toJson() const
{
    QJsonArray entries;
    for (const Entry& e : m_entries) {
        QJsonObject entry{{QStringLiteral("fullUrl"), e.fullUrl},
                          {QStringLiteral("resource"), rewriteReferences(e.resource, m_fullUrls)}};
        if (m_type == Type::Transaction) {
            entry.insert(QStringLiteral("request"),
                         QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                     {QStringLiteral("url"), relativeUrl(e.resource)}});
        }
        entries.append(entry);
    }
    QJsonObject bundle{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("id"), m_id},
        {QStringLiteral("type"), m_type == Type::Collection ? QStringLiteral("collection")
                                                            : QStringLiteral("transaction")}};
    if (m_timestamp.isValid())
        bundle.insert(QStringLiteral("timestamp"), instant(m_timestamp));
    if (!entries.isEmpty())
        bundle.insert(QStringLiteral("entry"), entries);
    return bundle;
}

Result<std::vector<QJsonObject>> readBundle(const QJsonObject& bundle)
{
    if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle"))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("fd::fhir", "Bundle.resourceType: expected \"Bundle\""),
            QStringLiteral("Bundle.resourceType"));
    const QJsonValue entryValue = bundle.value(QStringLiteral("entry"));
    if (!entryValue.isUndefined() && !entryValue.isArray())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("fd::fhir", "Bundle.entry: expected an array"),
                         QStringLiteral("Bundle.entry"));
    const QJsonArray entries = entryValue.toArray();
    QHash<QString, QString> back;  // fullUrl -> "Type/id"
    std::vector<QJsonObject> resources;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("Bundle.entry[%1]").arg(i);
        if (!entries.at(i).isObject())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("fd::fhir", "%1: expected an object").arg(path), path);
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonValue resource = entry.value(QStringLiteral("resource"));
        if (!resource.isObject())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("fd::fhir", "%1.resource: expected a resource object")
                    .arg(path),
                path + QStringLiteral(".resource"));
        const QJsonObject r = resource.toObject();
        const QString relative = relativeUrl(r);
        if (relative.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "fd::fhir", "%1.resource: a resource needs a resourceType and an id")
                    .arg(path),
                path + QStringLiteral(".resource"));
        const QString fullUrl = entry.value(QStringLiteral("fullUrl")).toString();
        if (!fullUrl.isEmpty())
            back.insert(fullUrl, relative);
        resources.push_back(r);
    }
    for (QJsonObject& r : resources)
        r = rewriteReferences(r, back);
    return resources;
}

}  // namespace fd::fhir
