#include "security/audit_json.h"

#include "storage/json_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace fd::security::auditjson {

namespace {

// What QJsonDocument writes for the value QJsonValue::fromVariant() makes of `value`; for the
// types that audit details rarely hold (doubles, dates, lists, maps), where matching Qt's
// conversions by hand is not worth the risk.
void appendThroughQt(QByteArray& out, const QVariant& value)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);  // without [ and ]
}

}  // namespace

void appendString(QByteArray& out, QStringView text)
{
    storage::jsontext::appendString(out, text);
}

void appendValue(QByteArray& out, const QVariant& value)
{
    switch (value.metaType().id()) {
        case QMetaType::UnknownType:
            out.append("null", 4);
            return;
        case QMetaType::Bool:
            out += value.toBool() ? QByteArrayView("true") : QByteArrayView("false");
            return;
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            out += QByteArray::number(value.toLongLong());
            return;
        case QMetaType::QString:
            appendString(out, *static_cast<const QString*>(value.constData()));
            return;
        case QMetaType::QStringList: {
            // Lists of ids (the charges of a claim) are common enough to write directly.
            const auto& list = *static_cast<const QStringList*>(value.constData());
            out += '[';
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (i > 0)
                    out += ',';
                appendString(out, list[i]);
            }
            out += ']';
            return;
        }
        default:
            appendThroughQt(out, value);
    }
}

void appendObject(QByteArray& out, const QVariantMap& map)
{
    out += '{';
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it != map.constBegin())
            out += ',';
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

}  // namespace fd::security::auditjson
