#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVariant>
#include <QVariantMap>

namespace fd::security::auditjson {

// Compact JSON written straight into a buffer, byte for byte what
// QJsonDocument::toJson(QJsonDocument::Compact) writes for QJsonValue::fromVariant() of the
// same values. A writer of many audit entries (an import writes one per row) builds each
// entry's details here: the QJsonObject and QJsonDocument round trip costs more than the
// rest of the entry. AuditRecord::detailsJson carries the result.

// A JSON string: UTF-8; quotes, backslashes and control characters escaped as Qt escapes
// them (\b \f \n \r \t, else \u00xx), a lone surrogate as \uxxxx.
void appendString(QByteArray& out, QStringView text);
// One value: null, true/false, integers, finite doubles (shortest round-trip form; others as
// null), strings; any other type as QJsonValue::fromVariant() turns it into JSON.
void appendValue(QByteArray& out, const QVariant& value);
// An object of the map's entries in the map's order (QVariantMap sorts its keys as
// QJsonObject does for the plain ASCII names of columns and fields).
void appendObject(QByteArray& out, const QVariantMap& map);

}  // namespace fd::security::auditjson
