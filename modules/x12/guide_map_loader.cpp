#include "x12/guide_map_loader.h"

#include <QCoreApplication>

namespace fd::x12 {

Usage parseUsage(const QByteArray& text)
{
    if (text == "R")
        return Usage::Required;
    if (text == "N")
        return Usage::NotUsed;
    return Usage::Situational;
}

int parseRepeat(const QByteArray& text)
{
    if (text.isEmpty())
        return 1;
    if (text.startsWith('>'))
        return kUnbounded;
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n > 0 ? n : kUnbounded;
}

void deriveQualifier(SegmentSpec& spec)
{
    spec.qualifierElement = 0;
    spec.qualifierCodes.clear();
    if (spec.id == "HL") {
        if (spec.elements.size() >= 3 && spec.elements[2].usage == Usage::Required && !spec.elements[2].codes.isEmpty()) {
            spec.qualifierElement = 3;
            spec.qualifierCodes = spec.elements[2].codes;
        }
        return;
    }
    if (spec.elements.empty())
        return;
    const ElementSpec& first = spec.elements.front();
    const ElementSpec& key = first.isComposite() ? first.components.front() : first;
    if (first.usage == Usage::Required && key.type == "ID" && !key.codes.isEmpty()) {
        spec.qualifierElement = 1;
        spec.qualifierCodes = key.codes;
    }
}

ElementSpec GuideMapLoader::element(const XmlNode& node) const
{
    ElementSpec e;
    e.refDes = node.attributes.value("xid");
    e.dataElement = node.childText("data_ele");
    e.name = QString::fromUtf8(node.childText("name"));
    e.usage = parseUsage(node.childText("usage"));
    e.seq = node.childText("seq").toInt();
    e.repeat = parseRepeat(node.childText("repeat"));
    if (const XmlNode* codes = node.child("valid_codes")) {
        e.externalCodes = codes->attributes.value("external");
        for (const XmlNode* c : codes->all("code"))
            e.codes.append(c->text);
    }
    if (node.tag == "composite") {
        for (const auto& c : node.children)
            if (c.tag == "element")
                e.components.push_back(element(c));
        // A composite the guide marks unused is listed without its components.
        if (e.components.empty()) {
            if (const ElementSpec* layout = m_dictionary.compositeLayout(e.dataElement))
                e.components = layout->components;
        }
    } else {
        m_dictionary.applyType(e);
    }
    return e;
}

SegmentSpec GuideMapLoader::segment(const XmlNode& node) const
{
    SegmentSpec s;
    s.id = node.attributes.value("xid");
    s.name = QString::fromUtf8(node.childText("name"));
    s.usage = parseUsage(node.childText("usage"));
    s.maxUse = parseRepeat(node.childText("max_use"));
    for (const auto& c : node.children) {
        if (c.tag == "element" || c.tag == "composite")
            s.elements.push_back(element(c));
        else if (c.tag == "syntax")
            s.syntax.append(c.text);
    }
    deriveQualifier(s);
    return s;
}

void GuideMapLoader::addChildren(const XmlNode& node, LoopSpec& into) const
{
    for (const auto& c : node.children) {
        if (c.tag == "segment") {
            const QByteArray id = c.attributes.value("xid");
            if (id == "ST" || id == "SE" || parseUsage(c.childText("usage")) == Usage::NotUsed)
                continue;
            GuideNode n;
            n.segment = segment(c);
            into.children.push_back(std::move(n));
        } else if (c.tag == "loop") {
            if (parseUsage(c.childText("usage")) == Usage::NotUsed)
                continue;
            if (c.attributes.value("type") == "wrapper") {
                addChildren(c, into);  // HEADER, DETAIL, FOOTER group loops without a segment of their own
                continue;
            }
            GuideNode n;
            n.loop = std::make_unique<LoopSpec>();
            n.loop->id = c.attributes.value("xid");
            n.loop->name = QString::fromUtf8(c.childText("name"));
            n.loop->usage = parseUsage(c.childText("usage"));
            n.loop->maxRepeat = parseRepeat(c.childText("repeat"));
            addChildren(c, *n.loop);
            into.children.push_back(std::move(n));
        }
    }
}

namespace {
const XmlNode* findLoop(const XmlNode& node, const QByteArray& xid)
{
    if (node.tag == "loop" && node.attributes.value("xid") == xid)
        return &node;
    for (const auto& c : node.children)
        if (const XmlNode* f = findLoop(c, xid))
            return f;
    return nullptr;
}

const XmlNode* findSegment(const XmlNode& node, const QByteArray& xid)
{
    for (const auto& c : node.children) {
        if (c.tag == "segment" && c.attributes.value("xid") == xid)
            return &c;
        if (c.tag == "loop")
            if (const XmlNode* f = findSegment(c, xid))
                return f;
    }
    return nullptr;
}

QByteArray firstCode(const SegmentSpec& s, int pos)
{
    return pos <= int(s.elements.size()) && !s.elements[pos - 1].codes.isEmpty() ? s.elements[pos - 1].codes.first()
                                                                                  : QByteArray();
}
}  // namespace

Result<Guide> GuideMapLoader::load(const XmlNode& map, const QString& source) const
{
    const XmlNode* st = findLoop(map, "ST_LOOP");
    const XmlNode* stSeg = st ? findSegment(*st, "ST") : nullptr;
    const XmlNode* seSeg = st ? findSegment(*st, "SE") : nullptr;
    const XmlNode* gsSeg = findSegment(map, "GS");
    if (!stSeg || !seSeg || !gsSeg)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("fd::x12", "the guide map %1 has no ST/SE/GS").arg(source));
    Guide g;
    g.name = QString::fromUtf8(map.childText("name"));
    g.source = source;
    g.header = segment(*stSeg);
    g.trailer = segment(*seSeg);
    g.transactionSet = firstCode(g.header, 1);
    g.version = firstCode(g.header, 3);
    g.functionalId = firstCode(segment(*gsSeg), 1);
    g.root.id = "ST";
    g.root.usage = Usage::Required;
    addChildren(*st, g.root);
    return g;
}

std::vector<SegmentSpec> GuideMapLoader::controlSegments(const XmlNode& map) const
{
    std::vector<SegmentSpec> out;
    for (const char* id : {"ISA", "GS", "GE", "IEA", "TA1"})
        if (const XmlNode* s = findSegment(map, id))
            out.push_back(segment(*s));
    return out;
}

}  // namespace fd::x12
