#pragma once

#include "common/result.h"

#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fd::fhir {

// Newline-delimited JSON (FHIR bulk data): one resource per line, UTF-8, "\n" after each.
class NdjsonWriter
{
public:
    explicit NdjsonWriter(QIODevice& device) : m_device(device) {}
    Status write(const QJsonObject& resource);
    qint64 count() const { return m_count; }

private:
    QIODevice& m_device;
    qint64 m_count = 0;
};

// Reads one line at a time (memory stays flat however long the file). Blank lines are
// skipped; any other line must be one JSON object with a resourceType, else the error names
// the source and the line number ("Location.ndjson line 7: ...").
class NdjsonReader
{
public:
    NdjsonReader(QIODevice& device, QString sourceName)
        : m_device(device), m_source(std::move(sourceName))
    {
    }
    // The next resource; nothing at the end of the input.
    Result<std::optional<QJsonObject>> next();
    // The line the last resource (or error) came from, counting from 1.
    qint64 lineNumber() const { return m_line; }
    const QString& sourceName() const { return m_source; }

private:
    QIODevice& m_device;
    QString m_source;
    qint64 m_line = 0;
};

}  // namespace fd::fhir
