#include "x12/xml_node.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace fd::x12 {

const XmlNode* XmlNode::child(const QByteArray& name) const
{
    for (const auto& c : children)
        if (c.tag == name)
            return &c;
    return nullptr;
}

QByteArray XmlNode::childText(const QByteArray& name) const
{
    const XmlNode* c = child(name);
    return c ? c->text : QByteArray();
}

std::vector<const XmlNode*> XmlNode::all(const QByteArray& name) const
{
    std::vector<const XmlNode*> out;
    for (const auto& c : children)
        if (c.tag == name)
            out.push_back(&c);
    return out;
}

Result<XmlNode> parseXml(const QByteArray& document, const QString& source)
{
    QXmlStreamReader xml(document);
    XmlNode root;
    std::vector<XmlNode*> stack{&root};
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmlNode node;
            node.tag = xml.name().toUtf8();
            for (const auto& a : xml.attributes())
                node.attributes.insert(a.name().toUtf8(), a.value().toUtf8());
            stack.back()->children.push_back(std::move(node));
            stack.push_back(&stack.back()->children.back());
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.back()->text = stack.back()->text.trimmed();
            stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            stack.back()->text += xml.text().toUtf8();
            break;
        default:
            break;
        }
    }
    if (xml.hasError() || root.children.empty())
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("fd::x12", "cannot read the guide map %1")
                                                 .arg(source),
                         xml.errorString());
    return std::move(root.children.front());
}

}  // namespace fd::x12
