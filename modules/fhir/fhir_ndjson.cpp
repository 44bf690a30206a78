#include "fhir/fhir_ndjson.h"

#include "fhir/fhir_primitives.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace fd::fhir {

Status NdjsonWriter::write(const QJsonObject& resource)
{
    if (!resource.value(QStringLiteral("resourceType")).isString())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("fd::fhir",
                                        "An NDJSON line must hold a resource with a resourceType"));
    QByteArray line = QJsonDocument(resource).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (m_device.write(line) != line.size())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("fd::fhir", "Cannot write NDJSON"),
                         m_device.errorString());
    ++m_count;
    return {};
}

Result<std::optional<QJsonObject>> NdjsonReader::next()
{
    while (true) {
        if (m_device.atEnd())
            return std::optional<QJsonObject>();
        QByteArray line = m_device.readLine();
        ++m_line;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        const QString where =
            QCoreApplication::translate("fd::fhir", "%1 line %2").arg(m_source).arg(m_line);
        if (parseError.error != QJsonParseError::NoError)
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("fd::fhir", "%1: not JSON (%2 at column %3)")
                    .arg(where, parseError.errorString())
                    .arg(parseError.offset + 1),
                where);
        if (!doc.isObject())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("fd::fhir", "%1: expected one JSON object per line")
                    .arg(where),
                where);
        const QJsonObject resource = doc.object();
        if (!resource.value(QStringLiteral("resourceType")).isString())
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("fd::fhir", "%1: the object has no resourceType")
                    .arg(where),
                where);
        return std::optional<QJsonObject>(resource);
    }
}

}  // namespace fd::fhir
