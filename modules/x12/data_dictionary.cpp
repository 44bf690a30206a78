#include "x12/data_dictionary.h"

#include <QCoreApplication>

namespace fd::x12 {

Status DataDictionary::loadElements(const XmlNode& dataElements)
{
    for (const auto& e : dataElements.children) {
        if (e.tag != "data_ele")
            continue;
        ElementType t;
        t.type = e.attributes.value("data_type");
        t.minLength = e.attributes.value("min_len").toInt();
        t.maxLength = e.attributes.value("max_len").toInt();
        m_elements.insert(e.attributes.value("ele_num"), t);
    }
    if (m_elements.isEmpty())
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("fd::x12", "the data element dictionary is empty"));
    return {};
}

Status DataDictionary::loadCodeSets(const XmlNode& codes)
{
    for (const XmlNode* set : codes.all("codeset")) {
        QSet<QByteArray>& target = m_codeSets[set->childText("id")];
        // Some code sets list their codes per version: take every version's codes.
        std::vector<const XmlNode*> pending{set};
        while (!pending.empty()) {
            const XmlNode* n = pending.back();
            pending.pop_back();
            for (const auto& c : n->children) {
                if (c.tag == "code")
                    target.insert(c.text);
                else
                    pending.push_back(&c);
            }
        }
    }
    return {};
}

void DataDictionary::learnLayouts(const LoopSpec& loop)
{
    for (const auto& child : loop.children) {
        if (child.isLoop()) {
            learnLayouts(*child.loop);
            continue;
        }
        const SegmentSpec& s = child.segment;
        if (!m_segments.contains(s.id))
            m_segments.insert(s.id, s);
        for (const auto& e : s.elements)
            if (e.isComposite() && !m_composites.contains(e.dataElement))
                m_composites.insert(e.dataElement, e);
    }
}

const ElementType* DataDictionary::element(const QByteArray& dataElement) const
{
    auto it = m_elements.constFind(dataElement);
    return it == m_elements.constEnd() ? nullptr : &it.value();
}

const QSet<QByteArray>* DataDictionary::codeSet(const QByteArray& id) const
{
    auto it = m_codeSets.constFind(id);
    return it == m_codeSets.constEnd() ? nullptr : &it.value();
}

const SegmentSpec* DataDictionary::segmentLayout(const QByteArray& id) const
{
    auto it = m_segments.constFind(id);
    return it == m_segments.constEnd() ? nullptr : &it.value();
}

const ElementSpec* DataDictionary::compositeLayout(const QByteArray& dataElement) const
{
    auto it = m_composites.constFind(dataElement);
    return it == m_composites.constEnd() ? nullptr : &it.value();
}

void DataDictionary::applyType(ElementSpec& spec) const
{
    if (const ElementType* t = element(spec.dataElement)) {
        spec.type = t->type;
        spec.minLength = t->minLength;
        spec.maxLength = t->maxLength;
    }
}

}  // namespace fd::x12
