#pragma once

#include "common/result.h"
#include "x12/guide.h"
#include "x12/xml_node.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

namespace fd::x12 {

struct ElementType
{
    QByteArray type;
    int minLength = 0;
    int maxLength = 0;
};

// The X12 data element dictionary (types and lengths), the external code sets, and the
// standard layout of each segment id as seen in the maps (so hand-written guides can name
// a segment's elements without repeating the dictionary).
class DataDictionary
{
public:
    Status loadElements(const XmlNode& dataElements);
    Status loadCodeSets(const XmlNode& codes);
    // Remembers the element layout of every segment and composite of a guide not seen before.
    void learnLayouts(const LoopSpec& loop);
    void addLayout(const SegmentSpec& spec) { m_segments.insert(spec.id, spec); }
    void addComposite(const ElementSpec& spec) { m_composites.insert(spec.dataElement, spec); }

    const ElementType* element(const QByteArray& dataElement) const;
    const QSet<QByteArray>* codeSet(const QByteArray& id) const;
    const SegmentSpec* segmentLayout(const QByteArray& id) const;
    const ElementSpec* compositeLayout(const QByteArray& dataElement) const;
    void applyType(ElementSpec& spec) const;

private:
    QHash<QByteArray, ElementType> m_elements;
    QHash<QByteArray, QSet<QByteArray>> m_codeSets;
    QHash<QByteArray, SegmentSpec> m_segments;
    QHash<QByteArray, ElementSpec> m_composites;
};

}  // namespace fd::x12
