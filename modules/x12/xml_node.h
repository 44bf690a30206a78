#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace fd::x12 {

// A small element tree for the guide maps: QtCore has a stream reader but no DOM, and the
// maps are read once at start-up.
struct XmlNode
{
    QByteArray tag;
    QHash<QByteArray, QByteArray> attributes;
    QByteArray text;
    std::vector<XmlNode> children;

    const XmlNode* child(const QByteArray& name) const;
    QByteArray childText(const QByteArray& name) const;
    std::vector<const XmlNode*> all(const QByteArray& name) const;
};

Result<XmlNode> parseXml(const QByteArray& document, const QString& source);

}  // namespace fd::x12
